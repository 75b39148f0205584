import { stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { DEFAULT_SEED, generateWorkspace } from './generator/workspace';
import { writeWorkspaceFile } from './generator/write';

/**
 * `npm run bench:generate [-- --scales 1,3,10] [--seed N] [--out DIR]`: writes the ten-year
 * statewide workspace at each scale. The files are large (about 70 MB at 1x, 700 MB at 10x), so
 * they go to a temporary folder by default rather than into the project.
 */
export const DEFAULT_DATA_DIR = path.join(tmpdir(), 'cit-bench-workspaces');

/** Raised when the generator makes records it did not before, so a file made by an older one is not reused. */
const GENERATOR_VERSION = 2;

export function workspaceFileFor(scale: number, seed = DEFAULT_SEED, dir = DEFAULT_DATA_DIR): string {
  return path.join(dir, `statewide-${scale}x-seed${seed}-g${GENERATOR_VERSION}.cit.json`);
}

/** Generates the file for a scale unless it is already there (same scale and seed: same bytes). */
export async function ensureWorkspaceFile(scale: number, seed = DEFAULT_SEED, dir = DEFAULT_DATA_DIR, force = false): Promise<string> {
  const file = workspaceFileFor(scale, seed, dir);
  if (!force && (await stat(file).catch(() => null))) return file;
  const started = performance.now();
  const doc = generateWorkspace({ scale, seed });
  await writeWorkspaceFile(doc, file);
  const size = (await stat(file)).size;
  process.stderr.write(`wrote ${file} (${(size / 1_048_576).toFixed(1)} MB) in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  return file;
}

export function argValue(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  if (at >= 0) return args[at + 1];
  return args.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
}

export function parseScales(text: string | undefined, fallback = [1, 3]): number[] {
  if (!text) return fallback;
  const scales = text.split(',').map(Number);
  if (scales.some((s) => !Number.isFinite(s) || s <= 0)) throw new Error(`--scales takes numbers such as 1,3,10 (got "${text}")`);
  return scales;
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('generate.ts')) {
  const args = process.argv.slice(2);
  const scales = parseScales(argValue(args, '--scales'), [1, 3, 10]);
  const seed = Number(argValue(args, '--seed') ?? DEFAULT_SEED);
  const dir = argValue(args, '--out') ?? DEFAULT_DATA_DIR;
  for (const scale of scales) await ensureWorkspaceFile(scale, seed, dir, true);
}
