import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { ActionItem } from '../../src/actions/model';
import { readConnection, invitationFor } from '../../src/sync/connection';
import { docIdOf } from '../../src/sync/docIds';
import { invitationText } from '../../src/sync/invitation';
import { emptyWorkspace } from '../../src/workspace/document';
import { WorkspaceSession } from '../../src/workspace/session';
import { executeByName } from '../support/commands';
import { startCountingProxy, type CountingProxy } from '../support/countingProxy';
import { startCouchServer, type CouchServer } from '../support/couchServer';
import { killWhen, recordsOf, runToEnd, startMember as member } from '../support/syncKill';
import { PASSPHRASE, sharedContent } from '../support/syncMembers';
import { tempDir } from '../support/tempdir';

/**
 * A member who has already joined and synced is killed (SIGKILL) in the middle of a LATER round:
 * the first kill test (sync-kill.test.ts) covers a first upload and a first download, where every
 * document is new; here most documents already exist on both sides, and what travels is a
 * second revision of each. The laptops are real processes (tests/support/syncMemberChild.ts).
 *
 * Sending: Ben edits 2,000 of the coalition's records and adds 500 in his file while offline,
 * and is killed once the server holds some but not all of those changes (counted over HTTP from
 * the server's own change feed). Started again, every change is on the server exactly once:
 * each edited document at exactly one revision more than before, each new record once, at its
 * first revision, no conflicting revisions; the chair receives all of it and both files open
 * with the same records.
 *
 * Receiving: the chair edits 2,000 records and sends them; Ben is killed once the server has
 * handed him some but not all of them (counted by a proxy in front of the server). Started
 * again, his file ends equal to the chair's, and he sent nothing back.
 */
const DATABASE = 'statewide';
const ITEMS = 3000;
const EDITS = 2000;
const ADDED = 500;

let server: CouchServer;
let proxy: CountingProxy;
let chairFile: string;
let benFile: string;
let invitationFile: string;

const chairArgs = () => ['connect', chairFile, server.url, DATABASE, 'chair', 'chair-password', PASSPHRASE];
const benArgs = () => ['join', invitationFile, benFile, 'ben', 'ben-password', PASSPHRASE];

async function asAdmin(route: string): Promise<Record<string, unknown>> {
  const auth = `Basic ${Buffer.from(`${server.admin.username}:${server.admin.password}`).toString('base64')}`;
  const response = await fetch(`${server.url}/${DATABASE}${route}`, { headers: { Authorization: auth } });
  if (!response.ok) throw new Error(`GET ${route}: ${response.status} ${await response.text()}`);
  return (await response.json()) as Record<string, unknown>;
}

/** The server's change sequence now, and how many documents changed on it since one. */
const updateSeq = async () => (await asAdmin('')).update_seq as string | number;
const changedSince = async (seq: string | number) =>
  ((await asAdmin(`/_changes?since=${encodeURIComponent(String(seq))}`)).results as unknown[]).length;

/** Every document on the server: its revision by id; fails on a duplicate id or a kept conflict. */
async function serverRevisions(): Promise<Map<string, string>> {
  const docs = await server.allDocs(DATABASE);
  const ids = docs.map((d) => String(d._id));
  expect(ids.length).toBe(new Set(ids).size);
  expect(docs.filter((d) => Array.isArray(d._conflicts) && d._conflicts.length > 0).map((d) => d._id)).toEqual([]);
  expect(await server.docCount(DATABASE)).toBe(ids.length);
  return new Map(docs.map((d) => [String(d._id), String(d._rev)]));
}

const generation = (rev: string | undefined) => Number(String(rev).split('-')[0]);

/** Edits `count` action items (and adds `added` new ones) in a file, as a person would with the app closed to sync. */
async function editOffline(
  file: string,
  count: number,
  added: number,
  words: string,
): Promise<{ edited: string[]; created: string[]; content: string }> {
  // As the app opens it: each change answers at once and the saves follow, a burst in few writes.
  const session = await WorkspaceSession.open(file, { replyBeforeSave: true });
  try {
    const before = new Set(session.doc.actionItems.map((item) => item.id));
    const edited = session.doc.actionItems.slice(0, count).map((item) => item.id);
    for (const id of edited) {
      const title = `${session.doc.actionItems.find((item) => item.id === id)!.title} (${words})`;
      await executeByName(session, 'updateActionItem', { id, changes: { title } });
    }
    for (let i = 0; i < added; i += 1)
      await executeByName(session, 'addActionItem', { title: `Call the county ${i} dispatch lead (${words})` });
    await session.save();
    const created = session.doc.actionItems.map((item) => item.id).filter((id) => !before.has(id));
    expect(created.length).toBe(added);
    return {
      edited: edited.map((id) => docIdOf('actionItems', id)),
      created: created.map((id) => docIdOf('actionItems', id)),
      content: sharedContent(session.doc),
    };
  } finally {
    await session.close();
  }
}

beforeAll(async () => {
  server = await startCouchServer();
  await server.addUser('chair', 'chair-password');
  await server.addUser('ben', 'ben-password');
  await server.createDatabase(DATABASE, ['chair', 'ben']);
  const folder = await tempDir('cit-sync-kill-joined-');
  chairFile = path.join(folder, 'chair.cit.json');
  benFile = path.join(folder, 'ben.cit.json');
  invitationFile = path.join(folder, 'invitation.cit-invite');
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
  await (await WorkspaceSession.fromDocument(chairFile, doc)).close();
  // The chair connects and sends everything; Ben joins through the counting proxy and syncs.
  expect(await runToEnd(member(chairArgs()))).toMatchObject({ connection: 'synced', conflicts: 0 });
  proxy = await startCountingProxy(server.url);
  const connection = await readConnection(chairFile);
  await writeFile(
    invitationFile,
    invitationText(invitationFor({ ...connection!, server: proxy.url }, 'Statewide CIT Coalition')),
  );
  expect(await runToEnd(member(benArgs()))).toMatchObject({ connection: 'synced', conflicts: 0 });
  const [chair, ben] = [await recordsOf(chairFile), await recordsOf(benFile)];
  expect(ben.content).toBe(chair.content);
}, 300_000);

afterAll(async () => {
  await proxy?.stop();
  await server?.stop();
});

test('a joined member killed part way through sending its offline changes resumes, and each change reaches the server exactly once', async () => {
  const ben = await editOffline(benFile, EDITS, ADDED, 'confirmed by Ben');
  const before = await serverRevisions();
  const seq = await updateSeq();
  const total = EDITS + ADDED;
  let atKill = 0;
  await killWhen(
    member(benArgs()),
    async () => {
      atKill = await changedSince(seq);
      return atKill >= total * 0.2;
    },
    'upload',
  );
  // Part way: the server had some of the new revisions, not all.
  expect(atKill).toBeGreaterThan(0);
  expect(atKill).toBeLessThan(total);
  expect(await changedSince(seq)).toBeLessThan(total);
  console.log(`[sync-kill-joined] sending killed with ${atKill} of ${total} changes on the server`);

  expect(await runToEnd(member(benArgs()))).toMatchObject({ connection: 'synced', conflicts: 0 });
  const after = await serverRevisions();
  const edited = new Set(ben.edited);
  expect(after.size).toBe(before.size + ADDED);
  for (const id of ben.created) expect([id, generation(after.get(id))]).toEqual([id, 1]);
  const wrong: string[] = [];
  for (const [id, rev] of before) {
    const expected = edited.has(id) ? generation(rev) + 1 : generation(rev);
    if (generation(after.get(id)) !== expected || (!edited.has(id) && after.get(id) !== rev)) wrong.push(id);
  }
  expect(wrong).toEqual([]);

  // The chair receives every change, and sends nothing back.
  expect(await runToEnd(member(chairArgs()))).toMatchObject({ connection: 'synced', conflicts: 0 });
  expect(await serverRevisions()).toEqual(after);
  const [chairNow, benNow] = [await recordsOf(chairFile), await recordsOf(benFile)];
  expect(benNow.keys.length).toBe(new Set(benNow.keys).size);
  expect(benNow.keys.length).toBe(ITEMS + ADDED);
  expect(benNow.content).toBe(ben.content);
  expect(chairNow.content).toBe(ben.content);
}, 300_000);

test('a joined member killed part way through receiving the chair’s edits resumes, and ends with the same records', async () => {
  const chair = await editOffline(chairFile, EDITS, 0, 'date moved by the chair');
  const before = await serverRevisions();
  expect(await runToEnd(member(chairArgs()))).toMatchObject({ connection: 'synced', conflicts: 0 });
  const sent = await serverRevisions();
  const wrong = chair.edited.filter((id) => generation(sent.get(id)) !== generation(before.get(id)) + 1);
  expect(wrong).toEqual([]);

  const start = proxy.served();
  const received = () => proxy.served() - start;
  await killWhen(member(benArgs()), async () => received() >= EDITS * 0.2, 'download');
  expect(received()).toBeLessThan(EDITS);
  console.log(`[sync-kill-joined] receiving killed after ${received()} of ${EDITS} changes were handed out`);

  expect(await runToEnd(member(benArgs()))).toMatchObject({ connection: 'synced', conflicts: 0 });
  const [chairNow, benNow] = [await recordsOf(chairFile), await recordsOf(benFile)];
  expect(benNow.keys.length).toBe(new Set(benNow.keys).size);
  expect(benNow.keys.length).toBe(ITEMS + ADDED);
  expect(chairNow.content).toBe(chair.content);
  expect(benNow.content).toBe(chair.content);
  // Receiving sent nothing back: every document is at the revision the chair's round left.
  expect(await serverRevisions()).toEqual(sent);
}, 300_000);
