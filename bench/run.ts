import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { argValue, parseScales } from './generate';

/**
 * Runs every benchmark module in this folder (each exports `run(options)`, resolving to rows),
 * prints one table, and keeps the results in bench/results/ (latest.json + latest.md, and a
 * dated copy) so later runs can be compared.
 *
 *   npm run bench                              every module, scales 1x and 3x
 *   npm run bench -- --scales 1,3,10           also 10x (slow on a small machine)
 *   npm run bench -- stakeholders              only modules whose file name contains a word
 */
export interface BenchRow {
  area: string;
  measure: string;
  /** Milliseconds unless `unit` says otherwise; NaN when it could not be measured (see note). */
  median: number;
  p95?: number;
  /** What the machine needs at least for the same work (see note); the ratio is median / floor. */
  floor?: number;
  samples: number;
  unit?: string;
  note?: string;
  /** The workspace scale the row was measured at (1 = the ten-year statewide program). */
  scale?: number;
  /** For exports: the size of the file made. */
  sizeKb?: number;
}

export interface BenchOptions {
  scales: number[];
}

const here = import.meta.dirname;
const args = process.argv.slice(2);
const scalesArg = argValue(args, '--scales');
const options: BenchOptions = { scales: parseScales(scalesArg) };
const only = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--scales');
const files = (await readdir(here))
  .filter((f) => f.endsWith('.ts') && f !== 'run.ts' && f !== 'generate.ts' && !f.startsWith('_'))
  .filter((f) => only.length === 0 || only.some((word) => f.includes(word)))
  .sort();

const rows: BenchRow[] = [];
for (const file of files) {
  const module = (await import(pathToFileURL(path.join(here, file)).href)) as {
    run?: (options: BenchOptions) => Promise<BenchRow[]>;
  };
  if (typeof module.run !== 'function') continue;
  process.stderr.write(`running ${file} ...\n`);
  // A row a child process measured comes through JSON, where "not measured" (NaN) became null.
  rows.push(...(await module.run(options)).map((r) => ({ ...r, median: r.median ?? Number.NaN })));
  // Kept as it goes, so a failure late in a long run does not lose what was measured.
  await mkdir(path.join(here, 'results'), { recursive: true });
  await writeFile(path.join(here, 'results', 'partial.tmp'), JSON.stringify(rows));
}

const fmt = (n: number | null | undefined) =>
  n === undefined
    ? ''
    : n === null || Number.isNaN(n)
      ? 'n/a'
      : n >= 100
        ? n.toFixed(0)
        : n >= 10
          ? n.toFixed(1)
          : n.toFixed(2);
const ratioOf = (r: BenchRow) => (r.floor && Number.isFinite(r.median) ? r.median / r.floor : undefined);
const header = ['area', 'measure', 'median', 'p95', 'floor', 'ratio', 'unit', 'samples', 'note'];
const cells = rows.map((r) => {
  const ratio = ratioOf(r);
  return [
    r.area,
    r.measure,
    fmt(r.median),
    fmt(r.p95),
    fmt(r.floor),
    ratio === undefined ? '' : `${ratio.toFixed(2)}x`,
    r.unit ?? 'ms',
    String(r.samples),
    r.note ?? '',
  ];
});

/** How each measure grows with the workspace: the value at each scale over the value at the smallest. */
const measureKey = (r: BenchRow) => r.measure.replace(/\d[\d,]* honorees/, 'N honorees');
const growth: string[][] = [];
const byMeasure = new Map<string, BenchRow[]>();
for (const r of rows)
  if (r.scale !== undefined) byMeasure.set(measureKey(r), [...(byMeasure.get(measureKey(r)) ?? []), r]);
for (const [measure, list] of byMeasure) {
  if (list.length < 2) continue;
  const base = list[0]!;
  for (const r of list.slice(1)) {
    const factor = r.median / base.median;
    const size = r.scale! / base.scale!;
    growth.push([
      measure,
      `${base.scale}x → ${r.scale}x`,
      Number.isFinite(factor) ? `${factor.toFixed(2)}x` : 'n/a',
      `${size}x`,
      Number.isFinite(factor) ? (factor <= size * 1.15 ? 'linear or better' : 'WORSE than linear') : '',
    ]);
  }
}

function textTable(head: string[], body: string[][], numeric: number[]): string[] {
  const all = [head, ...body];
  const widths = head.map((_, i) => Math.max(...all.map((row) => row[i]!.length)));
  const line = (row: string[]) =>
    row
      .map((cell, i) => (numeric.includes(i) ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)];
}
function markdownTable(head: string[], body: string[][]): string[] {
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...body.map((row) => `| ${row.map(esc).join(' | ')} |`),
  ];
}

const growthHead = ['measure', 'scales', 'grew by', 'data grew by', 'verdict'];
console.log(textTable(header, cells, [2, 3, 4, 5, 7]).join('\n'));
if (growth.length > 0) console.log(`\nGrowth\n${textTable(growthHead, growth, [2, 3]).join('\n')}`);

const at = new Date();
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}`;
const results = {
  at: at.toISOString(),
  machine,
  scales: options.scales,
  modules: files,
  rows: rows.map((r) => ({ ...r, ratio: ratioOf(r) })),
  growth,
};
const md = [
  `# Benchmark results`,
  '',
  `${at.toISOString()} · ${machine} · scales ${options.scales.join(', ')} · modules ${files.join(', ')}`,
  '',
  'Times in ms (median of the samples); floor = what the machine needs at least for the same work; ratio = median / floor.',
  '',
  ...markdownTable(header, cells),
  ...(growth.length > 0 ? ['', '## Growth from the smallest scale', '', ...markdownTable(growthHead, growth)] : []),
  '',
].join('\n');
const dir = path.join(here, 'results');
await mkdir(dir, { recursive: true });
const stamp = at.toISOString().replace(/[:.]/g, '-');
await writeFile(path.join(dir, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
await writeFile(path.join(dir, 'latest.md'), md);
await writeFile(path.join(dir, `${stamp}.json`), `${JSON.stringify(results, null, 2)}\n`);
await writeFile(path.join(dir, `${stamp}.md`), md);
process.stderr.write(`results: bench/results/latest.md, bench/results/${stamp}.md\n`);
