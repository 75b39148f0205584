import { escapeSvg } from './svgText';
import { niceScale } from './scale';

/**
 * One chart of a measure over quarters, as an SVG document. The window shows it as an image and
 * the Word report carries the same picture, so the committee sees one chart wherever it looks.
 * Pure: the caller decides what each point may show (suppression happens before, not here).
 */
export interface ChartPoint {
  /** The quarter's short label under its bar: "2026 Q3". */
  label: string;
  /** A number; 'suppressed' for a count from 1 to 4 outside the committee; null where not reported. */
  value: number | 'suppressed' | null;
}

export interface QuarterChartSpec {
  title: string;
  /** Leave the title out of the picture where a heading above it already says it (the Word report). */
  untitled?: boolean;
  /** Under the value axis' top: "calls", "hours", "% of calls". */
  unitLabel: string;
  points: readonly ChartPoint[];
  /** Bars for counts; a line for shares, whose points read as a trend. */
  kind: 'bar' | 'line';
  /** Values are shares from 0 to 1, drawn on a 0–100% axis. */
  percent?: boolean;
}

export const CHART_SIZE = { width: 720, height: 340 } as const;

const ACCENT = '#1F3A5F';
const MUTED = '#5F6B7A';
const RULE = '#D5DCE3';
const FONT = 'Calibri, Carlito, Arial, Helvetica, sans-serif';

const PLOT = { left: 64, right: 20, top: 48, bottom: 62 };

function valueLabel(value: number, percent: boolean): string {
  if (percent) return `${Math.round(value * 100)}%`;
  return value.toLocaleString('en-US', { maximumFractionDigits: 1 });
}

export function quarterChartSvg(spec: QuarterChartSpec): string {
  const { width, height } = CHART_SIZE;
  const plotWidth = width - PLOT.left - PLOT.right;
  const plotHeight = height - (spec.untitled ? PLOT.top - 22 : PLOT.top) - PLOT.bottom;
  const percent = spec.percent ?? false;
  const numbers = spec.points.map((p) => (typeof p.value === 'number' ? p.value : 0));
  // Headroom above the tallest bar, so its number never runs into the unit label.
  const { top, ticks } = percent
    ? { top: 1, ticks: [0, 0.25, 0.5, 0.75, 1] }
    : niceScale(Math.max(0, ...numbers) * 1.12);
  const plotTop = spec.untitled ? PLOT.top - 22 : PLOT.top;
  const y = (value: number) => plotTop + plotHeight - (value / top) * plotHeight;
  const count = Math.max(1, spec.points.length);
  const slot = plotWidth / count;
  const x = (index: number) => PLOT.left + slot * index + slot / 2;
  // Label every quarter while they fit, else every second or fourth, so labels never overlap.
  const labelEvery = Math.max(1, Math.ceil((count * 58) / plotWidth));
  const showValues = count <= 16;

  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    spec.untitled
      ? ''
      : `<text x="${PLOT.left}" y="24" font-size="19" font-weight="bold" fill="${ACCENT}">${escapeSvg(spec.title)}</text>`,
    `<text x="${PLOT.left}" y="${plotTop - 12}" font-size="14" fill="${MUTED}">${escapeSvg(spec.unitLabel)}</text>`,
  ];
  for (const tick of ticks) {
    const ty = y(tick).toFixed(1);
    parts.push(
      `<line x1="${PLOT.left}" x2="${width - PLOT.right}" y1="${ty}" y2="${ty}" stroke="${RULE}" stroke-width="1"/>`,
      `<text x="${PLOT.left - 8}" y="${ty}" dy="4" font-size="14" text-anchor="end" fill="${MUTED}">${valueLabel(tick, percent)}</text>`,
    );
  }
  const base = y(0).toFixed(1);
  parts.push(
    `<line x1="${PLOT.left}" x2="${width - PLOT.right}" y1="${base}" y2="${base}" stroke="${MUTED}" stroke-width="1"/>`,
  );

  if (spec.kind === 'bar') {
    const barWidth = Math.min(48, slot * 0.62);
    spec.points.forEach((point, index) => {
      const cx = x(index);
      if (typeof point.value === 'number') {
        const barTop = y(point.value);
        const h = Math.max(0, y(0) - barTop);
        parts.push(
          `<rect x="${(cx - barWidth / 2).toFixed(1)}" y="${barTop.toFixed(1)}" width="${barWidth.toFixed(1)}" height="${h.toFixed(1)}" fill="${ACCENT}"/>`,
        );
        if (showValues)
          parts.push(
            `<text x="${cx.toFixed(1)}" y="${(barTop - 6).toFixed(1)}" font-size="14" text-anchor="middle" fill="#222222">${valueLabel(point.value, percent)}</text>`,
          );
      } else if (point.value === 'suppressed') {
        // No bar: its height would give the hidden count away. A mark says there is a small number.
        parts.push(
          `<text x="${cx.toFixed(1)}" y="${(y(0) - 6).toFixed(1)}" font-size="13" text-anchor="middle" fill="${MUTED}">&lt;5</text>`,
        );
      }
    });
  } else {
    const known = spec.points
      .map((p, i) => ({ i, v: p.value }))
      .filter((p): p is { i: number; v: number } => typeof p.v === 'number');
    // A gap in the data breaks the line: a quarter nobody reported is not drawn as a trend.
    let run: string[] = [];
    const runs: string[][] = [];
    spec.points.forEach((point, index) => {
      if (typeof point.value === 'number') run.push(`${x(index).toFixed(1)},${y(point.value).toFixed(1)}`);
      else if (run.length) {
        runs.push(run);
        run = [];
      }
    });
    if (run.length) runs.push(run);
    for (const r of runs)
      parts.push(`<polyline points="${r.join(' ')}" fill="none" stroke="${ACCENT}" stroke-width="2.5"/>`);
    for (const { i, v } of known) {
      parts.push(`<circle cx="${x(i).toFixed(1)}" cy="${y(v).toFixed(1)}" r="4" fill="${ACCENT}"/>`);
      if (showValues)
        parts.push(
          `<text x="${x(i).toFixed(1)}" y="${(y(v) - 10).toFixed(1)}" font-size="14" text-anchor="middle" fill="#222222">${valueLabel(v, percent)}</text>`,
        );
    }
  }
  spec.points.forEach((point, index) => {
    if (index % labelEvery !== 0) return;
    parts.push(
      `<text x="${x(index).toFixed(1)}" y="${height - PLOT.bottom + 20}" font-size="14" text-anchor="middle" fill="#222222">${escapeSvg(point.label)}</text>`,
    );
  });
  parts.push(
    `<text x="${PLOT.left + plotWidth / 2}" y="${height - 14}" font-size="14" text-anchor="middle" fill="${MUTED}">Quarter</text>`,
  );
  if (!spec.points.some((p) => p.value !== null)) {
    parts.push(
      `<text x="${PLOT.left + plotWidth / 2}" y="${plotTop + plotHeight / 2}" font-size="14" text-anchor="middle" fill="${MUTED}">No numbers entered yet</text>`,
    );
  }
  parts.push('</svg>');
  return parts.join('');
}

/** An SVG as a data: address, for an <img> in the window. */
export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
