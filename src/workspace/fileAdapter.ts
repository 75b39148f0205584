import { promises as fs } from 'node:fs';
import type { Adapter } from 'lowdb';
import type { WorkspaceDocument } from '../model/workspace';
import { writeFileAtomic } from './atomicWrite';
import { backUpCurrentFile, pruneBackups } from './backups';
import { readWorkspaceFile, serializeWorkspace } from './documentFile';
import { SaveError } from './errors';
import type { MigrationContext } from './migrations';

/**
 * The lowdb adapter for a workspace file. lowdb's own file adapter writes without flushing to
 * disk and keeps no backups; this one reads through the full check (JSON, migrations, schema),
 * and writes atomically after backing up the version on disk.
 *
 * It also notices when the file was changed by someone else (a sync client, another computer)
 * since it was last read or written, and refuses to overwrite it blindly.
 */
export interface FileStamp {
  mtimeMs: number;
  size: number;
}

export interface WorkspaceFileAdapterOptions {
  migration: MigrationContext;
  now: () => Date;
  /** Back up the file on disk at most this often (the first save of a session always does). */
  backupIntervalMs: number;
}

export class WorkspaceFileAdapter implements Adapter<WorkspaceDocument> {
  private known: FileStamp | null = null;
  private lastBackupAt = 0;
  migratedFrom: number | null = null;

  constructor(
    readonly filePath: string,
    private readonly options: WorkspaceFileAdapterOptions,
  ) {}

  async read(): Promise<WorkspaceDocument> {
    const loaded = await readWorkspaceFile(this.filePath, this.options.migration);
    this.migratedFrom = loaded.migratedFrom;
    this.known = await stampOf(this.filePath);
    return loaded.doc;
  }

  async write(doc: WorkspaceDocument): Promise<void> {
    const onDisk = await stampOf(this.filePath);
    if (this.known && onDisk && (onDisk.mtimeMs !== this.known.mtimeMs || onDisk.size !== this.known.size)) {
      throw new SaveError(
        this.filePath,
        'The workspace file was changed by another program or computer since you opened it. Your changes are kept in this window; use File › Save As to keep them in a new file, then compare.',
      );
    }
    const now = this.options.now();
    try {
      if (onDisk && now.getTime() - this.lastBackupAt >= this.options.backupIntervalMs) {
        await backUpCurrentFile(this.filePath, now);
        this.lastBackupAt = now.getTime();
        await pruneBackups(this.filePath, now);
      }
      await writeFileAtomic(this.filePath, serializeWorkspace(doc));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new SaveError(
        this.filePath,
        `Your changes could not be saved to "${this.filePath}" (${code ?? (error as Error).message}). They are kept in this window; check the disk has room and the folder is writable, or use File › Save As.`,
        error,
      );
    }
    this.known = await stampOf(this.filePath);
  }

  /** Whether the file on disk differs from what this app last read or wrote. */
  async changedOnDisk(): Promise<boolean> {
    const onDisk = await stampOf(this.filePath);
    if (!this.known || !onDisk) return onDisk !== null || this.known !== null;
    return onDisk.mtimeMs !== this.known.mtimeMs || onDisk.size !== this.known.size;
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
