import { describe, expect, it } from 'vitest';
import { growthRows, targetRows } from '../../bench/report';
import type { BenchRow } from '../../bench/row';

/** How the benchmark's table is read: targets met or missed by how much, and growth with the data. */
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
      row(1, 'browser: filter keystroke → list updated', 20, { p95: 40 }),
      row(1, 'export: agenda of the busiest meeting (.docx)', 40),
      row(1, 'export: stakeholder roster (.docx)', 2400),
      row(1, 'sync: a change on one laptop → in the other laptop’s workspace', 700, { p95: 1500 }),
      row(3, 'export: stakeholder roster (.docx)', 9000),
    ]);
    expect(targets).toEqual([
      ['1x: open: under 2x the floor (a file this app saved)', '1.50x', 'met'],
      ['1x: open a file from elsewhere: under 1.5x the floor', '2.50x', 'MISSED by 67%'],
      ['1x: save after an edit: under 2x the floor', '0.25x', 'met'],
      ['1x: every export: under 2 s', '2400 ms (export: stakeholder roster (.docx))', 'MISSED by 20%'],
      ['1x: open → stakeholder list showing: under 3 s', 'not measured', ''],
      ['1x: filter keystroke: p95 under 33 ms (two frames)', '40 ms', 'MISSED by 21%'],
      ['1x: what deleting a person would touch: under 50 ms', 'not measured', ''],
      ['1x: sync: first upload under 2 minutes', 'not measured', ''],
      ['1x: sync: first download under 2 minutes', 'not measured', ''],
      ['1x: sync: a change visible elsewhere, p95 under 2 s', '1500 ms', 'met'],
    ]);
  });

  it('reads the 10x targets from the 10x rows, with memory against its floor', () => {
    const targets = targetRows([
      row(10, 'browser: open → stakeholder list showing', 21_000),
      row(10, 'browser: filter keystroke → list updated', 20, { p95: 55 }),
      row(10, 'peak memory of the main process through a session (maxRSS)', 4000, { floor: 1600, unit: 'MB' }),
      row(10, 'peak memory of the benchmark’s process, every row above (maxRSS)', 9000, { floor: 1600, unit: 'MB' }),
    ]);
    expect(targets).toEqual([
      ['10x: open → stakeholder list showing: under 25 s', '21000 ms', 'met'],
      ['10x: filter keystroke: p95 under 50 ms', '55 ms', 'MISSED by 10%'],
      ['10x: peak memory of the main process: under 3x the floor', '2.50x', 'met'],
    ]);
  });

  it('says what was not measured, and nothing for a scale without targets', () => {
    expect(targetRows([row(1, 'browser: filter keystroke → list updated', Number.NaN)])[5]).toEqual([
      '1x: filter keystroke: p95 under 33 ms (two frames)',
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
