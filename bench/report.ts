import type { BenchRow } from './row';

/**
 * What the benchmark's table is read for: whether the targets are met (and by how much
 * they are missed where they are not), and how each measure grows with the workspace.
 */

/** Growth this much beyond the data's own is still "linear": timing noise on a shared machine. */
const LINEAR_SLACK = 1.15;

/** For each measure taken at several scales: how much it grew from the smallest scale, against the data. */
export function growthRows(rows: readonly BenchRow[]): string[][] {
  const byMeasure = new Map<string, BenchRow[]>();
  for (const row of rows) {
    if (row.scale === undefined) continue;
    byMeasure.set(row.measure, [...(byMeasure.get(row.measure) ?? []), row]);
  }
  const growth: string[][] = [];
  for (const [measure, list] of byMeasure) {
    const sorted = [...list].sort((a, b) => a.scale! - b.scale!);
    const base = sorted[0]!;
    for (const row of sorted.slice(1)) {
      const factor = row.median / base.median;
      const data = row.scale! / base.scale!;
      const known = Number.isFinite(factor);
      growth.push([
        measure,
        `${base.scale}x → ${row.scale}x`,
        known ? `${factor.toFixed(2)}x` : 'n/a',
        `${data}x`,
        known ? (factor <= data * LINEAR_SLACK ? 'linear or better' : 'WORSE than linear') : 'not measured at both',
      ]);
    }
  }
  return growth;
}

interface Target {
  name: string;
  /** The workspace scale the target is set at. */
  scale: number;
  /** The row (or rows, the worst of which counts) the target is about. */
  matches: (row: BenchRow) => boolean;
  /** The value compared, and its limit. */
  value: (row: BenchRow) => number;
  limit: number;
  unit: 'x floor' | 'ms';
}

const named = (start: string) => (r: BenchRow) => r.measure.startsWith(start);
const p95 = (r: BenchRow) => r.p95 ?? Number.NaN;
const median = (r: BenchRow) => r.median;

/**
 * The targets the issues set: "instant" at 1x (open, save, exports), the window's speed at 1x
 * and 10x, and sharing a coalition at 1x.
 */
export const TARGETS: Target[] = [
  { name: 'open: under 2x the floor (a file this app saved)', scale: 1, matches: named('open a workspace this app saved'), value: ratio, limit: 2, unit: 'x floor' },
  { name: 'open a file from elsewhere: under 1.5x the floor', scale: 1, matches: named('open a workspace from elsewhere'), value: ratio, limit: 1.5, unit: 'x floor' },
  { name: 'save after an edit: under 2x the floor', scale: 1, matches: named('save after one small edit'), value: ratio, limit: 2, unit: 'x floor' },
  { name: 'every export: under 2 s', scale: 1, matches: named('export:'), value: median, limit: 2000, unit: 'ms' },
  { name: 'open → stakeholder list showing: under 3 s', scale: 1, matches: named('browser: open → stakeholder list showing'), value: median, limit: 3000, unit: 'ms' },
  { name: 'filter keystroke: p95 under 33 ms (two frames)', scale: 1, matches: named('browser: filter keystroke'), value: p95, limit: 33, unit: 'ms' },
  { name: 'what deleting a person would touch: under 50 ms', scale: 1, matches: named('screen: what deleting a person would touch'), value: median, limit: 50, unit: 'ms' },
  { name: 'sync: first upload under 2 minutes', scale: 1, matches: named('sync: first upload'), value: median, limit: 120_000, unit: 'ms' },
  { name: 'sync: first download under 2 minutes', scale: 1, matches: named('sync: first download'), value: median, limit: 120_000, unit: 'ms' },
  { name: 'sync: a change visible elsewhere, p95 under 2 s', scale: 1, matches: named('sync: a change on one laptop'), value: p95, limit: 2000, unit: 'ms' },
  { name: 'open → stakeholder list showing: under 25 s', scale: 10, matches: named('browser: open → stakeholder list showing'), value: median, limit: 25_000, unit: 'ms' },
  { name: 'filter keystroke: p95 under 50 ms', scale: 10, matches: named('browser: filter keystroke'), value: p95, limit: 50, unit: 'ms' },
  { name: 'peak memory of the main process: under 3x the floor', scale: 10, matches: named('peak memory of the main process'), value: ratio, limit: 3, unit: 'x floor' },
];

function ratio(row: BenchRow): number {
  return row.floor ? row.median / row.floor : Number.NaN;
}

/** Each target at its scale: the measured value (the worst of its rows) and whether it is met, or by how much it is missed. */
export function targetRows(rows: readonly BenchRow[]): string[][] {
  const scales = new Set(rows.map((r) => r.scale));
  return TARGETS.filter((target) => scales.has(target.scale)).map((target) => {
    const name = `${target.scale}x: ${target.name}`;
    const values = rows
      .filter((r) => r.scale === target.scale && target.matches(r))
      .map((r) => ({ row: r, value: target.value(r) }));
    if (values.length === 0) return [name, 'not measured', ''];
    const worst = values.reduce((a, b) => (Number.isNaN(b.value) || b.value > a.value ? b : a));
    const shown = target.unit === 'ms' ? `${worst.value.toFixed(0)} ms` : `${worst.value.toFixed(2)}x`;
    const where = values.length > 1 ? ` (${worst.row.measure})` : '';
    if (!Number.isFinite(worst.value)) return [name, `n/a${where}`, 'NOT MEASURED'];
    const verdict = worst.value < target.limit ? 'met' : `MISSED by ${((worst.value / target.limit - 1) * 100).toFixed(0)}%`;
    return [name, `${shown}${where}`, verdict];
  });
}
