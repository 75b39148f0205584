import { promises as fs } from 'node:fs';
import type { Adapter } from 'lowdb';
import type { WorkspaceDocument } from '../model/workspace';
import { writeFileAtomic, type AtomicWriteOptions } from './atomicWrite';
import { backUpCurrentFile, pruneBackups } from './backups';
import { hashText, loadWorkspaceFile, serializeWorkspace, type FileStamp } from './documentFile';
import { SaveError } from './errors';
import type { MigrationContext } from './migrations';

export type { FileStamp } from './documentFile';

/**
 * The lowdb adapter for a workspace file. lowdb's own file adapter writes without flushing to
 * disk and keeps no backups; this one reads through the full check (JSON, migrations, schema),
 * and writes atomically after backing up the version on disk.
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
}

export class WorkspaceFileAdapter implements Adapter<WorkspaceDocument> {
  private known: { stamp: FileStamp; hash: string } | null = null;
  private lastBackupAt = Number.NEGATIVE_INFINITY;
  migratedFrom: number | null = null;

  constructor(
    readonly filePath: string,
    private readonly options: WorkspaceFileAdapterOptions,
  ) {}

  async read(): Promise<WorkspaceDocument> {
    const loaded = await loadWorkspaceFile(this.filePath, this.options.migration);
    this.migratedFrom = loaded.migratedFrom;
    this.known = { stamp: loaded.stamp, hash: loaded.hash };
    return loaded.doc;
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
    const text = serializeWorkspace(doc);
    try {
      if (now.getTime() - this.lastBackupAt >= this.options.backupIntervalMs) {
        if (await backUpCurrentFile(this.filePath, now)) await pruneBackups(this.filePath, now);
        this.lastBackupAt = now.getTime();
      }
      await writeFileAtomic(this.filePath, text, this.options.writeOptions);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new SaveError(
        this.filePath,
        `Your changes could not be saved to "${this.filePath}" (${code ?? (error as Error).message}). They are kept in this window; check the disk has room and the folder is writable, then try again, or use File › Save As.`,
        error,
      );
    }
    this.known = { stamp: (await stampOf(this.filePath)) ?? { mtimeMs: 0, size: -1 }, hash: hashText(text) };
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
    if (hashText(bytes) !== this.known.hash) return true;
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
