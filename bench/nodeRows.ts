import { appendFileSync } from 'node:fs';
import { copyFile, mkdtemp, open, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { groupByDue } from '../src/actions/due';
import { setActionItemStatus } from '../src/actions/commands';
import { agendaDocx } from '../src/meetings/export/agenda';
import { certificatesDocx } from '../src/recognition/export/certificates';
import { minutesDocx } from '../src/meetings/export/minutes';
import { rosterDocx } from '../src/stakeholders/export/roster';
import { statusReportDocx } from '../src/stages/export/statusReport';
import { trainingSummaryDocx } from '../src/training/export/summary';
import { seatsRosterDocx } from '../src/committee/export/roster';
import { meetingPacketDocx } from '../src/packet/export/packet';
import { signInSheetDocx } from '../src/meetings/export/signInSheet';
import { meetingTentsDocx } from '../src/meetings/export/meetingTents';
import { ceremonyTentsDocx } from '../src/recognition/export/tents';
import { directoryDocx } from '../src/directory/export/directoryDocx';
import { pocketCardDocx } from '../src/directory/export/pocketCard';
import { filterServices, NO_SERVICE_FILTER, searchIndex } from '../src/directory/filter';
import { thisWeek } from '../src/stages/week';
import { notYetDeclared, termsEndingWithin } from '../src/committee';
import { programDataReportDocx } from '../src/programData/export/programDataReport';
import { actionItemsForReview, pendingCarryForward } from '../src/meetings/carryForward';
import type { Meeting } from '../src/meetings/model';
import type { WorkspaceDocument } from '../src/workspace/document';
import { honoreesOf } from '../src/recognition/honorees';
import { coverageBySector } from '../src/stakeholders/coverage';
import { previewCsv } from '../src/stakeholders/csvImport';
import { filterStakeholders, NO_FILTER, prepareSearch, type StakeholderFilter } from '../src/stakeholders/filter';
import { previewStakeholderRemoval } from '../src/stakeholders/removal';
import { primeMentionIndex } from '../src/stakeholders/mentionIndex';
import { freezeInSlices } from '../src/model/freeze';
import { COLLECTIONS } from '../src/workspace/document';
import { organizationsById } from '../src/stakeholders/sectorOf';
import { sliceOfPieces } from '../src/workspace/bytePieces';
import { CheckedFilesList } from '../src/workspace/checkedFiles';
import { defaultCheckWorkers } from '../src/workspace/check/parallelCheck';
import { MAX_TEXT_BYTES } from '../src/workspace/documentFile';
import { DOCUMENT_PART_BYTES } from '../src/api/workspaceMethods';
import { WorkspaceSession } from '../src/workspace/session';
import { TODAY } from './generator/workspace';
import { builtCheckWorker } from './checkWorkerBuild';
import { importCsv } from './importCsv';
import type { BenchRow } from './row';
import { repeated, stats, timed } from './stats';

/**
 * The rows one scale measures in Node, run in a child process of its own (bench/run.ts starts
 * it) so that the peak memory it reports (the kernel's high-water mark, maxRSS) is this scale's:
 *
 *   node --import tsx bench/nodeRows.ts <file> <scale> measure|floor-memory
 *
 * Each row is appended to the file named by BENCH_ROWS (one JSON object a line) as soon as it is
 * measured, so that a scale that runs out of memory half way still reports what it measured; a
 * measure that fails becomes a row saying why, and the others go on.
 */
const [file, scaleText, mode] = process.argv.slice(2);
if (!file || !scaleText || !mode) throw new Error('usage: nodeRows.ts <file> <scale> measure|main-memory|floor-memory');
const scale = Number(scaleText);
const REPS = Number(process.env.BENCH_REPS ?? 5);
const peakMb = () => process.resourceUsage().maxRSS / 1024;

/**
 * The least any reader of the file must do: read the bytes and parse the JSON. As one text when
 * it can be one; past JavaScript's longest string (about 512 MB) that is impossible, and the floor
 * is the parse of each line instead (what the app does too).
 */
async function readFloor(target: string): Promise<{ value: unknown; how: string }> {
  const bytes = await readFile(target);
  if (bytes.length <= MAX_TEXT_BYTES) return { value: JSON.parse(bytes.toString('utf8')), how: 'readFile + JSON.parse' };
  const values: unknown[] = [];
  for (let start = 0; start < bytes.length; ) {
    let end = bytes.indexOf(10, start);
    if (end < 0) end = bytes.length;
    const line = bytes.toString('utf8', start, bytes[end - 1] === 0x2c ? end - 1 : end);
    if (line.startsWith('{"')) values.push(JSON.parse(line));
    start = end + 1;
  }
  return { value: values, how: 'readFile + JSON.parse of each line (the text is too long for one string)' };
}

/** The least a save must do: the JSON of the document, written, flushed and renamed into place. */
async function saveFloor(doc: WorkspaceDocument, folder: string, k: number): Promise<void> {
  const temp = path.join(folder, `floor-${k}.tmp`);
  const handle = await open(temp, 'w');
  try {
    let text: string | null = null;
    try {
      text = JSON.stringify(doc);
    } catch {
      // Too long for one string: record by record, as the app does.
    }
    if (text !== null) await handle.writeFile(text);
    else for (const [key, value] of Object.entries(doc)) await handle.writeFile(`${JSON.stringify(key)}:${Array.isArray(value) ? value.map((v) => JSON.stringify(v)).join(',\n') : JSON.stringify(value)}\n`);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temp, path.join(folder, 'floor.json'));
}

/** Every byte of a file read into one 4 MB buffer, piece after piece: what any check of its bytes costs at least. */
async function readInPieces(target: string): Promise<void> {
  const handle = await open(target, 'r');
  try {
    const buffer = Buffer.allocUnsafe(4 * 1024 * 1024);
    while ((await handle.read(buffer, 0, buffer.length, null)).bytesRead > 0);
  } finally {
    await handle.close();
  }
}

/**
 * The app's main process through one working session, alone in a process of its own so that its
 * high-water mark is the app's and not the benchmark's (which keeps copies for its floors and
 * runs every export): open a file from elsewhere (checked in full, on all threads), send the
 * window the whole document in its parts, make one change and save it, close.
 */
if (mode === 'main-memory') {
  const folder = await mkdtemp(path.join(path.dirname(file), 'main-'));
  try {
    const copy = path.join(folder, path.basename(file));
    await copyFile(file, copy);
    const checkedFiles = new CheckedFilesList(path.join(folder, 'state', 'checked-files.json'));
    const session = await WorkspaceSession.open(copy, { checkedFiles, checkWorkers: await builtCheckWorker() });
    await session.settled;
    const bytes = session.documentBytes();
    for (let start = 0; start < bytes.length; start += DOCUMENT_PART_BYTES) sliceOfPieces(bytes, start, Math.min(bytes.length, start + DOCUMENT_PART_BYTES));
    const item = session.doc.actionItems[0]!;
    await session.execute(setActionItemStatus, { ids: [item.id], status: item.status === 'open' ? 'in-progress' : 'open' });
    await session.save();
    await session.close();
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
  console.log(JSON.stringify({ peakMb: peakMb() }));
  process.exit(0);
}

if (mode === 'floor-memory') {
  const { value } = await readFloor(file);
  if (value === null) throw new Error('empty');
  console.log(JSON.stringify({ peakMb: peakMb() }));
  process.exit(0);
}

const area = `${scale}x`;
const rowsFile = process.env.BENCH_ROWS;
if (!rowsFile) throw new Error('Set BENCH_ROWS to the file the rows are written to.');
const report = (row: BenchRow) => appendFileSync(rowsFile, `${JSON.stringify(row)}\n`);
const row = (measure: string, samples: number[], extra: Partial<BenchRow> = {}) =>
  report({ area, scale, measure, ...stats(samples), samples: samples.length, ...extra });
/** Measures one row; if it fails, a row saying so, and the benchmark goes on. */
async function attempt(measure: string, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    report({ area, scale, measure, median: Number.NaN, samples: 0, note: `FAILED: ${(error as Error).message.slice(0, 160)}` });
  }
}

const sizeMb = (await stat(file)).size / 1_048_576;
// The session writes beside the file (lock, backups, saves): work on a copy, keep the original.
const folder = await mkdtemp(path.join(path.dirname(file), 'run-'));
const copy = path.join(folder, path.basename(file));
await copyFile(file, copy);
const checkedFiles = new CheckedFilesList(path.join(folder, 'state', 'checked-files.json'));
const checkWorkers = await builtCheckWorker();

try {
  const floorOpen: number[] = [];
  let floorHow = '';
  for (let i = 0; i < REPS; i += 1) floorOpen.push(await timed(async () => (floorHow = (await readFloor(copy)).how)));
  const openFloor = stats(floorOpen).median;

  const openTimes = (measure: string, expectFast: boolean, threads: 'all' | 'one' = 'all') =>
    attempt(measure, async () => {
      const times: number[] = [];
      for (let i = 0; i < REPS; i += 1) {
        // A file from elsewhere is in no list of checked files: each opening starts with an empty
        // one (after its full check, the app lists a file that holds what it would write itself).
        const list = expectFast ? checkedFiles : new CheckedFilesList(path.join(folder, `elsewhere-${threads}-${i}`, 'checked-files.json'));
        let session: WorkspaceSession | null = null;
        const options = { checkedFiles: list, checkWorkers: threads === 'all' ? checkWorkers : undefined };
        times.push(await timed(async () => (session = await WorkspaceSession.open(copy, options))));
        const opened = session as unknown as WorkspaceSession;
        await opened.settled;
        await opened.close();
        if (opened.openedWithoutFullCheck !== expectFast) throw new Error(`the full check was ${expectFast ? 'not ' : ''}skipped`);
      }
      const threadNote = expectFast ? '' : threads === 'all' ? `; checked on ${defaultCheckWorkers() + 1} threads` : '; checked on the main thread alone';
      row(measure, times, { floor: openFloor, note: `floor: ${floorHow}; ${sizeMb.toFixed(0)} MB file${threadNote}` });
    });

  // A file from elsewhere (another computer, a mailed copy): every field is checked.
  await openTimes('open a workspace from elsewhere (read + parse + full check)', false);
  // The same on one thread: what the other threads add on this machine.
  await openTimes('open a file from elsewhere, checked on the main thread alone (to compare)', false, 'one');

  await attempt('saving', async () => {
    const session = await WorkspaceSession.open(copy, { checkedFiles });
    await session.settled;
    const items = session.doc.actionItems;
    const item = items.find((a) => a.status === 'open') ?? items[0]!;
    let flip = 0;
    const edit = () => session.execute(setActionItemStatus, { ids: [item.id], status: (flip += 1) % 2 ? 'in-progress' : 'open' });
    row('first save after opening (with the backup copy)', [await timed(edit)], { note: 'once per opening: the file on disk is copied to the backups first' });

    const pause = monitorEventLoopDelay({ resolution: 1 });
    pause.enable();
    const saves: number[] = [];
    for (let k = 0; k < Math.max(5, REPS); k += 1) saves.push(await timed(edit));
    pause.disable();
    const floorSave: number[] = [];
    for (let k = 0; k < Math.max(5, REPS); k += 1) floorSave.push(await timed(() => saveFloor(session.doc, folder, k)));
    row('save after one small edit (change → in the file)', saves, { floor: stats(floorSave).median, note: 'floor: JSON.stringify + write + fsync + rename' });
    report({ area, scale, measure: 'longest pause of the main thread during a change and its save', median: pause.max / 1e6, samples: saves.length, note: 'event-loop delay; typing in the window waits at most this long' });

    // Part of every save above: just before the rename, the bytes on disk are compared with what
    // this window last wrote (size and time can stay the same when the bytes do not). The same
    // read and hash, alone; the floor is reading every byte in the same pieces, nothing else.
    const sure: number[] = [];
    for (let k = 0; k < Math.max(5, REPS); k += 1) sure.push(await timed(async () => {
      if (await session.changedOnDisk()) throw new Error('the file on disk was taken for someone else’s');
    }));
    const floorRead = await repeated(Math.max(5, REPS), () => readInPieces(copy));
    row('make sure the file on disk is ours before a save replaces it', sure, { floor: stats(floorRead).median, note: `read + sha256 of the ${sizeMb.toFixed(0)} MB file, 4 MB at a time; floor: the same reads without the hash` });

    // What the main process does when the window opens the workspace: all the document's parts.
    const total = session.documentBytes().length;
    row('document for the window: all parts of readWorkspaceDocument', await repeated(REPS, () => {
      const bytes = session.documentBytes();
      for (let start = 0; start < bytes.length; start += DOCUMENT_PART_BYTES) sliceOfPieces(bytes, start, Math.min(bytes.length, start + DOCUMENT_PART_BYTES));
    }), { note: `${(total / 1_048_576).toFixed(0)} MB in ${DOCUMENT_PART_BYTES / 1_048_576} MB parts` });
    await session.close();
  });

  // The same file again, now that this app saved it: the full check is skipped.
  await openTimes('open a workspace this app saved (read + parse)', true);

  const reopened = await WorkspaceSession.open(copy, { checkedFiles });
  const doc = reopened.doc;
  await reopened.close();
  // Frozen as the app freezes it after opening (in slices): screens work on the frozen document.
  await freezeInSlices(doc, () => new Promise((resolve) => setImmediate(resolve)));

  // Word exports.
  const from = new Date(Date.parse(TODAY) - 90 * 86_400_000).toISOString().slice(0, 10);
  const size = (m: Meeting) => m.agenda.reduce((n, s) => n + s.items.length, 0) + (m.minutes?.items.length ?? 0) * 2;
  const busiest = [...doc.meetings].sort((a, b) => size(b) - size(a))[0]!;
  const minuted = doc.meetings.filter((m) => m.minutes).sort((a, b) => size(b) - size(a))[0] ?? busiest;
  const event = [...doc.recognitionEvents].sort((a, b) => honoreesOf(b, doc).length - honoreesOf(a, doc).length)[0]!;
  const honorees = honoreesOf(event, doc).length;
  const exports: Array<[string, () => Promise<Buffer>]> = [
    ['export: steering committee status report (.docx)', () => statusReportDocx(doc, { today: TODAY, from, to: TODAY, audience: 'shared' })],
    ['export: agenda of the busiest meeting (.docx)', () => agendaDocx(doc, busiest)],
    ['export: minutes of the longest meeting (.docx)', () => minutesDocx(doc, minuted)],
    ['export: certificates for the largest ceremony (.docx)', () => certificatesDocx(event, doc)],
    ['export: stakeholder roster (.docx)', async () => (await rosterDocx(doc, { today: TODAY })).bytes],
    ['export: training summary for ten years (.docx)', () => trainingSummaryDocx(doc, { from: '2016-01-01', to: TODAY }, TODAY)],
    ['export: program data report, share-safe (.docx)', () => programDataReportDocx(doc, { today: TODAY, audience: 'shared' })],
    ['export: steering committee seats and terms roster (.docx)', () => seatsRosterDocx(doc, TODAY)],
    ['export: meeting packet of the busiest meeting (.docx)', () => meetingPacketDocx(doc, busiest, TODAY)],
    ['export: sign-in sheet of the busiest meeting (.docx)', () => signInSheetDocx(doc, busiest)],
    ['export: name tents for the busiest meeting (.docx)', () => meetingTentsDocx(doc, busiest, false)],
    ['export: name tents for the largest ceremony (.docx)', () => ceremonyTentsDocx(event, doc)],
    ['export: resource directory (.docx)', () => directoryDocx(doc, TODAY)],
    ['export: officer pocket card (.docx)', () => pocketCardDocx(doc, TODAY)],
  ];
  for (const [measure, make] of exports) {
    await attempt(measure, async () => {
      let bytes = 0;
      const times = await repeated(Math.min(REPS, 3), async () => (bytes = (await make()).length));
      row(measure, times, { sizeKb: bytes / 1024, note: `${(bytes / 1024).toFixed(0)} KB${measure.includes('certificates') ? `, ${honorees} honorees` : ''}` });
    });
  }

  // What the screens compute from the document on every change or keystroke.
  const orgs = organizationsById(doc.organizations);
  const typing: StakeholderFilter[] = ['d', 'da', 'dan', 'dana', 'dana w', 'training', 'josé'].map((text) => ({ ...NO_FILTER, text }));
  const people = `${doc.stakeholders.length.toLocaleString('en-US')} people`;
  const screens: Array<[string, () => Promise<number[]>]> = [
    [`screen: filter the stakeholder list (${people})`, async () => {
      const times: number[] = [];
      for (let round = 0; round < 10; round += 1) {
        // A list never searched before (searches already made are remembered by the list), its
        // search text prepared as the screen does right after it shows.
        const list = [...doc.stakeholders];
        prepareSearch(list, orgs, NO_FILTER.sort, () => true);
        for (const filter of typing) times.push(await timed(() => filterStakeholders(list, orgs, filter)));
      }
      return times;
    }],
    ['screen: coverage by sector', () => repeated(REPS, () => coverageBySector(doc.stakeholders, doc.organizations))],
    ['screen: noting what each record mentions, once after opening (in slices, as the window does)', async () => [await timed(() => primeMentionIndex(COLLECTIONS.map((name) => doc[name] as unknown as ReadonlyArray<{ id: string } & Record<string, unknown>>), () => new Promise((resolve) => setImmediate(resolve))))]],
    ['screen: what deleting a person would touch', () => repeated(REPS, () => previewStakeholderRemoval(doc, [doc.stakeholders[7]!.id]))],
    ['screen: spreadsheet import preview, 5,000 rows', () => {
      const csv = importCsv(doc, 5_000);
      return repeated(Math.min(REPS, 3), () => previewCsv(csv, doc));
    }],
    ['screen: the chair’s action items by due date', () => repeated(REPS, () => groupByDue(doc.actionItems, TODAY))],
    ['screen: committee, what needs attention (terms ending, not yet declared)', () => repeated(REPS, () => [termsEndingWithin(doc, TODAY, 60), notYetDeclared(doc, 2025)])],
    ['screen: agenda builder offers (carried forward, to review)', () => repeated(REPS, () => [pendingCarryForward(doc.meetings, busiest), actionItemsForReview(doc.meetings, doc.actionItems, busiest)])],
    ['screen: the dashboard’s This week (due in the next seven days, every area)', () => repeated(REPS, () => thisWeek(doc, TODAY))],
    [`screen: search the resource directory, open now (${doc.services.length.toLocaleString('en-US')} services)`, () => {
      const index = searchIndex(doc.services, orgs);
      const clock = { now: new Date(`${TODAY}T15:00:00Z`), timeZone: doc.coalition.timeZone, today: TODAY, verifyAfterMonths: 6 };
      return repeated(REPS, () => ['crisis', 'peer spanish', 'shelter'].map((text) => filterServices(doc.services, index, { ...NO_SERVICE_FILTER, text, openNow: true }, clock)));
    }],
  ];
  for (const [measure, work] of screens) await attempt(measure, async () => row(measure, await work()));
} finally {
  await rm(folder, { recursive: true, force: true });
}
report({ area, scale, measure: 'peak memory of the benchmark’s process, every row above (maxRSS)', median: peakMb(), unit: 'MB', samples: 1, note: 'floor: a process that only reads + parses the file; not the app: it keeps copies for the floors and makes every export' });
