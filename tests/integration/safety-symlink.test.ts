import { lstat, mkdir, readFile, readlink, stat, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../src/api/dispatcher';
import { AppService } from '../../src/api/service';
import { updateCoalition } from '../../src/coalition/commands';
import { backupFolderFor, listBackups } from '../../src/workspace/backups';
import { lockPathFor, ownerNotePathFor } from '../../src/workspace/lock';
import { restoreBackupFile } from '../../src/workspace/restore';
import { WorkspaceSession } from '../../src/workspace/session';
import { testPlatform } from '../support/safety/platform';
import { tempDir } from '../support/tempdir';
import { ReadOnlyError } from '../../src/workspace/sessionTypes';

/**
 * A workspace opened through a symbolic link (a shortcut on the desktop into a synced folder) is
 * the same file as the one the link points at: one lock for both paths, and saves through the
 * link update the real file and leave the link a link.
 */
async function workspaceWithLink(): Promise<{ real: string; link: string; target: string }> {
  const root = await tempDir('cit-symlink-');
  const real = path.join(root, 'Synced', 'Riverside.cit.json');
  await mkdir(path.dirname(real));
  const session = await WorkspaceSession.create(real, { name: 'Riverside', community: '', timeZone: 'UTC' });
  await session.close();
  const link = path.join(root, 'Desktop', 'Riverside shortcut.cit.json');
  await mkdir(path.dirname(link));
  // A relative link, as `ln -s ../Synced/...` makes: it must still say exactly this afterwards.
  const target = path.join('..', 'Synced', 'Riverside.cit.json');
  await symlink(target, link);
  return { real, link, target };
}

async function expectStillTheLink(link: string, target: string): Promise<void> {
  expect((await lstat(link)).isSymbolicLink()).toBe(true);
  expect(await readlink(link)).toBe(target);
}

describe('a workspace opened through a symbolic link', () => {
  it('shares one lock with the real path: the second window opens read-only, whichever path came first', async () => {
    const { real, link, target } = await workspaceWithLink();

    const byPath = await WorkspaceSession.open(real);
    const byLink = await WorkspaceSession.open(link);
    expect(byPath.readOnly).toBeNull();
    expect(byLink.readOnly?.message).toMatch(/^This workspace is open on .+; it is read-only here\.$/);
    const before = await readFile(real);
    await expect(byLink.execute(updateCoalition, { name: 'From the link', community: '' })).rejects.toBeInstanceOf(
      ReadOnlyError,
    );
    expect(await readFile(real)).toEqual(before);
    await byLink.close();
    await byPath.close();

    const linkFirst = await WorkspaceSession.open(link);
    const pathSecond = await WorkspaceSession.open(real);
    expect(linkFirst.readOnly).toBeNull();
    expect(pathSecond.readOnly).not.toBeNull();
    await pathSecond.close();
    await linkFirst.close();
    await expectStillTheLink(link, target);
  });

  it('saves into the real file and keeps the link a link, with lock and backups beside the real file', async () => {
    const { real, link, target } = await workspaceWithLink();
    const session = await WorkspaceSession.open(link, { backupIntervalMs: 0 });
    // The lock is taken beside the real file, where a window that opens the real path looks.
    expect((await stat(lockPathFor(real))).isDirectory()).toBe(true);
    await expect(lstat(lockPathFor(link))).rejects.toMatchObject({ code: 'ENOENT' });
    expect(JSON.parse(await readFile(ownerNotePathFor(real), 'utf8'))).toMatchObject({ pid: process.pid });

    const reply = await session.execute(updateCoalition, { name: 'Saved through the link', community: '' });
    expect(reply.save.state).toBe('saved');
    await expectStillTheLink(link, target);
    expect(JSON.parse(await readFile(real, 'utf8')).coalition.name).toBe('Saved through the link');
    expect((await listBackups(real)).length).toBeGreaterThan(0);
    await expect(lstat(backupFolderFor(link))).rejects.toMatchObject({ code: 'ENOENT' });

    // Saved twice more: still the link, still the real file that changes.
    await session.execute(updateCoalition, { name: 'Again', community: '' });
    await session.close();
    await expectStillTheLink(link, target);
    expect(JSON.parse(await readFile(real, 'utf8')).coalition.name).toBe('Again');
    await expect(lstat(lockPathFor(real))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('is written through, not replaced, by Save As onto the link and by restoring a backup', async () => {
    const { real, link, target } = await workspaceWithLink();
    const first = await readFile(real);
    const other = await WorkspaceSession.create(path.join(path.dirname(real), 'Other.cit.json'), {
      name: 'Other coalition',
      community: '',
      timeZone: 'UTC',
    });
    // The person picked the shortcut in the Save As dialog.
    const moved = await other.saveAs(link);
    await other.close();
    expect(moved.filePath).toBe(real);
    await moved.close();
    await expectStillTheLink(link, target);
    expect(JSON.parse(await readFile(real, 'utf8')).coalition.name).toBe('Other coalition');

    // The version it replaced was backed up beside the real file; restoring it through the link.
    const [replaced] = await listBackups(real);
    expect(await readFile(replaced!.filePath)).toEqual(first);
    await restoreBackupFile(link, replaced!, 'readable', new Date());
    await expectStillTheLink(link, target);
    expect(await readFile(real)).toEqual(first);
  });

  it('damaged, offers the backups kept beside the real file and restores through the link', async () => {
    const { real, link, target } = await workspaceWithLink();
    const good = await readFile(real);
    const writer = await WorkspaceSession.open(real, { backupIntervalMs: 0 });
    await writer.execute(updateCoalition, { name: 'Riverside', community: 'Backed up first' });
    await writer.close();
    const [backup] = await listBackups(real);
    expect(await readFile(backup!.filePath)).toEqual(good);
    await writeFile(real, '{"schemaVersion": 2, "coalition": {"name": "Cut off');

    const service = new AppService(testPlatform(path.dirname(link), { open: link }), { defaultTimeZone: 'UTC' });
    const refused = await dispatch(service.handlers, 'openWorkspace', {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'file', data: { offer: { backupId: backup!.id } } } });
    expect(await dispatch(service.handlers, 'restoreBackup', { id: backup!.id, target: 'failed-open' })).toMatchObject({
      ok: true,
    });
    await service.close();
    await expectStillTheLink(link, target);
    expect(await readFile(real)).toEqual(good);
    await expect(lstat(backupFolderFor(link))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
