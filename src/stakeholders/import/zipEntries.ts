import { unzipSync } from 'fflate';
import { ImportRefused } from './refusal';

/**
 * The parts of a zipped spreadsheet (.xlsx and .ods are both zips of XML). The file may be
 * hostile: a "zip bomb" declares small parts that inflate to gigabytes. Each part is inflated
 * into a buffer of the size its header declares, refused above a limit, so a lying header
 * yields a truncated part (and an XML error), never unbounded memory.
 */

/** The largest part read: the XML of a 10,000-row sheet of a hundred columns is well under this. */
export const MAX_PART_BYTES = 64 * 1024 * 1024;
const MAX_TOTAL_BYTES = 128 * 1024 * 1024;

export function readZipParts(
  bytes: Uint8Array,
  wanted: (name: string) => boolean,
  kind: string,
): Map<string, Uint8Array> {
  let total = 0;
  let tooLarge = false;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        if (!wanted(file.name)) return false;
        total += file.originalSize;
        if (file.originalSize > MAX_PART_BYTES || total > MAX_TOTAL_BYTES) {
          tooLarge = true;
          return false;
        }
        return true;
      },
    });
  } catch {
    throw new ImportRefused(
      `This file could not be opened as ${kind}: it may be damaged, or be another kind of file with that name. Open it in your spreadsheet program and save it again, or save it as CSV.`,
    );
  }
  if (tooLarge) {
    throw new ImportRefused(
      `This ${kind} holds more than can be imported at once. Copy the people into a new, smaller spreadsheet and import that.`,
    );
  }
  return new Map(Object.entries(files));
}
