import { WorkspaceSession } from '../../../src/workspace/session';

/**
 * A second copy of the app, reduced to what matters for the lock test: it opens a workspace with
 * the real WorkspaceSession (taking the lock and writing the owner note), prints
 * "ready writer" (or "ready read-only <message>"), and holds the file until it is killed, or
 * until SIGTERM, when it closes cleanly and lets go of the lock.
 * Usage: lockHolder <workspace file> [<stale ms>]
 */
async function main(): Promise<void> {
  const [file, staleArg] = process.argv.slice(2);
  if (!file) throw new Error('lockHolder: no workspace file given');
  const session = await WorkspaceSession.open(file, {
    lockStaleMs: staleArg ? Number(staleArg) : undefined,
    defaultTimeZone: 'UTC',
  });
  process.stdout.write(`ready ${session.readOnly ? `read-only ${session.readOnly.message}` : 'writer'}\n`);
  process.on('SIGTERM', () => {
    void session.close().then(() => process.exit(0));
  });
  // Stay alive (the lock's refresh timer is unref'd, so keep the event loop busy ourselves).
  setInterval(() => undefined, 1_000);
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
