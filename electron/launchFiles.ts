import path from 'node:path';
import { WORKSPACE_EXTENSION } from '../src/api/service';

/**
 * The workspace a launch asks to open: the last argument naming a .cit.json file (a double-click
 * in Explorer or the file manager passes it; a second launch forwards its argv). Switches such
 * as --inspect or Chromium's own are skipped, whatever they contain. argv[0] is the program.
 * A relative path is taken from the folder the launch happened in (for a second instance, the
 * folder that instance was started in, which Electron passes along).
 */
export function workspaceFromArgv(argv: readonly string[], workingDirectory: string): string | null {
  for (let index = argv.length - 1; index >= 1; index -= 1) {
    const arg = argv[index];
    if (arg === undefined || arg.startsWith('-')) continue;
    if (arg.toLowerCase().endsWith(WORKSPACE_EXTENSION)) return path.resolve(workingDirectory, arg);
  }
  return null;
}
