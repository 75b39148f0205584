import { dispatch, type Handlers } from '../../../src/api/dispatcher';
import type { DocumentPart } from '../../../src/api/workspaceMethods';
import type { WorkspaceDocument } from '../../../src/workspace/document';

/** The open workspace's document as the screen reads it: every part of readWorkspaceDocument, joined and parsed. */
export async function documentThroughApi(handlers: Handlers): Promise<WorkspaceDocument> {
  const parts: Uint8Array[] = [];
  for (let part = 0, count = 1; part < count; part += 1) {
    const reply = await dispatch(handlers, 'readWorkspaceDocument', { part });
    if (!reply.ok) throw new Error(reply.error.message);
    const value = reply.value as DocumentPart;
    count = value.parts;
    parts.push(value.bytes);
  }
  return JSON.parse(Buffer.concat(parts).toString('utf8')) as WorkspaceDocument;
}
