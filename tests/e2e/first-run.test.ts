import { afterEach, describe, expect, it } from 'vitest';
import { screenshot, startApp, type RunningApp } from './support';

/**
 * What a person meets the first time: the new-coalition form asks for the time zone (starting
 * from the computer's), and the sample coalition has something in every area.
 */
let app: RunningApp | null = null;

afterEach(async () => {
  await app?.close();
  app = null;
});

describe('starting a coalition', () => {
  it('offers the computer’s own time zone and saves it with the new coalition', async () => {
    // A computer in Denver, talking to a main process whose own zone is the machine's (UTC here).
    app = await startApp({ timezoneId: 'America/Denver' });
    const { page } = app;
    await app.waitForScreen('welcome');
    const zone = page.getByRole('combobox', { name: 'Time zone' });
    // GMT-7 in winter, GMT-6 in summer: the label gives today's offset.
    await expect(zone.inputValue()).resolves.toMatch(/^Denver \(America\) — Mountain Time, GMT-[67]$/);
    await page.getByText('This computer’s time zone', { exact: false }).waitFor();
    await screenshot(page, 'welcome-time-zone');

    await page.getByLabel('Coalition name').fill('Front Range CIT Coalition');
    await page.getByRole('button', { name: 'Create coalition' }).click();
    await app.waitForScreen('shell');
    await page.getByRole('banner').getByText('Saved', { exact: true }).waitFor();
    expect((await app.readWorkspace()).coalition.timeZone).toBe('America/Denver');
    app.expectNoPageErrors();
  });

  it('saves a zone chosen by searching the list in plain words', async () => {
    app = await startApp({ timezoneId: 'America/New_York' });
    const { page } = app;
    await app.waitForScreen('welcome');
    await page.getByLabel('Coalition name').fill('Kauai County CIT Coalition');
    const zone = page.getByRole('combobox', { name: 'Time zone' });
    await zone.click();
    await zone.fill('honolulu');
    await page.getByRole('option', { name: /^Honolulu \(Pacific\) — Hawaii-Aleutian/ }).click();
    await page.getByText('Not this computer’s time zone', { exact: false }).waitFor();
    await screenshot(page, 'welcome-time-zone-chosen');
    await page.getByRole('button', { name: 'Create coalition' }).click();
    await app.waitForScreen('shell');
    await page.getByRole('banner').getByText('Saved', { exact: true }).waitFor();
    expect((await app.readWorkspace()).coalition.timeZone).toBe('Pacific/Honolulu');

    // Coalition settings shows the same zone, so the person can see where it is kept.
    await page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Coalition settings' }).click();
    await expect(page.getByRole('combobox', { name: 'Time zone' }).inputValue()).resolves.toBe('Pacific / Honolulu');
    app.expectNoPageErrors();
  });
});

describe('the sample coalition', () => {
  it('opens with policies and a recognition event to explore', async () => {
    app = await startApp({ workspace: 'sample', route: '/policies' });
    const { page } = app;
    await page
      .getByText('Mental health crisis calls: screening and transfer to the crisis line', { exact: false })
      .first()
      .waitFor();
    await page.getByText('Millbrook Police General Order 41.2', { exact: false }).first().waitFor();
    await screenshot(page, 'sample-policies');

    await page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Recognition' }).click();
    await page.getByText('Crisis Response Partners Breakfast 2027', { exact: false }).first().waitFor();
    await screenshot(page, 'sample-recognition');
    app.expectNoPageErrors();
  });
});
