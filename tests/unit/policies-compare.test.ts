import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapseUnchanged, compareTexts, type CompareRow, type Segment } from '../../src/policies/compare';

const side = (segments: Segment[] | null) => (segments ?? []).map((s) => s.text).join('');
const marked = (segments: Segment[] | null, change: 'added' | 'removed') =>
  (segments ?? []).filter((s) => s.change === change).map((s) => s.text.trim());

/** Rebuilds each text from the rows: what the reader sees on each side must be the whole text. */
function rebuild(rows: CompareRow[]) {
  const left = rows.filter((r) => r.left).map((r) => side(r.left));
  const right = rows.filter((r) => r.right).map((r) => side(r.right));
  return { left: left.join('\n'), right: right.join('\n') };
}

const V1 = [
  '1. Purpose',
  'Dispatch codes a call about a person in a mental health crisis as a disturbance.',
  'Officers transfer custody at the emergency department.',
  '',
  '2. Review',
  'This protocol is reviewed every two years.',
].join('\n');

const V2 = [
  '1. Purpose',
  'Dispatch codes a call about a person in a mental health crisis as a crisis call and sends a CIT officer.',
  'Officers transfer custody at the Riverbend Crisis Center receiving desk.',
  'The crisis clinician signs the transfer form.',
  '',
  '2. Review',
  'This protocol is reviewed every two years.',
].join('\n');

describe('comparing two revisions side by side', () => {
  const result = compareTexts(V1, V2);

  it('lines up unchanged lines and pairs each changed line with its replacement', () => {
    expect(result.rows.map((r) => r.kind)).toEqual(['same', 'changed', 'changed', 'added', 'same', 'same', 'same']);
    expect(result.rows.map((r) => [r.leftLine, r.rightLine])).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
      [null, 4],
      [4, 5],
      [5, 6],
      [6, 7],
    ]);
  });

  it('marks the words taken out on the left and the words put in on the right', () => {
    const dispatch = result.rows[1]!;
    expect(marked(dispatch.left, 'removed')).toEqual(['disturbance']);
    expect(marked(dispatch.right, 'added')).toEqual(['crisis call and sends a CIT officer']);
    expect(marked(dispatch.left, 'added')).toEqual([]);
    expect(marked(dispatch.right, 'removed')).toEqual([]);
    const custody = result.rows[2]!;
    expect(marked(custody.left, 'removed').join(' ')).toContain('emergency department');
    expect(marked(custody.right, 'added').join(' ')).toContain('Riverbend Crisis Center receiving desk');
    expect(result.rows[3]!.right).toEqual([{ text: 'The crisis clinician signs the transfer form.', change: 'added' }]);
  });

  it('marks a replaced phrase as one piece, not word by word', () => {
    const row = compareTexts('Take the person to the emergency department today.', 'Take the person to the Riverbend Crisis Center today.').rows[0]!;
    // Exactly the words, without the spaces around them.
    expect(row.left!.filter((s) => s.change === 'removed').map((s) => s.text)).toEqual(['emergency department']);
    expect(row.right!.filter((s) => s.change === 'added').map((s) => s.text)).toEqual(['Riverbend Crisis Center']);
    expect(marked(row.left, 'removed')).toEqual(['emergency department']);
    expect(marked(row.right, 'added')).toEqual(['Riverbend Crisis Center']);
    expect(side(row.left)).toBe('Take the person to the emergency department today.');
    expect(side(row.right)).toBe('Take the person to the Riverbend Crisis Center today.');
  });

  it('counts the changes for the summary line', () => {
    expect(result.stats).toMatchObject({ linesAdded: 1, linesRemoved: 0, linesChanged: 2 });
    expect(result.stats.wordsAdded).toBeGreaterThanOrEqual(7 + 7);
    expect(result.stats.wordsRemoved).toBeGreaterThanOrEqual(1 + 2);
    expect(result.identical).toBe(false);
  });

  it('treats Windows line endings and a final newline as no change', () => {
    const windows = `${V1.replace(/\n/g, '\r\n')}\r\n\r\n`;
    const same = compareTexts(V1, windows);
    expect(same.identical).toBe(true);
    expect(same.rows).toHaveLength(6);
  });

  it('shows a whole text as added when the older revision had none', () => {
    const fromNothing = compareTexts('', 'First line.\nSecond line.');
    expect(fromNothing.rows.map((r) => r.kind)).toEqual(['added', 'added']);
    expect(compareTexts('', '').rows).toEqual([]);
  });

  it('keeps every character of both texts, whatever they are (property)', () => {
    const line = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ', '.', 'é', 'crisis ', 'call '), maxLength: 30 });
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), fc.array(line, { maxLength: 12 }), (a, b) => {
        const older = a.join('\n');
        const newer = b.join('\n');
        const rebuilt = rebuild(compareTexts(older, newer).rows);
        expect(rebuilt.left).toBe(older.replace(/\n+$/, ''));
        expect(rebuilt.right).toBe(newer.replace(/\n+$/, ''));
      }),
      { numRuns: 300 },
    );
  });

  it('compares two 200,000-character policies quickly', () => {
    const clause = (n: number) =>
      `${n}. The receiving facility accepts a transfer of custody within fifteen minutes of arrival, and the officer returns to service.`;
    const lines = Array.from({ length: 1_600 }, (_, i) => clause(i + 1));
    const older = lines.join('\n').slice(0, 200_000);
    const newerLines = lines.map((l, i) => (i % 97 === 0 ? l.replace('fifteen', 'ten') : l));
    const newer = newerLines.join('\n').slice(0, 200_000);
    const started = performance.now();
    const big = compareTexts(older, newer);
    const elapsed = performance.now() - started;
    expect(big.stats.linesChanged).toBe(Math.ceil(1_600 / 97));
    expect(elapsed).toBeLessThan(2_000);
  });

  it('does not hang on one enormous paragraph rewritten end to end', () => {
    const words = (seed: number) => Array.from({ length: 20_000 }, (_, i) => `w${(i * seed) % 9973}`).join(' ');
    const started = performance.now();
    const big = compareTexts(words(7), words(13));
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(big.rows).toHaveLength(1);
    expect(big.rows[0]!.kind).toBe('changed');
  });
});

describe('showing only the changes', () => {
  it('keeps changed rows with two lines of context and counts the rest', () => {
    const older = Array.from({ length: 20 }, (_, i) => `Line ${i + 1}`).join('\n');
    const newer = older.replace('Line 10', 'Line ten');
    const collapsed = collapseUnchanged(compareTexts(older, newer).rows, 2);
    expect(collapsed.map((r) => (r.kind === 'skipped' ? `skip ${r.count}` : r.kind))).toEqual([
      'skip 7',
      'same',
      'same',
      'changed',
      'same',
      'same',
      'skip 8',
    ]);
  });
});
