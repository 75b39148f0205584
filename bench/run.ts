import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { ensureRendererBuilt } from '../tests/e2e/support/build';
import { argValue, ensureWorkspaceFile, parseScales } from './generate';
import { growthRows, targetRows } from './report';
import type { BenchRow } from './row';

/**
 * `npm run bench [-- --scales 1,3,10] [--only node|browser|sync]`: the ten-year statewide workspace
 * at each scale, measured against what the machine needs at least (the floor), as one table.
 * Each scale's rows are measured in child processes of their own, so one scale's memory never
 * counts towards another's. The results are kept in bench/results/ (latest.json and latest.md,
 * and a dated copy of each) so later runs can be compared.
 */
const here = import.meta.dirname;
const args = process.argv.slice(2);
const scales = parseScales(argValue(args, '--scales'), [1, 3, 10]);
const only = argValue(args, '--only');
/** Enough for the 10x workspace in one process, on a machine with 24 GB. */
const HEAP = '--max-old-space-size=16000';
/**
 * Sync is measured at the scales up to this one in a full run (its targets are set at 1x; a
 * first upload of 10x alone takes ten times as long); `--only sync` measures it at every scale asked.
 */
const SYNC_UP_TO = 1;
const MAIN_MEMORY = 'peak memory of the main process through a session (maxRSS)';

/** Runs a bench script in a child process; resolves with what it printed on its last line. */
function child(script: string, childArgs: string[], env: Record<string, string> = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const run = spawn(process.execPath, [HEAP, '--import', 'tsx', path.join(here, script), ...childArgs], {
      cwd: path.resolve(here, '..'),
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    run.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    run.on('error', reject);
    run.on('close', (code, signal) => {
      if (code === 0) resolve(out.trim().split('\n').at(-1) ?? '');
      else reject(new Error(`${script} ${childArgs.slice(1).join(' ')} ended with ${signal ?? `exit ${code}`}`));
    });
  });
}

/**
 * The rows a child measured, as it wrote them (one JSON object a line), whether it finished or
 * not: a scale that runs out of memory half way still shows what it measured, and why it stopped.
 */
async function rowsOf(script: string, childArgs: string[], area: string, scale: number): Promise<BenchRow[]> {
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'cit-bench-rows-')), 'rows.jsonl');
  let failure: unknown = null;
  await child(script, childArgs, { BENCH_ROWS: file }).catch((error: unknown) => (failure = error));
  const text = await readFile(file, 'utf8').catch(() => '');
  const measured = text.split('\n').filter(Boolean).map((line) => JSON.parse(line) as BenchRow);
  return failure ? [...measured, failed(area, scale, `${script}: stopped`, failure)] : measured;
}

const failed = (area: string, scale: number, measure: string, error: unknown): BenchRow => ({
  area,
  scale,
  measure,
  median: Number.NaN,
  samples: 0,
  note: `FAILED: ${(error as Error).message.slice(0, 200)}`,
});

const rows: BenchRow[] = [];
const rendererDir = only === 'node' || only === 'sync' ? '' : await ensureRendererBuilt({ log: (line) => process.stderr.write(`${line}\n`) });
for (const scale of scales) {
  const area = `${scale}x`;
  const file = await ensureWorkspaceFile(scale);
  if (only === undefined || only === 'node') {
    process.stderr.write(`${area}: measuring in Node ...\n`);
    const measured = await rowsOf('nodeRows.ts', [file, String(scale), 'measure'], area, scale);
    const peakOf = (mode: string) =>
      child('nodeRows.ts', [file, String(scale), mode]).then(
        (line) => (JSON.parse(line) as { peakMb: number }).peakMb,
        (error: unknown) => error as Error,
      );
    const floorPeak = await peakOf('floor-memory');
    const floor = typeof floorPeak === 'number' ? floorPeak : undefined;
    rows.push(...measured.map((r) => (r.unit === 'MB' ? { ...r, floor } : r)));
    const mainPeak = await peakOf('main-memory');
    rows.push(
      typeof mainPeak === 'number'
        ? { area, scale, measure: MAIN_MEMORY, median: mainPeak, unit: 'MB', samples: 1, floor, note: 'open a file from elsewhere (full check), the whole document to the window, one change saved; floor: a process that only reads + parses the file' }
        : failed(area, scale, MAIN_MEMORY, mainPeak),
    );
  }
  if (only === undefined || only === 'browser') {
    process.stderr.write(`${area}: measuring in Chromium ...\n`);
    rows.push(...(await rowsOf('browserRows.ts', [file, String(scale), rendererDir], area, scale)));
  }
  if ((only === undefined && scale <= SYNC_UP_TO) || only === 'sync') {
    process.stderr.write(`${area}: measuring sync with a CouchDB-protocol server ...\n`);
    rows.push(...(await rowsOf('syncRows.ts', [file, String(scale)], area, scale)));
  }
}
// A row measured in a child process came through JSON, where "not measured" (NaN) became null.
for (const row of rows) row.median ??= Number.NaN;

const fmt = (n: number | null | undefined) =>
  n === undefined ? '' : n === null || Number.isNaN(n) ? 'n/a' : n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2);
const ratioOf = (r: BenchRow) => (r.floor && Number.isFinite(r.median) ? r.median / r.floor : undefined);
const header = ['scale', 'measure', 'median', 'p95', 'floor', 'ratio', 'unit', 'samples', 'note'];
const cells = rows.map((r) => {
  const ratio = ratioOf(r);
  return [r.area, r.measure, fmt(r.median), fmt(r.p95), fmt(r.floor), ratio === undefined ? '' : `${ratio.toFixed(2)}x`, r.unit ?? 'ms', String(r.samples), r.note ?? ''];
});
const growth = growthRows(rows);
const growthHead = ['measure', 'scales', 'grew by', 'data grew by', 'verdict'];
const targets = targetRows(rows);
const targetHead = ['target', 'measured', 'verdict'];

function textTable(head: string[], body: string[][]): string[] {
  const all = [head, ...body];
  const widths = head.map((_, i) => Math.max(...all.map((row) => row[i]!.length)));
  const line = (row: string[]) => row.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)];
}
function markdownTable(head: string[], body: string[][]): string[] {
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...body.map((row) => `| ${row.map(esc).join(' | ')} |`)];
}

console.log(textTable(header, cells).join('\n'));
if (targets.length > 0) console.log(`\nTargets\n${textTable(targetHead, targets).join('\n')}`);
if (growth.length > 0) console.log(`\nGrowth\n${textTable(growthHead, growth).join('\n')}`);

const at = new Date();
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}`;
const results = { at: at.toISOString(), machine, scales, rows: rows.map((r) => ({ ...r, ratio: ratioOf(r) })), targets, growth };
const md = [
  '# Benchmark results',
  '',
  `${at.toISOString()} · ${machine} · scales ${scales.join(', ')}`,
  '',
  'Times in ms (median of the samples; p95 where there are many); floor = what the machine needs at least for the same work; ratio = median / floor.',
  '',
  ...markdownTable(header, cells),
  ...(targets.length > 0 ? ['', '## Targets', '', ...markdownTable(targetHead, targets)] : []),
  ...(growth.length > 0 ? ['', '## Growth with the workspace', '', ...markdownTable(growthHead, growth)] : []),
  '',
].join('\n');
const dir = path.join(here, 'results');
await mkdir(dir, { recursive: true });
const stamp = at.toISOString().replace(/[:.]/g, '-');
for (const name of ['latest', stamp]) {
  await writeFile(path.join(dir, `${name}.json`), `${JSON.stringify(results, null, 2)}\n`);
  await writeFile(path.join(dir, `${name}.md`), md);
}
process.stderr.write(`results: bench/results/latest.md, bench/results/${stamp}.md\n`);
