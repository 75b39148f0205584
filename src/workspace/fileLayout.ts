/**
 * How a workspace is laid out as text: plain JSON, with each top-level field on a line of its
 * own and each record of a list (a stakeholder, a meeting, an action item) on a line of its own:
 *
 *   {
 *   "schemaVersion":2,
 *   "coalition":{"name":"Riverside County CIT","community":"Riverside County",...},
 *   "stakeholders":[
 *   {"id":"st-1","name":"Dana Whitfield",...},
 *   {"id":"st-2","name":"Luis Ortiz",...}
 *   ],
 *   "history":[]
 *   }
 *
 * Any JSON reader opens it, a text editor shows one record per line, and a change to one record
 * changes one line. The layout is also what keeps a large workspace fast:
 *
 * - Saving: the bytes of each record and each list are kept, keyed by the object itself
 *   (layoutCache.ts). Changes are made by immer, which replaces the objects it changes and keeps
 *   every other one, so a save encodes only the records that changed, walks only the lists that
 *   changed, and writes the bytes of the rest as they were.
 * - Opening: the records are read line by line, which is faster than reading the whole text as
 *   one string, never needs a string as long as the file (JavaScript cannot hold one past about
 *   500 MB), and gives each record's bytes for the first save for free.
 *
 * A file that is not in this layout (written by hand, by another program or by an older version
 * of the app) is not read here: `decodeLayout` returns null and the caller reads it as ordinary
 * JSON.
 */
import { joinPieces, PieceList, type BytePieces } from './bytePieces';
import { LayoutCache } from './layoutCache';
import { isForbiddenKey } from './safeJson';

const NEWLINE = 0x0a;
const COMMA = 0x2c;
const QUOTE = 0x22;
const encoder = new TextEncoder();
// Lenient like Buffer#toString, and quicker than a strict one: a file from elsewhere holding bytes
// that are not UTF-8 is refused before it is decoded (check/utf8Text.ts), and bytes this app
// wrote are text it encoded. A byte-order mark is kept, so a line starting with one fails as it
// would in the whole text.
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
const LINE_END = encoder.encode('\n');
const ITEM_END = encoder.encode(',\n');
const OPEN_BRACE = encoder.encode('{\n');
const CLOSE_BRACE = encoder.encode('}\n');

/**
 * After a save that had to gather more pieces than this (the first save of a file opened from
 * elsewhere), the pieces are joined and every record and list is pointed at its bytes in the
 * result, so later saves gather a few long runs instead of many small pieces.
 */
const COMPACT_AFTER_PIECES = 1_000;

/**
 * The whole document in the layout above, as pieces of bytes: lists and records found in `cache`
 * are the bytes they were; the others are encoded and added to it. Top-level fields whose value
 * is undefined are left out, as JSON.stringify does. Nothing is copied unless it must be, so a
 * save after a small change allocates almost nothing (writeFileAtomic writes the pieces).
 */
export function layoutPieces(doc: Record<string, unknown>, cache: LayoutCache = new LayoutCache()): BytePieces {
  const pieces = new PieceList();
  const lists: Array<{ list: unknown[]; at: number; length: number }> = [];
  pieces.add(OPEN_BRACE);
  const fields = Object.entries(doc).filter(([, value]) => value !== undefined);
  fields.forEach(([key, value], index) => {
    const comma = index < fields.length - 1 ? ',' : '';
    if (!Array.isArray(value) || value.length === 0) {
      pieces.add(encoder.encode(`${JSON.stringify(key)}:${JSON.stringify(value) ?? 'null'}${comma}\n`));
      return;
    }
    pieces.add(encoder.encode(`${JSON.stringify(key)}:[\n`));
    const at = pieces.length;
    for (const piece of listLines(value, cache)) pieces.add(piece);
    lists.push({ list: value, at, length: pieces.length - at });
    pieces.add(encoder.encode(`]${comma}\n`));
  });
  pieces.add(CLOSE_BRACE);
  const gathered = pieces.done();
  if (gathered.pieces.length <= COMPACT_AFTER_PIECES) return gathered;
  const joined = joinPieces(gathered);
  for (const { list, at, length } of lists) repoint(list, joined.subarray(at, at + length), cache);
  return { pieces: [joined], length: joined.length };
}

/** The whole document as one buffer in the layout above (see layoutPieces). */
export function encodeLayout(doc: Record<string, unknown>, cache: LayoutCache = new LayoutCache()): Buffer {
  return joinPieces(layoutPieces(doc, cache));
}

/**
 * What a file in the layout held, line by line: kept after a full check, which makes new objects
 * of every record, so the bytes read can still be compared with the checked document.
 */
export interface LinesRead {
  /** The top-level fields, in the order of the file. */
  keys: string[];
  /** Each list's record lines, each followed by ",\n", and the list's lines as read. */
  lists: Map<string, { lines: Uint8Array[]; section: Uint8Array }>;
  /** Each other field's JSON. */
  fields: Map<string, string>;
}

/**
 * Only after the shape check (checkJsonShape): JSON.stringify recurses, and a field nested
 * thousands of levels deep would overflow the stack.
 */
export function linesOf({ value, cache }: DecodedLayout): LinesRead {
  const lists = new Map<string, { lines: Uint8Array[]; section: Uint8Array }>();
  const fields = new Map<string, string>();
  for (const [key, field] of Object.entries(value)) {
    const section = Array.isArray(field) ? cache.list(field)?.[0] : undefined;
    if (Array.isArray(field) && section) lists.set(key, { lines: field.map((item) => recordLine(item, cache)), section });
    else fields.set(key, JSON.stringify(field) ?? 'null');
  }
  return { keys: Object.keys(value), lists, fields };
}

/**
 * Encodes, a slice at a time between other work, every record the cache does not know yet, so
 * that the first save of a file read from elsewhere (whose records were all made anew by the
 * full check) does not hold up the main thread for the whole file at once.
 *
 * With `read`, the lines of the file the document was checked from: a record encoded exactly as
 * the line at its place keeps the file's bytes (one run of memory, as after a fast open). Returns
 * true when the whole document is exactly the file read, which is then what this app would
 * write for it.
 */
export async function encodeRecordsInSlices(
  doc: Record<string, unknown>,
  cache: LayoutCache,
  nextTurn: () => Promise<unknown>,
  read?: LinesRead,
): Promise<boolean> {
  const fields = Object.entries(doc).filter(([, value]) => value !== undefined);
  let same = read !== undefined && read.keys.join('\n') === fields.map(([key]) => key).join('\n');
  let until = performance.now() + SLICE_MS;
  for (const [key, value] of fields) {
    const list = Array.isArray(value) && value.length > 0 ? value : null;
    const asRead = read?.lists.get(key);
    if (!list) {
      same &&= read?.fields.get(key) === (JSON.stringify(value) ?? 'null');
      continue;
    }
    same &&= asRead?.lines.length === list.length;
    let listSame = same;
    for (let i = 0; i < list.length; i += 1) {
      const line = recordLine(list[i], cache);
      const readLine = asRead?.lines[i];
      if (readLine && sameBytes(line, readLine)) {
        if (typeof list[i] === 'object' && list[i] !== null) cache.setRecord(list[i] as object, readLine);
      } else {
        listSame = false;
      }
      if (i % 64 === 0 && performance.now() > until) {
        await nextTurn();
        until = performance.now() + SLICE_MS;
      }
    }
    if (listSame && asRead) cache.setList(list, [asRead.section]);
    same &&= listSame;
  }
  return same;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b);
}

/** How long one slice of background encoding may run before giving way. */
const SLICE_MS = 8;

/** The lines of a list's records: kept from before if the list is unchanged, else gathered again. */
function listLines(list: unknown[], cache: LayoutCache): Uint8Array[] {
  const known = cache.list(list);
  if (known) return known;
  const lines = new PieceList();
  const lastIndex = list.length - 1;
  for (let i = 0; i <= lastIndex; i += 1) {
    const line = recordLine(list[i], cache);
    if (i < lastIndex) {
      lines.add(line);
    } else {
      // The last record of a list has no comma after it.
      lines.add(line.subarray(0, line.byteLength - ITEM_END.byteLength));
      lines.add(LINE_END);
    }
  }
  const { pieces } = lines.done();
  cache.setList(list, pieces);
  return pieces;
}

/** A record's JSON followed by ",\n": from the cache, or encoded and added to it. */
function recordLine(item: unknown, cache: LayoutCache): Uint8Array {
  // JSON.stringify writes undefined (and functions) in a list as null.
  if (typeof item !== 'object' || item === null) return encoder.encode(`${JSON.stringify(item) ?? 'null'},\n`);
  let line = cache.record(item);
  if (!line) {
    line = encoder.encode(`${JSON.stringify(item)},\n`);
    cache.setRecord(item, line);
  }
  return line;
}

/** Points a list and its records at their bytes in `section`, the list's lines as just written. */
function repoint(list: unknown[], section: Uint8Array, cache: LayoutCache): void {
  cache.setList(list, [section]);
  let at = 0;
  list.forEach((item, i) => {
    const length = recordLine(item, cache).byteLength;
    if (i < list.length - 1 && typeof item === 'object' && item !== null) cache.setRecord(item, section.subarray(at, at + length));
    at += length;
  });
}

export interface DecodedLayout {
  value: Record<string, unknown>;
  /** The bytes of every list and record read, ready for the first save. */
  cache: LayoutCache;
}

/**
 * Reads bytes written by `encodeLayout`. Returns null if they are not in that layout exactly
 * (unindented fields, commas and brackets where they belong), so that whatever this accepts is
 * also valid JSON with the same meaning. Throws SyntaxError, naming the line, if a line of a
 * file in the layout is not JSON (a damaged file).
 *
 * Like parseJsonSafely, it drops top-level keys that could reach a prototype; deeper ones are
 * the caller's to remove (checkJsonShape).
 */
export function decodeLayout(bytes: Uint8Array, options: { keepBytes?: boolean } = {}): DecodedLayout | null {
  // The window reading a document never saves it: it needs the values, not the bytes behind them.
  const keep = options.keepBytes ?? true;
  const lines = lineRanges(bytes);
  if (lines.length < 3 || !lineIs(bytes, lines[0]!, '{') || !lineIs(bytes, lines.at(-1)!, '}')) return null;
  // Indented JSON (an older version of the app, or another program) starts its fields with spaces.
  if (bytes[lines[1]![0]] !== QUOTE) return null;
  const value: Record<string, unknown> = {};
  const cache = new LayoutCache();
  let expectMore = true;
  for (let n = 1; n < lines.length - 1; n += 1) {
    if (!expectMore) return null;
    const [start, rawEnd] = lines[n]!;
    const { end, comma } = withoutComma(bytes, start, rawEnd);
    const text = decoder.decode(bytes.subarray(start, end));
    if (text.endsWith(':[') && !comma) {
      // A list, one record per line, up to a line that is "]" or "],".
      const key = parseLine(text.slice(0, -2), n);
      if (typeof key !== 'string') return null;
      const list: unknown[] = [];
      let itemComma = true;
      const firstStart = lines[n + 1]?.[0] ?? 0;
      let lastEnd = firstStart;
      for (n += 1; ; n += 1) {
        if (n >= lines.length - 1) return null;
        const [itemStart, itemRawEnd] = lines[n]!;
        if (lineIs(bytes, lines[n]!, ']') || lineIs(bytes, lines[n]!, '],')) {
          if (itemComma || list.length === 0) return null;
          expectMore = bytes[itemRawEnd - 1] === COMMA;
          break;
        }
        if (!itemComma) return null;
        const item = withoutComma(bytes, itemStart, itemRawEnd);
        itemComma = item.comma;
        const json = view(bytes, itemStart, item.end);
        const record = parseLine(decoder.decode(json), n);
        if (keep && typeof record === 'object' && record !== null) {
          // With its ",\n" as in the file, so records read one after another stay one run of bytes.
          cache.setRecord(record, item.comma ? view(bytes, itemStart, itemRawEnd + 1) : withItemEnd(json));
        }
        list.push(record);
        lastEnd = itemRawEnd + 1;
      }
      if (keep) cache.setList(list, [view(bytes, firstStart, lastEnd)]);
      if (!isForbiddenKey(key)) value[key] = list;
    } else {
      // One field on its line: parsed as the only member of an object.
      const member = parseLine(`{${text}}`, n) as Record<string, unknown>;
      const keys = Object.keys(member);
      if (keys.length !== 1) return null;
      if (!isForbiddenKey(keys[0]!)) value[keys[0]!] = member[keys[0]!];
      expectMore = comma;
    }
  }
  return expectMore ? null : { value, cache };
}

/** A run of whole record lines of one list: what one thread checks at a time (src/workspace/check/). */
export interface RecordChunk {
  /** The list's field, e.g. "stakeholders". */
  key: string;
  /** The place in the list of the run's first record. */
  firstIndex: number;
  /** How many records (lines) the run holds. */
  count: number;
  /** Bytes [start, end) of the run, from the first record's first byte to the last one's line break. */
  start: number;
  end: number;
}

/**
 * The record lines of every list of a file in the layout, in runs of about `chunkBytes`. Only the
 * framing is looked at (the lines that open and close lists), so this is quick enough to run
 * before the file is read; decodeLayout still decides whether the file is in the layout, and
 * what the runs hold is checked against what it read. Null when the framing is not the layout's.
 */
export function recordChunks(bytes: Uint8Array, chunkBytes: number): RecordChunk[] | null {
  const lines = lineRanges(bytes);
  if (lines.length < 3 || !lineIs(bytes, lines[0]!, '{') || !lineIs(bytes, lines.at(-1)!, '}')) return null;
  // Indented JSON starts its fields with spaces (as in decodeLayout).
  if (bytes[lines[1]![0]] !== QUOTE) return null;
  const chunks: RecordChunk[] = [];
  for (let n = 1; n < lines.length - 1; n += 1) {
    const [start, end] = lines[n]!;
    // A list opens with a line ending in ":[" (decodeLayout reads it the same way).
    if (end - start < 3 || bytes[end - 1] !== 0x5b || bytes[end - 2] !== 0x3a) continue;
    let key: unknown;
    try {
      key = JSON.parse(decoder.decode(bytes.subarray(start, end - 2)));
    } catch {
      return null;
    }
    if (typeof key !== 'string') return null;
    let chunk: RecordChunk | null = null;
    let index = 0;
    for (n += 1; n < lines.length - 1 && !lineIs(bytes, lines[n]!, ']') && !lineIs(bytes, lines[n]!, '],'); n += 1) {
      const [lineStart, lineEnd] = lines[n]!;
      if (!chunk || lineEnd - chunk.start > chunkBytes) {
        chunk = { key, firstIndex: index, count: 0, start: lineStart, end: lineStart };
        chunks.push(chunk);
      }
      chunk.count += 1;
      chunk.end = Math.min(bytes.length, lineEnd + 1);
      index += 1;
    }
  }
  return chunks;
}

/** The records of a run of lines (see recordChunks). Throws SyntaxError if one is not JSON. */
export function* recordsOfChunk(bytes: Uint8Array, chunk: RecordChunk): Generator<unknown> {
  let start = chunk.start;
  while (start < chunk.end) {
    let end = bytes.indexOf(NEWLINE, start);
    if (end < 0 || end > chunk.end) end = chunk.end;
    yield JSON.parse(decoder.decode(bytes.subarray(start, withoutComma(bytes, start, end).end)));
    start = end + 1;
  }
}

/** Bytes [start, end) as a plain view: quicker to make than a Buffer's subarray, tens of thousands of times. */
function view(bytes: Uint8Array, start: number, end: number): Uint8Array {
  return new Uint8Array(bytes.buffer, bytes.byteOffset + start, end - start);
}

function withItemEnd(json: Uint8Array): Uint8Array {
  const line = new Uint8Array(json.byteLength + ITEM_END.byteLength);
  line.set(json);
  line.set(ITEM_END, json.byteLength);
  return line;
}

function parseLine(text: string, index: number): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new SyntaxError(`Line ${(index + 1).toLocaleString('en-US')}: ${(error as Error).message}`, { cause: error });
  }
}

/** [start, end) of each line, without its line break; a final line break starts no line. */
function lineRanges(bytes: Uint8Array): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let start = 0;
  while (start < bytes.length) {
    let end = bytes.indexOf(NEWLINE, start);
    if (end < 0) end = bytes.length;
    ranges.push([start, end]);
    start = end + 1;
  }
  return ranges;
}

function withoutComma(bytes: Uint8Array, start: number, end: number): { end: number; comma: boolean } {
  const comma = end > start && bytes[end - 1] === COMMA;
  return { end: comma ? end - 1 : end, comma };
}

function lineIs(bytes: Uint8Array, [start, end]: [number, number], text: string): boolean {
  if (end - start !== text.length) return false;
  for (let i = 0; i < text.length; i += 1) if (bytes[start + i] !== text.charCodeAt(i)) return false;
  return true;
}
