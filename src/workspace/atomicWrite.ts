import { promises as fs } from 'node:fs';
import path from 'node:path';

/**
 * Replace a file's contents so that, whatever happens (power cut, crash, kill), the file holds
 * either the old contents or the new ones, never a mix.
 *
 * The bytes go to a temporary file in the same folder (a rename is only atomic within one file
 * system), are flushed to the disk, and the temporary file is renamed over the target. The
 * folder is flushed too, so the rename itself survives a power cut.
 *
 * On Windows, antivirus scanners, search indexers and sync clients briefly hold files open,
 * and the rename then fails with EPERM, EBUSY or EACCES; those are retried with a short backoff
 * before the save is given up.
 */
const RETRYABLE = new Set(['EPERM', 'EBUSY', 'EACCES']);

export interface AtomicWriteOptions {
  /** How many times a rename blocked by another program is tried. */
  attempts?: number;
  /** The wait before the second attempt, doubled for each later one. */
  firstDelayMs?: number;
  /** Replaced in tests to simulate a rename that another program blocks. */
  rename?: (from: string, to: string) => Promise<void>;
}

export async function writeFileAtomic(
  target: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const { attempts = 8, firstDelayMs = 25, rename = fs.rename } = options;
  const dir = path.dirname(target);
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);

  const handle = await fs.open(temp, 'w', 0o600);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }

  try {
    await retry(() => rename(temp, target), attempts, firstDelayMs);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
  await syncFolder(dir);
}

async function retry(action: () => Promise<void>, attempts: number, firstDelayMs: number): Promise<void> {
  let delay = firstDelayMs;
  for (let attempt = 1; ; attempt += 1) {
    try {
      await action();
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (!RETRYABLE.has(code) || attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay *= 2;
    }
  }
}

/** Flush a folder's entry table. Windows cannot open folders this way; there it is skipped. */
async function syncFolder(dir: string): Promise<void> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(dir, 'r');
    await handle.sync();
  } catch {
    // Not supported on this platform (Windows: EISDIR/EPERM). The file itself is already flushed.
  } finally {
    await handle?.close();
  }
}
