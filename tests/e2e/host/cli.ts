import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createTestHost } from './testHost';

/**
 * `npm run web -- --workspace FILE [--port N] [--state DIR]`: the app in a browser, for looking
 * at it without Electron. Every file dialog answers with FILE; if FILE exists it is opened at
 * once. Listens on 127.0.0.1 only.
 */
const USAGE =
  'Usage: npm run web -- --workspace <file.cit.json> [--port <number>] [--state <folder for the recent list>]';

const { values } = parseArgs({
  options: {
    workspace: { type: 'string' },
    port: { type: 'string', default: '5757' },
    state: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
  strict: true,
});

if (values.help || !values.workspace) {
  console.log(USAGE);
  process.exit(values.help ? 0 : 2);
}

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a number from 0 to 65535, not "${values.port}".\n${USAGE}`);
  process.exit(2);
}

const workspacePath = path.resolve(values.workspace);
const host = await createTestHost({
  workspacePath,
  port,
  stateDir: values.state ? path.resolve(values.state) : undefined,
});

let status = 'not created yet: create a coalition on the welcome screen';
if (existsSync(workspacePath)) {
  try {
    await host.service.openPath(workspacePath);
    status = 'opened';
  } catch (error) {
    status = `not opened: ${(error as Error).message}`;
  }
}
console.log(`CIT Coalition Organizer is at ${host.url}`);
console.log(`Workspace file: ${workspacePath} (${status})`);
console.log('Only this computer can reach it (127.0.0.1). Press Ctrl+C to stop.');

const stop = async () => {
  await host.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
