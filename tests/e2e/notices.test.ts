import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startApp, type RunningApp } from './support';

/**
 * Notices ("Coalition details saved.", "Undone: …") stay up for seconds. They must not sit over
 * the controls a person reaches for next: the header's Undo, Redo and coalition menu, and the
 * name and close button of a person's drawer.
 */
let app: RunningApp | null = null;

afterEach(async () => {
  await app?.close();
  app = null;
});

interface Overlap {
  notice: string;
  control: string;
}

/**
 * Waits for a notice to show, then, in the same moment in the page (so it cannot close in
 * between), lists every control it overlaps among those named.
 */
async function overlapsOnceShown(page: Page, controls: Record<string, string>): Promise<Overlap[]> {
  const handle = await page.waitForFunction((selectors: Record<string, string>) => {
    const notices = [...document.querySelectorAll('.mantine-Notification-root')];
    // A notice slides in: measure it once it has come to rest (the same place two frames running).
    const where = JSON.stringify(notices.map((n) => n.getBoundingClientRect()));
    const settled = notices.length > 0 && where === (window as { lastNotices?: string }).lastNotices;
    (window as { lastNotices?: string }).lastNotices = where;
    if (!settled) return null;
    const overlaps: Array<{ notice: string; control: string }> = [];
    for (const notice of notices) {
      const a = notice.getBoundingClientRect();
      for (const [name, selector] of Object.entries(selectors)) {
        const element = document.querySelector(selector);
        if (!element) throw new Error(`No ${name} on the screen (${selector}).`);
        const b = element.getBoundingClientRect();
        const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
        if (!apart) overlaps.push({ notice: notice.textContent ?? '', control: name });
      }
    }
    return overlaps;
  }, controls, { polling: 'raf' });
  return (await handle.jsonValue()) as Overlap[];
}

const HEADER = {
  'Undo button': 'header button:is([aria-label^="Undo"], [aria-label="Nothing to undo"])',
  'Redo button': 'header button:is([aria-label^="Redo"], [aria-label="Nothing to redo"])',
  'Coalition menu': 'header button[aria-label="Coalition menu"]',
};

describe('notices', () => {
  it('cover neither the header’s Undo, Redo and menu, nor the name and close button of a person’s drawer', async () => {
    app = await startApp({ workspace: 'sample', route: '/settings' });
    const { page } = app;
    await page.getByRole('textbox', { name: 'Coalition name' }).fill('Riverside County CIT Partnership');
    await page.getByRole('button', { name: 'Save changes' }).click();
    expect(await overlapsOnceShown(page, HEADER)).toEqual([]);

    await page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Stakeholders' }).click();
    await page.getByRole('table', { name: 'Stakeholders' }).locator('tbody tr button').first().click();
    const drawer = page.locator('.mantine-Drawer-content');
    await drawer.waitFor();
    // Undo from the keyboard while the drawer is open: its notice appears with the drawer showing.
    await drawer.locator('.mantine-Drawer-close').focus();
    await page.keyboard.press('Control+Z');
    expect(
      await overlapsOnceShown(page, {
        'drawer title': '.mantine-Drawer-title',
        'drawer close button': '.mantine-Drawer-close',
      }),
    ).toEqual([]);
    app.expectNoPageErrors();
  });
});
