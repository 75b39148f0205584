import { spawnSync } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../support/tempdir';

/**
 * scripts/check-electron.mjs runs before `npm start` and `npm run dev`. It is run here as npm
 * runs it, with node, in a project folder made for each test: a fake electron package in a real
 * node_modules, with or without the program its installer downloads.
 */
const SCRIPT = fileURLToPath(new URL('../../scripts/check-electron.mjs', import.meta.url));
const folders: string[] = [];

afterEach(async () => {
  for (const folder of folders.splice(0)) await rm(folder, { recursive: true, force: true });
});

/** What the fake installer does when the check runs it: fail as it does offline, or download. */
const INSTALLERS = {
  offline: `process.stderr.write('Error: getaddrinfo ENOTFOUND github.com\\n    at GetAddrInfoReqWrap.onlookup (node:dns:120:26)\\n');
process.exit(1);
`,
  downloads: `const fs = require('node:fs');
const path = require('node:path');
fs.mkdirSync(path.join(__dirname, 'dist'), { recursive: true });
fs.writeFileSync(path.join(__dirname, 'dist', 'electron'), '');
fs.writeFileSync(path.join(__dirname, 'path.txt'), 'electron');
`,
};

/** A project folder; `electron` describes what its node_modules/electron holds. */
async function project(
  electron: 'none' | 'package only' | 'path.txt, no program' | 'installed',
  installer: keyof typeof INSTALLERS = 'offline',
): Promise<string> {
  const root = await tempDir('cit-check-electron-');
  folders.push(root);
  await writeFile(path.join(root, 'package.json'), JSON.stringify({ name: 'fake-app', private: true }));
  if (electron === 'none') return root;
  const pkg = path.join(root, 'node_modules', 'electron');
  await mkdir(pkg, { recursive: true });
  await writeFile(
    path.join(pkg, 'package.json'),
    JSON.stringify({ name: 'electron', version: '45.4.1', main: 'index.js' }),
  );
  // Requiring the real package starts a download; the check must never load it.
  await writeFile(path.join(pkg, 'index.js'), "throw new Error('the check loaded electron/index.js');\n");
  await writeFile(path.join(pkg, 'install.js'), INSTALLERS[installer]);
  if (electron === 'package only') return root;
  await writeFile(path.join(pkg, 'path.txt'), 'electron');
  if (electron === 'path.txt, no program') return root;
  await mkdir(path.join(pkg, 'dist'));
  await writeFile(path.join(pkg, 'dist', 'electron'), '');
  return root;
}

function check(cwd: string, env: NodeJS.ProcessEnv = {}) {
  const clean = { ...process.env };
  delete clean.ELECTRON_EXEC_PATH;
  delete clean.ELECTRON_OVERRIDE_DIST_PATH;
  const run = spawnSync(process.execPath, [SCRIPT], { cwd, env: { ...clean, ...env }, encoding: 'utf8' });
  return { status: run.status, out: run.stdout + run.stderr };
}

describe('the check that Electron is there before the desktop app starts', () => {
  it('downloads the program when npm install did not (Electron 45’s package never does), then lets the app start', async () => {
    const root = await project('package only', 'downloads');
    const { status, out } = check(root);
    expect(out).toContain('Downloading the Electron program');
    expect(status).toBe(0);
    // The second start finds it and says nothing.
    expect(check(root)).toEqual({ status: 0, out: '' });
  });

  it('explains in plain words when the download fails, and stops', async () => {
    const { status, out } = check(await project('package only', 'offline'));
    expect(status).not.toBe(0);
    expect(out).toContain('downloading it did not work');
    expect(out).toContain('offline');
    expect(out).toContain('What the download said: Error: getaddrinfo ENOTFOUND github.com');
    expect(out).toContain('node node_modules/electron/install.js');
    expect(out).toContain('npm run web');
    expect(out).not.toContain('the check loaded electron/index.js');
    expect(out).not.toMatch(/Electron uninstall|onlookup|at .*\.js:\d+/);
  });

  it('says the same when an earlier download was cut off (path.txt written, program missing)', async () => {
    const { status, out } = check(await project('path.txt, no program', 'offline'));
    expect(status).not.toBe(0);
    expect(out).toContain('downloading it did not work');
  });

  it('says to run npm install when the electron package is not installed at all', async () => {
    const { status, out } = check(await project('none'));
    expect(status).not.toBe(0);
    expect(out).toContain('npm install');
    expect(out).not.toMatch(/at .*\.js:\d+/);
  });

  it('stays silent and lets the app start when the program is there', async () => {
    const { status, out } = check(await project('installed'));
    expect(out).toBe('');
    expect(status).toBe(0);
  });

  it('follows ELECTRON_EXEC_PATH, as electron-vite does, to a program that is or is not there', async () => {
    const root = await project('package only');
    const program = path.join(root, 'my-electron');
    expect(check(root, { ELECTRON_EXEC_PATH: program }).status).not.toBe(0);
    await writeFile(program, '');
    expect(check(root, { ELECTRON_EXEC_PATH: program })).toEqual({ status: 0, out: '' });
  });
});
