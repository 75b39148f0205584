import { afterAll, beforeAll, expect, test } from 'vitest';
import { executeByName } from '../support/commands';
import { startCouchServer, type CouchServer } from '../support/couchServer';
import { coalitionOf, type Member } from '../support/syncMembers';

/**
 * A person keeps typing while sync applies what arrived from others: the cycle awaits the
 * replica and the file, and a change made meanwhile must still reach the server on the next
 * cycle. The edit is made, through the app's own command, at the one moment the race needs: just
 * after this laptop applied the others' changes and before the cycle ended.
 */
let server: CouchServer;
let members: Member[];

beforeAll(async () => {
  server = await startCouchServer();
  ({ members } = await coalitionOf(server, 'riverside', ['chair', 'ben']));
}, 120_000);

afterAll(async () => {
  for (const member of members ?? []) await member.close();
  await server?.stop();
});

test('a change made while others’ changes are being applied is sent on the next cycle, not lost', async () => {
  const [chair, ben] = members as [Member, Member];
  await executeByName(chair.session, 'addActionItem', { title: 'Book the hall' });
  await chair.engine.syncOnce();

  const session = ben.session;
  const apply = session.applyFromOthers.bind(session);
  session.applyFromOthers = (async (...args: Parameters<typeof apply>) => {
    const reply = await apply(...args);
    session.applyFromOthers = apply;
    // Ben adds an organization while his laptop is still finishing the cycle.
    await executeByName(session, 'addOrganization', { name: 'NAMI Riverside', sector: 'advocacy' });
    return reply;
  }) as typeof session.applyFromOthers;

  await ben.engine.syncOnce();
  expect(ben.session.doc.actionItems.map((a) => a.title)).toEqual(['Book the hall']);
  expect(ben.session.doc.organizations.map((o) => o.name)).toEqual(['NAMI Riverside']);
  // The next cycle, as the live sync's watch of the workspace would start it.
  await ben.engine.syncOnce();
  await chair.engine.syncOnce();
  expect(chair.session.doc.organizations.map((o) => o.name)).toEqual(['NAMI Riverside']);
});
