import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { ActionItem } from '../../src/actions/model';
import { Stakeholder } from '../../src/stakeholders/model/stakeholder';
import { readConnection, invitationFor } from '../../src/sync/connection';
import { HEADER_DOC_ID, SETTINGS_DOC_ID, docIdOf, keyOf } from '../../src/sync/docIds';
import { invitationText } from '../../src/sync/invitation';
import { COLLECTIONS, emptyWorkspace, type WorkspaceDocument } from '../../src/workspace/document';
import { exists } from '../../src/workspace/syncFolder';
import { WorkspaceSession } from '../../src/workspace/session';
import { startCountingProxy, type CountingProxy } from '../support/countingProxy';
import { startCouchServer, type CouchServer } from '../support/couchServer';
import { killWhen, recordsOf, runToEnd, startMember as member } from '../support/syncKill';
import { PASSPHRASE, sharedContent } from '../support/syncMembers';
import { tempDir } from '../support/tempdir';

/**
 * A member's laptop killed (SIGKILL) in the middle of replication, then started again. The
 * laptop is a real process (tests/support/syncMemberChild.ts) running the app's code on disk:
 * the workspace file, the leveldb replica beside it, PouchDB's replication with a real
 * CouchDB-protocol server. The workspace is large enough (4,000 records) that replication takes
 * seconds, and the test kills the process once it is really part way: for the upload, when the
 * server holds some but not all of the documents (its own count, read over HTTP); for the
 * download, when the server has handed out some but not all of them (counted by a proxy in
 * front of it, since the server's count does not move while a member downloads).
 *
 * Started again, the member resumes. Afterwards every record is on the server exactly once (one
 * document each, at its first revision, no conflicting revisions: nothing was sent twice), both
 * members' files open with WorkspaceSession and hold the same records, each once.
 */
const DATABASE = 'statewide';
const ITEMS = 3000;
const PEOPLE = 1000;

let server: CouchServer;
let proxy: CountingProxy | null = null;
let folder: string;
let chairFile: string;
let benFile: string;
let expectedIds: Set<string>;
let original: string;

function bigWorkspace(): WorkspaceDocument {
  const now = new Date('2026-03-02T15:00:00.000Z');
  const doc = emptyWorkspace({
    name: 'Statewide CIT Coalition',
    community: 'The whole state',
    timeZone: 'America/Chicago',
    now,
  });
  doc.actionItems = Array.from({ length: ITEMS }, (_, i) =>
    ActionItem.parse({
      id: `item-${String(i).padStart(5, '0')}`,
      title: `Follow up with county ${i} about the training calendar`,
      createdAt: now.toISOString(),
    }),
  );
  doc.stakeholders = Array.from({ length: PEOPLE }, (_, i) =>
    Stakeholder.parse({
      id: `person-${String(i).padStart(5, '0')}`,
      name: `Member ${i}`,
      notes: `Talked about the crisis line with person ${i}.`,
      privacy: i % 2 === 0 ? 'public' : 'private',
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    }),
  );
  return doc;
}

function idsOf(doc: WorkspaceDocument): Set<string> {
  const ids = new Set([HEADER_DOC_ID, SETTINGS_DOC_ID]);
  for (const collection of COLLECTIONS)
    for (const record of doc[collection] as unknown as Array<Record<string, unknown>>)
      ids.add(docIdOf(collection, keyOf(collection, record)));
  return ids;
}

/** The server holds each expected document once, at its first revision, with no second revision beside it. */
async function expectEachOnceOnServer(): Promise<void> {
  const docs = await server.allDocs(DATABASE);
  const ids = docs.map((d) => String(d._id));
  expect(ids.length).toBe(new Set(ids).size);
  expect(new Set(ids)).toEqual(expectedIds);
  expect(await server.docCount(DATABASE)).toBe(expectedIds.size);
  const again = docs.filter((d) => d._id !== SETTINGS_DOC_ID && !String(d._rev).startsWith('1-'));
  expect(again.map((d) => d._id)).toEqual([]);
  expect(docs.filter((d) => Array.isArray(d._conflicts) && d._conflicts.length > 0).map((d) => d._id)).toEqual([]);
}

beforeAll(async () => {
  server = await startCouchServer();
  await server.addUser('chair', 'chair-password');
  await server.addUser('ben', 'ben-password');
  await server.createDatabase(DATABASE, ['chair', 'ben']);
  folder = await tempDir('cit-sync-kill-');
  chairFile = path.join(folder, 'chair.cit.json');
  benFile = path.join(folder, 'ben.cit.json');
  const doc = bigWorkspace();
  expectedIds = idsOf(doc);
  const session = await WorkspaceSession.fromDocument(chairFile, doc);
  original = sharedContent(session.doc);
  await session.close();
}, 60_000);

afterAll(async () => {
  await proxy?.stop();
  await server?.stop();
});

test('a member killed in the middle of its first upload resumes, and every record reaches the server exactly once', async () => {
  const args = ['connect', chairFile, server.url, DATABASE, 'chair', 'chair-password', PASSPHRASE];
  const total = expectedIds.size;
  let atKill = 0;
  await killWhen(
    member(args),
    async () => {
      atKill = await server.docCount(DATABASE);
      return atKill >= total * 0.2;
    },
    'upload',
  );
  // Part way: the server had some of the documents, not all.
  expect(atKill).toBeGreaterThan(1);
  expect(atKill).toBeLessThan(total);
  expect(await server.docCount(DATABASE)).toBeLessThan(total);
  console.log(`[sync-kill] upload killed with ${atKill} of ${total} documents on the server`);

  const status = await runToEnd(member(args));
  expect(status).toMatchObject({ connection: 'synced', conflicts: 0 });
  await expectEachOnceOnServer();
  const chair = await recordsOf(chairFile);
  expect(chair.keys.length).toBe(new Set(chair.keys).size);
  expect(chair.keys.length).toBe(total - 2);
  expect(chair.content).toBe(original);
}, 300_000);

test('a member killed in the middle of its first download resumes, and ends with the same records, each once', async () => {
  const connection = await readConnection(chairFile);
  expect(connection).not.toBeNull();
  proxy = await startCountingProxy(server.url);
  const invitationFile = path.join(folder, 'invitation.cit-invite');
  await writeFile(
    invitationFile,
    invitationText(invitationFor({ ...connection!, server: proxy.url }, 'Statewide CIT Coalition')),
  );
  const args = ['join', invitationFile, benFile, 'ben', 'ben-password', PASSPHRASE];
  const total = expectedIds.size;
  const counting = proxy;
  await killWhen(member(args), async () => counting.served() >= total * 0.2, 'download');
  expect(counting.served()).toBeLessThan(total);
  console.log(`[sync-kill] download killed after ${counting.served()} of ${total} documents were handed out`);

  const status = await runToEnd(member(args));
  expect(status).toMatchObject({ connection: 'synced', conflicts: 0 });
  expect(await exists(benFile)).toBe(true);
  const [chair, ben] = [await recordsOf(chairFile), await recordsOf(benFile)];
  expect(ben.keys.length).toBe(new Set(ben.keys).size);
  expect(ben.keys.length).toBe(total - 2);
  expect(ben.content).toBe(chair.content);
  expect(ben.content).toBe(original);
  // The download sent nothing back: every document is still at the revision the chair wrote.
  await expectEachOnceOnServer();
}, 300_000);
