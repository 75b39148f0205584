import path from 'node:path';
import type { AppEvent, ExportKind, Platform } from '../../../src/api/platform';
import { memorySecrets } from '../memorySecrets';

/**
 * A Platform for tests of AppService: a plain object whose dialogs answer with the paths the test
 * sets (null means the person cancelled), and which records what it was asked and told.
 */
export interface TestPlatform extends Platform {
  answers: { newFile: string | null; open: string | null; exportFile: string | null };
  events: AppEvent[];
  asked: string[];
}

export function testPlatform(dir: string, answers: Partial<TestPlatform['answers']> = {}): TestPlatform {
  const platform: TestPlatform = {
    answers: { newFile: null, open: null, exportFile: null, ...answers },
    events: [],
    asked: [],
    appVersion: '0.0.0-test',
    samplePath: path.join(dir, 'no-sample.cit.json'),
    recentFilesPath: path.join(dir, 'recent.json'),
    checkedFilesPath: path.join(dir, 'checked-files.json'),
    async chooseNewWorkspaceFile(suggestedName: string) {
      platform.asked.push(`new:${suggestedName}`);
      return platform.answers.newFile;
    },
    async chooseWorkspaceToOpen() {
      platform.asked.push('open');
      return platform.answers.open;
    },
    async chooseExportFile(suggestedName: string, kind: ExportKind) {
      platform.asked.push(`export:${kind}:${suggestedName}`);
      return platform.answers.exportFile;
    },
    revealInFolder(filePath: string) {
      platform.asked.push(`reveal:${filePath}`);
    },
    async openExternal(url: string) {
      platform.asked.push(`external:${url}`);
    },
    notify(event: AppEvent) {
      platform.events.push(event);
    },
    secrets: memorySecrets(),
  };
  return platform;
}
