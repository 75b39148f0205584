import { promises as fs } from 'node:fs';
import path from 'node:path';
import { copyFileAtomic } from './atomicWrite';

/**
 * Rolling backups, kept in a folder beside the workspace file:
 *
 *   Riverside County.cit.json
 *   Riverside County.cit.json.backups/
 *     2026-11-22T14-05-09-120Z.cit.json
 *
 * Before a save replaces the file, the version on disk (which was good: it was opened or written
 * by this app) is copied here. The newest RECENT_TO_KEEP copies are kept, and beyond those the
 * newest copy of each of the last DAYS_TO_KEEP days, so a mistake noticed a week later can still
 * be undone.
 */
export const RECENT_TO_KEEP = 20;
export const DAYS_TO_KEEP = 14;

export interface BackupInfo {
  /** The backup's file name inside the backups folder; also its id in the API. */
  id: string;
  filePath: string;
  /** When the backed-up version was saved (from the name, which never changes). */
  savedAt: string;
  sizeBytes: number;
}

export function backupFolderFor(workspacePath: string): string {
  return `${workspacePath}.backups`;
}

const NAME = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z(?:-(\d+))?\.cit\.json$/;

function stampFromName(name: string): string | null {
  const m = NAME.exec(name);
  return m ? `${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z` : null;
}

/** Two backups in the same millisecond are numbered "-2", "-3"...: the higher number is newer. */
function sequenceFromName(name: string): number {
  return Number(NAME.exec(name)?.[6] ?? 1);
}

function newestFirst(a: BackupInfo, b: BackupInfo): number {
  if (a.savedAt !== b.savedAt) return a.savedAt < b.savedAt ? 1 : -1;
  return sequenceFromName(b.id) - sequenceFromName(a.id);
}

/** Copies the current file into the backups folder. Does nothing if there is no file yet. */
export async function backUpCurrentFile(workspacePath: string, now: Date): Promise<BackupInfo | null> {
  if (!(await exists(workspacePath))) return null;
  const folder = backupFolderFor(workspacePath);
  await fs.mkdir(folder, { recursive: true });
  const base = now.toISOString().replace(/:/g, '-').replace('.', '-');
  let name = `${base}.cit.json`;
  for (let n = 2; await exists(path.join(folder, name)); n += 1) name = `${base}-${n}.cit.json`;
  const filePath = path.join(folder, name);
  try {
    await copyFileAtomic(workspacePath, filePath);
  } catch (error) {
    // Gone between the check and the copy: there was nothing to back up after all.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && !(await exists(workspacePath))) return null;
    throw error;
  }
  const { size } = await fs.stat(filePath);
  return { id: name, filePath, savedAt: now.toISOString(), sizeBytes: size };
}

/** Every backup of a workspace, newest first. */
export async function listBackups(workspacePath: string): Promise<BackupInfo[]> {
  const folder = backupFolderFor(workspacePath);
  let names: string[];
  try {
    names = await fs.readdir(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const found: BackupInfo[] = [];
  for (const name of names) {
    const savedAt = stampFromName(name);
    if (!savedAt) continue;
    const filePath = path.join(folder, name);
    const stat = await fs.stat(filePath).catch(() => null);
    if (stat?.isFile()) found.push({ id: name, filePath, savedAt, sizeBytes: stat.size });
  }
  return found.sort(newestFirst);
}

/**
 * Which backups the retention rule keeps: the newest RECENT_TO_KEEP, and the newest of each
 * (UTC) day from today back to DAYS_TO_KEEP days ago. Everything else may go.
 */
export function backupsToKeep(backups: BackupInfo[], now: Date): Set<string> {
  const sorted = [...backups].sort(newestFirst);
  const keep = new Set(sorted.slice(0, RECENT_TO_KEEP).map((b) => b.id));
  const oldestDay = new Date(now.getTime() - DAYS_TO_KEEP * 86_400_000).toISOString().slice(0, 10);
  const daysSeen = new Set<string>();
  for (const backup of sorted) {
    const day = backup.savedAt.slice(0, 10);
    if (day < oldestDay || daysSeen.has(day)) continue;
    daysSeen.add(day);
    keep.add(backup.id);
  }
  return keep;
}

export async function pruneBackups(workspacePath: string, now: Date): Promise<void> {
  const backups = await listBackups(workspacePath);
  const keep = backupsToKeep(backups, now);
  for (const backup of backups) {
    if (!keep.has(backup.id)) await fs.rm(backup.filePath, { force: true });
  }
}

/** Finds a backup by its id, refusing anything that is not a plain name in the backups folder. */
export async function findBackup(workspacePath: string, id: string): Promise<BackupInfo | null> {
  if (!NAME.test(id)) return null;
  const backups = await listBackups(workspacePath);
  return backups.find((b) => b.id === id) ?? null;
}

async function exists(filePath: string): Promise<boolean> {
  try {
    await fs.access(filePath);
    return true;
  } catch {
    return false;
  }
}

const BACKUP_TEMP = /^\.(.+\.cit\.json)\.\d+\.\d+(?:\.\d+)?\.tmp$/;

/**
 * Removes half-written backup copies a crash left in the backups folder (the temporary names
 * the atomic copy gives a backup). Only those names are touched. Call it while holding the lock.
 */
export async function removeLeftoverBackupTempFiles(workspacePath: string): Promise<string[]> {
  const folder = backupFolderFor(workspacePath);
  let names: string[];
  try {
    names = await fs.readdir(folder);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const inner = BACKUP_TEMP.exec(name)?.[1];
    if (!inner || !NAME.test(inner)) continue;
    await fs.rm(path.join(folder, name), { force: true }).catch(() => undefined);
    removed.push(name);
  }
  return removed;
}
