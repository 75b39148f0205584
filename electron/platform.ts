import path from 'node:path';
import type { BrowserWindow, FileFilter, OpenDialogOptions, SaveDialogOptions } from 'electron';
import { isAllowedExternalUrl } from '../src/api/externalLinks';
import type { AppEvent, ExportKind, Platform } from '../src/api/platform';
import { WORKSPACE_EXTENSION } from '../src/api/service';
import { createSecretStore, type SafeStorageLike } from './secrets';

/**
 * The Platform (src/api/platform.ts) made of Electron's dialogs and shell. The Electron pieces
 * come in as parameters, so tests check what is asked of the dialogs without a window.
 */

type SaveResult = Promise<{ canceled: boolean; filePath?: string }>;
type OpenResult = Promise<{ canceled: boolean; filePaths: string[] }>;

/** The parts of Electron's dialog used here: with a parent window, or alone when none is open (macOS). */
export interface DialogLike {
  showSaveDialog(window: BrowserWindow, options: SaveDialogOptions): SaveResult;
  showSaveDialog(options: SaveDialogOptions): SaveResult;
  showOpenDialog(window: BrowserWindow, options: OpenDialogOptions): OpenResult;
  showOpenDialog(options: OpenDialogOptions): OpenResult;
}

export interface ShellLike {
  showItemInFolder(fullPath: string): void;
  openExternal(url: string): Promise<void>;
}

export interface PlatformDeps {
  dialog: DialogLike;
  shell: ShellLike;
  /** The window the dialogs belong to (sheets on macOS, modal elsewhere). */
  getWindow(): BrowserWindow | null;
  /** Sends an event to the screen; main.ts guards against a closed window. */
  send(event: AppEvent): void;
  appVersion: string;
  userDataPath: string;
  documentsPath: string;
  samplePath: string;
  /** Electron's safeStorage, which keeps the sync passwords (secrets.ts). */
  safeStorage: SafeStorageLike;
}

/** Where the sync passwords are kept, encrypted by the operating system: userData, never beside a workspace. */
export const SYNC_PASSWORDS_FILE = 'sync-passwords.json';

const WORKSPACE_FILTER: FileFilter = { name: 'CIT coalition workspace', extensions: ['cit.json'] };

export const EXPORT_FILTERS: Record<ExportKind, FileFilter> = {
  docx: { name: 'Word document', extensions: ['docx'] },
  csv: { name: 'CSV spreadsheet', extensions: ['csv'] },
  vcf: { name: 'vCard contacts', extensions: ['vcf'] },
  ics: { name: 'Calendar (iCalendar)', extensions: ['ics'] },
  json: { name: 'JSON', extensions: ['json'] },
  zip: { name: 'Zip archive', extensions: ['zip'] },
  citinvite: { name: 'Invitation to a coalition', extensions: ['citinvite'] },
};

export function createElectronPlatform(deps: PlatformDeps): Platform {
  const { dialog } = deps;

  async function save(options: SaveDialogOptions): Promise<string | null> {
    const window = deps.getWindow();
    const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  }

  return {
    appVersion: deps.appVersion,
    samplePath: deps.samplePath,
    recentFilesPath: path.join(deps.userDataPath, 'recent.json'),
    checkedFilesPath: path.join(deps.userDataPath, 'checked-files.json'),
    secrets: createSecretStore(deps.safeStorage, path.join(deps.userDataPath, SYNC_PASSWORDS_FILE)),

    async chooseNewWorkspaceFile(suggestedName) {
      const chosen = await save({
        title: 'Save the coalition workspace',
        defaultPath: path.join(deps.documentsPath, suggestedName),
        filters: [WORKSPACE_FILTER],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      return chosen && withExtension(chosen, WORKSPACE_EXTENSION);
    },

    async chooseWorkspaceToOpen() {
      const window = deps.getWindow();
      const options: OpenDialogOptions = {
        title: 'Open a coalition workspace',
        defaultPath: deps.documentsPath,
        filters: [WORKSPACE_FILTER, { name: 'All files', extensions: ['*'] }],
        properties: ['openFile'],
      };
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },

    async chooseExportFile(suggestedName, kind) {
      const chosen = await save({
        title: 'Save the export',
        defaultPath: path.join(deps.documentsPath, suggestedName),
        filters: [EXPORT_FILTERS[kind]],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      return chosen && withExtension(chosen, `.${kind}`);
    },

    revealInFolder(filePath) {
      deps.shell.showItemInFolder(filePath);
    },

    async openExternal(url) {
      // The service checks too; a second check here keeps the rule where the browser is opened.
      if (!isAllowedExternalUrl(url)) throw new Error('Only web (https) and email links can be opened.');
      await deps.shell.openExternal(url);
    },

    notify(event) {
      deps.send(event);
    },
  };
}

/**
 * Adds the extension when the save dialog did not (Linux dialogs often do not, and macOS only
 * knows the last part of "cit.json"), so a workspace is always recognisable by its name.
 */
export function withExtension(filePath: string, extension: string): string {
  const lower = filePath.toLowerCase();
  if (lower.endsWith(extension.toLowerCase())) return filePath;
  if (extension.toLowerCase() === WORKSPACE_EXTENSION) {
    if (lower.endsWith('.json')) return filePath.slice(0, -'.json'.length) + WORKSPACE_EXTENSION;
    if (lower.endsWith('.cit')) return filePath + '.json';
  }
  return filePath + extension;
}

/**
 * Where the bundled sample lives: beside the app in a package (electron-builder copies
 * resources/sample to <resources>/sample), or in the project's resources/ folder in development.
 */
export function samplePathFor(isPackaged: boolean, resourcesPath: string, appPath: string): string {
  const base = isPackaged ? resourcesPath : path.join(appPath, 'resources');
  return path.join(base, 'sample', 'riverside-county.cit.json');
}
