import { z } from 'zod';
import { labelledEnum } from '../../model/labels';

/**
 * The text encodings a spreadsheet program writes a CSV in. Excel on Windows saves "CSV (Comma
 * delimited)" in Windows-1252, "CSV UTF-8" with a byte-order mark, and "Unicode Text" in UTF-16;
 * LibreOffice asks and defaults to UTF-8. The names are those of the platform TextDecoder, which
 * reads all of them in Node and in the browser alike (ISO-8859-1 is read as Windows-1252 there,
 * which is a superset of it, so it needs no entry of its own).
 */
export const TextEncodingName = labelledEnum(['utf-8', 'windows-1252', 'utf-16le', 'utf-16be', 'macintosh'], {
  'utf-8': 'UTF-8 (Unicode)',
  'windows-1252': 'Western (Windows-1252 / ISO-8859-1)',
  'utf-16le': 'UTF-16 little-endian (Unicode)',
  'utf-16be': 'UTF-16 big-endian (Unicode)',
  macintosh: 'Western (Mac Roman)',
});
export type TextEncodingName = z.infer<typeof TextEncodingName>;

const REPLACEMENT = '\ufffd';

const BOMS: ReadonlyArray<[TextEncodingName, readonly number[]]> = [
  ['utf-8', [0xef, 0xbb, 0xbf]],
  ['utf-16le', [0xff, 0xfe]],
  ['utf-16be', [0xfe, 0xff]],
];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, i) => bytes[i] === byte);
}

/** The encoding a byte-order mark at the start names, or null when there is none. */
export function encodingOfBom(bytes: Uint8Array): TextEncodingName | null {
  return BOMS.find(([, bom]) => startsWith(bytes, bom))?.[0] ?? null;
}

/**
 * UTF-16 without a byte-order mark: a CSV is mostly ASCII (commas, quotes, digits, Latin
 * letters), whose high byte is zero, so one of the two byte positions is nearly all zeros and
 * the other nearly none. Text in an 8-bit encoding has no zero bytes at all, so this cannot
 * mistake one for the other; a sheet written wholly in, say, Greek would not be recognised and
 * falls through to the person's choice in the preview.
 */
function utf16WithoutBom(bytes: Uint8Array): TextEncodingName | null {
  const length = Math.min(bytes.length, 4096) & ~1;
  if (length < 4) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) zeroEven += 1;
    if (bytes[i + 1] === 0) zeroOdd += 1;
  }
  const pairs = length / 2;
  if (zeroOdd >= pairs * 0.4 && zeroEven <= pairs * 0.05) return 'utf-16le';
  if (zeroEven >= pairs * 0.4 && zeroOdd <= pairs * 0.05) return 'utf-16be';
  return null;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * The encoding a file is most likely in, from its bytes alone: a byte-order mark if there is
 * one; UTF-16 by its zero bytes; UTF-8 if every byte sequence is valid UTF-8 (text in Windows-1252
 * with any accented letter almost never is, and plain ASCII reads the same either way);
 * otherwise Windows-1252, which is what Excel on Windows writes.
 */
export function detectEncoding(bytes: Uint8Array): TextEncodingName {
  return encodingOfBom(bytes) ?? utf16WithoutBom(bytes) ?? (isUtf8(bytes) ? 'utf-8' : 'windows-1252');
}

export interface DecodedText {
  text: string;
  /** Characters that could not be read in this encoding and are shown as U+FFFD (�). */
  unreadable: number;
}

/** Decodes bytes in an encoding, dropping its byte-order mark and counting what could not be read. */
export function decodeText(bytes: Uint8Array, encoding: TextEncodingName): DecodedText {
  // ignoreBOM: false (the default) removes a mark of this same encoding, so it never sticks to the first header.
  const text = new TextDecoder(encoding).decode(bytes);
  let unreadable = 0;
  for (let at = text.indexOf(REPLACEMENT); at !== -1; at = text.indexOf(REPLACEMENT, at + 1)) unreadable += 1;
  return { text, unreadable };
}
