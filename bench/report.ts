import type { BenchRow } from './row';

/**
 * What the benchmark's table is read for: whether the targets at 1x are met (and by how much
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
  /** The row (or rows, the worst of which counts) the target is about. */
  matches: (row: BenchRow) => boolean;
  /** The value compared, and its limit. */
  value: (row: BenchRow) => number;
  limit: number;
  unit: 'x floor' | 'ms';
}

/** The targets of "instant" at 1x, as the performance issue sets them. */
export const TARGETS: Target[] = [
  { name: 'open: under 2x the floor (a file this app saved)', matches: (r) => r.measure.startsWith('open a workspace this app saved'), value: ratio, limit: 2, unit: 'x floor' },
  { name: 'open: under 2x the floor (a file from elsewhere, checked in full)', matches: (r) => r.measure.startsWith('open a workspace from elsewhere'), value: ratio, limit: 2, unit: 'x floor' },
  { name: 'save after an edit: under 2x the floor', matches: (r) => r.measure.startsWith('save after one small edit'), value: ratio, limit: 2, unit: 'x floor' },
  { name: 'filter keystroke: p95 under 50 ms', matches: (r) => r.measure.startsWith('browser: filter keystroke'), value: (r) => r.p95 ?? Number.NaN, limit: 50, unit: 'ms' },
  { name: 'every export: under 2 s', matches: (r) => r.measure.startsWith('export:'), value: (r) => r.median, limit: 2000, unit: 'ms' },
];

function ratio(row: BenchRow): number {
  return row.floor ? row.median / row.floor : Number.NaN;
}

/** Each target at 1x: the measured value (the worst of its rows) and whether it is met, or by how much it is missed. */
export function targetRows(rows: readonly BenchRow[]): string[][] {
  const atOne = rows.filter((r) => r.scale === 1);
  if (atOne.length === 0) return [];
  return TARGETS.map((target) => {
    const values = atOne.filter(target.matches).map((r) => ({ row: r, value: target.value(r) }));
    if (values.length === 0) return [target.name, 'not measured', ''];
    const worst = values.reduce((a, b) => (Number.isNaN(b.value) || b.value > a.value ? b : a));
    const shown = target.unit === 'ms' ? `${worst.value.toFixed(0)} ms` : `${worst.value.toFixed(2)}x`;
    const where = values.length > 1 ? ` (${worst.row.measure})` : '';
    if (!Number.isFinite(worst.value)) return [target.name, `n/a${where}`, 'NOT MEASURED'];
    const verdict = worst.value < target.limit ? 'met' : `MISSED by ${((worst.value / target.limit - 1) * 100).toFixed(0)}%`;
    return [target.name, `${shown}${where}`, verdict];
  });
}
