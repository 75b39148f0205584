import { promises as fs } from 'node:fs';
import type { Adapter } from 'lowdb';
import type { WorkspaceDocument } from '../model/workspace';
import { writeFileAtomic, type AtomicWriteOptions } from './atomicWrite';
import { backUpCurrentFile, pruneBackups } from './backups';
import type { CheckedFiles } from './checkedFiles';
import type { StartCheckWorker } from './check/parallelCheck';
import { loadWorkspaceFile, type FileStamp } from './documentFile';
import { SaveError } from './errors';
import type { BytePieces } from './bytePieces';
import { encodeRecordsInSlices, layoutPieces, type LinesRead } from './fileLayout';
import { LayoutCache } from './layoutCache';
import { sha256, sha256OfPieces } from './hashing';
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
 * since it was last read or written, and refuses to overwrite it blindly. Size and time say
 * whether to look; the contents' hash decides, because sync clients often touch a file (new
 * time, same bytes) when they check it.
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
    // someone else changed is never overwritten.
    if (this.known && (await stampOf(this.filePath)) && (await this.changedOnDisk())) {
      throw new SaveError(
        this.filePath,
        'The workspace file was changed by another program or computer since you opened it, so it was not overwritten. Your changes are kept in this window: use File › Save As to keep them in a new file, or reload the workspace to see the other changes.',
      );
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
      await writeFileAtomic(this.filePath, pieces, this.options.writeOptions);
    } catch (error) {
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
   * else, or moved or deleted. A mere touch (same bytes) is not a change.
   */
  async changedOnDisk(): Promise<boolean> {
    const onDisk = await stampOf(this.filePath);
    if (!this.known) return onDisk !== null;
    if (!onDisk) return true;
    if (onDisk.mtimeMs === this.known.stamp.mtimeMs && onDisk.size === this.known.stamp.size) return false;
    let bytes: Buffer;
    try {
      bytes = await fs.readFile(this.filePath);
    } catch {
      return true;
    }
    if ((await sha256(bytes)) !== this.known.hash) return true;
    this.known = { stamp: onDisk, hash: this.known.hash };
    return false;
  }

  /** Whether the file is missing where it was opened (moved, renamed, deleted). */
  async isMissing(): Promise<boolean> {
    return (await stampOf(this.filePath)) === null;
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
