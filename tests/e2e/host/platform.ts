import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { AppEvent, ExportKind, Platform } from '../../../src/api/platform';
import { memorySecrets } from '../../support/memorySecrets';

/**
 * The Platform for the browser test host. Where the desktop app would show a file dialog, it
 * answers with the one workspace path the host was started with (and exports go to an
 * "exports" folder beside it); the recent list lives in the host's own state folder; showing a
 * file in its folder and opening links are recorded and otherwise do nothing.
 */
export interface HostRequest {
  kind: 'reveal' | 'open-external' | 'choose-new' | 'choose-open' | 'choose-export';
  value: string;
}

export interface HostPlatform extends Platform {
  /** Everything asked of the "desktop", oldest first: tests check what would have happened. */
  readonly requests: HostRequest[];
  /**
   * What the next file dialog answers instead of the workspace path: null means the person
   * pressed Cancel; a string is the path they chose. Used once, then the default returns.
   */
  answerNextDialog(answer: string | null): void;
}

export function createHostPlatform(options: {
  workspacePath: string;
  stateDir: string;
  samplePath: string;
  appVersion: string;
  notify(event: AppEvent): void;
}): HostPlatform {
  const requests: HostRequest[] = [];
  const exportsDir = path.join(path.dirname(options.workspacePath), 'exports');
  let nextAnswer: { value: string | null } | null = null;

  function answer(fallback: string): string | null {
    const given = nextAnswer;
    nextAnswer = null;
    return given ? given.value : fallback;
  }

  return {
    appVersion: options.appVersion,
    samplePath: options.samplePath,
    recentFilesPath: path.join(options.stateDir, 'recent.json'),
    checkedFilesPath: path.join(options.stateDir, 'checked-files.json'),
    requests,
    answerNextDialog(value) {
      nextAnswer = { value };
    },
    async chooseNewWorkspaceFile(suggestedName) {
      requests.push({ kind: 'choose-new', value: suggestedName });
      return answer(options.workspacePath);
    },
    async chooseWorkspaceToOpen() {
      requests.push({ kind: 'choose-open', value: options.workspacePath });
      return answer(options.workspacePath);
    },
    async chooseExportFile(suggestedName: string, _kind: ExportKind) {
      requests.push({ kind: 'choose-export', value: suggestedName });
      const chosen = answer(path.join(exportsDir, path.basename(suggestedName)));
      if (chosen) await mkdir(path.dirname(chosen), { recursive: true });
      return chosen;
    },
    revealInFolder(filePath) {
      requests.push({ kind: 'reveal', value: filePath });
    },
    async openExternal(url) {
      requests.push({ kind: 'open-external', value: url });
    },
    notify: options.notify,
    // The desktop app's passwords are sealed by the operating system; the test host keeps them in memory only.
    secrets: memorySecrets(),
  };
}
