import { readFile, access } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { WorkspaceSession } from '../../src/workspace/session';
import { connectWorkspace, invitationFor, joinCoalition, readConnection } from '../../src/sync/connection';
import { makeInvitation } from '../../src/sync/invitation';
import { SyncRefusal } from '../../src/sync/errors';
import { statusLine } from '../../src/sync/status';
import { executeByName } from '../support/commands';
import { freePort, startCouchServer, type CouchServer } from '../support/couchServer';
import { refusalOf } from '../support/refusal';
import { PASSPHRASE, coalitionOf, sharedContent, syncAll, type Member } from '../support/syncMembers';
import { tempDir } from '../support/tempdir';

let server: CouchServer;
let members: Member[];
let folder: string;

beforeAll(async () => {
  server = await startCouchServer();
  ({ members, folder } = await coalitionOf(server, 'riverside', ['chair', 'ben']));
  await server.addUser('olga', 'olga-password');
  await server.createDatabase('lakeside', ['olga', 'chair']);
}, 120_000);

afterAll(async () => {
  for (const member of members ?? []) await member.close();
  await server?.stop();
});

async function newWorkspace(name: string): Promise<WorkspaceSession> {
  const dir = await tempDir('cit-sync-other-');
  return WorkspaceSession.create(path.join(dir, `${name}.cit.json`), { name: 'Lakeside Coalition', community: 'Lakeside', timeZone: 'America/Chicago' });
}

const exists = (file: string) => access(file).then(() => true, () => false);

test('a wrong password is refused plainly, and the local file is untouched', async () => {
  const session = await newWorkspace('wrong-password');
  const before = await readFile(session.filePath);
  const refused = await refusalOf(() =>
    connectWorkspace({ session, account: { server: server.url, database: 'lakeside', username: 'olga', password: 'nope' }, passphrase: PASSPHRASE }),
  );
  expect(refused.error).toBeInstanceOf(SyncRefusal);
  expect(refused.message).toBe('Sync failed: the password was refused.');
  expect(await readFile(session.filePath)).toEqual(before);
  await session.close();
});

test('an unknown server is refused plainly', async () => {
  const session = await newWorkspace('unknown-server');
  const before = await readFile(session.filePath);
  const nobody = `http://127.0.0.1:${await freePort()}`;
  const refused = await refusalOf(() =>
    connectWorkspace({ session, account: { server: nobody, database: 'lakeside', username: 'olga', password: 'olga-password' }, passphrase: PASSPHRASE }),
  );
  expect((refused.error as SyncRefusal).reason).toBe('unknown-server');
  expect(refused.message).toContain('No sync server answered');
  expect(await readFile(session.filePath)).toEqual(before);
  await session.close();
});

test('a database that holds another coalition is refused, for connecting and for joining', async () => {
  const session = await newWorkspace('other-coalition');
  const before = await readFile(session.filePath);
  const refused = await refusalOf(() =>
    connectWorkspace({ session, account: { server: server.url, database: 'riverside', username: 'chair', password: 'chair-password' }, passphrase: PASSPHRASE }),
  );
  expect((refused.error as SyncRefusal).reason).toBe('other-coalition');
  expect(refused.message).toContain('already holds another coalition (Riverside CIT Coalition)');
  expect(await readFile(session.filePath)).toEqual(before);
  await session.close();

  const forged = makeInvitation({ server: server.url, database: 'riverside', coalitionId: 'someone-else', coalitionName: 'Lakeside' });
  const target = path.join(folder, 'joined-wrong.cit.json');
  const join = await refusalOf(() => joinCoalition({ invitation: forged, username: 'ben', password: 'ben-password', passphrase: PASSPHRASE, filePath: target }));
  expect((join.error as SyncRefusal).reason).toBe('other-coalition');
  expect(await exists(target)).toBe(false);
});

test('joining with a wrong password or a wrong passphrase writes no file', async () => {
  const connection = await readConnection(members[0]!.session.filePath);
  const real = invitationFor(connection!, 'Riverside CIT Coalition');
  const target = path.join(folder, 'joined.cit.json');
  const password = await refusalOf(() => joinCoalition({ invitation: real, username: 'ben', password: 'wrong', passphrase: PASSPHRASE, filePath: target }));
  expect(password.message).toBe('Sync failed: the password was refused.');
  const passphrase = await refusalOf(() => joinCoalition({ invitation: real, username: 'ben', password: 'ben-password', passphrase: 'not it', filePath: target }));
  expect((passphrase.error as SyncRefusal).reason).toBe('passphrase');
  expect(await exists(target)).toBe(false);
  expect(JSON.stringify(real)).not.toContain('password');
});

test('a server that is down leaves the workspace usable, counts what waits, and syncs when it returns', async () => {
  const [chair, ben] = members as [Member, Member];
  await server.pause();
  await executeByName(chair.session, 'addActionItem', { title: 'Reserve the training room' });
  await executeByName(chair.session, 'addActionItem', { title: 'Order name badges' });
  const offline = await chair.engine.syncOnce();
  expect(offline.connection).toBe('offline');
  expect(statusLine(offline)).toBe('Offline — 2 changes waiting');
  expect(chair.session.doc.actionItems.map((a) => a.title)).toContain('Order name badges');
  await server.resume();
  await syncAll(members);
  expect(statusLine(chair.engine.status())).toBe('Synced');
  expect(ben.session.doc.actionItems.map((a) => a.title).sort()).toEqual(['Order name badges', 'Reserve the training room']);
  expect(sharedContent(ben.session.doc)).toBe(sharedContent(chair.session.doc));
});
