import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../src/api/dispatcher';
import { AppService } from '../../src/api/service';
import { updateCoalition } from '../../src/coalition/commands';
import { writeFileAtomic } from '../../src/workspace/atomicWrite';
import { backupFolderFor } from '../../src/workspace/backups';
import { WorkspaceSession } from '../../src/workspace/session';
import { testPlatform } from '../support/safety/platform';
import { makeReadOnly } from '../support/safety/readOnlyFolder';
import { tempDir } from '../support/tempdir';
import { dispatchAndSave } from '../support/safety/dispatchAndSave';

/** A rename that another program blocks `failures` times (as Windows antivirus and sync clients do), then works. */
function blockedRename(code: string, failures: number) {
  const calls: string[] = [];
  let blocked = failures;
  const rename = async (from: string, to: string) => {
    calls.push(code);
    if (blocked > 0) {
      blocked -= 1;
      throw Object.assign(new Error(`${code}: operation not permitted, rename '${from}' -> '${to}'`), { code });
    }
    const { rename: realRename } = await import('node:fs/promises');
    await realRename(from, to);
  };
  return { rename, calls, unblock: () => (blocked = 0), blockForever: () => (blocked = Number.POSITIVE_INFINITY) };
}

const tempNames = async (dir: string) => (await readdir(dir)).filter((name) => name.endsWith('.tmp'));

describe('atomic writes when another program holds the file', () => {
  it.each(['EPERM', 'EBUSY', 'EACCES'])(
    'retries a rename refused with %s and then writes the whole file',
    async (code) => {
      const dir = await tempDir();
      const file = path.join(dir, 'w.cit.json');
      await writeFile(file, 'old contents');
      const blocker = blockedRename(code, 3);
      await writeFileAtomic(file, 'new contents', { rename: blocker.rename, firstDelayMs: 1 });
      expect(blocker.calls).toHaveLength(4);
      expect(await readFile(file, 'utf8')).toBe('new contents');
      expect(await tempNames(dir)).toEqual([]);
    },
  );

  it('gives up after the last attempt, leaving the old file untouched and no temporary file', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'w.cit.json');
    await writeFile(file, 'old contents');
    const blocker = blockedRename('EBUSY', Number.POSITIVE_INFINITY);
    await expect(
      writeFileAtomic(file, 'new contents', { rename: blocker.rename, attempts: 5, firstDelayMs: 1 }),
    ).rejects.toMatchObject({ code: 'EBUSY' });
    expect(blocker.calls).toHaveLength(5);
    expect(await readFile(file, 'utf8')).toBe('old contents');
    expect(await tempNames(dir)).toEqual([]);
  });

  it('has the whole new contents in the temporary file, beside the target, before the rename', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'w.cit.json');
    const data = 'x'.repeat(3_000_000);
    const seen: Array<{ from: string; bytes: number }> = [];
    const { rename: realRename } = await import('node:fs/promises');
    await writeFileAtomic(file, data, {
      rename: async (from, to) => {
        seen.push({ from, bytes: (await readFile(from)).length });
        await realRename(from, to);
      },
    });
    expect(seen).toHaveLength(1);
    expect(path.dirname(seen[0]!.from)).toBe(dir);
    expect(path.basename(seen[0]!.from)).toMatch(/^\.w\.cit\.json\.\d+\.\d+\.\d+\.tmp$/);
    expect(seen[0]!.bytes).toBe(data.length);
  });

  it('does not retry a failure that waiting cannot fix', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'w.cit.json');
    await writeFile(file, 'old contents');
    const blocker = blockedRename('EXDEV', Number.POSITIVE_INFINITY);
    await expect(writeFileAtomic(file, 'new', { rename: blocker.rename, firstDelayMs: 1 })).rejects.toMatchObject({
      code: 'EXDEV',
    });
    expect(blocker.calls).toHaveLength(1);
    expect(await readFile(file, 'utf8')).toBe('old contents');
  });
});

describe('a save that finally fails', () => {
  it('keeps the change in memory, says "failed", leaves the file whole, and a later save writes it', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'Riverside.cit.json');
    const blocker = blockedRename('EPERM', 0);
    const session = await WorkspaceSession.create(
      file,
      { name: 'Before', community: '' },
      { writeOptions: { rename: blocker.rename, attempts: 3, firstDelayMs: 1 } },
    );
    const before = await readFile(file);

    blocker.blockForever();
    const reply = await session.execute(updateCoalition, { name: 'After', community: 'Riverside County' });
    expect(reply.save.state).toBe('failed');
    expect(reply.save.state === 'failed' && reply.save.message).toMatch(
      /could not be saved.*EPERM.*kept in this window/s,
    );
    expect(session.saveState.state).toBe('failed');
    expect(await readFile(file)).toEqual(before);
    expect(await tempNames(dir)).toEqual([]);
    expect(session.doc.coalition.name).toBe('After');
    expect(session.hasUnsavedChanges()).toBe(true);

    blocker.unblock();
    expect((await session.save()).state).toBe('saved');
    expect(JSON.parse(await readFile(file, 'utf8')).coalition).toMatchObject({
      name: 'After',
      community: 'Riverside County',
    });
    expect(session.hasUnsavedChanges()).toBe(false);
    await session.close();
  });

  it('in a folder that has become read-only: file unchanged, change kept, saved once the folder is writable again', async () => {
    const dir = await tempDir();
    const folder = path.join(dir, 'shared');
    await mkdir(folder);
    const file = path.join(folder, 'Riverside.cit.json');
    const session = await WorkspaceSession.create(file, { name: 'Before', community: '' }, { backupIntervalMs: 0 });
    const before = await readFile(file);

    await makeReadOnly(folder, true);
    try {
      const reply = await session.execute(updateCoalition, { name: 'After', community: '' });
      expect(reply.save.state).toBe('failed');
      expect(await readFile(file)).toEqual(before);
      expect(await tempNames(folder)).toEqual([]);
      expect(session.doc.coalition.name).toBe('After');
    } finally {
      await makeReadOnly(folder, false);
    }

    expect((await session.save()).state).toBe('saved');
    expect(JSON.parse(await readFile(file, 'utf8')).coalition.name).toBe('After');
    await session.close();
  });

  it('is never dropped by closing: the workspace stays open until the person chooses to discard', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'Riverside.cit.json');
    const blocker = blockedRename('EPERM', 0);
    const service = new AppService(testPlatform(dir, { newFile: file }), {
      writeOptions: { rename: blocker.rename, attempts: 2, firstDelayMs: 1 },
    });
    expect(await dispatch(service.handlers, 'createWorkspace', { name: 'Riverside', community: '' })).toMatchObject({
      ok: true,
    });

    blocker.blockForever();
    const change = await dispatchAndSave(service.handlers, 'updateCoalition', { name: 'Changed', community: '' });
    expect(change).toMatchObject({ ok: true, value: { save: { state: 'failed' } } });

    const refused = await dispatch(service.handlers, 'closeWorkspace', {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
    expect(!refused.ok && refused.error.message).toMatch(/not saved, so it was not closed/);
    expect(service.current?.doc.coalition.name).toBe('Changed');

    // The retry the screen offers ("Try again") saves it once the file is free.
    blocker.unblock();
    expect(await dispatch(service.handlers, 'saveWorkspace', {})).toMatchObject({
      ok: true,
      value: { state: 'saved' },
    });
    expect(JSON.parse(await readFile(file, 'utf8')).coalition.name).toBe('Changed');

    blocker.blockForever();
    await dispatch(service.handlers, 'updateCoalition', { name: 'Changed again', community: '' });
    expect(await dispatch(service.handlers, 'closeWorkspace', { discardUnsavedChanges: true })).toEqual({
      ok: true,
      value: null,
    });
    expect(service.current).toBeNull();
    expect(JSON.parse(await readFile(file, 'utf8')).coalition.name).toBe('Changed');
  });
});

describe('leftovers of a crashed save', () => {
  it('are removed when the workspace is opened for writing; nothing else is touched', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'Riverside.cit.json');
    const created = await WorkspaceSession.create(file, { name: 'Riverside', community: '' }, { backupIntervalMs: 0 });
    await created.execute(updateCoalition, { name: 'Riverside 2', community: '' });
    await created.close();

    const ours = ['.Riverside.cit.json.4242.1700000000000.tmp', '.Riverside.cit.json.4242.1700000000000.17.tmp'];
    const notOurs = [
      '.Other.cit.json.4242.1700000000000.1.tmp',
      '.Riverside.cit.json.notes.tmp',
      'Riverside.cit.json.4242.1700000000000.1.tmp',
      'minutes.tmp',
      '.Riverside.cit.json.4242.1700000000000.1.tmp.keep',
    ];
    for (const name of [...ours, ...notOurs]) await writeFile(path.join(dir, name), 'half a file');
    const backupLeftover = '.2026-03-02T15-00-00-000Z.cit.json.4242.1700000000000.3.tmp';
    await writeFile(path.join(backupFolderFor(file), backupLeftover), 'half a backup');
    await writeFile(path.join(backupFolderFor(file), '.unrelated.4242.1.tmp'), 'not a backup');

    const session = await WorkspaceSession.open(file);
    const left = await readdir(dir);
    for (const name of ours) expect(left).not.toContain(name);
    for (const name of notOurs) expect(left).toContain(name);
    const inBackups = await readdir(backupFolderFor(file));
    expect(inBackups).not.toContain(backupLeftover);
    expect(inBackups).toContain('.unrelated.4242.1.tmp');
    await session.close();
  });

  it('are left alone by a window that opens the workspace read-only (the writer may be mid-save)', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'Riverside.cit.json');
    const writer = await WorkspaceSession.create(file, { name: 'Riverside', community: '' });
    const inFlight = '.Riverside.cit.json.999999.1700000000000.1.tmp';
    await writeFile(path.join(dir, inFlight), 'being written');
    const reader = await WorkspaceSession.open(file);
    expect(reader.readOnly).not.toBeNull();
    expect(await readdir(dir)).toContain(inFlight);
    await reader.close();
    await writer.close();
  });
});
