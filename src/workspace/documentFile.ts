import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { z } from 'zod';
import { CURRENT_SCHEMA_VERSION, WorkspaceDocument } from '../model/workspace';
import { WorkspaceFileError } from './errors';
import { migrate, type MigrationContext } from './migrations';
import { checkJsonShape, FILE_LIMITS, JsonShapeError, parseJsonSafely } from './safeJson';

export interface LoadedDocument {
  doc: WorkspaceDocument;
  /** The format the file was in, if it was older and has been brought up to date in memory. */
  migratedFrom: number | null;
}

/** Size and time of a file as last seen, to notice a change made by someone else. */
export interface FileStamp {
  mtimeMs: number;
  size: number;
}

export interface LoadedFile extends LoadedDocument {
  stamp: FileStamp;
  /** sha256 of the bytes read, to tell a real change from a mere touch by a sync client. */
  hash: string;
}

/**
 * The largest file opened: about the longest text the JavaScript engine can hold as one string.
 * A ten-year statewide program with full policy texts reaches a few hundred megabytes (see the
 * benchmark), and the app must open every file it was able to save; anything larger cannot be
 * read whole anyway, so it is refused with a message instead of exhausting memory.
 */
export const MAX_WORKSPACE_BYTES = 512 * 1024 * 1024;

/** Reads a workspace file and checks it thoroughly. Never writes. */
export async function readWorkspaceFile(filePath: string, context: MigrationContext): Promise<LoadedDocument> {
  const { doc, migratedFrom } = await loadWorkspaceFile(filePath, context);
  return { doc, migratedFrom };
}

/**
 * Like readWorkspaceFile, and also returns the stamp and hash of exactly the bytes read: size and
 * time come from the same open handle, so a save by someone else in between cannot mismatch them.
 */
export async function loadWorkspaceFile(filePath: string, context: MigrationContext): Promise<LoadedFile> {
  let text: string;
  let stamp: FileStamp;
  let bytes: Buffer;
  try {
    const handle = await fs.open(filePath, 'r');
    try {
      const stat = await handle.stat();
      if (stat.size > MAX_WORKSPACE_BYTES) {
        throw new WorkspaceFileError(
          'invalid',
          filePath,
          `"${filePath}" is too large to be a coalition workspace (${Math.round(stat.size / 1_048_576).toLocaleString('en-US')} MB). It may be a different kind of file. The file has not been changed.`,
        );
      }
      stamp = { mtimeMs: stat.mtimeMs, size: stat.size };
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
    text = bytes.toString('utf8');
  } catch (error) {
    if (error instanceof WorkspaceFileError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new WorkspaceFileError(
        'missing',
        filePath,
        `The file "${filePath}" does not exist. It may have been moved, renamed or deleted.`,
      );
    }
    throw new WorkspaceFileError(
      'unreadable',
      filePath,
      `The file "${filePath}" could not be read (${code ?? 'unknown error'}). Check that it is not open in another program and that you have permission to read it.`,
    );
  }
  return { ...parseWorkspaceText(text, filePath, context), stamp, hash: hashText(bytes) };
}

export function hashText(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Turns the text of a workspace file into a checked, current-format document. */
export function parseWorkspaceText(text: string, filePath: string, context: MigrationContext): LoadedDocument {
  let raw: unknown;
  try {
    raw = parseJsonSafely(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    if (error instanceof JsonShapeError) throw notAWorkspace(filePath, [error.message]);
    throw new WorkspaceFileError(
      'not-json',
      filePath,
      `"${filePath}" is not a coalition workspace: it is not readable as workspace data. It may be damaged, or it may be a different kind of file.`,
      [(error as Error).message],
    );
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw notAWorkspace(filePath, ['The file does not contain a workspace object.']);
  }
  // Before the schema (and later immer and JSON.stringify) walk it: one enormous text or a
  // pathological structure gets a clear refusal instead of exhausting memory or the stack.
  const shapeProblem = checkJsonShape(raw, FILE_LIMITS, false);
  if (shapeProblem) throw notAWorkspace(filePath, [shapeProblem]);
  const record = raw as Record<string, unknown>;
  const version = record.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw notAWorkspace(filePath, ['The file has no schemaVersion, so it was not written by this app.']);
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    throw new WorkspaceFileError(
      'newer-version',
      filePath,
      `"${filePath}" was saved by a newer version of CIT Coalition Organizer (file format ${version}; this version reads up to format ${CURRENT_SCHEMA_VERSION}). Install the latest version to open it. The file has not been changed.`,
    );
  }

  const migrated = version < CURRENT_SCHEMA_VERSION ? migrate(record, version, context) : record;
  const result = WorkspaceDocument.safeParse(migrated);
  if (!result.success) {
    throw notAWorkspace(filePath, describeIssues(result.error));
  }
  return { doc: result.data, migratedFrom: version < CURRENT_SCHEMA_VERSION ? version : null };
}

export function serializeWorkspace(doc: WorkspaceDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

function notAWorkspace(filePath: string, details: string[]): WorkspaceFileError {
  return new WorkspaceFileError(
    'invalid',
    filePath,
    `"${filePath}" could not be opened because some of its contents are not valid. It may have been edited by hand or damaged. The file has not been changed.`,
    details,
  );
}

/** "stakeholders › 3 › email: Enter a valid email address." — at most 20 lines. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.slice(0, 20).map((issue) => {
    const where = issue.path.length ? `${issue.path.join(' › ')}: ` : '';
    return `${where}${issue.message}`;
  });
}
