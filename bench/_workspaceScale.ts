import { copyFile, mkdtemp, open, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setActionItemStatus } from '../src/commands/actionItems';
import { agendaDocx } from '../src/export/agenda';
import { certificatesDocx } from '../src/export/certificates';
import { statusReportDocx } from '../src/export/statusReport';
import { WorkspaceDocument } from '../src/model/workspace';
import { honoreesOf } from '../src/recognition/honorees';
import { WorkspaceSession } from '../src/workspace/session';
import { TODAY } from './generator/workspace';
import type { BenchRow } from './run';

/**
 * One scale's node rows, run in a child process of its own (bench/workspace.ts starts it) so the
 * peak memory it reports (the kernel's high-water mark, maxRSS) belongs to this scale alone.
 *
 *   node --import tsx bench/_workspaceScale.ts <file> <scale> measure|floor-memory
 *
 * Prints its rows as JSON on the last line of stdout.
 */
const [file, scaleText, mode] = process.argv.slice(2);
if (!file || !scaleText || !mode) throw new Error('usage: _workspaceScale.ts <file> <scale> measure|floor-memory');
const scale = Number(scaleText);
const area = `${scale}x`;
const REPS = Number(process.env.BENCH_REPS ?? 3);

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function timed(fn: () => unknown): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

const peakMb = () => process.resourceUsage().maxRSS / 1024;

if (mode === 'floor-memory') {
  // The least memory any reader of this file needs: the bytes, the text, the parsed objects.
  const value: unknown = JSON.parse(await readFile(file, 'utf8'));
  if (value === null) throw new Error('empty');
  console.log(JSON.stringify({ peakMb: peakMb() }));
  process.exit(0);
}

const rows: BenchRow[] = [];
const size = (await stat(file)).size;
const sizeNote = `${(size / 1_048_576).toFixed(0)} MB file`;
// The session writes beside the file (lock, backups, saves): work on a copy, keep the original.
const folder = await mkdtemp(path.join(path.dirname(file), 'run-'));
const copy = path.join(folder, path.basename(file));
await copyFile(file, copy);

try {
  // Floor for open: read the same bytes and parse them, nothing else.
  const floorOpen: number[] = [];
  for (let i = 0; i < REPS; i += 1) floorOpen.push(await timed(async () => JSON.parse(await readFile(copy, 'utf8'))));

  const openTimes: number[] = [];
  let session = null as WorkspaceSession | null;
  let refused: string | null = null;
  for (let i = 0; i < REPS && !refused; i += 1) {
    await session?.close();
    session = null;
    try {
      const started = performance.now();
      session = await WorkspaceSession.open(copy);
      openTimes.push(performance.now() - started);
    } catch (error) {
      refused = (error as Error).message;
    }
  }
  rows.push(
    refused
      ? { area, measure: 'open workspace (read + parse + validate + index)', median: Number.NaN, floor: median(floorOpen), samples: 0, note: `REFUSED: ${refused.slice(0, 160)}` }
      : { area, measure: 'open workspace (read + parse + validate + index)', median: median(openTimes), floor: median(floorOpen), samples: openTimes.length, note: `floor: readFile + JSON.parse; ${sizeNote}` },
  );

  if (!session) {
    // The file is refused on open; measure the rest on the same data, put in place by Save As.
    const doc = WorkspaceDocument.parse(JSON.parse(await readFile(copy, 'utf8')));
    await rm(copy, { force: true });
    session = await WorkspaceSession.fromDocument(copy, doc);
  }
  const live = session as WorkspaceSession;

  // Save after one small edit: the whole command as the screen waits for it (apply, history, save).
  const item = live.doc.actionItems.find((a) => a.status === 'open') ?? live.doc.actionItems[0]!;
  const edit = (k: number) => live.execute(setActionItemStatus, { ids: [item.id], status: k % 2 ? 'open' : 'in-progress' });
  const first = await timed(() => edit(0));
  const saves: number[] = [];
  for (let k = 1; k <= Math.max(5, REPS); k += 1) saves.push(await timed(() => edit(k)));
  // Floor for save: the same data to text, written, flushed and renamed into place.
  const floorSave: number[] = [];
  for (let k = 0; k < Math.max(5, REPS); k += 1) {
    floorSave.push(
      await timed(async () => {
        const text = `${JSON.stringify(live.doc, null, 2)}\n`;
        const temp = path.join(folder, `floor-${k}.tmp`);
        const handle = await open(temp, 'w');
        await handle.writeFile(text);
        await handle.sync();
        await handle.close();
        await rename(temp, path.join(folder, 'floor.json'));
      }),
    );
  }
  rows.push({ area, measure: 'save after one small edit (execute → saved)', median: median(saves), floor: median(floorSave), samples: saves.length, note: 'floor: JSON.stringify + write + fsync + rename' });
  rows.push({ area, measure: 'first save after open (adds the backup copy)', median: first, floor: median(floorSave), samples: 1, note: 'once per session' });

  // Exports, called directly.
  const doc = live.doc;
  const from = new Date(Date.parse(TODAY) - 90 * 86_400_000).toISOString().slice(0, 10);
  const steering = doc.meetings.filter((m) => m.kind === 'steering-committee');
  const meeting = steering.find((m) => m.date >= TODAY) ?? steering.at(-1) ?? doc.meetings[0]!;
  const event = [...doc.recognitionEvents].sort((a, b) => honoreesOf(b, doc).length - honoreesOf(a, doc).length)[0]!;
  const exports: Array<[string, () => Promise<Buffer>]> = [
    ['export: steering committee status report (.docx)', () => statusReportDocx(doc, { today: TODAY, from, to: TODAY, audience: 'shared' })],
    ['export: agenda (.docx)', () => agendaDocx(doc, meeting)],
    [`export: certificates, ${honoreesOf(event, doc).length} honorees (.docx)`, () => certificatesDocx(event, doc)],
  ];
  for (const [measure, make] of exports) {
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < REPS; i += 1) times.push(await timed(async () => (bytes = (await make()).length)));
    rows.push({ area, measure, median: median(times), samples: times.length, note: `${(bytes / 1024).toFixed(0)} KB`, sizeKb: bytes / 1024 });
  }
  await live.close();
  rows.push({ area, measure: 'peak memory of the process (maxRSS)', median: peakMb(), unit: 'MB', samples: 1, note: 'floor: a process that only reads + parses the file' });
} finally {
  await rm(folder, { recursive: true, force: true });
}
console.log(JSON.stringify(rows));
