import path from 'node:path';
import type { BrowserWindow } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { resolveAppPage, preloadPathFor } from '../../electron/appPage';
import { workspaceFromArgv } from '../../electron/launchFiles';
import {
  createElectronPlatform,
  EXPORT_FILTERS,
  samplePathFor,
  withExtension,
  type PlatformDeps,
} from '../../electron/platform';

function deps(overrides: { savePath?: string | null; openPaths?: string[]; window?: BrowserWindow | null } = {}) {
  const showSaveDialog = vi.fn(async (..._args: unknown[]) =>
    overrides.savePath === null
      ? { canceled: true }
      : { canceled: false, filePath: overrides.savePath ?? '/docs/New.cit.json' },
  );
  const showOpenDialog = vi.fn(async (..._args: unknown[]) =>
    overrides.openPaths ? { canceled: false, filePaths: overrides.openPaths } : { canceled: true, filePaths: [] },
  );
  const shell = { showItemInFolder: vi.fn(), openExternal: vi.fn(async () => {}) };
  const send = vi.fn();
  const window = overrides.window === undefined ? ({ id: 1 } as unknown as BrowserWindow) : overrides.window;
  const all: PlatformDeps = {
    dialog: { showSaveDialog, showOpenDialog } as unknown as PlatformDeps['dialog'],
    shell,
    getWindow: () => window,
    send,
    appVersion: '1.2.3',
    userDataPath: '/user-data',
    documentsPath: '/docs',
    samplePath: '/res/sample/riverside-county.cit.json',
    safeStorage: { isEncryptionAvailable: () => false, encryptString: () => Buffer.alloc(0), decryptString: () => '' },
  };
  return { all, showSaveDialog, showOpenDialog, shell, send, window };
}

describe('the Electron platform', () => {
  it('keeps the recent list in userData and reports the version and sample', () => {
    const platform = createElectronPlatform(deps().all);
    expect(platform.recentFilesPath).toBe(path.join('/user-data', 'recent.json'));
    expect(platform.appVersion).toBe('1.2.3');
    expect(platform.samplePath).toBe('/res/sample/riverside-county.cit.json');
  });

  it('asks where to save a new workspace with the .cit.json filter, on the window', async () => {
    const d = deps({ savePath: '/docs/Riverside' });
    const chosen = await createElectronPlatform(d.all).chooseNewWorkspaceFile('Riverside.cit.json');
    expect(chosen).toBe('/docs/Riverside.cit.json');
    const [window, options] = d.showSaveDialog.mock.calls[0] ?? [];
    expect(window).toBe(d.window);
    expect(options).toMatchObject({
      defaultPath: path.join('/docs', 'Riverside.cit.json'),
      filters: [{ extensions: ['cit.json'] }],
    });
  });

  it('answers null when a dialog is cancelled', async () => {
    const platform = createElectronPlatform(deps({ savePath: null }).all);
    expect(await platform.chooseNewWorkspaceFile('x.cit.json')).toBeNull();
    expect(await platform.chooseExportFile('x.docx', 'docx')).toBeNull();
    expect(await platform.chooseWorkspaceToOpen()).toBeNull();
  });

  it('opens a dialog without a parent when no window is open (macOS)', async () => {
    const d = deps({ window: null, openPaths: ['/docs/A.cit.json'] });
    expect(await createElectronPlatform(d.all).chooseWorkspaceToOpen()).toBe('/docs/A.cit.json');
    expect(d.showOpenDialog.mock.calls[0]?.[0]).toMatchObject({ properties: ['openFile'] });
  });

  it.each(Object.keys(EXPORT_FILTERS) as (keyof typeof EXPORT_FILTERS)[])(
    'filters an export save dialog by kind: %s',
    async (kind) => {
      const d = deps({ savePath: `/docs/Agenda` });
      const chosen = await createElectronPlatform(d.all).chooseExportFile(`Agenda.${kind}`, kind);
      expect(chosen).toBe(`/docs/Agenda.${kind}`);
      expect(d.showSaveDialog.mock.calls[0]?.[1]).toMatchObject({ filters: [{ extensions: [kind] }] });
    },
  );

  it('reveals files through the shell and sends events to the screen', () => {
    const d = deps();
    const platform = createElectronPlatform(d.all);
    platform.revealInFolder('/docs/A.cit.json');
    platform.notify({ type: 'workspace-changed' });
    const status = { connection: 'offline', waiting: 5, conflicts: 0 } as const;
    platform.notify({ type: 'sync-status', status });
    expect(d.shell.showItemInFolder).toHaveBeenCalledWith('/docs/A.cit.json');
    expect(d.send.mock.calls).toEqual([[{ type: 'workspace-changed' }], [{ type: 'sync-status', status }]]);
  });

  it('refuses to keep a sync password where the computer has no secure storage', async () => {
    const platform = createElectronPlatform(deps().all);
    await expect(
      platform.secrets.set({ server: 'https://couch.example.org', account: 'chair' }, 'secret'),
    ).rejects.toThrow('no secure place to keep the password');
    expect(await platform.secrets.get({ server: 'https://couch.example.org', account: 'chair' })).toBeNull();
  });

  it('opens only allowed links, even if asked directly', async () => {
    const d = deps();
    const platform = createElectronPlatform(d.all);
    await platform.openExternal('https://www.citinternational.org');
    await expect(platform.openExternal('file:///etc/passwd')).rejects.toThrow();
    await expect(platform.openExternal('javascript:alert(1)')).rejects.toThrow();
    expect(d.shell.openExternal.mock.calls).toEqual([['https://www.citinternational.org']]);
  });
});

describe('withExtension', () => {
  it.each([
    ['/d/A.cit.json', '.cit.json', '/d/A.cit.json'],
    ['/d/A.CIT.JSON', '.cit.json', '/d/A.CIT.JSON'],
    ['/d/A', '.cit.json', '/d/A.cit.json'],
    ['/d/A.json', '.cit.json', '/d/A.cit.json'],
    ['/d/A.cit', '.cit.json', '/d/A.cit.json'],
    ['/d/Minutes', '.docx', '/d/Minutes.docx'],
    ['/d/Minutes.docx', '.docx', '/d/Minutes.docx'],
    ['/d/list.json', '.json', '/d/list.json'],
  ])('%s + %s → %s', (input, extension, expected) => {
    expect(withExtension(input, extension)).toBe(expected);
  });
});

describe('where things are', () => {
  it('finds the sample beside the package, or in resources/ in development', () => {
    expect(samplePathFor(true, '/opt/cit/resources', '/opt/cit/resources/app.asar')).toBe(
      path.join('/opt/cit/resources', 'sample', 'riverside-county.cit.json'),
    );
    expect(samplePathFor(false, '/electron/resources', '/work/main')).toBe(
      path.join('/work/main', 'resources', 'sample', 'riverside-county.cit.json'),
    );
  });

  it('loads app://cit/ in a build and ignores a dev server URL in a package', () => {
    expect(resolveAppPage({ isPackaged: true, devServerUrl: 'http://evil.example', appPath: '/a' }).appUrl).toBe(
      'app://cit/index.html',
    );
    expect(resolveAppPage({ isPackaged: false, devServerUrl: undefined, appPath: '/a' })).toEqual({
      appUrl: 'app://cit/index.html',
      rendererDir: path.join('/a', 'out', 'renderer'),
    });
  });

  it('loads the dev server in development, and only an http(s) one', () => {
    expect(resolveAppPage({ isPackaged: false, devServerUrl: 'http://localhost:5173', appPath: '/a' }).appUrl).toBe(
      'http://localhost:5173/',
    );
    expect(resolveAppPage({ isPackaged: false, devServerUrl: 'file:///etc/x.html', appPath: '/a' }).appUrl).toBe(
      'app://cit/index.html',
    );
  });

  it('points the window at the CommonJS preload', () => {
    expect(preloadPathFor('/a')).toBe(path.join('/a', 'out', 'preload', 'index.cjs'));
  });
});

describe('workspaceFromArgv', () => {
  it.each([
    [['/opt/cit/cit-organizer'], null],
    [['/opt/cit/cit-organizer', '/home/a/Riverside.cit.json'], '/home/a/Riverside.cit.json'],
    [['electron', '.', 'Riverside.CIT.JSON'], path.resolve('/home/a', 'Riverside.CIT.JSON')],
    [['electron', '.', '--inspect=/x.cit.json'], null],
    [['/opt/cit/cit-organizer', '/home/a/notes.json'], null],
    [
      ['/opt/cit/cit-organizer', '/a/First.cit.json', '--no-sandbox', '/a/Second.cit.json', '--flag'],
      '/a/Second.cit.json',
    ],
    [['/home/a/Program.cit.json'], null],
  ])('%j → %s', (argv, expected) => {
    expect(workspaceFromArgv(argv, '/home/a')).toBe(expected);
  });
});
