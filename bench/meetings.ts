import { performance } from 'node:perf_hooks';
import { groupByDue } from '../src/actions/due';
import { agendaDocx } from '../src/export/agenda';
import { meetingIcs, seriesIcs } from '../src/export/calendar';
import { minutesDocx } from '../src/export/minutes';
import { agendaTiming } from '../src/meetings/agendaTiming';
import { actionItemsForReview, pendingCarryForward } from '../src/meetings/carryForward';
import type { Meeting } from '../src/model/meeting';
import { generateWorkspace, TODAY } from './generator/workspace';
import type { BenchOptions, BenchRow } from './run';

/**
 * Meetings on the large generated workspace (the ten-year statewide program, in process): the
 * Word agenda and minutes of its busiest meeting, its calendar file, and the derived views the
 * agenda builder and the chair's screen compute on every change.
 */
const REPS = Number(process.env.BENCH_REPS ?? 7);

function stats(samples: number[]): { median: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: at(0.5), p95: at(0.95) };
}

async function measure(fn: () => unknown): Promise<number[]> {
  await fn(); // warm up: first-run compilation is not what a person waits for twice
  const times: number[] = [];
  for (let i = 0; i < REPS; i += 1) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return times;
}

const size = (m: Meeting) => m.agenda.reduce((n, s) => n + s.items.length, 0) + (m.minutes?.items.length ?? 0) * 2;

export async function run(options: BenchOptions): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  // The in-process workspace at the smallest scale asked for (the file-based scales are bench/workspace.ts's).
  const scale = Math.min(...options.scales);
  const doc = generateWorkspace({ scale });
  const busiest = [...doc.meetings].sort((a, b) => size(b) - size(a))[0]!;
  const minuted = [...doc.meetings].filter((m) => m.minutes).sort((a, b) => size(b) - size(a))[0] ?? busiest;
  const series = doc.meetings.find((m) => m.series)?.series ?? null;
  const area = `meetings ${scale}x`;
  const note = `${doc.meetings.length} meetings, ${doc.actionItems.length} action items`;

  const exports: [string, () => Promise<Buffer | string>][] = [
    [`agenda .docx (${busiest.agenda.reduce((n, s) => n + s.items.length, 0)} items)`, () => agendaDocx(doc, busiest)],
    [`minutes .docx (${minuted.minutes?.items.length ?? 0} items)`, () => minutesDocx(doc, minuted)],
    ['meeting .ics', async () => meetingIcs(doc, busiest)],
    ...(series
      ? ([['series .ics (ten years of zone rules)', async () => seriesIcs(doc, series.id)]] as [
          string,
          () => Promise<string>,
        ][])
      : []),
  ];
  for (const [measureName, fn] of exports) {
    let bytes = 0;
    const times = await measure(async () => {
      const out = await fn();
      bytes = typeof out === 'string' ? Buffer.byteLength(out) : out.byteLength;
    });
    rows.push({
      area,
      measure: `export: ${measureName}`,
      ...stats(times),
      samples: times.length,
      sizeKb: bytes / 1024,
      note: `${(bytes / 1024).toFixed(0)} KB; ${note}`,
    });
  }

  const views: [string, () => unknown][] = [
    ['agenda timing of the busiest meeting', () => agendaTiming(busiest, doc.coalition.timeZone)],
    [
      'agenda builder offers (carry-forward + review)',
      () => [pendingCarryForward(doc.meetings, busiest), actionItemsForReview(doc.meetings, doc.actionItems, busiest)],
    ],
    ['chair’s screen: all action items by due date', () => groupByDue(doc.actionItems, TODAY)],
  ];
  for (const [measureName, fn] of views) {
    const times = await measure(fn);
    rows.push({ area, measure: measureName, ...stats(times), samples: times.length, note });
  }
  return rows;
}
