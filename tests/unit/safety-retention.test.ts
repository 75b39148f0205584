import { readdir, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  backupFolderFor,
  backupsToKeep,
  DAYS_TO_KEEP,
  listBackups,
  pruneBackups,
  RECENT_TO_KEEP,
  type BackupInfo,
} from '../../src/workspace/backups';
import { tempDir } from '../support/tempdir';

/**
 * The retention rule for rolling backups, on synthetic dates: the newest RECENT_TO_KEEP saves,
 * plus the newest backup of each day going back DAYS_TO_KEEP days, so a mistake noticed a week
 * later can still be undone; everything older goes.
 */
function backup(iso: string, sequence = 1): BackupInfo {
  const base = iso.replace(/:/g, '-').replace('.', '-');
  const id = sequence > 1 ? `${base}-${sequence}.cit.json` : `${base}.cit.json`;
  return { id, filePath: `/nowhere/${id}`, savedAt: iso, sizeBytes: 100 };
}

const hoursBefore = (now: Date, hours: number) => new Date(now.getTime() - hours * 3_600_000).toISOString();

describe('which backups are kept', () => {
  it('keeps at least a week of daily backups and the last 20 saves (the rule in numbers)', () => {
    expect(RECENT_TO_KEEP).toBeGreaterThanOrEqual(10);
    expect(DAYS_TO_KEEP).toBeGreaterThanOrEqual(7);
  });

  it('keeps the newest 20 of a busy afternoon and drops the rest of that day', () => {
    const now = new Date('2026-03-02T18:00:00.000Z');
    const backups = Array.from({ length: 50 }, (_, i) => backup(new Date(now.getTime() - i * 60_000).toISOString()));
    const keep = backupsToKeep(backups, now);
    expect([...keep].sort()).toEqual(
      backups
        .slice(0, RECENT_TO_KEEP)
        .map((b) => b.id)
        .sort(),
    );
  });

  it('keeps the newest backup of each day for the last DAYS_TO_KEEP days, and nothing older beyond the recent ones', () => {
    const now = new Date('2026-03-30T12:00:00.000Z');
    // Ten saves a day, hourly from 08:00 to 17:00, for 40 days.
    const backups: BackupInfo[] = [];
    for (let day = 0; day < 40; day += 1) {
      for (let hour = 8; hour < 18; hour += 1) {
        const at = new Date(Date.UTC(2026, 2, 30 - day, hour));
        if (at <= now) backups.push(backup(at.toISOString()));
      }
    }
    const keep = backupsToKeep(backups, now);
    const newestFirst = [...backups].sort((a, b) => (a.savedAt < b.savedAt ? 1 : -1));
    const expected = new Set(newestFirst.slice(0, RECENT_TO_KEEP).map((b) => b.id));
    for (let day = 0; day <= DAYS_TO_KEEP; day += 1) {
      const date = new Date(Date.UTC(2026, 2, 30 - day)).toISOString().slice(0, 10);
      const newestThatDay = newestFirst.find((b) => b.savedAt.startsWith(date));
      if (newestThatDay) expected.add(newestThatDay.id);
    }
    expect([...keep].sort()).toEqual([...expected].sort());
    // Concretely (14 days): the last backup of March 16 is kept, of March 15 is not.
    expect(DAYS_TO_KEEP).toBe(14);
    expect(keep.has(backup('2026-03-16T17:00:00.000Z').id)).toBe(true);
    expect(keep.has(backup('2026-03-15T17:00:00.000Z').id)).toBe(false);
    // And a backup from ten days ago that was not that day's last is not kept.
    expect(keep.has(backup('2026-03-20T09:00:00.000Z').id)).toBe(false);
  });

  it('keeps the recent ones even when they are all old (the workspace was not used for months)', () => {
    const now = new Date('2026-12-01T00:00:00.000Z');
    const backups = Array.from({ length: 30 }, (_, i) => backup(hoursBefore(new Date('2026-03-01T12:00:00.000Z'), i)));
    expect(backupsToKeep(backups, now).size).toBe(RECENT_TO_KEEP);
  });

  it('orders two backups of the same millisecond by their number', () => {
    const now = new Date('2026-03-02T18:00:00.000Z');
    const first = backup('2026-03-02T17:00:00.000Z');
    const second = backup('2026-03-02T17:00:00.000Z', 2);
    const older = Array.from({ length: RECENT_TO_KEEP - 1 }, (_, i) =>
      backup(hoursBefore(new Date('2026-03-02T16:00:00.000Z'), i / 60)),
    );
    const keep = backupsToKeep([first, second, ...older], now);
    // 21 backups, room for 20 recent: the one that goes is the oldest, and "-2" counts as newer.
    expect(keep.has(second.id)).toBe(true);
    expect(keep.has(first.id)).toBe(true);
    expect(keep.has(older.at(-1)!.id)).toBe(false);
  });
});

describe('pruning a real backups folder', () => {
  it('removes exactly the backups the rule lets go, and never a file it did not make', async () => {
    const file = path.join(await tempDir('cit-retention-'), 'Riverside.cit.json');
    const folder = backupFolderFor(file);
    await mkdir(folder);
    const now = new Date('2026-03-30T12:00:00.000Z');
    const all: BackupInfo[] = [];
    for (let day = 0; day < 30; day += 1) {
      for (const hour of [9, 13, 17]) {
        const at = new Date(Date.UTC(2026, 2, 30 - day, hour));
        if (at > now) continue;
        const b = backup(at.toISOString());
        all.push(b);
        await writeFile(path.join(folder, b.id), '{}');
      }
    }
    await writeFile(path.join(folder, 'notes from the chair.txt'), 'keep me');
    await writeFile(path.join(folder, '2026-01-01T00-00-00-000Z.damaged.json'), 'keep me too');
    const expected = backupsToKeep(all, now);
    await pruneBackups(file, now);
    const left = await readdir(folder);
    expect((await listBackups(file)).map((b) => b.id).sort()).toEqual([...expected].sort());
    expect(left).toContain('notes from the chair.txt');
    expect(left).toContain('2026-01-01T00-00-00-000Z.damaged.json');
    expect(left.length).toBe(expected.size + 2);
  });
});
