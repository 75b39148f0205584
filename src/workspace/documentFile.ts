import { constants, promises as fs, type Stats } from 'node:fs';
import { z } from 'zod';
import { CURRENT_SCHEMA_VERSION, WorkspaceDocument } from './document';
import { WorkspaceFileError } from './errors';
import { migrate, type MigrationContext } from './migrations';
import { decodeLayout, encodeLayout, linesOf, type LinesRead } from './fileLayout';
import type { LayoutCache } from './layoutCache';
import { sha256, sha256OfShared } from './hashing';
import { checkJsonShape, FILE_LIMITS, type JsonTally } from './safeJson';
import { describeDuplicateKey, findDuplicateKey, stringsInText } from './check/duplicateKeys';
import { duplicateIdProblem } from './check/recordIds';
import { invalidUtf8Problem } from './check/utf8Text';
import { PARALLEL_CHECK_FROM_BYTES, startParallelCheck, type CheckedLists, type StartCheckWorker } from './check/parallelCheck';
import { sameValue } from './check/sameValue';

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
  /**
   * The bytes of each list and record as read, when the document is made of exactly those (the
   * file was in this app's layout and needed no conversion): the first save reuses them.
   */
  layout: LayoutCache | null;
  /** True when every field was checked now; false when this app wrote these exact bytes before. */
  checkedNow: boolean;
  /** After a full check of a file in the layout: its lines, to compare with the checked document. */
  linesRead: LinesRead | null;
  /** Known already: the full check found the document to be exactly what the file holds. */
  matchesFile: boolean;
}

export interface LoadOptions {
  /** Whether this app wrote these exact bytes (by sha256) before (see checkedFiles.ts). */
  checkedBefore?: (sha256: string) => Promise<boolean>;
  /** Starts a thread that checks records (check/checkWorker.ts): a large file is then checked on several. */
  checkWorkers?: StartCheckWorker;
}

/**
 * The largest file opened. A ten-year statewide program is about 70 MB; ten times that still
 * opens, with room to spare. Anything larger is refused before it is read: reading a file of
 * gigabytes (a sparse file costs no disk) would take the app's memory and tens of seconds first.
 */
export const MAX_WORKSPACE_BYTES = 1024 ** 3;

/**
 * The largest file read as one text, when it is not in this app's layout (fileLayout.ts): about
 * the longest string the JavaScript engine can hold.
 */
export const MAX_TEXT_BYTES = 500 * 1024 * 1024;

/** Reads a workspace file and checks it thoroughly. Never writes. */
export async function readWorkspaceFile(filePath: string, context: MigrationContext): Promise<LoadedDocument> {
  const { doc, migratedFrom } = await loadWorkspaceFile(filePath, context);
  return { doc, migratedFrom };
}

/**
 * Like readWorkspaceFile, and also returns the stamp and hash of exactly the bytes read: size and
 * time come from the same open handle, so a save by someone else in between cannot mismatch them.
 * With `checkedBefore`, bytes this app already checked are not checked again.
 */
export async function loadWorkspaceFile(
  filePath: string,
  context: MigrationContext,
  options: LoadOptions = {},
): Promise<LoadedFile> {
  // A file large enough to be checked on several threads is read into memory they can share.
  const { bytes, stamp } = await readBytes(filePath, options.checkWorkers ? PARALLEL_CHECK_FROM_BYTES : Infinity);
  // The hash first (a few tens of milliseconds): it says whether the file needs its full check,
  // and so whether other threads should start checking its records while this one reads them.
  const hash = bytes.buffer instanceof SharedArrayBuffer ? sha256OfShared(bytes) : await sha256(bytes);
  const known = (await options.checkedBefore?.(hash)) ?? false;
  const parallel = known || !options.checkWorkers ? null : startParallelCheck(bytes, options.checkWorkers);
  let parsed: ReturnType<typeof parseWorkspaceBytes>;
  try {
    // Bytes this app wrote are text it encoded; any others may hold bytes that are not text.
    const notText = known ? null : invalidUtf8Problem(bytes);
    if (notText) throw notAWorkspace(filePath, [notText]);
    parsed = parseWorkspaceBytes(bytes, filePath);
  } catch (error) {
    parallel?.cancel();
    throw error;
  }
  const record = parsed.value;
  const inLayout = parsed.cache !== null && record.schemaVersion === CURRENT_SCHEMA_VERSION;
  // Only bytes this app wrote are ever remembered, and those are always in its layout.
  if (inLayout && known) {
    const doc = record as WorkspaceDocument;
    return { doc, migratedFrom: null, stamp, hash, layout: parsed.cache, checkedNow: false, linesRead: null, matchesFile: true };
  }
  const lists = inLayout && parallel ? await parallel.finish(record) : (parallel?.cancel(), null);
  const checked = lists && withCheckedLists(record, lists, filePath);
  if (checked) {
    refuseDuplicateIds(checked.doc, filePath);
    return { ...checked, stamp, hash, layout: parsed.cache, checkedNow: true, linesRead: null };
  }
  const { removedKeys } = checkShape(record, bytes, filePath);
  // The lines as read, before the rest of the check. A record that lost a key above no longer
  // holds what its line says: then no line is kept, and the file is not taken for one this app wrote.
  const linesRead = parsed.cache && !removedKeys ? linesOf({ value: parsed.value, cache: parsed.cache }) : null;
  const loaded = checkWorkspaceValue(record, filePath, context);
  refuseDuplicateIds(loaded.doc, filePath);
  return { ...loaded, stamp, hash, layout: null, checkedNow: true, linesRead, matchesFile: false };
}

/**
 * The document of a file in the layout whose records other threads checked (check/): the rest of
 * it (header, history, lists a newer version added) is checked here, and each record the check
 * changed replaces the one read. Every other record is kept as read, with its bytes for the first
 * save. Null when the threads' work does not account for every record: the caller then checks
 * the whole file itself.
 */
function withCheckedLists(
  record: Record<string, unknown>,
  lists: CheckedLists,
  filePath: string,
): (LoadedDocument & { matchesFile: boolean }) | null {
  const rest: Record<string, unknown> = { ...record };
  for (const [key, value] of Object.entries(record)) {
    if (!lists.counts.has(key)) continue;
    if (!Array.isArray(value) || value.length !== lists.counts.get(key)) return null;
    rest[key] = [];
  }
  // Told of any key removed, rather than comparing JSON.stringify of it before and after: that
  // recurses, and would overflow the stack on a field nested thousands of levels deep.
  let removedKeys = false;
  const tally: JsonTally = { strings: 0 };
  const shapeProblem = checkJsonShape(rest, FILE_LIMITS, 'remove', () => (removedKeys = true), tally);
  if (shapeProblem) throw notAWorkspace(filePath, [shapeProblem]);
  // A field named twice outside the records: the check on one thread finds and names it.
  if (tally.strings !== lists.stringsOutsideRuns) return null;
  const result = WorkspaceDocument.safeParse(rest);
  if (!result.success) return null;
  const doc: Record<string, unknown> = result.data;
  let matchesFile = !removedKeys && sameValue(rest, doc);
  for (const key of lists.counts.keys()) {
    const list = record[key] as unknown[];
    const changed = lists.changed.get(key);
    // A new list, so the bytes kept for the one read are not taken for it.
    doc[key] = changed ? list.map((item, index) => (changed.has(index) ? changed.get(index) : item)) : list;
    matchesFile &&= !changed;
  }
  return { doc: doc as WorkspaceDocument, migratedFrom: null, matchesFile };
}

async function readBytes(filePath: string, sharedFromBytes = Infinity): Promise<{ bytes: Buffer; stamp: FileStamp }> {
  try {
    // Without blocking: opening a named pipe for reading otherwise waits for a writer, forever.
    // What was opened is then looked at through the handle, so it cannot change in between.
    const handle = await fs.open(filePath, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    try {
      const stat = await handle.stat();
      refuseUnlessWorkspaceSized(stat, filePath);
      const bytes = stat.size >= sharedFromBytes ? await readShared(handle, stat.size) : await handle.readFile();
      return { bytes, stamp: { mtimeMs: stat.mtimeMs, size: stat.size } };
    } finally {
      await handle.close();
    }
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
}

/**
 * Refuses, before a byte is read, what no workspace can be: a pipe or a device (reading one may
 * never end), a folder, or a file larger than the largest workspace opened.
 */
function refuseUnlessWorkspaceSized(stat: Stats, filePath: string): void {
  const kind = stat.isDirectory()
    ? 'a folder'
    : stat.isFIFO()
      ? 'a named pipe, which another program writes to as it goes'
      : stat.isCharacterDevice() || stat.isBlockDevice()
        ? 'a device, not a saved file'
        : stat.isSocket()
          ? 'a socket, a connection between programs'
          : null;
  if (kind) {
    throw new WorkspaceFileError(
      'invalid',
      filePath,
      `"${filePath}" is not a workspace file: it is ${kind}. Choose a coalition workspace file (.cit.json). Nothing has been changed.`,
    );
  }
  if (stat.size > MAX_WORKSPACE_BYTES) {
    throw new WorkspaceFileError(
      'invalid',
      filePath,
      `"${filePath}" cannot be opened. This file is ${gigabytes(stat.size)} GB, larger than any workspace the app can open (up to ${gigabytes(MAX_WORKSPACE_BYTES)} GB). It may be a different kind of file. The file has not been changed.`,
    );
  }
}

/** The whole file, in memory other threads can share; a file that grew meanwhile is read as it was at `size`. */
async function readShared(handle: fs.FileHandle, size: number): Promise<Buffer> {
  const bytes = Buffer.from(new SharedArrayBuffer(size));
  let at = 0;
  while (at < size) {
    const { bytesRead } = await handle.read(bytes, at, size - at, at);
    if (bytesRead === 0) break;
    at += bytesRead;
  }
  return at === size ? bytes : bytes.subarray(0, at);
}

/**
 * The JSON of a workspace file, unchecked: read line by line when it is in this app's layout,
 * as one text otherwise. Throws WorkspaceFileError if it is not JSON or not an object.
 */
function parseWorkspaceBytes(bytes: Buffer, filePath: string): { value: Record<string, unknown>; cache: LayoutCache | null } {
  let value: unknown;
  try {
    const layout = decodeLayout(bytes);
    if (layout) return layout;
    if (bytes.length > MAX_TEXT_BYTES) {
      throw new WorkspaceFileError(
        'invalid',
        filePath,
        `"${filePath}" is too large (${megabytes(bytes.length)} MB) to be read unless this app saved it. It may be a different kind of file. The file has not been changed.`,
      );
    }
    // No reviver (it would make reading several times slower): keys that could reach a
    // prototype are removed by the full check (checkJsonShape), and V8's JSON.parse does not
    // recurse, so deep nesting cannot overflow the stack here.
    value = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    if (error instanceof WorkspaceFileError) throw error;
    throw new WorkspaceFileError(
      'not-json',
      filePath,
      `"${filePath}" is not a coalition workspace: it is not readable as workspace data. It may be damaged, or it may be a different kind of file.`,
      [(error as Error).message],
    );
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw notAWorkspace(filePath, ['The file does not contain a workspace object.']);
  }
  return { value: value as Record<string, unknown>, cache: null };
}

/** Turns the text of a workspace file into a checked, current-format document. */
export function parseWorkspaceText(text: string, filePath: string, context: MigrationContext): LoadedDocument {
  const bytes = Buffer.from(text, 'utf8');
  const record = parseWorkspaceBytes(bytes, filePath).value;
  checkShape(record, bytes, filePath);
  const loaded = checkWorkspaceValue(record, filePath, context);
  refuseDuplicateIds(loaded.doc, filePath);
  return loaded;
}

/**
 * The first part of the full check, of the JSON as read from `bytes`: its shape (removing keys
 * that could reach a prototype) and no field named twice in one object (check/duplicateKeys.ts).
 */
function checkShape(record: Record<string, unknown>, bytes: Uint8Array, filePath: string): { removedKeys: boolean } {
  // Before anything else (JSON.stringify, the schema, immer) walks it: one enormous text or a
  // pathological structure gets a clear refusal instead of exhausting memory or the stack.
  let removedKeys = false;
  const tally: JsonTally = { strings: 0 };
  const shapeProblem = checkJsonShape(record, FILE_LIMITS, 'remove', () => (removedKeys = true), tally);
  if (shapeProblem) throw notAWorkspace(filePath, [shapeProblem]);
  if (tally.strings !== stringsInText(bytes)) {
    // Fewer strings than the text holds: JSON.parse may have dropped a field named twice.
    const duplicate = findDuplicateKey(bytes);
    if (duplicate) throw notAWorkspace(filePath, [describeDuplicateKey(duplicate)]);
  }
  return { removedKeys };
}

function refuseDuplicateIds(doc: WorkspaceDocument, filePath: string): void {
  const problem = duplicateIdProblem(doc);
  if (problem) throw notAWorkspace(filePath, [problem]);
}

/**
 * The rest of the full check, after checkShape: the format version, migrations to today's
 * format, and every field against the schema.
 */
function checkWorkspaceValue(record: Record<string, unknown>, filePath: string, context: MigrationContext): LoadedDocument {
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

/** The text of a workspace file, in this app's layout (see fileLayout.ts). */
export function serializeWorkspace(doc: WorkspaceDocument): string {
  return encodeLayout(doc).toString('utf8');
}

/** 2,147,483,647 bytes: "2"; 1,073,741,824: "1"; 1.5 GiB: "1.5". */
function gigabytes(bytes: number): string {
  return (Math.round((bytes / 1024 ** 3) * 10) / 10).toLocaleString('en-US');
}

function megabytes(bytes: number): string {
  return Math.round(bytes / 1_048_576).toLocaleString('en-US');
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
