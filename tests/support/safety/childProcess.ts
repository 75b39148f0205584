import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/**
 * Child processes for the safety tests: real Node processes running the real workspace code,
 * which the tests kill. Each script is bundled once into plain JavaScript, because compiling
 * TypeScript on every start (tsx) costs far more than the kill loop can afford.
 */
const here = path.dirname(fileURLToPath(import.meta.url));

export async function bundleChild(script: 'crashChild' | 'lockHolder', outDir: string): Promise<string> {
  const outfile = path.join(outDir, `${script}.cjs`);
  await build({
    entryPoints: [path.join(here, `${script}.ts`)],
    bundle: true,
    minify: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile,
    logLevel: 'error',
  });
  return outfile;
}

export interface RunningChild {
  process: ChildProcess;
  /** Every line printed on stdout so far, and when each arrived (Date.now()). */
  lines: string[];
  times: number[];
  stderr(): string;
  /** Resolves with the first line matching, or rejects if the child ends first. */
  waitForLine(match: RegExp, timeoutMs?: number): Promise<string>;
  /** Resolves when the process has ended and its output is all read. */
  ended: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts `node [nodeArgs] <bundle> [args]`; `nodeArgs` such as `--import tsx` run a TypeScript script as it is. */
export function startChild(bundle: string, args: string[], nodeArgs: string[] = []): RunningChild {
  const child = spawn(process.execPath, [...nodeArgs, bundle, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  // A child killed before it reads its stdin must not turn into an EPIPE here.
  child.stdin!.on('error', () => undefined);
  const lines: string[] = [];
  const times: number[] = [];
  let partial = '';
  let errors = '';
  const listeners = new Set<() => void>();
  child.stdout!.setEncoding('utf8');
  child.stdout!.on('data', (chunk: string) => {
    const parts = (partial + chunk).split('\n');
    partial = parts.pop() ?? '';
    lines.push(...parts);
    const now = Date.now();
    for (let i = 0; i < parts.length; i += 1) times.push(now);
    for (const listener of listeners) listener();
  });
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (chunk: string) => {
    errors += chunk;
  });
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on('close', (code, signal) => {
      if (partial) {
        lines.push(partial);
        times.push(Date.now());
      }
      for (const listener of listeners) listener();
      resolve({ code, signal });
    });
  });
  let finished = false;
  void ended.then(() => {
    finished = true;
  });

  return {
    process: child,
    lines,
    times,
    stderr: () => errors,
    ended,
    waitForLine(match, timeoutMs = 30_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () =>
            done(new Error(`No line matching ${match} within ${timeoutMs} ms. Output: ${lines.join(' | ')} ${errors}`)),
          timeoutMs,
        );
        const check = () => {
          const found = lines.find((line) => match.test(line));
          if (found !== undefined) done(null, found);
          else if (finished || child.exitCode !== null || child.signalCode !== null) {
            if (finished)
              done(new Error(`The child ended before printing ${match}. Output: ${lines.join(' | ')} ${errors}`));
          }
        };
        function done(error: Error | null, line?: string) {
          clearTimeout(timer);
          listeners.delete(check);
          if (error) reject(error);
          else resolve(line!);
        }
        listeners.add(check);
        void ended.then(check);
        check();
      });
    },
  };
}
