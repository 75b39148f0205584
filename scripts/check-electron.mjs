#!/usr/bin/env node
// Runs before `npm start` and `npm run dev`: makes sure the Electron program is on this computer,
// and if it cannot be, says what happened and what to do, in place of electron-vite's bare
// "Error: Electron uninstall".
//
// The electron package (45 here) no longer downloads its program (about 100 MB, from GitHub)
// during `npm install`; it does so the first time `require('electron')` runs. electron-vite
// never requires it (it reads node_modules/electron/path.txt), so on a fresh install nothing ever
// downloads it. This script runs Electron's own installer (node_modules/electron/install.js) when
// the program is missing, and explains in plain words when that download fails (offline, or a
// firewall or proxy blocking GitHub). It looks for the program the way electron-vite does
// (ELECTRON_EXEC_PATH, else path.txt under the package's dist folder) without loading the
// electron package, whose index.js would start the download with no explanation.
//
// Plain JavaScript with no dependencies, so it runs before anything is built.
/* global process, console */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const projectRoot = process.cwd();

/** Where the electron package is installed, or null when it is not. */
function electronPackageFolder() {
  try {
    const require = createRequire(path.join(projectRoot, 'package.json'));
    return path.dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
}

/** Null when the program is there; otherwise which problem it is. */
function problem() {
  const execPath = process.env.ELECTRON_EXEC_PATH;
  if (execPath) return existsSync(execPath) ? null : { kind: 'exec-path-missing', execPath };
  const folder = electronPackageFolder();
  if (!folder) return { kind: 'package-missing' };
  const pathFile = path.join(folder, 'path.txt');
  if (!existsSync(pathFile)) return { kind: 'not-downloaded' };
  const relative = readFileSync(pathFile, 'utf8').trim();
  const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH || path.join(folder, 'dist');
  return relative && existsSync(path.join(dist, relative)) ? null : { kind: 'not-downloaded' };
}

const BROWSER_VERSION = [
  'Until then, you can use the app in your web browser, which does not need Electron:',
  '',
  '  npm run web -- --workspace my-coalition.cit.json',
];

function explain(found) {
  if (found.kind === 'exec-path-missing') {
    return [
      'The desktop app cannot start: ELECTRON_EXEC_PATH is set to a program that does not exist:',
      `  ${found.execPath}`,
      '',
      'Correct that path, or remove the ELECTRON_EXEC_PATH setting to use the Electron that npm installs.',
    ];
  }
  if (found.kind === 'package-missing') {
    return [
      'The desktop app cannot start: its dependencies are not installed in this folder.',
      '',
      'Run this here, connected to the internet:',
      '',
      '  npm install',
    ];
  }
  return [
    'The desktop app cannot start: the Electron program it runs in is not on this computer, and',
    'downloading it did not work. It comes from GitHub (about 100 MB, once); this computer may be',
    'offline, or a firewall or proxy may block GitHub.',
    ...(found.reason ? ['', `What the download said: ${found.reason}`] : []),
    '',
    'To fix it, connect to the internet and run `npm start` again, or fetch only the program with:',
    '',
    '  node node_modules/electron/install.js',
    '',
    'On a network that blocks GitHub, ask whoever runs it for the proxy settings, or for a copy of',
    'Electron to point ELECTRON_MIRROR at.',
    '',
    ...BROWSER_VERSION,
  ];
}

/** Runs Electron's installer; returns the last line of what it printed when it fails. */
function download(folder) {
  console.error('Downloading the Electron program the desktop app runs in (about 100 MB, only once)…');
  const run = spawnSync(process.execPath, [path.join(folder, 'install.js')], {
    encoding: 'utf8',
    stdio: ['ignore', 'inherit', 'pipe'],
  });
  if (run.status === 0) return null;
  const lines = `${run.stderr ?? ''}\n${run.error?.message ?? ''}`
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('at '));
  return lines[0] ?? `the installer stopped (exit code ${run.status}).`;
}

let found = problem();
if (found?.kind === 'not-downloaded') {
  const folder = electronPackageFolder();
  const reason = download(folder);
  found = problem();
  if (found?.kind === 'not-downloaded') found.reason = reason;
}
if (found) {
  console.error(['', ...explain(found), ''].join('\n'));
  process.exit(1);
}
