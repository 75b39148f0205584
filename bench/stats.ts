import { performance } from 'node:perf_hooks';

/** Median and 95th percentile of samples (nearest rank). */
export function stats(samples: number[]): { median: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
  return { median: at(0.5), p95: at(0.95) };
}

/** How long `work` takes, in milliseconds. */
export async function timed(work: () => unknown): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

/** `work` timed `reps` times, after one untimed run (first-run compilation is not what a person waits for twice). */
export async function repeated(reps: number, work: () => unknown): Promise<number[]> {
  await work();
  const samples: number[] = [];
  for (let i = 0; i < reps; i += 1) samples.push(await timed(work));
  return samples;
}
