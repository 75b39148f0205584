import { describe, expect, it } from 'vitest';
import { niceScale } from '../../src/programData/charts/scale';
import { quarterChartSvg, svgDataUrl } from '../../src/programData/charts/quarterChart';
import { svgToPng } from '../../src/programData/export/rasterize';

describe('the quarter chart', () => {
  const points = [
    { label: '2026 Q1', value: 40 },
    { label: '2026 Q2', value: 'suppressed' as const },
    { label: '2026 Q3', value: null },
  ];

  it('draws a bar per reported quarter, no bar for a suppressed count, and labels both axes', () => {
    const svg = quarterChartSvg({ title: 'Use of force & injuries <all>', unitLabel: 'Number', kind: 'bar', points });
    expect(svg.match(/<rect /g)).toHaveLength(2); // the background and one bar
    expect(svg).toContain('&lt;5');
    expect(svg).toContain('Use of force &amp; injuries &lt;all&gt;');
    expect(svg).toContain('>Quarter<');
    expect(svg).toContain('>2026 Q3<');
  });

  it('draws shares as a line on a 0–100% axis, broken where a quarter has no share', () => {
    const svg = quarterChartSvg({
      title: 'Calls diverted from jail',
      unitLabel: 'Share of calls',
      kind: 'line',
      percent: true,
      points: [
        { label: 'A', value: 0.9 },
        { label: 'B', value: 0.8 },
        { label: 'C', value: null },
        { label: 'D', value: 0.95 },
      ],
    });
    expect(svg.match(/<polyline /g)).toHaveLength(2);
    expect(svg).toContain('>100%<');
    expect(svg).toContain('>90%<');
  });

  it('rounds the value axis to numbers a reader can read off', () => {
    expect(niceScale(47)).toEqual({ top: 60, ticks: [0, 20, 40, 60] });
    expect(niceScale(180).ticks).toEqual([0, 50, 100, 150, 200]);
    expect(niceScale(0).top).toBeGreaterThan(0);
  });

  it('becomes a PNG for Word and a data address for the window', () => {
    const svg = quarterChartSvg({ title: 'Calls', unitLabel: 'Number', kind: 'bar', points });
    const png = svgToPng(svg);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(svgDataUrl(svg)).toMatch(/^data:image\/svg\+xml;charset=utf-8,%3Csvg/);
  });
});
