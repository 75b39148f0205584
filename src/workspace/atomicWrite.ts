import { constants as fsConstants, promises as fs } from 'node:fs';
import path from 'node:path';
import { realPathOf } from './realPath';

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
 * before the save is given up. A save that fails in any way removes its temporary file, so the
 * target is never touched; a crash can leave one behind, and removeLeftoverTempFiles (run when a
 * workspace is opened for writing) clears those, matching only the names this module makes.
 *
 * A target that is a symbolic link stays one: the new file is made beside the file the link
 * points at and renamed over that file (realPath.ts says why).
 */
const RETRYABLE = new Set(['EPERM', 'EBUSY', 'EACCES']);

/** Makes temporary names unique even for two saves in the same millisecond. */
let sequence = 0;

export interface AtomicWriteOptions {
  /** How many times a rename blocked by another program is tried. */
  attempts?: number;
  /** The wait before the second attempt, doubled for each later one. */
  firstDelayMs?: number;
  /** Replaced in tests to simulate a rename that another program blocks. */
  rename?: (from: string, to: string) => Promise<void>;
  /**
   * Called with the new file complete and flushed, just before it replaces the target; throwing
   * gives the save up, leaving the target untouched. A save checks here that the file on disk
   * is still the one it last read or wrote, as late as it can.
   */
  beforeReplace?: () => Promise<void>;
}

/**
 * `data` may be pieces of bytes to write one after another (a workspace's records, see
 * fileLayout.ts): they go to the disk as they are, without first being copied into one buffer.
 */
export async function writeFileAtomic(
  target: string,
  data: string | Uint8Array | readonly Uint8Array[],
  options: AtomicWriteOptions = {},
): Promise<void> {
  await replaceAtomically(target, options, async (temp) => {
    // 'wx': never reuse a file of that name, whatever put it there.
    const handle = await fs.open(temp, 'wx', 0o600);
    try {
      if (Array.isArray(data)) await writeAll(handle, data as readonly Uint8Array[]);
      else await handle.writeFile(data as string | Uint8Array);
      // The bytes must be on the disk before the name points at them, or a power cut right after
      // the rename can leave an empty file under the workspace's name.
      await handle.sync();
    } finally {
      await handle.close();
    }
  });
}

/**
 * Copies a file to `target` with the same guarantee, letting the operating system copy the bytes
 * (a backup of a large workspace never passes through the app's memory).
 */
export async function copyFileAtomic(source: string, target: string, options: AtomicWriteOptions = {}): Promise<void> {
  await replaceAtomically(target, options, async (temp) => {
    await fs.copyFile(source, temp, fsConstants.COPYFILE_EXCL);
    const handle = await fs.open(temp, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  });
}

/** Fills a new temporary file beside `target` (fill must flush it), then renames it into place. */
async function replaceAtomically(
  target: string,
  options: AtomicWriteOptions,
  fill: (temp: string) => Promise<void>,
): Promise<void> {
  const { attempts = 8, firstDelayMs = 25, rename = fs.rename, beforeReplace } = options;
  const real = await realPathOf(target);
  const dir = path.dirname(real);
  sequence += 1;
  const temp = path.join(dir, `.${path.basename(real)}.${process.pid}.${Date.now()}.${sequence}.tmp`);
  try {
    await fill(temp);
    await beforeReplace?.();
    await retry(() => rename(temp, real), attempts, firstDelayMs);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  // Flushing the folder makes the rename itself durable.
  await syncFolder(dir);
}

/** The temporary names writeFileAtomic uses for `target`: ".<name>.<pid>.<time>[.<n>].tmp". */
export function isTempFileFor(target: string, candidateName: string): boolean {
  const base = path.basename(target).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^\\.${base}\\.\\d+\\.\\d+(?:\\.\\d+)?\\.tmp$`).test(candidateName);
}

/**
 * Removes temporary files a crashed save left beside `target`. Only names this module makes for
 * that exact file are touched. Call it only while holding the workspace lock, so no other copy of
 * the app is in the middle of a save. Returns the names removed.
 */
export async function removeLeftoverTempFiles(target: string): Promise<string[]> {
  const dir = path.dirname(target);
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    if (!isTempFileFor(target, name)) continue;
    await fs.rm(path.join(dir, name), { force: true }).catch(() => undefined);
    removed.push(name);
  }
  return removed;
}

/** Writes every piece in order, going on after a partial write until all the bytes are written. */
async function writeAll(handle: fs.FileHandle, pieces: readonly Uint8Array[]): Promise<void> {
  let rest = pieces.filter((piece) => piece.byteLength > 0);
  let position = 0;
  while (rest.length > 0) {
    const { bytesWritten } = await handle.writev(rest as Uint8Array[], position);
    if (bytesWritten <= 0) throw new Error('The disk accepted no more bytes.');
    position += bytesWritten;
    // Drop what was written: whole pieces, then the start of a piece written in part.
    let done = bytesWritten;
    let index = 0;
    while (index < rest.length && done >= rest[index]!.byteLength) done -= rest[index++]!.byteLength;
    rest = rest.slice(index);
    if (done > 0) rest[0] = rest[0]!.subarray(done);
  }
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
