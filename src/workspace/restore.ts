import { promises as fs } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from './atomicWrite';
import { backUpCurrentFile, backupFolderFor, type BackupInfo } from './backups';

/**
 * Puts a backup's contents back at the workspace path. A readable current file is backed up
 * first, like any save; a damaged one is never overwritten without a copy: its bytes are kept
 * beside the backups as "<time>.damaged.json", and the path of that copy is returned.
 */
export async function restoreBackupFile(
  workspacePath: string,
  backup: BackupInfo,
  current: 'readable' | 'damaged',
  now: Date,
): Promise<{ damagedCopy: string | null }> {
  let damagedCopy: string | null = null;
  if (current === 'readable') {
    await backUpCurrentFile(workspacePath, now);
  } else {
    const folder = backupFolderFor(workspacePath);
    await fs.mkdir(folder, { recursive: true });
    damagedCopy = path.join(folder, `${now.toISOString().replace(/[:.]/g, '-')}.damaged.json`);
    try {
      await fs.copyFile(workspacePath, damagedCopy);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      damagedCopy = null;
    }
  }
  await writeFileAtomic(workspacePath, await fs.readFile(backup.filePath));
  return { damagedCopy };
}
