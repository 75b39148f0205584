import path from 'node:path';
import type { WorkspaceDocument } from '../../src/workspace/document';
import { WorkspaceSession } from '../../src/workspace/session';
import { connectWorkspace, invitationFor, joinCoalition, type Account } from '../../src/sync/connection';
import type { SyncEngine } from '../../src/sync/engine';
import { stableJson } from '../../src/sync/stableJson';
import type { CouchServer } from './couchServer';
import { tempDir } from './tempdir';

export const PASSPHRASE = 'kettle orchard lantern 42';

export interface Member {
  name: string;
  session: WorkspaceSession;
  engine: SyncEngine;
  close(): Promise<void>;
}

/**
 * A coalition of members on one real server, each with their own workspace file and replica
 * folder: the chair creates the coalition and connects it, the others join by invitation.
 */
export async function coalitionOf(
  server: CouchServer,
  database: string,
  names: string[],
  prepare: (chair: WorkspaceSession) => Promise<void> = async () => {},
): Promise<{ members: Member[]; folder: string }> {
  const folder = await tempDir('cit-sync-');
  for (const name of names) await server.addUser(name, `${name}-password`);
  await server.createDatabase(database, names);
  const [chairName, ...others] = names as [string, ...string[]];
  const chairSession = await WorkspaceSession.create(path.join(folder, `${chairName}.cit.json`), {
    name: 'Riverside CIT Coalition',
    community: 'Riverside County',
    timeZone: 'America/Chicago',
  });
  await prepare(chairSession);
  const account: Account = { server: server.url, database, username: chairName, password: `${chairName}-password` };
  const chair = await connectWorkspace({ session: chairSession, account, passphrase: PASSPHRASE });
  await chair.engine.syncOnce();
  const members: Member[] = [memberOf(chairName, chairSession, chair)];
  const invitation = invitationFor(chair.connection, chairSession.doc.coalition.name);
  for (const name of others) {
    const joined = await joinCoalition({
      invitation,
      username: name,
      password: `${name}-password`,
      passphrase: PASSPHRASE,
      filePath: path.join(folder, `${name}.cit.json`),
    });
    await joined.engine.syncOnce();
    members.push(memberOf(name, joined.session, joined));
  }
  return { members, folder };
}

function memberOf(name: string, session: WorkspaceSession, connected: { engine: SyncEngine; replica: { close(): Promise<void> } }): Member {
  return {
    name,
    session,
    engine: connected.engine,
    async close() {
      await connected.engine.stop();
      await connected.replica.close();
      await session.close();
    },
  };
}

/** Rounds of sync, one member after another, as laptops coming back online would. */
export async function syncAll(members: Member[], rounds = 2): Promise<void> {
  for (let round = 0; round < rounds; round += 1) for (const member of members) await member.engine.syncOnce();
}

/** The coalition's shared content: every collection in key order, without the local history and times. */
export function sharedContent(doc: WorkspaceDocument): string {
  const { history: _history, coalition, ...rest } = doc as WorkspaceDocument & Record<string, unknown>;
  const { updatedAt: _updatedAt, ...header } = coalition;
  const lists: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(rest)) {
    lists[key] = Array.isArray(value) ? [...value].map((r) => stableJson(r)).sort() : value;
  }
  return stableJson({ header, lists });
}
