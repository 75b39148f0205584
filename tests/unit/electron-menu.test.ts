import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, CIT_INTERNATIONAL_URL, type MenuCommands, type MenuOptions } from '../../electron/menu';

function commands(): { [K in keyof MenuCommands]: ReturnType<typeof vi.fn> } {
  return {
    newCoalition: vi.fn(),
    open: vi.fn(),
    openRecent: vi.fn(),
    saveAs: vi.fn(),
    reveal: vi.fn(),
    backups: vi.fn(),
    settings: vi.fn(),
    undo: vi.fn(),
    redo: vi.fn(),
    openHelpSite: vi.fn(),
  };
}

function template(overrides: Partial<MenuOptions> = {}) {
  const spies = commands();
  const menu = buildMenuTemplate({
    platform: 'linux',
    isDev: false,
    appName: 'CIT Coalition Organizer',
    recent: [],
    workspaceOpen: true,
    commands: spies as unknown as MenuCommands,
    ...overrides,
  });
  return { menu, spies };
}

const plain = (label: string | undefined) => label?.replace(/&(?!&)/g, '').replace(/&&/g, '&');

function top(menu: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const found = menu.find((item) => plain(item.label) === label);
  if (!found) throw new Error(`No ${label} menu; have ${menu.map((item) => item.label).join(', ')}`);
  return found.submenu as MenuItemConstructorOptions[];
}

function item(items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const found = items.find((entry) => plain(entry.label) === label);
  if (!found) throw new Error(`No item ${label}; have ${items.map((entry) => entry.label ?? entry.role).join(', ')}`);
  return found;
}

function click(entry: MenuItemConstructorOptions): void {
  (entry.click as () => void)();
}

describe('the application menu', () => {
  it('has File, Edit, View and Help in that order (and the app menu first on macOS)', () => {
    expect(template().menu.map((entry) => plain(entry.label))).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(template({ platform: 'darwin' }).menu.map((entry) => entry.label)).toEqual([
      'CIT Coalition Organizer',
      'File',
      'Edit',
      'View',
      'Help',
    ]);
  });

  it('File has the expected accelerators and actions', () => {
    const { menu, spies } = template();
    const file = top(menu, 'File');
    expect(item(file, 'New Coalition…').accelerator).toBe('CmdOrCtrl+N');
    expect(item(file, 'Open…').accelerator).toBe('CmdOrCtrl+O');
    expect(item(file, 'Save As…').accelerator).toBe('Shift+CmdOrCtrl+S');
    expect(file.some((entry) => entry.role === 'quit')).toBe(true);

    click(item(file, 'New Coalition…'));
    click(item(file, 'Open…'));
    click(item(file, 'Save As…'));
    click(item(file, 'Show in Folder'));
    click(item(file, 'Backups…'));
    click(item(file, 'Coalition Settings…'));
    for (const name of ['newCoalition', 'open', 'saveAs', 'reveal', 'backups', 'settings'] as const) {
      expect(spies[name], name).toHaveBeenCalledTimes(1);
    }
  });

  it('greys out what needs an open workspace when none is open, but not New or Open', () => {
    const file = top(template({ workspaceOpen: false }).menu, 'File');
    for (const label of ['Save As…', 'Show in Folder', 'Backups…', 'Coalition Settings…']) {
      expect(item(file, label).enabled, label).toBe(false);
    }
    expect(item(file, 'New Coalition…').enabled).not.toBe(false);
    expect(item(file, 'Open…').enabled).not.toBe(false);
  });

  it('Open Recent lists the given entries and opens the chosen path', () => {
    const recent = [
      { path: '/home/ana/Riverside.cit.json', name: 'Riverside CIT', openedAt: '2025-01-02T00:00:00.000Z' },
      { path: '/home/ana/Smith & Jones.cit.json', name: 'Smith & Jones County', openedAt: '2025-01-01T00:00:00.000Z' },
    ];
    const { menu, spies } = template({ recent });
    const submenu = item(top(menu, 'File'), 'Open Recent').submenu as MenuItemConstructorOptions[];
    expect(submenu.map((entry) => entry.label)).toEqual([
      'Riverside CIT (Riverside.cit.json)',
      // "&" doubled so Windows and Linux show it rather than underline the next letter.
      'Smith && Jones County (Smith && Jones.cit.json)',
    ]);
    click(submenu[1] as MenuItemConstructorOptions);
    expect(spies.openRecent).toHaveBeenCalledWith('/home/ana/Smith & Jones.cit.json');
  });

  it('Open Recent says so when the list is empty', () => {
    const submenu = item(top(template().menu, 'File'), 'Open Recent').submenu as MenuItemConstructorOptions[];
    expect(submenu).toEqual([{ label: 'No recent workspaces', enabled: false }]);
  });

  it('Edit has our own Undo and Redo (sent to the screen), then the standard roles', () => {
    const { menu, spies } = template();
    const edit = top(menu, 'Edit');
    const undo = item(edit, 'Undo');
    const redo = item(edit, 'Redo');
    expect(undo).toMatchObject({ accelerator: 'CmdOrCtrl+Z' });
    expect(redo).toMatchObject({ accelerator: 'Shift+CmdOrCtrl+Z' });
    expect(undo.role).toBeUndefined();
    expect(redo.role).toBeUndefined();
    click(undo);
    click(redo);
    expect(spies.undo).toHaveBeenCalledTimes(1);
    expect(spies.redo).toHaveBeenCalledTimes(1);
    expect(edit.filter((entry) => entry.role).map((entry) => entry.role)).toEqual(['cut', 'copy', 'paste', 'selectAll']);
  });

  it('View offers reload and developer tools only in development', () => {
    const roles = (isDev: boolean) => top(template({ isDev }).menu, 'View').map((entry) => entry.role).filter(Boolean);
    expect(roles(false)).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
    expect(roles(true)).toEqual(['reload', 'toggleDevTools', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
  });

  it('Help links to CIT International through the app’s link opener', () => {
    const { menu, spies } = template();
    const help = top(menu, 'Help');
    expect(help).toHaveLength(1);
    click(help[0] as MenuItemConstructorOptions);
    expect(spies.openHelpSite).toHaveBeenCalledTimes(1);
    expect(CIT_INTERNATIONAL_URL).toBe('https://www.citinternational.org');
  });

  it('macOS puts Quit in the app menu, not in File, and names the Finder', () => {
    const { menu } = template({ platform: 'darwin' });
    expect(top(menu, 'File').some((entry) => entry.role === 'quit')).toBe(false);
    expect((menu[0]?.submenu as MenuItemConstructorOptions[]).some((entry) => entry.role === 'quit')).toBe(true);
    expect(item(top(menu, 'File'), 'Reveal in Finder')).toBeDefined();
  });
});
