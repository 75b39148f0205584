import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { WorkspaceSession } from '../../src/workspace/session';
import { checkAccessibility, screenshot, startApp, type RunningApp } from './support';
import { tempDir } from '../support/tempdir';

/**
 * Light, Dark or Follow the computer, chosen in Coalition settings: the window changes at once,
 * the choice outlasts a reload, and it never touches the coalition's file.
 */
let app: RunningApp | null = null;
const cleanups: string[] = [];

afterEach(async () => {
  await app?.close();
  app = null;
  for (const folder of cleanups.splice(0)) await rm(folder, { recursive: true, force: true });
});

const schemeOf = (page: RunningApp['page']) => page.evaluate(() => document.documentElement.dataset.mantineColorScheme);

async function waitForScheme(page: RunningApp['page'], want: 'light' | 'dark') {
  await page.waitForFunction((scheme) => document.documentElement.dataset.mantineColorScheme === scheme, want, {
    timeout: 10_000,
  });
}

describe('appearance', () => {
  it('keeps Dark after a reload on a light computer, and Follow the computer follows it again', async () => {
    const folder = await tempDir('cit-e2e-appearance-');
    cleanups.push(folder);
    const file = path.join(folder, 'Lakeside.cit.json');
    await (
      await WorkspaceSession.create(file, { name: 'Lakeside CIT', community: 'Lakeside County', timeZone: 'UTC' })
    ).close();

    app = await startApp({ workspace: file, route: '/settings', colorScheme: 'light' });
    const { page } = app;
    const appearance = page.getByRole('radiogroup', { name: 'Appearance' });
    await appearance.waitFor();
    expect(await schemeOf(page)).toBe('light');
    const before = await app.readWorkspace();

    await appearance.getByText('Dark', { exact: true }).click();
    await waitForScheme(page, 'dark');
    await checkAccessibility(page, 'the settings page in dark');
    await screenshot(page, 'settings-appearance-dark');

    // A new start of the window: the computer still says light, the choice says dark.
    await page.reload();
    await page.getByRole('radiogroup', { name: 'Appearance' }).waitFor();
    expect(await schemeOf(page)).toBe('dark');
    expect(await page.getByRole('radio', { name: 'Dark' }).isChecked()).toBe(true);

    // Following the computer again: light now, and dark when the computer turns dark.
    await page.getByRole('radiogroup', { name: 'Appearance' }).getByText('Follow the computer').click();
    await waitForScheme(page, 'light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await waitForScheme(page, 'dark');

    // The person's choice is not the coalition's: the file is as it was.
    expect(await app.readWorkspace()).toEqual(before);
    app.expectNoPageErrors();
  });
});
