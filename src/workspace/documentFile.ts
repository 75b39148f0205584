import { promises as fs } from 'node:fs';
import { z } from 'zod';
import { CURRENT_SCHEMA_VERSION, WorkspaceDocument } from '../model/workspace';
import { WorkspaceFileError } from './errors';
import { migrate, type MigrationContext } from './migrations';
import { parseJsonSafely } from './safeJson';

export interface LoadedDocument {
  doc: WorkspaceDocument;
  /** The format the file was in, if it was older and has been brought up to date in memory. */
  migratedFrom: number | null;
}

/** Reads a workspace file and checks it thoroughly. Never writes. */
export async function readWorkspaceFile(filePath: string, context: MigrationContext): Promise<LoadedDocument> {
  let text: string;
  try {
    text = await fs.readFile(filePath, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new WorkspaceFileError('missing', filePath, `The file "${filePath}" does not exist. It may have been moved, renamed or deleted.`);
    }
    throw new WorkspaceFileError(
      'unreadable',
      filePath,
      `The file "${filePath}" could not be read (${code ?? 'unknown error'}). Check that it is not open in another program and that you have permission to read it.`,
    );
  }
  return parseWorkspaceText(text, filePath, context);
}

/** Turns the text of a workspace file into a checked, current-format document. */
export function parseWorkspaceText(text: string, filePath: string, context: MigrationContext): LoadedDocument {
  let raw: unknown;
  try {
    raw = parseJsonSafely(text.replace(/^\uFEFF/, ''));
  } catch (error) {
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
