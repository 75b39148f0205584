import { isUtf8 } from 'node:buffer';

/**
 * Bytes that are not UTF-8 text (a file saved in another encoding, or damaged on the way).
 * Decoded leniently they would become U+FFFD, and the next save would write that in their place,
 * losing what they were without a word. A file holding them is refused instead, saying where.
 *
 * The native check reads hundreds of megabytes a second, so it costs little on every file from
 * elsewhere; finding the place is slower, and done only for a file that fails it.
 */
export function invalidUtf8Problem(bytes: Uint8Array): string | null {
  if (isUtf8(bytes)) return null;
  const at = firstInvalidByte(bytes);
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, at);
  let line = 1;
  for (let i = text.indexOf(0x0a); i >= 0; i = text.indexOf(0x0a, i + 1)) line += 1;
  return `Line ${line.toLocaleString('en-US')} (byte ${at.toLocaleString('en-US')} of the file): it holds bytes that are not text in the UTF-8 encoding this app reads and writes. Opened, they would be replaced and lost.`;
}

/** The place of the first byte that does not begin a whole UTF-8 character. */
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    const length =
      lead < 0x80
        ? 1
        : lead >= 0xc2 && lead <= 0xdf
          ? 2
          : lead >= 0xe0 && lead <= 0xef
            ? 3
            : lead >= 0xf0 && lead <= 0xf4
              ? 4
              : 0;
    // The native check decides each character (overlong forms, surrogates, bytes cut off).
    if (length === 0 || (length > 1 && !isUtf8(bytes.subarray(i, i + length)))) return i;
    i += length;
  }
  return bytes.length;
}
