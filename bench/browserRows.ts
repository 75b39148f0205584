import { appendFileSync } from 'node:fs';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Page } from 'playwright-core';
import { setActionItemStatus } from '../src/actions/commands';
import { CheckedFilesList } from '../src/workspace/checkedFiles';
import { WorkspaceSession } from '../src/workspace/session';
import { createTestHost } from '../tests/e2e/host/testHost';
import { launchBrowser } from '../tests/e2e/support/browser';
import type { BenchRow } from './row';
import { stats } from './stats';

/**
 * The Stakeholders screen in Chromium through the browser test host (the same API the desktop app
 * answers over IPC), for one scale, in a child process of its own (bench/run.ts starts it):
 *
 *   node --import tsx bench/browserRows.ts <file> <scale> <renderer dir>
 *
 * How long from opening the workspace (a file this app saved, as a person reopens theirs) until
 * the list shows, and how long a keystroke in the search box takes to update the list: keydown
 * to the next painted frame after the "Showing N of M" count changed. Appends each row to the file
 * named by BENCH_ROWS as soon as it is measured (see nodeRows.ts).
 */
const [file, scaleText, rendererDir] = process.argv.slice(2);
if (!file || !scaleText || !rendererDir) throw new Error('usage: browserRows.ts <file> <scale> <renderer dir>');
const scale = Number(scaleText);
const area = `${scale}x`;

const LIST_ROW = 'table[aria-label="Stakeholders"] tbody tr[aria-rowindex]';
/** Each keystroke narrows or widens the list, so each one changes what is shown. */
const TYPED = [
  'dana', 'Backspace×4', 'ortiz', 'Backspace×5', 'kim', 'Backspace×3', 'training', 'Backspace×8', 'josé', 'Backspace×4',
  'sheriff', 'Backspace×7', 'müller', 'Backspace×6', 'crisis', 'Backspace×6', 'tanaka', 'Backspace×6', 'peer', 'Backspace×4',
];

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
  await page.getByRole('textbox', { name: 'Search' }).click();
  const keys: string[] = TYPED.flatMap((part) => (part.startsWith('Backspace×') ? Array(Number(part.slice(10))).fill('Backspace') : [...part]));
  let unchanged = 0;
  const sampleCount = () => page.evaluate(() => (window as unknown as { __bench: { samples: number[] } }).__bench.samples.length);
  for (const key of keys) {
    const before = await sampleCount();
    // press() knows only key names; typed letters (é among them) go through type().
    if (key === 'Backspace') await page.keyboard.press(key);
    else await page.keyboard.type(key);
    const changed = await page
      .waitForFunction((n) => (window as unknown as { __bench: { samples: number[] } }).__bench.samples.length > n, before, { timeout: 5_000 })
      .then(
        () => true,
        () => false,
      );
    if (!changed) unchanged += 1;
  }
  const samples = await page.evaluate(() => (window as unknown as { __bench: { samples: number[] } }).__bench.samples);
  return { samples, unchanged };
}

const rowsFile = process.env.BENCH_ROWS;
if (!rowsFile) throw new Error('Set BENCH_ROWS to the file the rows are written to.');
const report = (row: BenchRow) => appendFileSync(rowsFile, `${JSON.stringify(row)}\n`);
const folder = await mkdtemp(path.join(path.dirname(file), 'browser-'));
const copy = path.join(folder, path.basename(file));
const stateDir = path.join(folder, 'state');
await copyFile(file, copy);
const browser = await launchBrowser();
let host: Awaited<ReturnType<typeof createTestHost>> | null = null;
try {
  // Saved once by the app, so opening it is what reopening one's own file costs.
  const first = await WorkspaceSession.open(copy, { checkedFiles: new CheckedFilesList(path.join(stateDir, 'checked-files.json')) });
  await first.execute(setActionItemStatus, { ids: [first.doc.actionItems[0]!.id], status: 'in-progress' });
  await first.close();

  const started = performance.now();
  host = await createTestHost({ workspacePath: copy, rendererDir, stateDir, openAtStart: true });
  const opened = performance.now();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US', reducedMotion: 'reduce' });
  const page = await context.newPage();
  const pageStart = performance.now();
  await page.goto(`${host.url}#/stakeholders`);
  const shown = await page.waitForSelector(LIST_ROW, { timeout: 300_000 }).then(
    () => null,
    (error: Error) => error.message.split('\n')[0]!,
  );
  const end = performance.now();
  if (shown !== null) {
    const crashed = page.isClosed() ? ' (the page crashed)' : '';
    report({ area, scale, measure: 'browser: open → stakeholder list showing', median: Number.NaN, samples: 0, note: `NOT SHOWN${crashed}: ${shown.slice(0, 140)}` });
  } else {
    report({ area, scale, measure: 'browser: open → stakeholder list showing', median: end - started, samples: 1, note: `the app opens the file ${(opened - started).toFixed(0)} ms, then the window reads and shows it ${(end - pageStart).toFixed(0)} ms` });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
    report({ area, scale, measure: 'browser: memory of the window’s JavaScript after opening', median: heap / 1_048_576, unit: 'MB', samples: 1, note: 'JSHeapUsedSize' });
    // Typing is timed once the rest of the document is here, as a person types on a page that has
    // settled; while the rest is read, the window's thread also receives and reads it.
    await page.waitForSelector('html[data-document-read="whole"]', { timeout: 600_000 });
    const whole = performance.now();
    report({ area, scale, measure: 'browser: open → the whole document in the window', median: whole - started, samples: 1, note: 'the stakeholder list shows before; pages that read more wait for this' });
    // What the window keeps, not what it has yet to collect.
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics: after } = await cdp.send('Performance.getMetrics');
    const wholeHeap = after.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
    report({ area, scale, measure: 'browser: memory of the window’s JavaScript with the whole document', median: wholeHeap / 1_048_576, unit: 'MB', samples: 1, note: 'JSHeapUsedSize after a garbage collection' });
    const { samples, unchanged } = await measureKeystrokes(page);
    report({ area, scale, measure: 'browser: filter keystroke → list updated', ...stats(samples), samples: samples.length, note: `${unchanged} keystrokes did not change the count (not timed)` });
  }
  await context.close();
} catch (error) {
  report({ area, scale, measure: 'browser rows', median: Number.NaN, samples: 0, note: `FAILED: ${(error as Error).message.split('\n')[0]!.slice(0, 160)}` });
} finally {
  await host?.close();
  await browser.close();
  await rm(folder, { recursive: true, force: true });
}
