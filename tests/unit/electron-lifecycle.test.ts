import { describe, expect, it, vi } from 'vitest';
import { flushBeforeQuit, type QuittingApp } from '../../electron/lifecycle';

function fakeApp() {
  let listener: ((event: { preventDefault(): void }) => void) | undefined;
  const app = {
    on: vi.fn((_name: string, fn: (event: { preventDefault(): void }) => void) => {
      listener = fn;
    }),
    quit: vi.fn(),
  };
  const beforeQuit = () => {
    const event = { preventDefault: vi.fn() };
    listener?.(event);
    return event.preventDefault;
  };
  return { app: app as unknown as QuittingApp & typeof app, beforeQuit };
}

describe('flushBeforeQuit', () => {
  it('holds the quit until the save finishes, then quits once', async () => {
    const { app, beforeQuit } = fakeApp();
    let finishSave: () => void = () => {};
    const flush = vi.fn(() => new Promise<void>((resolve) => (finishSave = resolve)));
    flushBeforeQuit(app, flush);

    expect(beforeQuit()).toHaveBeenCalled();
    expect(beforeQuit()).toHaveBeenCalled(); // a second Quit while saving waits too
    expect(flush).toHaveBeenCalledTimes(1);
    expect(app.quit).not.toHaveBeenCalled();

    finishSave();
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledTimes(1));
    // The quit we started passes straight through.
    expect(beforeQuit()).not.toHaveBeenCalled();
  });

  it('still quits when the save fails', async () => {
    const { app, beforeQuit } = fakeApp();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    flushBeforeQuit(app, async () => {
      throw new Error('disk full');
    });
    beforeQuit();
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledTimes(1));
    error.mockRestore();
  });

  it('does not wait forever for a stuck save', async () => {
    vi.useFakeTimers();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const { app, beforeQuit } = fakeApp();
      flushBeforeQuit(app, () => new Promise<void>(() => {}), 1000);
      beforeQuit();
      await vi.advanceTimersByTimeAsync(999);
      expect(app.quit).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(2);
      expect(app.quit).toHaveBeenCalledTimes(1);
    } finally {
      error.mockRestore();
      vi.useRealTimers();
    }
  });
});
