import { readFile } from 'node:fs/promises';
import { connectWorkspace, joinCoalition } from '../../src/sync/connection';
import { readInvitation } from '../../src/sync/invitation';
import { exists } from '../../src/workspace/syncFolder';
import { WorkspaceSession } from '../../src/workspace/session';

/**
 * One member's laptop as a process of its own, for the test that kills it in the middle of
 * replication (tests/integration/sync-kill.test.ts, sync-kill-joined.test.ts). It runs the app's own code on disk: the
 * workspace file through WorkspaceSession, the replica in leveldb beside it, one full round of
 * sync with the server, and says on stdout how far it got:
 *
 *   open           the workspace is open and connected (or joined), replication starts
 *   synced <json>  the round ended; the status it ended with
 *
 * Usage:
 *   syncMemberChild connect <file> <server> <database> <username> <password> <passphrase>
 *   syncMemberChild join <invitation file> <file> <username> <password> <passphrase>
 * A member started with `join` whose file is already there (it was killed after joining) opens
 * that file and reconnects, as the app does on its next start.
 */
async function main(): Promise<void> {
  const [mode, ...args] = process.argv.slice(2);
  let session: WorkspaceSession;
  let connected: Awaited<ReturnType<typeof connectWorkspace>>;
  if (mode === 'connect') {
    const [file, server, database, username, password, passphrase] = args as [
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    session = await WorkspaceSession.open(file);
    connected = await connectWorkspace({ session, account: { server, database, username, password }, passphrase });
  } else if (mode === 'join') {
    const [invitationFile, file, username, password, passphrase] = args as [string, string, string, string, string];
    const invitation = readInvitation(await readFile(invitationFile, 'utf8'));
    if (await exists(file)) {
      session = await WorkspaceSession.open(file);
      const account = { server: invitation.server, database: invitation.database, username, password };
      connected = await connectWorkspace({ session, account, passphrase });
    } else {
      process.stdout.write('open\n');
      const joined = await joinCoalition({ invitation, username, password, passphrase, filePath: file });
      session = joined.session;
      connected = joined;
    }
  } else throw new Error(`syncMemberChild: unknown mode ${mode}`);
  process.stdout.write('open\n');
  const status = await connected.engine.syncOnce();
  await connected.engine.stop();
  await connected.replica.close();
  await session.close();
  process.stdout.write(`synced ${JSON.stringify(status)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
