import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Page } from 'playwright-core';
import { createTestHost } from '../tests/e2e/host/testHost';
import { launchBrowser } from '../tests/e2e/support/browser';
import { ensureRendererBuilt } from '../tests/e2e/support/build';
import { ensureWorkspaceFile } from './generate';
import type { BenchOptions, BenchRow } from './run';

/**
 * The Stakeholders screen in Chromium through the browser test host (the same API the desktop app
 * answers over IPC): how long from opening the workspace until the list shows, and how long a
 * keystroke in the search box takes to update the list (keydown to the next painted frame after
 * the "Showing N of M" count changed).
 */
const LIST_ROW = 'table[aria-label="Stakeholders"] tbody tr[aria-rowindex]';
/** Each keystroke narrows or widens the list, so each one changes what is shown. */
const TYPED = ['dana', 'Backspace×4', 'ortiz', 'Backspace×5', 'kim', 'Backspace×3', 'training', 'Backspace×8', 'josé', 'Backspace×4'];

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  return { median: at(0.5), p95: at(0.95) };
}

async function measureKeystrokes(page: Page): Promise<{ samples: number[]; unchanged: number }> {
  await page.evaluate(() => {
    const w = window as unknown as { __bench: { t0: number; samples: number[] } };
    w.__bench = { t0: 0, samples: [] };
    document.addEventListener('keydown', () => (w.__bench.t0 = performance.now()), { capture: true });
    const count = document.querySelector('[data-testid="stakeholder-count"]')!;
    new MutationObserver(() => {
      const t0 = w.__bench.t0;
      if (!t0) return;
      w.__bench.t0 = 0;
      requestAnimationFrame(() => setTimeout(() => w.__bench.samples.push(performance.now() - t0), 0));
    }).observe(count, { childList: true, characterData: true, subtree: true });
  });
  const search = page.getByRole('textbox', { name: 'Search' });
  await search.click();
  const keys: string[] = TYPED.flatMap((part) => (part.startsWith('Backspace×') ? Array(Number(part.slice(10))).fill('Backspace') : [...part]));
  let unchanged = 0;
  for (const key of keys) {
    const before = await page.evaluate(() => (window as unknown as { __bench: { samples: number[] } }).__bench.samples.length);
    // press() knows only key names; typed letters (é among them) go through type().
    if (key === 'Backspace') await page.keyboard.press(key);
    else await page.keyboard.type(key);
    const changed = await page
      .waitForFunction((n) => (window as unknown as { __bench: { samples: number[] } }).__bench.samples.length > n, before, { timeout: 3_000 })
      .then(() => true, () => false);
    if (!changed) unchanged += 1;
  }
  const samples = await page.evaluate(() => (window as unknown as { __bench: { samples: number[] } }).__bench.samples);
  return { samples, unchanged };
}

export async function run(options: BenchOptions): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const rendererDir = await ensureRendererBuilt({ log: (line) => process.stderr.write(`${line}\n`) });
  const browser = await launchBrowser();
  try {
    for (const scale of options.scales) {
      const area = `${scale}x`;
      const file = await ensureWorkspaceFile(scale);
      const folder = await mkdtemp(path.join(path.dirname(file), 'browser-'));
      const copy = path.join(folder, path.basename(file));
      await copyFile(file, copy);
      let host: Awaited<ReturnType<typeof createTestHost>> | null = null;
      try {
        const started = performance.now();
        host = await createTestHost({ workspacePath: copy, rendererDir, stateDir: path.join(folder, 'state'), openAtStart: true });
        const opened = performance.now();
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US', reducedMotion: 'reduce' });
        const page = await context.newPage();
        const pageStart = performance.now();
        await page.goto(`${host.url}#/stakeholders`);
        const shown = await page.waitForSelector(LIST_ROW, { timeout: 120_000 }).then(() => true, () => false);
        const end = performance.now();
        if (!shown) {
          rows.push({ area, measure: 'browser: open → stakeholder list showing', median: Number.NaN, samples: 0, scale, note: 'NOT MEASURED: the Stakeholders screen showed no list (screen not registered in renderer/app/areas.tsx yet?)' });
          await context.close();
          continue;
        }
        rows.push({ area, measure: 'browser: open → stakeholder list showing', median: end - started, samples: 1, scale, note: `host opens file ${(opened - started).toFixed(0)} ms, page load → rows ${(end - pageStart).toFixed(0)} ms` });
        const { samples, unchanged } = await measureKeystrokes(page);
        rows.push({ area, measure: 'browser: filter keystroke → list updated (p50/p95)', ...stats(samples), samples: samples.length, scale, note: `${unchanged} keystrokes did not change the count (not timed)` });
        await context.close();
      } catch (error) {
        rows.push({ area, measure: 'browser rows', median: Number.NaN, samples: 0, scale, note: `FAILED: ${(error as Error).message.split('\n')[0]!.slice(0, 160)}` });
      } finally {
        await host?.close();
        await rm(folder, { recursive: true, force: true });
      }
    }
  } finally {
    await browser.close();
  }
  return rows;
}
