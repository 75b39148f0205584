import { execFile } from 'node:child_process';
import { readdir, readFile, rename, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../src/api/dispatcher';
import { AppService } from '../../src/api/service';
import { COMMANDS } from '../../src/api/features';
import { WorkspaceSession } from '../../src/workspace/session';
import { testPlatform } from '../support/safety/platform';
import { tempDir } from '../support/tempdir';
import { dispatchAndSave } from '../support/safety/dispatchAndSave';
import { documentThroughApi } from '../support/safety/documentThroughApi';
import { type ChangeReply } from '../../src/workspace/sessionTypes';

/**
 * A sync client (OneDrive, Dropbox, a network share) can replace the workspace file behind the
 * app's back. The screen asks checkForOutsideChange when its window regains focus; the app never
 * overwrites the other version silently, and reloadWorkspace brings it in when the person agrees.
 */
async function openService() {
  const dir = await tempDir('cit-outside-');
  const file = path.join(dir, 'Riverside.cit.json');
  const platform = testPlatform(dir, { newFile: file });
  const service = new AppService(platform, { defaultTimeZone: 'UTC' });
  expect(await dispatch(service.handlers, 'createWorkspace', { name: 'Riverside', community: '' })).toMatchObject({
    ok: true,
  });
  return { service, file, platform };
}

/** What a sync client does: write the other computer's version beside the file and swap it in. */
async function replaceFromElsewhere(file: string, change: (doc: { coalition: { name: string } }) => void) {
  const doc = JSON.parse(await readFile(file, 'utf8'));
  change(doc);
  const incoming = `${file}.sync-incoming`;
  await writeFile(incoming, JSON.stringify(doc, null, 2));
  await rename(incoming, file);
}

/**
 * What `rsync -t`, `cp -p` or a sync client restoring a file do: other bytes of the same length,
 * then the old modification time put back (`touch -r`, to the nanosecond). Returns their bytes.
 */
async function changeKeepingSizeAndTime(file: string): Promise<Buffer> {
  const before = await stat(file, { bigint: true });
  const reference = `${file}.time-reference`;
  await promisify(execFile)('cp', ['-p', file, reference]);
  const text = await readFile(file, 'utf8');
  expect(text).toContain('"Riverside"');
  const theirs = Buffer.from(text.replace('"Riverside"', '"Riverbank"'));
  await writeFile(file, theirs);
  await promisify(execFile)('touch', ['-r', reference, file]);
  const after = await stat(file, { bigint: true });
  // The test is only worth something if size and time really are as before.
  expect([after.size, after.mtimeNs]).toEqual([before.size, before.mtimeNs]);
  expect(await readFile(file)).toEqual(theirs);
  return theirs;
}

describe('a change made to the file outside the app', () => {
  it('is not confused with a save of this window that is still finishing', async () => {
    const dir = await tempDir('cit-outside-saving-');
    const file = path.join(dir, 'Riverside.cit.json');
    let renamed: () => void = () => undefined;
    let release: () => void = () => undefined;
    const fileReplaced = new Promise<void>((resolve) => (renamed = resolve));
    const released = new Promise<void>((resolve) => (release = resolve));
    let holdNextSave = false;
    const session = await WorkspaceSession.create(
      file,
      { name: 'Riverside', community: '' },
      {
        lock: false,
        // The change is answered at once; the test starts its save itself.
        replyBeforeSave: true,
        saveDelayMs: 60_000,
        writeOptions: {
          // The new file is in place, and the save is held before it notes what it wrote.
          rename: async (from, to) => {
            await rename(from, to);
            if (!holdNextSave) return;
            renamed();
            await released;
          },
        },
      },
    );
    holdNextSave = true;
    await session.execute(COMMANDS.updateCoalition, { name: 'Riverside CIT Partnership', community: '' });
    const saving = session.save();
    await fileReplaced;
    const asked = session.changedOnDisk();
    release();
    expect(await asked).toBe(false);
    expect((await saving).state).toBe('saved');
    await session.close();
  });

  it('is noticed, never overwritten, and loaded when the person chooses', async () => {
    const { service, file, platform } = await openService();
    expect(await dispatch(service.handlers, 'checkForOutsideChange', {})).toEqual({
      ok: true,
      value: { changed: false, missing: false, unsavedChanges: false, readOnly: null },
    });

    await replaceFromElsewhere(file, (doc) => {
      doc.coalition.name = 'Renamed on the other laptop';
    });
    const theirs = await readFile(file);
    expect(await dispatch(service.handlers, 'checkForOutsideChange', {})).toMatchObject({
      ok: true,
      value: { changed: true, unsavedChanges: false },
    });

    // A change made here now cannot be saved over theirs: it stays in this window.
    const reply = await dispatchAndSave(service.handlers, 'updateCoalition', { name: 'Renamed here', community: '' });
    expect(reply).toMatchObject({ ok: true, value: { save: { state: 'failed' } } });
    const save = reply.ok ? (reply.value as ChangeReply).save : null;
    expect(save?.state === 'failed' && save.message).toMatch(/changed by another program or computer/);
    expect(await readFile(file)).toEqual(theirs);
    expect(await dispatch(service.handlers, 'checkForOutsideChange', {})).toMatchObject({
      ok: true,
      value: { changed: true, unsavedChanges: true },
    });

    // Reloading would lose this window's change: refused unless the person says to discard it.
    const refused = await dispatch(service.handlers, 'reloadWorkspace', {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
    expect(!refused.ok && refused.error.message).toMatch(/not saved in the file.*Save As/);
    expect(service.current?.doc.coalition.name).toBe('Renamed here');

    platform.events.length = 0;
    const reloaded = await dispatch(service.handlers, 'reloadWorkspace', { discardUnsavedChanges: true });
    expect(reloaded).toMatchObject({ ok: true, value: { undo: null, redo: null } });
    expect((await documentThroughApi(service.handlers)).coalition.name).toBe('Renamed on the other laptop');
    expect(platform.events).toContainEqual({ type: 'workspace-changed' });
    expect(await dispatch(service.handlers, 'checkForOutsideChange', {})).toMatchObject({
      ok: true,
      value: { changed: false, unsavedChanges: false },
    });
    expect(await readFile(file)).toEqual(theirs);

    // And work continues on their version.
    expect(
      await dispatchAndSave(service.handlers, 'updateCoalition', { name: 'Renamed here, after', community: '' }),
    ).toMatchObject({
      ok: true,
      value: { save: { state: 'saved' } },
    });
    expect(JSON.parse(await readFile(file, 'utf8')).coalition.name).toBe('Renamed here, after');
    await service.close();
  });

  it('is not reported when a sync client only touched the file (same bytes, new time)', async () => {
    const { service, file } = await openService();
    const later = new Date(Date.now() + 60_000);
    await utimes(file, later, later);
    expect(await dispatch(service.handlers, 'checkForOutsideChange', {})).toMatchObject({
      ok: true,
      value: { changed: false },
    });
    expect(
      await dispatchAndSave(service.handlers, 'updateCoalition', { name: 'Still saves', community: '' }),
    ).toMatchObject({
      ok: true,
      value: { save: { state: 'saved' } },
    });
    await service.close();
  });

  it('that keeps the size and modification time is still never overwritten by the next save', async () => {
    const { service, file } = await openService();
    expect(
      await dispatchAndSave(service.handlers, 'updateCoalition', { name: 'Riverside', community: 'Ours' }),
    ).toMatchObject({
      ok: true,
      value: { save: { state: 'saved' } },
    });
    const theirs = await changeKeepingSizeAndTime(file);

    const reply = await dispatchAndSave(service.handlers, 'updateCoalition', { name: 'Riverside', community: 'Mine' });
    expect(reply).toMatchObject({ ok: true, value: { save: { state: 'failed' } } });
    const save = reply.ok ? (reply.value as ChangeReply).save : null;
    expect(save?.state === 'failed' && save.message).toMatch(/changed by another program or computer.*not overwritten/);
    // Their bytes are on disk untouched, and this window still holds its own change.
    expect(await readFile(file)).toEqual(theirs);
    expect((await readdir(path.dirname(file))).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(service.current?.doc.coalition.community).toBe('Mine');
    expect(service.current?.hasUnsavedChanges()).toBe(true);
    await service.close();
    expect(await readFile(file)).toEqual(theirs);
  });

  it('that keeps the size and modification time is reported when the screen asks', async () => {
    const { service, file } = await openService();
    await changeKeepingSizeAndTime(file);
    expect(await dispatch(service.handlers, 'checkForOutsideChange', {})).toMatchObject({
      ok: true,
      value: { changed: true, missing: false },
    });
    await service.close();
  });

  it('reports a file moved away or deleted, and saving puts the work back where it was', async () => {
    const { service, file } = await openService();
    await rename(file, `${file}.moved`);
    expect(await dispatch(service.handlers, 'checkForOutsideChange', {})).toMatchObject({
      ok: true,
      value: { changed: true, missing: true },
    });
    expect(await dispatchAndSave(service.handlers, 'updateCoalition', { name: 'Kept', community: '' })).toMatchObject({
      ok: true,
      value: { save: { state: 'saved' } },
    });
    expect(JSON.parse(await readFile(file, 'utf8')).coalition.name).toBe('Kept');
    await service.close();
  });
});
