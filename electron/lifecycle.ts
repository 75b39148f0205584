/** The part of Electron's app that quitting uses. */
export interface QuittingApp {
  on(event: 'before-quit', listener: (event: { preventDefault(): void }) => void): unknown;
  quit(): void;
}

/** How long a quit waits for the last save before leaving anyway (the atomic write keeps the old file whole). */
export const FLUSH_TIMEOUT_MS = 15_000;

/**
 * Holds the first quit until the open workspace is saved, then quits for real. Saves are
 * already queued after every change; this catches the one still running when the person quits.
 * The second 'before-quit' (our own app.quit()) passes straight through.
 */
export function flushBeforeQuit(app: QuittingApp, flush: () => Promise<void>, timeoutMs = FLUSH_TIMEOUT_MS): void {
  let state: 'running' | 'flushing' | 'done' = 'running';
  app.on('before-quit', (event) => {
    if (state === 'done') return;
    event.preventDefault();
    if (state === 'flushing') return;
    state = 'flushing';
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(() => {
        console.error(`The last save did not finish within ${timeoutMs / 1000} s; quitting anyway.`);
        resolve();
      }, timeoutMs);
    });
    void Promise.race([flush().catch((error: unknown) => console.error('Saving before quit failed:', error)), timeout]).then(() => {
      clearTimeout(timer);
      state = 'done';
      app.quit();
    });
  });
}
