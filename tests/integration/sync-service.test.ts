import { access, readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import type { MethodInput, MethodName, MethodOutput } from '../../src/api/contract';
import { dispatch } from '../../src/api/dispatcher';
import type { ApiErrorBody } from '../../src/api/errors';
import { AppService } from '../../src/api/service';
import { startCouchServer, type CouchServer } from '../support/couchServer';
import { testPlatform, type TestPlatform } from '../support/safety/platform';
import { PASSPHRASE } from '../support/syncMembers';
import { tempDir } from '../support/tempdir';

/**
 * The Sharing methods through the app's own service and dispatcher (as the screen calls them),
 * against a real CouchDB-protocol server: the chair connects and invites, a member joins, each
 * sees the other's changes, and the refusals leave the workspace file as it was.
 */
let server: CouchServer;
let folder: string;
const apps: AppService[] = [];

interface Laptop {
  app: AppService;
  platform: TestPlatform;
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  refused<M extends MethodName>(method: M, input: MethodInput<M>): Promise<ApiErrorBody>;
}

function laptop(name: string, platform = testPlatform(path.join(folder, `${name}-state`))): Laptop {
  const app = new AppService(platform, { lockStaleMs: 60_000 });
  apps.push(app);
  return {
    app,
    platform,
    async call(method, input) {
      const reply = await dispatch(app.handlers, method, input);
      if (!reply.ok) throw new Error(`${method} was refused: ${reply.error.message}`);
      return reply.value as MethodOutput<typeof method>;
    },
    async refused(method, input) {
      const reply = await dispatch(app.handlers, method, input);
      if (reply.ok) throw new Error(`${method} was expected to be refused, and it was accepted.`);
      return reply.error;
    },
  };
}

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );
const details = { name: 'Riverside CIT Coalition', community: 'Riverside County', timeZone: 'America/Chicago' };
const chairAccount = () => ({
  server: server.url,
  database: 'riverside',
  account: 'chair',
  password: 'chair-password',
  passphrase: PASSPHRASE,
});

let chair: Laptop;
let ben: Laptop;
let chairFile: string;
let benFile: string;
let invitation: string;

beforeAll(async () => {
  folder = await tempDir('cit-sync-service-');
  server = await startCouchServer();
  for (const name of ['chair', 'ben', 'olga']) await server.addUser(name, `${name}-password`);
  await server.createDatabase('riverside', ['chair', 'ben']);
  await server.createDatabase('lakeside', ['olga']);
  chairFile = path.join(folder, 'chair', 'Riverside.cit.json');
  benFile = path.join(folder, 'ben', 'Riverside.cit.json');
  await Promise.all(
    [chairFile, benFile].map((file) =>
      import('node:fs/promises').then((fs) => fs.mkdir(path.dirname(file), { recursive: true })),
    ),
  );
  chair = laptop('chair');
  chair.platform.answers.newFile = chairFile;
  await chair.call('createWorkspace', details);
  await chair.call('addStakeholder', {
    name: 'Dana Whitfield',
    sector: 'mental-health',
    notes: 'Lost her brother; wants to help.',
    livedExperience: true,
  });
  // The workspace answers a change before its save lands: the refusals below compare the file
  // before and after, so the save must be in the file first.
  await chair.app.flush();
}, 120_000);

afterAll(async () => {
  for (const app of apps) await app.close().catch(() => null);
  await server?.stop();
});

describe('the chair connects the workspace', () => {
  test('a wrong password is refused in plain words, and the file and its folder are untouched', async () => {
    const before = await readFile(chairFile);
    const error = await chair.refused('connectSync', { ...chairAccount(), password: 'not-it' });
    expect(error.message).toBe('Sync failed: the password was refused.');
    expect(await readFile(chairFile)).toEqual(before);
    expect(await exists(`${chairFile}.sync`)).toBe(false);
    expect(await chair.call('getSyncStatus', {})).toBeNull();
    expect(chair.platform.secrets).toMatchObject({ size: 0 });
  });

  test('an unknown server and another coalition’s database are refused too, the file untouched', async () => {
    const before = await readFile(chairFile);
    const unknown = await chair.refused('connectSync', { ...chairAccount(), server: 'http://127.0.0.1:9' });
    expect(unknown.message).toContain('No sync server answered at http://127.0.0.1:9');
    const notMember = await chair.refused('connectSync', { ...chairAccount(), database: 'lakeside' });
    expect(notMember.message).toMatch(/may not use the database lakeside|password was refused/);
    expect(await readFile(chairFile)).toEqual(before);
  });

  test('the form’s fields are checked with messages for each', async () => {
    const error = await chair.refused('connectSync', {
      server: 'couch',
      database: 'Big Space',
      account: '',
      password: '',
      passphrase: 'short',
    });
    expect(error.code).toBe('invalid-input');
    expect(Object.keys((error as { fields: Record<string, string> }).fields).sort()).toEqual([
      'account',
      'database',
      'passphrase',
      'password',
      'server',
    ]);
  });

  test('connecting uploads the coalition, says Synced, and keeps the password out of every file beside the workspace', async () => {
    const view = await chair.call('connectSync', chairAccount());
    expect(view).toMatchObject({ line: 'Synced', server: server.url, database: 'riverside', username: 'chair' });
    expect(chair.platform.events).toContainEqual({
      type: 'sync-status',
      status: expect.objectContaining({ connection: 'synced' }),
    });
    const onServer = JSON.stringify(await server.allDocs('riverside'));
    expect(onServer).toContain('Dana Whitfield');
    expect(onServer).not.toContain('brother');
    // The password is in the platform's secure store, and nowhere in the workspace's files.
    expect(chair.platform.secrets).toMatchObject({ size: 2 });
    expect(await readFile(chairFile, 'utf8')).not.toContain('chair-password');
    expect(await readFile(path.join(`${chairFile}.sync`, 'connection.json'), 'utf8')).not.toContain('chair-password');
  });

  test('an invitation names the server and database, never a password, and can be saved as a small file', async () => {
    chair.platform.answers.exportFile = path.join(folder, 'invite.citinvite');
    const made = await chair.call('makeInvitation', { save: true });
    expect(made).toMatchObject({ coalitionName: 'Riverside CIT Coalition', server: server.url, database: 'riverside' });
    expect(made.saved?.filePath).toBe(path.join(folder, 'invite.citinvite'));
    expect(chair.platform.asked).toContain('export:citinvite:Invitation to Riverside CIT Coalition.citinvite');
    invitation = await readFile(path.join(folder, 'invite.citinvite'), 'utf8');
    expect(invitation).toBe(made.text);
    expect(invitation).not.toMatch(/password|passphrase|kettle/i);
  });
});

describe('a member joins', () => {
  test('a wrong passphrase is refused and writes no file', async () => {
    ben = laptop('ben');
    ben.platform.answers.newFile = benFile;
    const error = await ben.refused('joinSync', {
      invitation,
      account: 'ben',
      password: 'ben-password',
      passphrase: 'not the passphrase',
    });
    expect(error.message).toContain('not this coalition’s passphrase');
    expect(await exists(benFile)).toBe(false);
    expect(await ben.call('getWorkspace', {})).toBeNull();
  });

  test('joining with their own account makes their own file, filled from the server, and opens it', async () => {
    const view = await ben.call('joinSync', {
      invitation,
      account: 'ben',
      password: 'ben-password',
      passphrase: PASSPHRASE,
    });
    expect(view?.filePath).toBe(benFile);
    expect(ben.platform.asked).toContain('new:Riverside CIT Coalition.cit.json');
    const doc = ben.app.current!.doc;
    expect(doc.coalition.name).toBe('Riverside CIT Coalition');
    expect(doc.stakeholders.find((s) => s.name === 'Dana Whitfield')?.notes).toContain('brother');
    await ben.app.sync.settled();
    await vi.waitFor(async () => expect((await ben.call('getSyncStatus', {}))?.line).toBe('Synced'), {
      timeout: 15_000,
    });
  });

  test('a change made on one laptop shows on the other by itself, and the screen is sent its patches', async () => {
    await chair.call('addActionItem', { title: 'Book the hall' });
    await vi.waitFor(() => expect(ben.app.current!.doc.actionItems.map((a) => a.title)).toEqual(['Book the hall']), {
      timeout: 30_000,
    });
    expect(ben.platform.events.some((e) => e.type === 'changes-from-others')).toBe(true);
    await ben.call('addOrganization', { name: 'NAMI Riverside', sector: 'advocacy' });
    await vi.waitFor(
      () => expect(chair.app.current!.doc.organizations.map((o) => o.name)).toContain('NAMI Riverside'),
      // On a busy computer a request may time out and wait for its retry (at most 10 s, engine.ts).
      { timeout: 30_000 },
    );
  });

  test('the same field changed on both laptops while the server is down is listed as a conflict, and settled for both', async () => {
    const itemId = chair.app.current!.doc.actionItems[0]!.id;
    await server.pause();
    await chair.call('updateActionItem', { id: itemId, changes: { notes: 'Thursday rate agreed.' } });
    await ben.call('updateActionItem', { id: itemId, changes: { notes: 'Hall booked on Thursdays.' } });
    const offline = await chair.call('syncNow', {});
    expect(offline.line).toBe('Offline — 1 change waiting');
    await server.resume();
    for (let round = 0; round < 2; round += 1) for (const member of [chair, ben]) await member.call('syncNow', {});
    const conflicts = await ben.call('listConflicts', {});
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ label: 'Book the hall', attention: { kind: 'field', field: 'notes' } });
    expect((conflicts[0]!.attention as { values: unknown[] }).values.sort()).toEqual([
      'Hall booked on Thursdays.',
      'Thursday rate agreed.',
    ]);
    expect((await ben.call('getSyncStatus', {}))?.line).toBe('1 conflict');
    const left = await ben.call('settleConflict', {
      docId: conflicts[0]!.docId,
      index: 0,
      resolution: { value: 'Thursday rate agreed; hall booked.' },
    });
    expect(left).toEqual([]);
    for (const member of [ben, chair]) await member.call('syncNow', {});
    await vi.waitFor(
      () => expect(chair.app.current!.doc.actionItems[0]?.notes).toBe('Thursday rate agreed; hall booked.'),
      { timeout: 15_000 },
    );
    expect(await chair.call('listConflicts', {})).toEqual([]);
  });
});

describe('opening and closing a shared workspace', () => {
  test('reopened on a laptop that holds the password, it syncs by itself; without it, the header asks to sign in', async () => {
    await ben.app.close();
    const again = laptop('ben-again', ben.platform);
    await again.app.openPath(benFile);
    await again.app.sync.settled();
    await vi.waitFor(async () => expect((await again.call('getSyncStatus', {}))?.line).toBe('Synced'), {
      timeout: 15_000,
    });
    await again.app.close();

    const elsewhere = laptop('ben-elsewhere');
    await elsewhere.app.openPath(benFile);
    await elsewhere.app.sync.settled();
    expect(await elsewhere.call('getSyncStatus', {})).toMatchObject({
      line: 'Sign in to sync',
      username: 'ben',
      database: 'riverside',
    });
    expect(await elsewhere.refused('syncNow', {})).toMatchObject({
      message: expect.stringContaining('Sign in to sync'),
    });
    // Signing in is connecting again with the same details.
    const signedIn = await elsewhere.call('connectSync', {
      server: server.url,
      database: 'riverside',
      account: 'ben',
      password: 'ben-password',
      passphrase: PASSPHRASE,
    });
    expect(signedIn.line).toBe('Synced');
    ben = elsewhere;
  });

  test('disconnecting keeps the workspace file as it is and forgets the password', async () => {
    await ben.app.flush();
    const before = await readFile(benFile);
    await ben.call('disconnectSync', {});
    expect(await readFile(benFile)).toEqual(before);
    expect(await exists(`${benFile}.sync`)).toBe(false);
    expect(await ben.call('getSyncStatus', {})).toBeNull();
    expect(ben.platform.secrets).toMatchObject({ size: 0 });
    expect(ben.platform.events.at(-1)).toEqual({ type: 'sync-status', status: null });
    // Still a complete workspace, usable without a network.
    await ben.call('addActionItem', { title: 'Works alone now' });
    expect(ben.app.current!.doc.stakeholders.map((s) => s.name)).toContain('Dana Whitfield');
    expect((await readdir(path.dirname(benFile))).filter((f) => f.endsWith('.sync'))).toEqual([]);
  });
});

describe('a computer without secure storage', () => {
  test('connects all the same, says the password is not kept, and asks to sign in after the app restarts', async () => {
    const platform = testPlatform(path.join(folder, 'olga-state'));
    const refusing = 'This computer has no secure place to keep the password.';
    platform.secrets = {
      get: async () => null,
      set: async () => {
        throw new Error(refusing);
      },
      delete: async () => undefined,
    };
    const olga = laptop('olga', platform);
    const file = path.join(folder, 'olga', 'Lakeside.cit.json');
    await import('node:fs/promises').then((fs) => fs.mkdir(path.dirname(file), { recursive: true }));
    platform.answers.newFile = file;
    await olga.call('createWorkspace', {
      name: 'Lakeside Coalition',
      community: 'Lakeside',
      timeZone: 'America/Chicago',
    });
    const view = await olga.call('connectSync', {
      server: server.url,
      database: 'lakeside',
      account: 'olga',
      password: 'olga-password',
      passphrase: PASSPHRASE,
    });
    expect(view).toMatchObject({ line: 'Synced', notice: refusing });
    // Closing and opening the file again in the same run keeps sharing going, from memory.
    platform.answers.open = file;
    await olga.call('openWorkspace', {});
    await olga.app.sync.settled();
    await vi.waitFor(async () => expect((await olga.call('getSyncStatus', {}))?.line).toBe('Synced'), {
      timeout: 15_000,
    });
    await olga.app.close();
    // The next run of the app holds nothing: it asks to sign in.
    const nextRun = laptop('olga-next-run', platform);
    await nextRun.app.openPath(file);
    await nextRun.app.sync.settled();
    expect((await nextRun.call('getSyncStatus', {}))?.line).toBe('Sign in to sync');
  });
});
