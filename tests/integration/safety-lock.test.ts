import { mkdir, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { format } from 'date-fns';
import { beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../src/api/dispatcher';
import { AppService } from '../../src/api/service';
import { updateCoalition } from '../../src/coalition/commands';
import { lockPathFor, ownerNotePathFor } from '../../src/workspace/lock';
import { WorkspaceSession } from '../../src/workspace/session';
import { bundleChild, startChild } from '../support/safety/childProcess';
import { testPlatform } from '../support/safety/platform';
import { makeReadOnly } from '../support/safety/readOnlyFolder';
import { tempDir } from '../support/tempdir';
import { ReadOnlyError } from '../../src/workspace/sessionTypes';

/**
 * One writer per workspace file: a second window, a second copy of the app, or a second computer
 * on a shared folder opens it read-only and is told who has it; a lock left by a crash is taken
 * over; a lock lost while held turns the window read-only instead of ending the app.
 */
const me = os.userInfo().username;
const host = os.hostname();

async function newWorkspace(name = 'Riverside'): Promise<string> {
  const file = path.join(await tempDir('cit-lock-'), `${name}.cit.json`);
  const session = await WorkspaceSession.create(file, { name, community: '', timeZone: 'UTC' });
  await session.close();
  return file;
}

let holderBundle: string;
beforeAll(async () => {
  holderBundle = await bundleChild('lockHolder', await tempDir('cit-lock-bundle-'));
}, 60_000);

describe('two sessions on one file', () => {
  it('opens the second read-only, naming who has it, and refuses its changes with that sentence', async () => {
    const file = await newWorkspace();
    const first = await WorkspaceSession.open(file);
    const second = await WorkspaceSession.open(file);
    expect(first.readOnly).toBeNull();
    expect(second.readOnly).toMatchObject({ by: me, host });
    const since = new Date(second.readOnly!.since!);
    expect(Math.abs(since.getTime() - Date.now())).toBeLessThan(60_000);
    expect(second.readOnly!.message).toBe(
      `This workspace is open on ${host} by ${me} since ${format(since, 'HH:mm')}; it is read-only here.`,
    );

    const before = await readFile(file);
    const refused = await second.execute(updateCoalition, { name: 'Mine now', community: '' }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ReadOnlyError);
    expect((refused as Error).message).toBe(second.readOnly!.message);
    await expect(second.undo()).rejects.toBeInstanceOf(ReadOnlyError);
    expect(await readFile(file)).toEqual(before);
    expect(second.doc.coalition.name).toBe('Riverside');

    // The writer's change reaches the reader on reload; once the writer closes, the reader can write.
    await first.execute(updateCoalition, { name: 'Written by the first', community: '' });
    expect(await second.changedOnDisk()).toBe(true);
    await second.reload();
    expect(second.readOnly).not.toBeNull();
    expect(second.doc.coalition.name).toBe('Written by the first');
    await first.close();
    await second.reload();
    expect(second.readOnly).toBeNull();
    expect((await second.execute(updateCoalition, { name: 'Written by the second', community: '' })).save.state).toBe(
      'saved',
    );
    expect(JSON.parse(await readFile(file, 'utf8')).coalition.name).toBe('Written by the second');
    await second.close();
  });

  it('gives the screen readOnly in the view and a not-allowed reply for every change', async () => {
    const file = await newWorkspace();
    const holder = await WorkspaceSession.open(file);
    const dir = path.dirname(file);
    const platform = testPlatform(dir, { open: file });
    const service = new AppService(platform);
    const opened = await dispatch(service.handlers, 'openWorkspace', {});
    expect(opened).toMatchObject({ ok: true, value: { readOnly: { by: me, host } } });
    const reply = await dispatch(service.handlers, 'updateCoalition', { name: 'Changed', community: '' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'not-allowed', data: { readOnly: { by: me, host } } } });
    expect(!reply.ok && reply.error.message).toMatch(
      /^This workspace is open on .+ by .+ since \d\d:\d\d; it is read-only here\.$/,
    );
    expect(await dispatch(service.handlers, 'undo', {})).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
    const restore = await dispatch(service.handlers, 'restoreBackup', {
      id: '2026-03-02T15-00-00-000Z.cit.json',
      target: 'current',
    });
    expect(restore).toMatchObject({ ok: false, error: { code: 'not-allowed' } });

    // "Try again" once the other window has closed.
    await holder.close();
    expect(await dispatch(service.handlers, 'reloadWorkspace', {})).toMatchObject({
      ok: true,
      value: { readOnly: null },
    });
    expect(await dispatch(service.handlers, 'updateCoalition', { name: 'Changed', community: '' })).toMatchObject({
      ok: true,
    });
    await service.close();
  });

  it('refuses to create or save over a file another window has open', async () => {
    const file = await newWorkspace();
    const holder = await WorkspaceSession.open(file);
    const before = await readFile(file);
    const error = await WorkspaceSession.create(file, { name: 'Replacement', community: '' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReadOnlyError);
    expect((error as Error).message).toMatch(/is open on .+ by .+, so it cannot be replaced/);
    expect(await readFile(file)).toEqual(before);
    await holder.close();
  });
});

describe('another copy of the app, in its own process', () => {
  it('holds the lock while it runs; after it is killed, the lock is taken over at once', async () => {
    const file = await newWorkspace();
    const child = startChild(holderBundle, [file]);
    expect(await child.waitForLine(/^ready /)).toBe('ready writer');

    const note = JSON.parse(await readFile(ownerNotePathFor(file), 'utf8'));
    expect(note).toMatchObject({ by: me, host, pid: child.process.pid });

    const session = await WorkspaceSession.open(file);
    expect(session.readOnly).toMatchObject({ by: me, host, since: note.since });
    const before = await readFile(file);
    await expect(session.execute(updateCoalition, { name: 'x', community: '' })).rejects.toBeInstanceOf(ReadOnlyError);
    expect(await readFile(file)).toEqual(before);

    child.process.kill('SIGKILL');
    await child.ended;
    // The lock folder is still there (a crash cleans nothing up), but its process is gone.
    expect((await stat(lockPathFor(file))).isDirectory()).toBe(true);
    await session.reload();
    expect(session.readOnly).toBeNull();
    expect((await session.execute(updateCoalition, { name: 'Recovered', community: '' })).save.state).toBe('saved');
    expect(JSON.parse(await readFile(ownerNotePathFor(file), 'utf8'))).toMatchObject({ pid: process.pid });
    await session.close();
  });

  it('lets go of the lock when it closes normally', async () => {
    const file = await newWorkspace();
    const child = startChild(holderBundle, [file]);
    await child.waitForLine(/^ready writer$/);
    child.process.kill('SIGTERM');
    expect((await child.ended).code).toBe(0);
    await expect(stat(lockPathFor(file))).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(stat(ownerNotePathFor(file))).rejects.toMatchObject({ code: 'ENOENT' });
    const session = await WorkspaceSession.open(file);
    expect(session.readOnly).toBeNull();
    await session.close();
  });
});

describe('a crash while the owner note was being written', () => {
  /** What writeFileAtomic leaves when killed between making the note's new file and renaming it. */
  async function leaveHalfWrittenNotes(file: string) {
    const folder = path.dirname(file);
    const note = path.basename(ownerNotePathFor(file));
    const leftovers = [`.${note}.48213.1764520000000.1.tmp`, `.${note}.7.1764520000001.tmp`];
    // Not ours: another file's note, a name of someone else's making, and the note itself.
    const others = [`.Other.cit.json.lock-owner.json.48213.1764520000000.1.tmp`, `.${note}.backup.tmp`, `${note}.old`];
    for (const name of [...leftovers, ...others]) await writeFile(path.join(folder, name), '{"by":"da');
    return { folder, leftovers, others };
  }

  it('leaves no half-written note once the workspace is next opened for writing', async () => {
    const file = await newWorkspace();
    const { folder, leftovers, others } = await leaveHalfWrittenNotes(file);
    const session = await WorkspaceSession.open(file);
    expect(session.readOnly).toBeNull();
    const names = await readdir(folder);
    for (const name of leftovers) expect(names).not.toContain(name);
    for (const name of others) expect(names).toContain(name);
    expect(JSON.parse(await readFile(ownerNotePathFor(file), 'utf8'))).toMatchObject({ pid: process.pid });
    await session.close();
  });

  it('is left alone by a window that only reads (the writer may be writing its note)', async () => {
    const file = await newWorkspace();
    const holder = await WorkspaceSession.open(file);
    const { folder, leftovers } = await leaveHalfWrittenNotes(file);
    const reader = await WorkspaceSession.open(file);
    expect(reader.readOnly).not.toBeNull();
    const names = await readdir(folder);
    for (const name of leftovers) expect(names).toContain(name);
    await reader.close();
    await holder.close();
  });
});

describe('a lock left by another computer', () => {
  async function foreignLock(file: string, note: object | null, ageMs: number) {
    await mkdir(lockPathFor(file));
    if (note) await writeFile(ownerNotePathFor(file), JSON.stringify(note));
    const then = new Date(Date.now() - ageMs);
    await utimes(lockPathFor(file), then, then);
  }

  it('is honoured while it is kept fresh, with the note’s words', async () => {
    const file = await newWorkspace();
    const since = new Date();
    since.setHours(9, 12, 0, 0);
    await foreignLock(file, { by: 'dana', host: 'LAPTOP-7', since: since.toISOString(), pid: 4321 }, 0);
    const session = await WorkspaceSession.open(file, { lockStaleMs: 5_000 });
    expect(session.readOnly?.message).toBe(
      'This workspace is open on LAPTOP-7 by dana since 09:12; it is read-only here.',
    );
    await session.close();
  });

  it('is recovered once it has gone stale (the computer crashed or lost the network)', async () => {
    const file = await newWorkspace();
    // The pid may even be running here: it is another computer's pid, so only staleness counts.
    await foreignLock(
      file,
      { by: 'dana', host: 'LAPTOP-7', since: new Date().toISOString(), pid: process.pid },
      60_000,
    );
    const session = await WorkspaceSession.open(file, { lockStaleMs: 5_000 });
    expect(session.readOnly).toBeNull();
    expect((await session.execute(updateCoalition, { name: 'Taken over', community: '' })).save.state).toBe('saved');
    await session.close();
  });

  it('without an owner note still opens read-only, with a plain explanation', async () => {
    const file = await newWorkspace();
    await foreignLock(file, null, 0);
    const session = await WorkspaceSession.open(file);
    expect(session.readOnly).toMatchObject({ by: 'someone', host: 'another computer', since: null });
    expect(session.readOnly?.message).toMatch(/open in another copy of the app.*read-only here/);
    await session.close();
  });
});

describe('a workspace in a folder this computer cannot change', () => {
  it('opens read-only with a plain explanation, touching nothing', async () => {
    const file = await newWorkspace();
    const folder = path.dirname(file);
    const before = await readFile(file);
    await makeReadOnly(folder, true);
    try {
      const session = await WorkspaceSession.open(file);
      expect(session.readOnly?.message).toMatch(/in a folder this computer cannot change, so it is read-only here/);
      await expect(session.execute(updateCoalition, { name: 'x', community: '' })).rejects.toBeInstanceOf(
        ReadOnlyError,
      );
      await session.close();
      await expect(stat(lockPathFor(file))).rejects.toMatchObject({ code: 'ENOENT' });
    } finally {
      await makeReadOnly(folder, false);
    }
    expect(await readFile(file)).toEqual(before);
  });
});

describe('a lock lost while held', () => {
  it('turns the window read-only and tells the screen, instead of crashing the app', async () => {
    const file = await newWorkspace();
    const platform = testPlatform(path.dirname(file), { open: file });
    const service = new AppService(platform, { lockStaleMs: 2_000 });
    expect(await dispatch(service.handlers, 'openWorkspace', {})).toMatchObject({
      ok: true,
      value: { readOnly: null },
    });
    platform.events.length = 0;

    // Someone removes the lock folder (or another computer took it over after a long sleep).
    await rm(lockPathFor(file), { recursive: true });
    const deadline = Date.now() + 10_000;
    while (!service.current?.readOnly && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 100));

    expect(service.current?.readOnly?.message).toMatch(/lost its hold on the workspace file/);
    expect(platform.events).toContainEqual({ type: 'workspace-changed' });
    const before = await readFile(file);
    expect(
      await dispatch(service.handlers, 'updateCoalition', { name: 'After the loss', community: '' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'not-allowed' },
    });
    expect(await readFile(file)).toEqual(before);
    // Reloading takes the (now free) lock again.
    expect(await dispatch(service.handlers, 'reloadWorkspace', {})).toMatchObject({
      ok: true,
      value: { readOnly: null },
    });
    expect(
      await dispatch(service.handlers, 'updateCoalition', { name: 'After the loss', community: '' }),
    ).toMatchObject({ ok: true });
    await service.close();
  }, 30_000);
});
