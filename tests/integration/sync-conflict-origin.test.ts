import { afterAll, beforeAll, expect, test } from 'vitest';
import type { FieldAttention } from '../../src/sync/merge';
import { executeByName } from '../support/commands';
import { startCouchServer, type CouchServer } from '../support/couchServer';
import { coalitionOf, sharedContent, syncAll, type Member } from '../support/syncMembers';

/**
 * Who made each version of a conflict: every document a laptop writes says which account wrote
 * it and when, readable beside the sealed fields, and a conflict keeps that for each of its
 * values. Two members (accounts "maria" and "ben") against a real CouchDB-protocol server; a
 * document written the old way (without saying who) still merges, its maker unknown.
 */
let server: CouchServer;
let members: Member[];
let maria: Member;
let ben: Member;
let itemId: string;
let danaId: string;

beforeAll(async () => {
  server = await startCouchServer();
  ({ members } = await coalitionOf(server, 'origin', ['maria', 'ben'], async (session) => {
    itemId = (await executeByName(session, 'addActionItem', { title: 'Book the hall', notes: 'Ask for a rate.' }))
      .result;
    danaId = (
      await executeByName(session, 'addStakeholder', {
        name: 'Dana Whitfield',
        sector: 'mental-health',
        email: 'dana@example.org',
        notes: 'Lost her brother; wants to help.',
      })
    ).result;
  }));
  [maria, ben] = members as [Member, Member];
}, 120_000);

afterAll(async () => {
  for (const member of members ?? []) await member.close();
  await server?.stop();
});

const only = (member: Member): FieldAttention => {
  const conflicts = member.engine.conflicts();
  expect(conflicts).toHaveLength(1);
  const [entry] = conflicts[0]!.attention;
  expect(conflicts[0]!.attention).toHaveLength(1);
  if (entry?.kind !== 'field') throw new Error(`expected a field conflict, got ${JSON.stringify(entry)}`);
  return entry;
};

async function adminCall(method: string, route: string, body?: unknown): Promise<Record<string, unknown>> {
  const auth = `Basic ${Buffer.from(`${server.admin.username}:${server.admin.password}`).toString('base64')}`;
  const response = await fetch(`${server.url}${route}`, {
    method,
    headers: { Authorization: auth, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${route}: ${response.status} ${await response.text()}`);
  return (await response.json()) as Record<string, unknown>;
}

test('each document on the server says, readable and outside the sealed fields, which account wrote it and when', async () => {
  const docs = await server.allDocs('origin');
  const dana = docs.find((d) => d._id === `stakeholders:${danaId}`) as Record<string, unknown> & {
    fields: Record<string, unknown>;
    sealed: Record<string, string>;
  };
  expect(dana.changedBy).toBe('maria');
  expect(Date.parse(dana.changedAt as string)).not.toBeNaN();
  // Not part of the record: neither a readable field nor a sealed one.
  expect(dana.fields).not.toHaveProperty('changedBy');
  expect(dana.sealed).not.toHaveProperty('changedBy');
  // The new fields carry the account and a time only: the person's sealed details stay sealed.
  expect(JSON.stringify(docs)).not.toContain('brother');
  expect(JSON.stringify(docs)).not.toContain('dana@example.org');
  for (const doc of docs)
    if (doc.changedBy !== undefined) {
      expect(['maria', 'ben']).toContain(doc.changedBy);
      expect(String(doc.changedAt)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    }
  // And the workspace file's records have not grown a field.
  expect(Object.keys(ben.session.doc.stakeholders.find((s) => s.id === danaId)!)).not.toContain('changedBy');
});

test('the same field changed by two members: the conflict names each account with the time of its change', async () => {
  const before = new Date().toISOString();
  await executeByName(maria.session, 'updateActionItem', { id: itemId, changes: { notes: 'Thursday rate agreed.' } });
  await maria.engine.syncOnce();
  const between = new Date().toISOString();
  await executeByName(ben.session, 'updateActionItem', {
    id: itemId,
    changes: { notes: 'Hall is booked on Thursdays.' },
  });
  await syncAll(members);
  const after = new Date().toISOString();

  const seen = members.map(only);
  // Both laptops hold the same entry, so they agree on who made what.
  expect(seen[1]).toEqual(seen[0]);
  const entry = seen[0]!;
  expect(entry.values).toEqual(['Hall is booked on Thursdays.', 'Thursday rate agreed.']);
  const [benMade, mariaMade] = entry.origins!;
  expect(benMade?.account).toBe('ben');
  expect(mariaMade?.account).toBe('maria');
  // Each time is when that member's change left their laptop, in order.
  expect(mariaMade!.at >= before && mariaMade!.at <= between).toBe(true);
  expect(benMade!.at >= between && benMade!.at <= after).toBe(true);

  // Settling it still works as before, and leaves every list.
  const docId = maria.engine.conflicts()[0]!.docId;
  await maria.engine.resolveConflict(docId, 0, { choose: 1 });
  await syncAll(members);
  for (const member of members) {
    expect(member.engine.conflicts()).toEqual([]);
    expect(member.session.doc.actionItems.find((a) => a.id === itemId)?.notes).toBe('Thursday rate agreed.');
  }
});

test('a document written without saying who (an older app) still merges, and its value is by an unknown member', async () => {
  await syncAll(members);
  const route = `/origin/${encodeURIComponent(`actionItems:${itemId}`)}`;
  const current = await adminCall('GET', route);
  expect(current.changedBy).toBeDefined();
  // Ben changes the note on his laptop while an older app writes another note to the server.
  await executeByName(ben.session, 'updateActionItem', { id: itemId, changes: { notes: 'Ben: the hall says yes.' } });
  const {
    changedBy: _by,
    changedAt: _at,
    ...old
  } = current as Record<string, unknown> & { fields: Record<string, unknown> };
  await adminCall('PUT', route, { ...old, fields: { ...old.fields, notes: 'Old app: hall confirmed.' } });
  expect((await adminCall('GET', route)).changedBy).toBeUndefined();

  await syncAll(members);
  const seen = members.map(only);
  expect(seen[1]).toEqual(seen[0]);
  const entry = seen[0]!;
  expect(entry.values).toEqual(['Ben: the hall says yes.', 'Old app: hall confirmed.']);
  expect(entry.origins?.[0]?.account).toBe('ben');
  expect(entry.origins?.[1]).toBeNull();
  expect(sharedContent(maria.session.doc)).toBe(sharedContent(ben.session.doc));
});
