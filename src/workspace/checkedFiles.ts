import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { CURRENT_SCHEMA_VERSION } from './document';
import { writeFileAtomic } from './atomicWrite';
import { parseJsonSafely } from './safeJson';

/**
 * The workspace files this app has saved, each with the sha256 of the exact bytes it wrote, kept
 * in a small file of the app's own (beside the recent list). A file read from elsewhere joins the
 * list when a full check finds it holds exactly the bytes this app would write for it.
 *
 * Checking every field of a large workspace takes longer than reading it. The bytes this app
 * wrote came from a document that was already checked, so reading the same bytes again needs no
 * second check. Any other file, or the same file changed by anything else (another computer, a
 * sync client, a text editor), has another hash and is checked in full. The list belongs to one
 * file format: after an update that changes the format, every file is checked again.
 *
 * Losing the list costs only speed, never safety, so a damaged or missing list is treated as
 * empty and a failure to write it is ignored.
 */
const Entry = z.object({ path: z.string().min(1), sha256: z.string().regex(/^[0-9a-f]{64}$/) });
const Stored = z.object({ schemaVersion: z.number(), files: z.array(Entry) });
type Entry = z.infer<typeof Entry>;

/** Enough for every file a person works on; the oldest fall off. */
const MAX_FILES = 50;

export interface CheckedFiles {
  /** Whether this app wrote exactly these bytes (by hash) to this file. */
  isChecked(filePath: string, sha256: string): Promise<boolean>;
  /** Records the bytes (by hash) this app just wrote to a file. */
  remember(filePath: string, sha256: string): Promise<void>;
}

export class CheckedFilesList implements CheckedFiles {
  /** Writes are queued, so two saves finishing together cannot interleave their updates. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(readonly listPath: string) {}

  async isChecked(filePath: string, sha256: string): Promise<boolean> {
    await this.queue;
    return (await this.read()).some((entry) => entry.path === filePath && entry.sha256 === sha256);
  }

  remember(filePath: string, sha256: string): Promise<void> {
    const next = this.queue.then(async () => {
      const files = [{ path: filePath, sha256 }, ...(await this.read()).filter((entry) => entry.path !== filePath)];
      const stored = { schemaVersion: CURRENT_SCHEMA_VERSION, files: files.slice(0, MAX_FILES) };
      await fs.mkdir(path.dirname(this.listPath), { recursive: true });
      await writeFileAtomic(this.listPath, `${JSON.stringify(stored, null, 2)}\n`);
    });
    this.queue = next.catch(() => undefined);
    return this.queue as Promise<void>;
  }

  private async read(): Promise<Entry[]> {
    try {
      const parsed = Stored.safeParse(parseJsonSafely(await fs.readFile(this.listPath, 'utf8')));
      return parsed.success && parsed.data.schemaVersion === CURRENT_SCHEMA_VERSION ? parsed.data.files : [];
    } catch {
      return [];
    }
  }
}
