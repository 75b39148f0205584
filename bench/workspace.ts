import { spawn } from 'node:child_process';
import path from 'node:path';
import { ensureWorkspaceFile } from './generate';
import type { BenchOptions, BenchRow } from './run';

/**
 * The ten-year statewide workspace at each scale: open, save after an edit, the Word exports and
 * peak memory, each against its floor. Every scale runs in a child process of its own, so one
 * scale's memory does not count towards the next and the high-water mark is honest.
 */
const here = import.meta.dirname;

function runChild(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--max-old-space-size=12000', '--import', 'tsx', path.join(here, '_workspaceScale.ts'), ...args], {
      cwd: path.resolve(here, '..'),
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out.trim().split('\n').at(-1) ?? '') : reject(new Error(`measuring ${args.join(' ')} failed (exit ${code})`))));
  });
}

export async function run(options: BenchOptions): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const scale of options.scales) {
    const file = await ensureWorkspaceFile(scale);
    process.stderr.write(`  ${scale}x: measuring ${path.basename(file)} ...\n`);
    const measured = JSON.parse(await runChild([file, String(scale), 'measure'])) as BenchRow[];
    const floor = JSON.parse(await runChild([file, String(scale), 'floor-memory'])) as { peakMb: number };
    for (const row of measured) {
      if (row.unit === 'MB') row.floor = floor.peakMb;
      rows.push({ ...row, scale });
    }
  }
  return rows;
}
