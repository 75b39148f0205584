import { execFileSync } from 'node:child_process';
import { chmod } from 'node:fs/promises';

/**
 * Makes a folder one nobody can write to, or writable again. As root (CI containers) permissions
 * do not stop writes, so the folder is made immutable with chattr instead; elsewhere plain
 * permissions do it.
 */
export async function makeReadOnly(folder: string, readOnly: boolean): Promise<void> {
  if (process.getuid?.() === 0) execFileSync('chattr', [readOnly ? '+i' : '-i', folder]);
  else await chmod(folder, readOnly ? 0o555 : 0o755);
}
