import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { executeByName } from '../support/commands';
import { startCouchServer, type CouchServer } from '../support/couchServer';
import { coalitionOf, sharedContent, syncAll, type Member } from '../support/syncMembers';

/**
 * Three members of one coalition, each with their own workspace file, against a real
 * CouchDB-protocol server (tests/support/couchServer.ts). Every edit is made through the app's
 * own commands while the laptop is not syncing ("offline"), then the laptops sync in turn.
 */
let server: CouchServer;
let members: Member[];
let chair: Member;
let ben: Member;
let cleo: Member;
let danaId: string;
let itemId: string;

beforeAll(async () => {
  server = await startCouchServer();
  ({ members } = await coalitionOf(server, 'riverside', ['chair', 'ben', 'cleo'], async (session) => {
    danaId = (await executeByName(session, 'addStakeholder', { name: 'Dana Whitfield', title: 'Crisis line lead', sector: 'mental-health', email: 'dana@example.org', phone: '555-0100', notes: 'Lost her brother to a police shooting; wants to help.', livedExperience: true })).result;
    itemId = (await executeByName(session, 'addActionItem', { title: 'Book the hall' })).result;
  }));
  [chair, ben, cleo] = members as [Member, Member, Member];
}, 120_000);

afterAll(async () => {
  for (const member of members ?? []) await member.close();
  await server?.stop();
});

const person = (member: Member, id: string) => member.session.doc.stakeholders.find((s) => s.id === id);

test('members who joined by invitation get the whole coalition', () => {
  for (const member of [ben, cleo]) {
    expect(member.session.doc.coalition.name).toBe('Riverside CIT Coalition');
    expect(person(member, danaId)?.notes).toContain('brother');
    expect(member.session.doc.actionItems.map((a) => a.title)).toEqual(['Book the hall']);
  }
  expect(sharedContent(ben.session.doc)).toBe(sharedContent(chair.session.doc));
});

test('three members who each edit offline converge to the same documents', async () => {
  await executeByName(chair.session, 'addActionItem', { title: 'Draft the MOU' });
  await executeByName(ben.session, 'addStakeholder', { name: 'Sgt. Ray Ortiz', sector: 'law-enforcement' });
  await executeByName(cleo.session, 'addOrganization', { name: 'NAMI Riverside', sector: 'advocacy' });
  await syncAll(members);
  const contents = members.map((m) => sharedContent(m.session.doc));
  expect(contents[1]).toBe(contents[0]);
  expect(contents[2]).toBe(contents[0]);
  expect(chair.session.doc.stakeholders.map((s) => s.name).sort()).toEqual(['Dana Whitfield', 'Sgt. Ray Ortiz']);
  expect(cleo.session.doc.actionItems.map((a) => a.title).sort()).toEqual(['Book the hall', 'Draft the MOU']);
});

test('edits to different fields of one record on two laptops merge by themselves', async () => {
  await executeByName(chair.session, 'updateActionItem', { id: itemId, changes: { title: 'Book the church hall' } });
  await executeByName(ben.session, 'updateActionItem', { id: itemId, changes: { notes: 'Ask for the Thursday rate.' } });
  await syncAll(members);
  for (const member of members) {
    expect(member.session.doc.actionItems.find((a) => a.id === itemId)).toMatchObject({ title: 'Book the church hall', notes: 'Ask for the Thursday rate.' });
    expect(member.engine.conflicts()).toEqual([]);
  }
  expect(sharedContent(cleo.session.doc)).toBe(sharedContent(chair.session.doc));
});

test('the same field changed on two laptops is a conflict that keeps both values, settled once for everyone', async () => {
  await executeByName(chair.session, 'updateActionItem', { id: itemId, changes: { notes: 'Thursday rate agreed.' } });
  await executeByName(ben.session, 'updateActionItem', { id: itemId, changes: { notes: 'Hall is booked on Thursdays.' } });
  await syncAll(members);
  for (const member of members) {
    const conflicts = member.engine.conflicts();
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]!.attention).toEqual([
      {
        kind: 'field',
        field: 'notes',
        values: ['Hall is booked on Thursdays.', 'Thursday rate agreed.'],
        base: 'Ask for the Thursday rate.',
        // Who made each value, in the same order (tests/integration/sync-conflict-origin.test.ts checks the times).
        origins: [expect.objectContaining({ account: 'ben' }), expect.objectContaining({ account: 'chair' })],
      },
    ]);
    expect(member.engine.status().conflicts).toBe(1);
  }
  const docId = cleo.engine.conflicts()[0]!.docId;
  await cleo.engine.resolveConflict(docId, 0, { value: 'Thursday rate agreed; hall booked.' });
  await syncAll(members);
  for (const member of members) {
    expect(member.engine.conflicts()).toEqual([]);
    expect(member.session.doc.actionItems.find((a) => a.id === itemId)?.notes).toBe('Thursday rate agreed; hall booked.');
  }
  expect(sharedContent(ben.session.doc)).toBe(sharedContent(chair.session.doc));
});

test('a record deleted on one laptop and edited on another keeps the edit and asks', async () => {
  await executeByName(chair.session, 'deleteActionItem', { id: itemId });
  await executeByName(ben.session, 'updateActionItem', { id: itemId, changes: { title: 'Book the big hall' } });
  // Every member is asked, since the note is in the shared document.
  await syncAll(members);
  for (const member of members) expect(member.session.doc.actionItems.find((a) => a.id === itemId)?.title).toBe('Book the big hall');
  for (const member of members)
    expect(member.engine.conflicts().find((c) => c.key === itemId)?.attention).toEqual([{ kind: 'deletedAndEdited' }]);
  expect(sharedContent(chair.session.doc)).toBe(sharedContent(ben.session.doc));
});

describe('undo and history with changes from others', () => {
  test('changes from others are one history entry, not a step of undo, and this member’s own undo still works', async () => {
    const ortiz = ben.session.doc.stakeholders.find((s) => s.name === 'Sgt. Ray Ortiz')!;
    await executeByName(chair.session, 'addActionItem', { title: 'Call the sheriff' });
    await executeByName(ben.session, 'updateStakeholder', { id: ortiz.id, changes: { title: 'CIT coordinator' } });
    await syncAll(members);
    expect(chair.session.listHistory(5).some((h) => h.command === 'applyChangesFromOthers')).toBe(true);
    expect(chair.session.undoDescription).toBe('add action item "Call the sheriff"');
    await chair.session.undo();
    expect(chair.session.doc.actionItems.some((a) => a.title === 'Call the sheriff')).toBe(false);
    expect(person(chair, ortiz.id)?.title).toBe('CIT coordinator');
    await syncAll(members);
    for (const member of members) expect(member.session.doc.actionItems.some((a) => a.title === 'Call the sheriff')).toBe(false);
  });
});

test('reading the server’s database directly shows no sensitive field in clear text', async () => {
  const docs = await server.allDocs('riverside');
  const everything = JSON.stringify(docs);
  expect(docs.some((d) => d._id === `stakeholders:${danaId}`)).toBe(true);
  // What the server may read: names of public partners, action items.
  expect(everything).toContain('Dana Whitfield');
  expect(everything).toContain('Book the big hall');
  // What it must not.
  for (const secret of ['brother', 'dana@example.org', '555-0100', 'livedExperience":true'])
    expect(everything).not.toContain(secret);
  const dana = docs.find((d) => d._id === `stakeholders:${danaId}`) as { fields: Record<string, unknown>; sealed: Record<string, string> };
  expect(Object.keys(dana.sealed)).toEqual(expect.arrayContaining(['email', 'phone', 'notes', 'livedExperience']));
  expect(dana.fields).not.toHaveProperty('notes');
});
