import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { MenuAction } from '../../../src/api/platform';
import type { WorkspaceDocument } from '../../../src/workspace/document';
import { createTestHost, SAMPLE_PATH, type TestHost } from '../host/testHost';
import { launchBrowser } from './browser';
import { ensureRendererBuilt, RENDERER_OUT } from './build';
import { type SessionOptions } from '../../../src/workspace/sessionTypes';

/**
 * The app in Chromium against a real workspace file in a temporary folder, as a test drives it:
 *
 *   const app = await startApp();                        // welcome screen, no file yet
 *   const app = await startApp({ workspace: 'sample' }); // a fresh copy of the sample, open
 *   const app = await startApp({ workspace: file });     // your own file, open (open: false to not)
 *   ...
 *   await app.close();
 */
export interface StartAppOptions {
  workspace?: string | 'sample';
  /** Whether the workspace is open when the page loads; by default, when its file exists. */
  open?: boolean;
  /** A hash route to start on, e.g. '/settings'. */
  route?: string;
  /** Whether to load the page and wait for a screen (default); false leaves that to the test (page.goto(host.url)). */
  load?: boolean;
  colorScheme?: 'light' | 'dark';
  /** The computer's time zone as the page sees it (IANA name); the machine's own by default. */
  timezoneId?: string;
  viewport?: { width: number; height: number };
  /** Reuse a browser across tests in one file; by default each app has its own. */
  browser?: Browser;
  sessionOptions?: SessionOptions;
}

export interface RunningApp {
  page: Page;
  context: BrowserContext;
  host: TestHost;
  workspacePath: string;
  /** Where exports land: the host's export "dialog" answers <folder of the workspace>/exports/<name>. */
  exportsDir: string;
  /** Uncaught errors and console errors from the page (CSP refusals among them). */
  pageErrors: string[];
  /** Throws, listing them, if the page logged any error. */
  expectNoPageErrors(): void;
  /** The workspace file as it is on disk now. */
  readWorkspace(): Promise<WorkspaceDocument>;
  /** Waits until the welcome screen or the shell is showing. */
  waitForScreen(screen?: 'welcome' | 'shell'): Promise<void>;
  /** Chooses an item of the desktop menu, as the main process would tell the page. */
  menu(action: MenuAction): Promise<void>;
  close(): Promise<void>;
}

/** Console messages that are not faults of the app. */
const HARMLESS = [
  // Chromium notes that a meta-tag CSP cannot carry frame-ancestors; the host sends it as a header.
  /frame-ancestors' is ignored when delivered via a <meta> element/,
];

export async function startApp(options: StartAppOptions = {}): Promise<RunningApp> {
  // The e2e project's globalSetup builds once per run; this covers a run without it.
  const rendererDir = existsSync(path.join(RENDERER_OUT, 'index.html')) ? RENDERER_OUT : await ensureRendererBuilt();
  const folder = await mkdtemp(path.join(tmpdir(), 'cit-e2e-'));
  let workspacePath: string;
  if (options.workspace === 'sample') {
    workspacePath = path.join(folder, 'Riverside County.cit.json');
    await copyFile(SAMPLE_PATH, workspacePath);
  } else {
    workspacePath = options.workspace ? path.resolve(options.workspace) : path.join(folder, 'Coalition.cit.json');
  }
  const open = options.open ?? existsSync(workspacePath);

  const host = await createTestHost({
    workspacePath,
    rendererDir,
    stateDir: path.join(folder, 'state'),
    openAtStart: open,
    sessionOptions: options.sessionOptions,
  });
  const browser = options.browser ?? (await launchBrowser());
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    colorScheme: options.colorScheme ?? 'light',
    locale: 'en-US',
    reducedMotion: 'reduce',
    ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
  });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(`Uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    // An API call answered with an error status is logged by Chromium; the app handles those.
    if (message.location().url.includes('/api/')) return;
    if (HARMLESS.some((pattern) => pattern.test(text))) return;
    pageErrors.push(text);
  });

  const waitForScreen = async (screen?: 'welcome' | 'shell') => {
    await page.waitForFunction(
      (wanted) => {
        const state = document.documentElement.dataset.appState;
        return wanted ? state === wanted : state === 'welcome' || state === 'shell';
      },
      screen ?? null,
      { timeout: 20_000 },
    );
  };

  if (options.load ?? true) {
    await page.goto(`${host.url}#${options.route ?? '/'}`);
    await waitForScreen();
  }

  return {
    page,
    context,
    host,
    workspacePath,
    exportsDir: path.join(path.dirname(workspacePath), 'exports'),
    pageErrors,
    expectNoPageErrors() {
      if (pageErrors.length > 0)
        throw new Error(
          `The page logged ${pageErrors.length} error(s):\n${pageErrors.map((e) => `  - ${e}`).join('\n')}`,
        );
    },
    async readWorkspace() {
      // A change is saved a moment after the screen shows it: wait for that save, as a person
      // would wait for "Saved" in the header.
      await host.service.flush();
      return JSON.parse(await readFile(workspacePath, 'utf8')) as WorkspaceDocument;
    },
    waitForScreen,
    async menu(action) {
      // The page subscribes to events just after it loads; wait for it rather than lose the event.
      for (let waited = 0; host.eventClients === 0; waited += 50) {
        if (waited > 10_000) throw new Error('The page never subscribed to app events (GET /api/events).');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      host.sendEvent({ type: 'menu', action });
    },
    async close() {
      await context.close().catch(() => {});
      if (!options.browser) await browser.close().catch(() => {});
      await host.close();
      await rm(folder, { recursive: true, force: true });
    },
  };
}
