import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { WorkspaceDocument } from '../../src/workspace/document';
import { writeFileAtomic } from '../../src/workspace/atomicWrite';
import { layoutPieces } from '../../src/workspace/fileLayout';

/**
 * Writes a generated document exactly as the app saves it, with the app's own code: the layout's
 * pieces (src/workspace/fileLayout.ts) written one after another, never one string as long as
 * the file (at 10x that would be longer than JavaScript can hold). Atomic, so an interrupted run
 * never leaves a half file that a later benchmark would pick up.
 */
export async function writeWorkspaceFile(doc: WorkspaceDocument, filePath: string): Promise<void> {
  await mkdir(path.dirname(filePath), { recursive: true });
  await writeFileAtomic(filePath, layoutPieces(doc).pieces);
}
