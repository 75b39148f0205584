/**
 * A field named twice in one object of a workspace file. JSON.parse keeps the last of the two
 * and says nothing, so `"stakeholders":[]` appended to a file would open it without its people,
 * and the next save would make that final. Such a file is refused instead.
 *
 * Looking for them must cost little, since every file from elsewhere is checked, so it is done
 * in two steps. First a count: the text holds as many strings (keys and values) as the value
 * parsed from it, unless JSON.parse dropped a repeated key (and whatever its first value held).
 * The strings of the text are half its quotes that are not escaped, counted four bytes at a time
 * (stringsInText); those of the value are counted by the shape check as it walks it anyway
 * (checkJsonShape's tally). Only when the two differ is the text read again, slowly, to name the
 * field and its line (findDuplicateKey).
 */
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const NEWLINE = 0x0a;
const COMMA = 0x2c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_LIST = 0x5b;
const CLOSE_LIST = 0x5d;
const ESCAPED_QUOTE = new Uint8Array([BACKSLASH, QUOTE]);

/** How many strings, keys included, the JSON text in bytes [start, end) holds. */
export function stringsInText(bytes: Uint8Array, start = 0, end = bytes.length): number {
  let quotes = countByte(bytes, QUOTE, start, end);
  // Inside a string a quote is always escaped; such quotes are rare, so they are found one by one.
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, end);
  for (let at = text.indexOf(ESCAPED_QUOTE, start) + 1; at > 0; at = text.indexOf(ESCAPED_QUOTE, at + 1) + 1) {
    // `at` is the quote's place: count the backslashes just before it.
    let backslashes = 0;
    while (at - backslashes > start && bytes[at - backslashes - 1] === BACKSLASH) backslashes += 1;
    // An odd run of backslashes escapes the quote; an even one is escaped backslashes, then a real quote.
    if (backslashes % 2 === 1) quotes -= 1;
  }
  return quotes / 2;
}

/**
 * How many bytes in [start, end) equal `value`. Four bytes at a time: a loop over single bytes
 * takes ten times as long as this over a large file, and as long as a good part of its check.
 */
function countByte(bytes: Uint8Array, value: number, start: number, end: number): number {
  let count = 0;
  let i = start;
  while (i < end && (bytes.byteOffset + i) % 4 !== 0) count += bytes[i++] === value ? 1 : 0;
  const words = Math.max(0, Math.floor((end - i) / 4));
  // Without words to read, `i` may have stopped at `end` short of a four-byte boundary.
  const view = words > 0 ? new Uint32Array(bytes.buffer, bytes.byteOffset + i, words) : new Uint32Array(0);
  const pattern = Math.imul(value, 0x01010101);
  for (let k = 0; k < words; k += 1) {
    // Each byte equal to `value` becomes 0; its top bit is then set in `zeros` (exactly, no carries).
    const x = view[k]! ^ pattern;
    const zeros = ~(((x & 0x7f7f7f7f) + 0x7f7f7f7f) | x) & 0x80808080;
    if (zeros !== 0) count += Math.imul(zeros >>> 7, 0x01010101) >>> 24;
  }
  for (i += words * 4; i < end; i += 1) count += bytes[i] === value ? 1 : 0;
  return count;
}

export interface DuplicateKey {
  key: string;
  /** The line of its second appearance, counting from 1. */
  line: number;
  /** Where the object is: ["stakeholders", 3] for the fourth stakeholder; [] for the workspace itself. */
  path: Array<string | number>;
}

interface Frame {
  /** The keys seen so far, for an object; null for a list. */
  keys: Set<string> | null;
  /** The key or place of the value being read in it. */
  at: string | number;
  expectKey: boolean;
  /** Where this object or list sits in the one around it. */
  label: string | number;
}

/** The first field named twice in one object of a JSON text, or null. Slow: only run when the count above differs. */
export function findDuplicateKey(bytes: Uint8Array): DuplicateKey | null {
  const decoder = new TextDecoder();
  const stack: Frame[] = [];
  let line = 1;
  for (let i = 0; i < bytes.length; i += 1) {
    const c = bytes[i];
    if (c === NEWLINE) {
      line += 1;
    } else if (c === QUOTE) {
      let end = i + 1;
      while (end < bytes.length && bytes[end] !== QUOTE) end += bytes[end] === BACKSLASH ? 2 : 1;
      const top = stack.at(-1);
      if (top?.keys && top.expectKey) {
        const key = parsedString(decoder.decode(bytes.subarray(i, end + 1)));
        if (key !== null && top.keys.has(key)) return { key, line, path: stack.slice(1).map((frame) => frame.label) };
        if (key !== null) top.keys.add(key);
        top.at = key ?? '';
        top.expectKey = false;
      }
      i = end;
    } else if (c === OPEN_OBJECT || c === OPEN_LIST) {
      stack.push({ keys: c === OPEN_OBJECT ? new Set() : null, at: 0, expectKey: true, label: stack.at(-1)?.at ?? '' });
    } else if (c === CLOSE_OBJECT || c === CLOSE_LIST) {
      stack.pop();
    } else if (c === COMMA) {
      const top = stack.at(-1);
      if (top?.keys) top.expectKey = true;
      else if (top) top.at = (top.at as number) + 1;
    }
  }
  return null;
}

function parsedString(json: string): string | null {
  try {
    return JSON.parse(json) as string;
  } catch {
    return null;
  }
}

/** "Line 9: the workspace has a field "stakeholders" twice; …" in words for the person. */
export function describeDuplicateKey({ key, line, path }: DuplicateKey): string {
  const where = path.length === 0 ? 'the workspace' : path.join(' › ');
  return `Line ${line.toLocaleString('en-US')}: ${where} has the field ${JSON.stringify(key)} twice. Only one can be kept, so the file cannot be opened as it is.`;
}
