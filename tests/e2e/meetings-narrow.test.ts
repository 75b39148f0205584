import { afterEach, describe, expect, it } from 'vitest';
import { screenshot, startApp, type RunningApp } from './support';

/** On a 1024-pixel laptop screen the meetings list keeps its status labels whole ("Held", "Minutes approved"). */
let app: RunningApp | null = null;

afterEach(async () => {
  await app?.close();
  app = null;
});

describe('the meetings list at 1024 px', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`shows every status label whole (${colorScheme})`, async () => {
      app = await startApp({
        workspace: 'sample',
        route: '/meetings',
        viewport: { width: 1024, height: 768 },
        colorScheme,
      });
      const { page } = app;
      const labels = page.locator('[role="list"] .mantine-Badge-label');
      await labels.first().waitFor();
      const cut = await labels.evaluateAll((all) =>
        all.filter((label) => label.scrollWidth > label.clientWidth).map((label) => label.textContent),
      );
      await screenshot(page, `meetings-list-1024-${colorScheme}`);
      expect(cut).toEqual([]);
      app.expectNoPageErrors();
    });
  }
});
