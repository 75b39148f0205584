import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import type { RecentEntry } from '../src/api/platform';

/** CIT International's site, under Help. Opened through the external-link allow-list like any link. */
export const CIT_INTERNATIONAL_URL = 'https://www.citinternational.org';

/** What the menu items do; main.ts supplies them (sending an action to the screen or calling the API). */
export interface MenuCommands {
  newCoalition(): void;
  open(): void;
  openRecent(filePath: string): void;
  saveAs(): void;
  reveal(): void;
  backups(): void;
  settings(): void;
  undo(): void;
  redo(): void;
  openHelpSite(): void;
}

export interface MenuOptions {
  platform: NodeJS.Platform;
  /** Reload and developer tools only in development: in the field they only confuse. */
  isDev: boolean;
  appName: string;
  recent: readonly RecentEntry[];
  /** Items that act on the open workspace are greyed out when there is none. */
  workspaceOpen: boolean;
  commands: MenuCommands;
}

/**
 * The application menu as a plain template, so tests can read it without Electron. main.ts
 * rebuilds it when the recent list or the open workspace changes.
 *
 * Undo and Redo are our own items, not the 'undo'/'redo' roles: they send an action to the
 * screen, which undoes the last workspace change, or lets a focused text field undo its typing.
 */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { commands, workspaceOpen } = options;
  const isMac = options.platform === 'darwin';
  // Windows and Linux read "&" in a label as the underlined access key (Alt+F for File); macOS has none.
  const mnemonic = (label: string) => (isMac ? label : `&${label}`);
  const literal = (text: string) => (isMac ? text : text.replace(/&/g, '&&'));

  const file: MenuItemConstructorOptions = {
    label: mnemonic('File'),
    submenu: [
      { label: 'New Coalition…', accelerator: 'CmdOrCtrl+N', click: () => commands.newCoalition() },
      { label: 'Open…', accelerator: 'CmdOrCtrl+O', click: () => commands.open() },
      { label: 'Open Recent', submenu: recentSubmenu(options.recent, commands, literal) },
      { type: 'separator' },
      { label: 'Save As…', accelerator: 'Shift+CmdOrCtrl+S', enabled: workspaceOpen, click: () => commands.saveAs() },
      {
        label: isMac ? 'Reveal in Finder' : 'Show in Folder',
        enabled: workspaceOpen,
        click: () => commands.reveal(),
      },
      { label: 'Backups…', enabled: workspaceOpen, click: () => commands.backups() },
      { type: 'separator' },
      { label: 'Coalition Settings…', enabled: workspaceOpen, click: () => commands.settings() },
      // On macOS Quit lives in the application menu.
      ...(isMac ? [] : ([{ type: 'separator' }, { role: 'quit' }] satisfies MenuItemConstructorOptions[])),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: mnemonic('Edit'),
    submenu: [
      { label: 'Undo', accelerator: 'CmdOrCtrl+Z', click: () => commands.undo() },
      { label: 'Redo', accelerator: 'Shift+CmdOrCtrl+Z', click: () => commands.redo() },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: mnemonic('View'),
    submenu: [
      ...(options.isDev
        ? ([{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }] satisfies MenuItemConstructorOptions[])
        : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };

  const help: MenuItemConstructorOptions = {
    label: mnemonic('Help'),
    role: 'help',
    submenu: [{ label: 'CIT International Website', click: () => commands.openHelpSite() }],
  };

  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: options.appName,
          submenu: [
            { role: 'about' },
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit' },
          ],
        },
      ]
    : [];

  return [...appMenu, file, edit, view, help];
}

function recentSubmenu(
  recent: readonly RecentEntry[],
  commands: MenuCommands,
  literal: (text: string) => string,
): MenuItemConstructorOptions[] {
  if (recent.length === 0) return [{ label: 'No recent workspaces', enabled: false }];
  return recent.map((entry) => ({
    // A coalition name with "&" must show as written, not as an access key.
    label: literal(`${entry.name} (${path.basename(entry.path)})`),
    toolTip: entry.path,
    click: () => commands.openRecent(entry.path),
  }));
}
