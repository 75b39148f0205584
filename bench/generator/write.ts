import { createWriteStream } from 'node:fs';
import { mkdir, rename } from 'node:fs/promises';
import path from 'node:path';
import { once } from 'node:events';
import type { WorkspaceDocument } from '../../src/model/workspace';

/**
 * Writes a document exactly as the app saves it (serializeWorkspace: JSON with two-space indent
 * and a final newline), but one record at a time: at 10x the whole text would be longer than the
 * longest string JavaScript can hold. Written to a temporary name first, so an interrupted run
 * never leaves a half file that a later benchmark would pick up.
 */
export async function writeWorkspaceFile(doc: WorkspaceDocument, filePath: string): Promise<void> {
  await mkdir(path.dirname(filePath), { recursive: true });
  const temp = `${filePath}.${process.pid}.partial`;
  const out = createWriteStream(temp, { encoding: 'utf8' });
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  for (const chunk of workspaceTextChunks(doc)) await write(chunk);
  out.end();
  await once(out, 'finish');
  await rename(temp, filePath);
}

/** The pieces of `JSON.stringify(doc, null, 2) + '\n'`, in order, without building the whole text. */
export function* workspaceTextChunks(doc: WorkspaceDocument): Generator<string> {
  const entries = Object.entries(doc).filter(([, value]) => value !== undefined);
  yield '{';
  for (const [k, [key, value]] of entries.entries()) {
    yield `${k === 0 ? '' : ','}\n  ${JSON.stringify(key)}: `;
    if (Array.isArray(value) && value.length > 0) {
      yield '[';
      for (const [i, item] of value.entries()) {
        yield `${i === 0 ? '' : ','}\n    ${indent(JSON.stringify(item, null, 2) ?? 'null', '    ')}`;
      }
      yield '\n  ]';
    } else {
      yield indent(JSON.stringify(value, null, 2), '  ');
    }
  }
  yield '\n}\n';
}

function indent(text: string, by: string): string {
  return text.replace(/\n/g, `\n${by}`);
}
