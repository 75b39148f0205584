import type { DocumentField } from '../../src/api/workspaceMethods';
import type { WorkspaceDocument } from '../../src/workspace/document';
import { decodeLayout } from '../../src/workspace/fileLayout';
import { call } from '../api/client';

/**
 * Fetches the open workspace's document from the main process, in parts (a large workspace is
 * tens of megabytes, more than one message should carry), and reads it. Each change after that
 * arrives as patches, so this happens once per opening. Given `fields`, only those top-level fields
 * of the document are read (WorkspaceProvider reads what the first page needs, then the rest).
 */
export interface LoadedDocument {
  doc: WorkspaceDocument;
  sessionId: string;
  revision: number;
}

/** A change made while the parts were being read restarts the reading; this many times at most. */
const ATTEMPTS = 5;

export async function loadDocument(onProgress: (fraction: number) => void, fields?: DocumentField[]): Promise<LoadedDocument> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    const loaded = await readParts(onProgress, fields);
    if (loaded) return loaded;
  }
  throw new Error('The workspace kept changing while it was being read. Close it and open it again.');
}

/** The document of one revision, or null if the revision changed between parts. */
async function readParts(onProgress: (fraction: number) => void, fields?: DocumentField[]): Promise<LoadedDocument | null> {
  const first = await call('readWorkspaceDocument', { part: 0, fields });
  const parts: Uint8Array[] = [first.bytes];
  let received = first.bytes.byteLength;
  onProgress(received / Math.max(1, first.totalBytes));
  for (let part = 1; part < first.parts; part += 1) {
    const next = await call('readWorkspaceDocument', { part, fields });
    if (next.sessionId !== first.sessionId || next.revision !== first.revision) return null;
    parts.push(next.bytes);
    received += next.bytes.byteLength;
    onProgress(received / Math.max(1, first.totalBytes));
  }
  const bytes = joinBytes(parts, received);
  // Line by line, as the main process reads the file: quicker, and never one string as long as
  // the document; any other JSON as one text.
  const value = decodeLayout(bytes, { keepBytes: false })?.value ?? JSON.parse(new TextDecoder().decode(bytes));
  return { doc: value as WorkspaceDocument, sessionId: first.sessionId, revision: first.revision };
}

function joinBytes(parts: Uint8Array[], length: number): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const joined = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.byteLength;
  }
  return joined;
}
