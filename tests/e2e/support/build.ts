import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import { REPO_ROOT } from '../host/testHost';

/**
 * Builds the renderer into out/renderer when it is missing or older than its sources, safely
 * while other people run browser tests in the same tree: one build at a time (a lock file in
 * out/), each into a fresh folder that is swapped in with two renames, so a test never serves
 * a half-written build. Whoever waited for the lock looks again before building, so a crowd of
 * test runs after one edit costs one build.
 */
export const OUT_DIR = path.join(REPO_ROOT, 'out');
export const RENDERER_OUT = path.join(OUT_DIR, 'renderer');
const STAMP = path.join(OUT_DIR, '.renderer-build.json');
const LOCK = path.join(OUT_DIR, '.renderer-build.lock');
/** What the screen may be built from: its own folder, the domain it imports, and the build settings. */
const SOURCES = ['renderer', 'src', 'renderer.vite.config.ts', 'package.json'].map((p) => path.join(REPO_ROOT, p));
/** Always compared, whatever the build's own list says. */
const SETTINGS = ['renderer/index.html', 'renderer.vite.config.ts', 'package.json'];

/**
 * The newest change among the files the current build was made from (the list the build wrote,
 * .sources.json). A new import always comes with an edit to a file already on the list, so the
 * list is enough; a listed file that is gone counts as changed. Without a list, every source.
 */
export async function newestSourceTime(): Promise<number> {
  let listed: string[] | null;
  try {
    listed = JSON.parse(await readFile(path.join(RENDERER_OUT, '.sources.json'), 'utf8')) as string[];
  } catch {
    listed = null;
  }
  if (!listed) return newestTimeUnder(SOURCES);
  let newest = 0;
  for (const file of new Set([...listed, ...SETTINGS])) {
    const info = await stat(path.join(REPO_ROOT, file)).catch(() => null);
    if (!info) return Number.POSITIVE_INFINITY;
    newest = Math.max(newest, info.mtimeMs);
  }
  return newest;
}

async function newestTimeUnder(roots: string[]): Promise<number> {
  let newest = 0;
  async function visit(entry: string): Promise<void> {
    const info = await stat(entry).catch(() => null);
    if (!info) return;
    newest = Math.max(newest, info.mtimeMs);
    if (!info.isDirectory()) return;
    for (const name of await readdir(entry)) {
      if (name === 'node_modules' || name.startsWith('.')) continue;
      await visit(path.join(entry, name));
    }
  }
  for (const root of roots) await visit(root);
  return newest;
}

/**
 * The source time the current build was made from: recorded when this helper built it, or else
 * (built by `npm run build:renderer`) the time its index.html was written. Null if there is no build.
 */
async function builtFromTime(): Promise<number | null> {
  const index = await stat(path.join(RENDERER_OUT, 'index.html')).catch(() => null);
  if (!index) return null;
  try {
    const stamp = JSON.parse(await readFile(STAMP, 'utf8')) as { sourceTime: number; indexTime: number };
    if (stamp.indexTime === index.mtimeMs) return stamp.sourceTime;
  } catch {
    // No record: fall back to the file's own time.
  }
  return index.mtimeMs;
}

export async function rendererIsCurrent(): Promise<boolean> {
  const built = await builtFromTime();
  return built !== null && (await newestSourceTime()) <= built;
}

export async function ensureRendererBuilt(
  options: { force?: boolean; log?: (line: string) => void } = {},
): Promise<string> {
  const log = options.log ?? ((line: string) => console.log(line));
  if (!options.force && (await rendererIsCurrent())) return RENDERER_OUT;
  await mkdir(OUT_DIR, { recursive: true });
  const release = await lockfile.lock(OUT_DIR, {
    lockfilePath: LOCK,
    // The holder refreshes the lock while it builds; one left by a crashed run is taken over.
    stale: 30_000,
    update: 5_000,
    retries: { retries: 400, factor: 1, minTimeout: 750, maxTimeout: 750 },
  });
  try {
    if (!options.force && (await rendererIsCurrent())) return RENDERER_OUT;
    await removeLeftovers();
    // Everything that could go in, read before the build starts: an edit made during the build
    // is newer than this and brings the next run back here.
    const sourceTime = await newestTimeUnder(SOURCES);
    const staging = path.join(OUT_DIR, `.renderer-build-${process.pid}-${Date.now()}`);
    log('Building the renderer for the browser tests…');
    const started = Date.now();
    await runVite(staging);
    const old = path.join(OUT_DIR, `.renderer-old-${process.pid}-${Date.now()}`);
    await rename(RENDERER_OUT, old).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
    await rename(staging, RENDERER_OUT);
    const index = await stat(path.join(RENDERER_OUT, 'index.html'));
    await writeFile(STAMP, JSON.stringify({ sourceTime, indexTime: index.mtimeMs, builtAt: new Date().toISOString() }));
    await rm(old, { recursive: true, force: true });
    log(`Renderer built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    return RENDERER_OUT;
  } finally {
    await release();
  }
}

function runVite(outDir: string): Promise<void> {
  const vite = path.join(REPO_ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const args = [
    vite,
    'build',
    '--config',
    'renderer.vite.config.ts',
    '--outDir',
    outDir,
    '--emptyOutDir',
    '--logLevel',
    'warn',
  ];
  return new Promise((resolve, reject) => {
    // The build a person gets: vitest sets NODE_ENV=test, which would otherwise give React's
    // development build (slower, and effects run twice), not the one the app ships.
    const env = { ...process.env, NODE_ENV: 'production' };
    const child = spawn(process.execPath, args, { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`The renderer build failed (exit code ${code}):\n${output.slice(-6000)}`));
    });
  });
}

/** Staging and old folders left by a run that was stopped half-way (older than ten minutes). */
async function removeLeftovers(): Promise<void> {
  const cutoff = Date.now() - 10 * 60_000;
  for (const name of await readdir(OUT_DIR)) {
    if (!name.startsWith('.renderer-build-') && !name.startsWith('.renderer-old-')) continue;
    const full = path.join(OUT_DIR, name);
    const info = await stat(full).catch(() => null);
    if (info?.isDirectory() && info.mtimeMs < cutoff) await rm(full, { recursive: true, force: true });
  }
}
