import path from 'node:path';
import { writeFileAtomic } from './atomicWrite';

/** Writes an export (a .docx, .csv, ...) atomically, so a half-written file never replaces a good one. */
export async function writeExportFile(filePath: string, bytes: Uint8Array | string) {
  await writeFileAtomic(filePath, bytes);
  const sizeBytes = typeof bytes === 'string' ? Buffer.byteLength(bytes) : bytes.byteLength;
  return { fileName: path.basename(filePath), filePath, sizeBytes };
}
