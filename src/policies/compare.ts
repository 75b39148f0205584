import { diffLines, diffWordsWithSpace, type Change } from 'diff';

/**
 * Two revisions' texts side by side, the way a reviewer reads a marked-up policy: lines are
 * lined up with the `diff` package's line diff, and within a line that changed, the words that
 * were taken out and put in are marked with its word diff. A pure function, so the screen and
 * the tests see exactly the same comparison.
 */
export type SegmentChange = 'same' | 'added' | 'removed';

export interface Segment {
  text: string;
  change: SegmentChange;
}

export type RowKind = 'same' | 'changed' | 'added' | 'removed';

export interface CompareRow {
  kind: RowKind;
  /** The older text's line (null where the newer text has a line the older did not). */
  left: Segment[] | null;
  right: Segment[] | null;
  /** 1-based line numbers in each text. */
  leftLine: number | null;
  rightLine: number | null;
}

export interface ComparisonStats {
  linesAdded: number;
  linesRemoved: number;
  linesChanged: number;
  wordsAdded: number;
  wordsRemoved: number;
}

export interface Comparison {
  rows: CompareRow[];
  stats: ComparisonStats;
  identical: boolean;
}

/**
 * A single line longer than this is compared whole rather than word by word: the word diff's
 * cost grows with the product of length and edits, and a policy pasted as one enormous paragraph
 * must not freeze the screen.
 */
const WORD_DIFF_TIMEOUT_MS = 300;

export function compareTexts(older: string, newer: string): Comparison {
  const from = normalise(older);
  const to = normalise(newer);
  const stats: ComparisonStats = { linesAdded: 0, linesRemoved: 0, linesChanged: 0, wordsAdded: 0, wordsRemoved: 0 };
  const rows: CompareRow[] = [];
  let leftLine = 1;
  let rightLine = 1;

  const changes = diffLines(from, to);
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i] as Change;
    const lines = splitLines(change.value);
    if (!change.added && !change.removed) {
      for (const line of lines) {
        rows.push({
          kind: 'same',
          left: [{ text: line, change: 'same' }],
          right: [{ text: line, change: 'same' }],
          leftLine: leftLine++,
          rightLine: rightLine++,
        });
      }
      continue;
    }
    // A block taken out followed by a block put in is an edit: pair its lines up so each old
    // line sits beside the line that replaced it.
    const next = changes[i + 1];
    const removed = change.removed ? lines : [];
    const added = change.added ? lines : next?.added && change.removed ? splitLines(next.value) : [];
    if (change.removed && next?.added) i++;
    const paired = Math.min(removed.length, added.length);
    for (let k = 0; k < paired; k++) {
      const words = wordSegments(removed[k] as string, added[k] as string);
      stats.linesChanged++;
      stats.wordsRemoved += countWords(words.left.filter((s) => s.change === 'removed'));
      stats.wordsAdded += countWords(words.right.filter((s) => s.change === 'added'));
      rows.push({
        kind: 'changed',
        left: words.left,
        right: words.right,
        leftLine: leftLine++,
        rightLine: rightLine++,
      });
    }
    for (const line of removed.slice(paired)) {
      stats.linesRemoved++;
      stats.wordsRemoved += countWords([{ text: line, change: 'removed' }]);
      rows.push({
        kind: 'removed',
        left: [{ text: line, change: 'removed' }],
        right: null,
        leftLine: leftLine++,
        rightLine: null,
      });
    }
    for (const line of added.slice(paired)) {
      stats.linesAdded++;
      stats.wordsAdded += countWords([{ text: line, change: 'added' }]);
      rows.push({
        kind: 'added',
        left: null,
        right: [{ text: line, change: 'added' }],
        leftLine: null,
        rightLine: rightLine++,
      });
    }
  }
  return { rows, stats, identical: rows.every((row) => row.kind === 'same') };
}

function wordSegments(older: string, newer: string): { left: Segment[]; right: Segment[] } {
  // With spaces as tokens, so each side shows exactly the text it came from (the plain word diff
  // would show the newer spacing on both sides).
  const changes = diffWordsWithSpace(older, newer, { timeout: WORD_DIFF_TIMEOUT_MS });
  if (!changes) {
    return { left: [{ text: older, change: 'removed' }], right: [{ text: newer, change: 'added' }] };
  }
  const left: Segment[] = [];
  const right: Segment[] = [];
  changes.forEach((change, index) => {
    if (change.added) push(right, change.value, 'added');
    else if (change.removed) push(left, change.value, 'removed');
    else if (isSpaceBetweenChanges(changes, index)) {
      // "emergency department" → "Riverbend Crisis Center": the space the two phrases share is
      // counted as part of the change, so each side shows one marked phrase, not a word at a time.
      push(left, change.value, 'removed');
      push(right, change.value, 'added');
    } else {
      push(left, change.value, 'same');
      push(right, change.value, 'same');
    }
  });
  return { left: tidyEdges(left), right: tidyEdges(right) };
}

/**
 * Moves the spaces at either end of a marked piece out of the mark, so a strike-through or a
 * highlight covers the words and not the gap after them. The text itself is unchanged.
 */
function tidyEdges(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const segment of segments) {
    if (segment.change === 'same') {
      push(out, segment.text, 'same');
      continue;
    }
    const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(segment.text)!;
    const [, lead = '', core = '', trail = ''] = match;
    if (!core) {
      push(out, segment.text, segment.change);
      continue;
    }
    if (lead) push(out, lead, 'same');
    push(out, core, segment.change);
    if (trail) push(out, trail, 'same');
  }
  return out;
}

function isSpaceBetweenChanges(changes: Change[], index: number): boolean {
  const before = changes[index - 1];
  const after = changes[index + 1];
  const changed = (c: Change | undefined) => Boolean(c && (c.added || c.removed));
  return /^\s+$/.test(changes[index]!.value) && changed(before) && changed(after);
}

/** Adds text to one side, joining it to the segment before when that one is the same kind. */
function push(side: Segment[], text: string, change: SegmentChange): void {
  const last = side.at(-1);
  if (last && last.change === change) last.text += text;
  else side.push({ text, change });
}

function countWords(segments: Segment[]): number {
  return segments.reduce((sum, s) => sum + (s.text.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu)?.length ?? 0), 0);
}

/** Line endings from Windows and old Macs compare equal, and a final newline does not count as a change. */
function normalise(text: string): string {
  const unified = text.replace(/\r\n?/g, '\n').replace(/\n+$/, '');
  return unified === '' ? '' : `${unified}\n`;
}

function splitLines(value: string): string[] {
  return value.replace(/\n$/, '').split('\n');
}

/** What the screen shows when "only the changes" is on: changed rows with a little context. */
export type CollapsedRow = CompareRow | { kind: 'skipped'; count: number; fromLeftLine: number | null };

export function collapseUnchanged(rows: readonly CompareRow[], context = 2): CollapsedRow[] {
  const keep = rows.map(() => false);
  rows.forEach((row, index) => {
    if (row.kind === 'same') return;
    for (let k = Math.max(0, index - context); k <= Math.min(rows.length - 1, index + context); k++) keep[k] = true;
  });
  const result: CollapsedRow[] = [];
  let skipped = 0;
  let skippedFrom: number | null = null;
  rows.forEach((row, index) => {
    if (keep[index]) {
      if (skipped > 0) result.push({ kind: 'skipped', count: skipped, fromLeftLine: skippedFrom });
      skipped = 0;
      result.push(row);
    } else {
      if (skipped === 0) skippedFrom = row.leftLine;
      skipped++;
    }
  });
  if (skipped > 0) result.push({ kind: 'skipped', count: skipped, fromLeftLine: skippedFrom });
  return result;
}
