import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import type { Adapter } from 'lowdb';
import type { WorkspaceDocument } from './document';
import { writeFileAtomic, type AtomicWriteOptions } from './atomicWrite';
import { backUpCurrentFile, pruneBackups } from './backups';
import type { CheckedFiles } from './checkedFiles';
import type { StartCheckWorker } from './check/parallelCheck';
import { loadWorkspaceFile, type FileStamp } from './documentFile';
import { SaveError } from './errors';
import type { BytePieces } from './bytePieces';
import { encodeRecordsInSlices, layoutPieces, type LinesRead } from './fileLayout';
import { LayoutCache } from './layoutCache';
import { sha256OfPieces } from './hashing';
import type { MigrationContext } from './migrations';

export type { FileStamp } from './documentFile';

/**
 * The lowdb adapter for a workspace file. lowdb's own file adapter writes without flushing to
 * disk and keeps no backups; this one reads through the full check (JSON, migrations, schema),
 * skipped only for bytes this app wrote itself (checkedFiles.ts), and writes atomically after
 * backing up the version on disk. It keeps the bytes of every record it read or wrote, so a save
 * encodes only the records that changed (fileLayout.ts).
 *
 * It also notices when the file was changed by someone else (a sync client, another computer)
 * since it was last read or written, and refuses to overwrite it: the contents' hash decides,
 * because sync clients often touch a file (new time, same bytes) when they check it, and others
 * put other bytes back under the old size and time. Every save compares the bytes on disk just
 * before it replaces them (the benchmark's row "make sure the file on disk is ours before a save
 * replaces it" says what that costs).
 */
export interface WorkspaceFileAdapterOptions {
  migration: MigrationContext;
  now: () => Date;
  /** Back up the file on disk at most this often (the first save of a session always does). */
  backupIntervalMs: number;
  /** Passed to the atomic writer; tests use it to make the rename fail. */
  writeOptions?: AtomicWriteOptions;
  /** The files this app saved, by hash: reading one of them again skips the full check. */
  checkedFiles?: CheckedFiles;
  /** Starts a thread that checks records, so a large file is checked on several (check/parallelCheck.ts). */
  checkWorkers?: StartCheckWorker;
}

export class WorkspaceFileAdapter implements Adapter<WorkspaceDocument> {
  private known: { stamp: FileStamp; hash: string } | null = null;
  private lastBackupAt = Number.NEGATIVE_INFINITY;
  private layout = new LayoutCache();
  /** After a full check: the file's lines and hash, until prepareRecords has compared them. */
  private lastRead: { lines: LinesRead | null; hash: string; matchesFile: boolean } | null = null;
  migratedFrom: number | null = null;
  /** Whether the last read checked every field (false: these bytes were written by this app). */
  checkedInFull = true;

  constructor(
    readonly filePath: string,
    private readonly options: WorkspaceFileAdapterOptions,
  ) {}

  async read(): Promise<WorkspaceDocument> {
    const { checkedFiles } = this.options;
    const loaded = await loadWorkspaceFile(this.filePath, this.options.migration, {
      checkedBefore: checkedFiles ? (hash) => checkedFiles.isChecked(this.filePath, hash) : undefined,
      checkWorkers: this.options.checkWorkers,
    });
    this.migratedFrom = loaded.migratedFrom;
    this.checkedInFull = loaded.checkedNow;
    this.known = { stamp: loaded.stamp, hash: loaded.hash };
    this.layout = loaded.layout ?? new LayoutCache();
    this.lastRead = { lines: loaded.linesRead, hash: loaded.hash, matchesFile: loaded.matchesFile };
    return loaded.doc;
  }

  /**
   * After a read that checked every field (its records are all new objects), prepares the bytes of
   * each record a slice at a time, so the first save does not encode the whole file at once. When
   * the checked document turns out to be exactly what the file holds, the file is listed as
   * written by this app: opening it again needs no full check.
   */
  async prepareRecords(doc: WorkspaceDocument, nextTurn: () => Promise<unknown>): Promise<void> {
    if (!this.checkedInFull) return;
    const read = this.lastRead;
    this.lastRead = null;
    const same = await encodeRecordsInSlices(doc, this.layout, nextTurn, read?.lines ?? undefined);
    if (read && (read.matchesFile || (same && read.lines))) {
      await this.options.checkedFiles?.remember(this.filePath, read.hash).catch(() => undefined);
    }
  }

  /**
   * The document as the bytes of a workspace file, encoding only the records not seen before: what
   * a save writes, and what the screen is sent when it opens the workspace.
   */
  bytesOf(doc: WorkspaceDocument): BytePieces {
    return layoutPieces(doc, this.layout);
  }

  async write(doc: WorkspaceDocument): Promise<void> {
    // A file that has disappeared is written again rather than losing the changes; one that
    // someone else changed is never overwritten. Size and time give most changes away at once,
    // before any work; the bytes themselves are compared just before the rename (below).
    if (this.known && (await stampOf(this.filePath)) && (await this.changedOnDisk())) {
      throw new SaveError(this.filePath, CHANGED_ELSEWHERE);
    }
    const now = this.options.now();
    const { pieces } = this.bytesOf(doc);
    // Hashed in slices while the backup and the write go on.
    const hashing = sha256OfPieces(pieces);
    try {
      if (now.getTime() - this.lastBackupAt >= this.options.backupIntervalMs) {
        if (await backUpCurrentFile(this.filePath, now)) await pruneBackups(this.filePath, now);
        this.lastBackupAt = now.getTime();
      }
      await writeFileAtomic(this.filePath, pieces, {
        ...this.options.writeOptions,
        beforeReplace: () => this.refuseIfReplacedOnDisk(),
      });
    } catch (error) {
      if (error instanceof SaveError) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      throw new SaveError(
        this.filePath,
        `Your changes could not be saved to "${this.filePath}" (${code ?? (error as Error).message}). They are kept in this window; check the disk has room and the folder is writable, then try again, or use File › Save As.`,
        error,
      );
    }
    const hash = await hashing;
    this.known = { stamp: (await stampOf(this.filePath)) ?? { mtimeMs: 0, size: -1 }, hash };
    // Not waited for: the list only saves time at the next open, and losing it costs nothing else.
    void this.options.checkedFiles?.remember(this.filePath, hash).catch(() => undefined);
  }

  /**
   * Whether the file on disk differs from what this app last read or wrote: changed by someone
   * else, or moved or deleted. A mere touch (same bytes) is not a change. Unless `compareBytes`
   * is set, the same size and modification time are taken to mean the same bytes: quick, but
   * `rsync -t`, `cp -p`, a sync client restoring a file, or a share that keeps whole seconds
   * can change the bytes and leave both as they were. When the person's window asks, and just
   * before every overwrite, the bytes are compared.
   */
  async changedOnDisk(options: { compareBytes?: boolean } = {}): Promise<boolean> {
    const onDisk = await stampOf(this.filePath);
    if (!this.known) return onDisk !== null;
    if (!onDisk) return true;
    const sameStamp = onDisk.mtimeMs === this.known.stamp.mtimeMs && onDisk.size === this.known.stamp.size;
    if (sameStamp && !options.compareBytes) return false;
    if ((await hashOfFileOnDisk(this.filePath)) !== this.known.hash) return true;
    this.known = { stamp: onDisk, hash: this.known.hash };
    return false;
  }

  /**
   * Run with the new file ready to be renamed over the old one: the last moment at which what is
   * on disk can be compared with what this window last read or wrote. Someone else's bytes are
   * never replaced, whatever their size and time say. A file gone meanwhile is written again.
   */
  private async refuseIfReplacedOnDisk(): Promise<void> {
    if (!this.known) return;
    const hash = await hashOfFileOnDisk(this.filePath);
    if (hash === 'missing' || hash === this.known.hash) return;
    throw new SaveError(this.filePath, CHANGED_ELSEWHERE);
  }

  /** Whether the file is missing where it was opened (moved, renamed, deleted). */
  async isMissing(): Promise<boolean> {
    return (await stampOf(this.filePath)) === null;
  }
}

const CHANGED_ELSEWHERE =
  'The workspace file was changed by another program or computer since you opened it, so it was not overwritten. Your changes are kept in this window: use File › Save As to keep them in a new file, or reload the workspace to see the other changes.';

/** Read a few megabytes at a time, so hashing a large file neither holds its bytes nor the main thread long. */
const HASH_CHUNK_BYTES = 4 * 1024 * 1024;

/**
 * The sha256 of the file's bytes as they are now; 'missing' when there is no file, 'unreadable'
 * when it cannot be read (then it cannot be known to be ours, so it is never overwritten).
 */
async function hashOfFileOnDisk(filePath: string): Promise<string> {
  let handle: fs.FileHandle;
  try {
    // Something else put in its place (a named pipe would never end, nor would /dev/zero) is not ours.
    if (!(await fs.stat(filePath)).isFile()) return 'unreadable';
    handle = await fs.open(filePath, 'r');
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'unreadable';
  }
  try {
    const hash = createHash('sha256');
    const buffer = Buffer.allocUnsafe(HASH_CHUNK_BYTES);
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) return hash.digest('hex');
      hash.update(buffer.subarray(0, bytesRead));
    }
  } catch {
    return 'unreadable';
  } finally {
    await handle.close();
  }
}

async function stampOf(filePath: string): Promise<FileStamp | null> {
  try {
    const stat = await fs.stat(filePath);
    return { mtimeMs: stat.mtimeMs, size: stat.size };
  } catch {
    return null;
  }
}
