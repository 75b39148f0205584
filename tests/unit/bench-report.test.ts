import { describe, expect, it } from 'vitest';
import { growthRows, targetRows } from '../../bench/report';
import type { BenchRow } from '../../bench/row';

/** How the benchmark's table is read: targets at 1x met or missed by how much, and growth with the data. */
const row = (scale: number, measure: string, median: number, extra: Partial<BenchRow> = {}): BenchRow => ({
  area: `${scale}x`,
  scale,
  measure,
  median,
  samples: 3,
  ...extra,
});

describe('targetRows', () => {
  it('says which targets are met and by how much the others are missed, taking the worst export', () => {
    const targets = targetRows([
      row(1, 'open a workspace this app saved (read + parse)', 1500, { floor: 1000 }),
      row(1, 'open a workspace from elsewhere (read + parse + full check)', 2500, { floor: 1000 }),
      row(1, 'save after one small edit (change → in the file)', 300, { floor: 1200 }),
      row(1, 'browser: filter keystroke → list updated', 20, { p95: 60 }),
      row(1, 'export: agenda of the busiest meeting (.docx)', 40),
      row(1, 'export: stakeholder roster (.docx)', 2400),
      row(3, 'export: stakeholder roster (.docx)', 9000),
    ]);
    expect(targets).toEqual([
      ['open: under 2x the floor (a file this app saved)', '1.50x', 'met'],
      ['open: under 2x the floor (a file from elsewhere, checked in full)', '2.50x', 'MISSED by 25%'],
      ['save after an edit: under 2x the floor', '0.25x', 'met'],
      ['filter keystroke: p95 under 50 ms', '60 ms', 'MISSED by 20%'],
      ['every export: under 2 s', '2400 ms (export: stakeholder roster (.docx))', 'MISSED by 20%'],
    ]);
  });

  it('says what was not measured, and nothing without a 1x run', () => {
    expect(targetRows([row(1, 'browser: filter keystroke → list updated', Number.NaN)])[3]).toEqual([
      'filter keystroke: p95 under 50 ms',
      'n/a',
      'NOT MEASURED',
    ]);
    expect(targetRows([row(3, 'export: stakeholder roster (.docx)', 100)])).toEqual([]);
  });
});

describe('growthRows', () => {
  it('compares each scale with the smallest, and calls growth beyond the data worse than linear', () => {
    expect(
      growthRows([
        row(1, 'save', 100),
        row(3, 'save', 310),
        row(10, 'save', 1500),
        row(10, 'open', Number.NaN),
        row(1, 'open', 900),
      ]),
    ).toEqual([
      ['save', '1x → 3x', '3.10x', '3x', 'linear or better'],
      ['save', '1x → 10x', '15.00x', '10x', 'WORSE than linear'],
      ['open', '1x → 10x', 'n/a', '10x', 'not measured at both'],
    ]);
  });
});
