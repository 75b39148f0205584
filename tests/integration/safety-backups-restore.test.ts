import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../src/api/dispatcher';
import { AppService } from '../../src/api/service';
import { backupFolderFor, listBackups, type BackupInfo } from '../../src/workspace/backups';
import { testPlatform } from '../support/safety/platform';
import { tempDir } from '../support/tempdir';
import { dispatchAndSave } from '../support/safety/dispatchAndSave';
import { documentThroughApi } from '../support/safety/documentThroughApi';

/**
 * Backups and restore through the API, as the screen uses them: real files in a temp folder, a
 * plain-object Platform whose dialogs answer with paths, and the real AppService.
 */
async function workspaceWithHistory() {
  const dir = await tempDir('cit-backups-');
  const file = path.join(dir, 'Riverside.cit.json');
  const platform = testPlatform(dir, { newFile: file, open: file });
  // A backup before every save, so each version is kept.
  const service = new AppService(platform, { backupIntervalMs: 0, defaultTimeZone: 'UTC' });
  expect(await dispatch(service.handlers, 'createWorkspace', { name: 'Version 1', community: '' })).toMatchObject({
    ok: true,
  });
  const versions = [await readFile(file)];
  for (const name of ['Version 2', 'Version 3', 'Version 4']) {
    expect(await dispatchAndSave(service.handlers, 'updateCoalition', { name, community: '' })).toMatchObject({
      ok: true,
      value: { save: { state: 'saved' } },
    });
    versions.push(await readFile(file));
  }
  return { dir, file, platform, service, versions };
}

async function backupsOf(service: AppService): Promise<BackupInfo[]> {
  const reply = await dispatch(service.handlers, 'listBackups', {});
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.value as BackupInfo[];
}

describe('rolling backups', () => {
  it('keep each earlier version, newest first, byte for byte', async () => {
    const { service, versions } = await workspaceWithHistory();
    const backups = await backupsOf(service);
    expect(backups).toHaveLength(3);
    const contents = await Promise.all(backups.map((b) => readFile(b.filePath)));
    expect(contents).toEqual([versions[2], versions[1], versions[0]]);
    expect(backups.map((b) => b.savedAt)).toEqual([...backups.map((b) => b.savedAt)].sort().reverse());
    await service.close();
  });
});

describe('restoring a backup over the open workspace', () => {
  it('backs up the current file first, then puts the chosen version back and opens it', async () => {
    const { service, file, versions } = await workspaceWithHistory();
    const oldest = (await backupsOf(service)).at(-1)!;
    const reply = await dispatch(service.handlers, 'restoreBackup', { id: oldest.id, target: 'current' });
    expect(reply).toMatchObject({ ok: true, value: { readOnly: null } });
    expect((await documentThroughApi(service.handlers)).coalition.name).toBe('Version 1');
    expect(await readFile(file)).toEqual(versions[0]);

    // The version that was current (Version 4) is now the newest backup: nothing was lost.
    const after = await listBackups(file);
    expect(after).toHaveLength(4);
    expect(await readFile(after[0]!.filePath)).toEqual(versions[3]);

    // And work goes on from the restored version.
    expect(
      await dispatch(service.handlers, 'updateCoalition', { name: 'Version 1, revised', community: '' }),
    ).toMatchObject({ ok: true });
    await service.close();
  });

  it('refuses an id that is not one of the backups (a path, an unknown name)', async () => {
    const { service, file, versions } = await workspaceWithHistory();
    for (const id of ['../Riverside.cit.json', '2020-01-01T00-00-00-000Z.cit.json', file]) {
      const reply = await dispatch(service.handlers, 'restoreBackup', { id, target: 'current' });
      expect(reply.ok).toBe(false);
    }
    expect(await readFile(file)).toEqual(versions[3]);
    await service.close();
  });
});

describe('opening a damaged file', () => {
  it('is refused without touching it, offers the newest backup that opens, and restores it keeping the damaged copy', async () => {
    const { service, file, versions, dir } = await workspaceWithHistory();
    await service.close();

    // The file is damaged, and so is the newest backup (it was taken of a bad version).
    const damaged = Buffer.from('{"schemaVersion": 2, "coalition": {"name": "Cut off in the midd');
    await writeFile(file, damaged);
    const [newest, secondNewest] = await listBackups(file);
    await writeFile(newest!.filePath, '{"schemaVersion": 2, "coalition": 7}');

    const reopened = new AppService(testPlatform(dir, { open: file }), { defaultTimeZone: 'UTC' });
    const refused = await dispatch(reopened.handlers, 'openWorkspace', {});
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'file',
        data: { problem: 'not-json', offer: { backupId: secondNewest!.id, savedAt: secondNewest!.savedAt } },
      },
    });
    expect(!refused.ok && refused.error.message).toMatch(/not a coalition workspace/);
    expect(await readFile(file)).toEqual(damaged);

    const restored = await dispatch(reopened.handlers, 'restoreBackup', {
      id: secondNewest!.id,
      target: 'failed-open',
    });
    expect(restored).toMatchObject({ ok: true });
    expect((await documentThroughApi(reopened.handlers)).coalition.name).toBe('Version 2');
    expect(await readFile(file)).toEqual(versions[1]);
    // The damaged bytes are kept, in case something in them matters.
    const kept = (await readdir(backupFolderFor(file))).filter((name) => name.endsWith('.damaged.json'));
    expect(kept).toHaveLength(1);
    expect(await readFile(path.join(backupFolderFor(file), kept[0]!))).toEqual(damaged);
    await reopened.close();
  });

  it('offers nothing when no backup opens, and a restore for it is refused', async () => {
    const dir = await tempDir('cit-backups-');
    const file = path.join(dir, 'Mailed.cit.json');
    await writeFile(file, 'not a workspace at all');
    const service = new AppService(testPlatform(dir, { open: file }));
    const refused = await dispatch(service.handlers, 'openWorkspace', {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'file', data: { offer: null } } });
    expect(
      await dispatch(service.handlers, 'restoreBackup', {
        id: '2026-03-02T15-00-00-000Z.cit.json',
        target: 'failed-open',
      }),
    ).toMatchObject({
      ok: false,
      // "That backup no longer exists": not-found, as every record that is gone is.
      error: { code: 'not-found' },
    });
    expect(await readFile(file, 'utf8')).toBe('not a workspace at all');
  });
});
