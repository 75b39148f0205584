import { readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { WorkspaceSession } from '../../src/workspace/session';
import { tempDir } from '../support/tempdir';
import { checkAccessibility, screenshot, startApp, type RunningApp, setColorScheme } from './support';

/**
 * The file's safety as a person meets it in Chromium, against real files: a workspace open in
 * another window is read-only and says who has it; a change made to the file behind the app's
 * back is noticed and can be reloaded; and the history lists what was changed.
 */
let app: RunningApp | null = null;
let holder: WorkspaceSession | null = null;
const cleanups: string[] = [];

afterEach(async () => {
  await app?.close();
  app = null;
  await holder?.close();
  holder = null;
  for (const folder of cleanups.splice(0)) await rm(folder, { recursive: true, force: true });
});

async function newWorkspace(name: string): Promise<string> {
  const folder = await tempDir('cit-e2e-safety-');
  cleanups.push(folder);
  const file = path.join(folder, 'Lakeside.cit.json');
  await (await WorkspaceSession.create(file, { name, community: 'Lakeside County', timeZone: 'UTC' })).close();
  return file;
}

async function renameInSettings(page: RunningApp['page'], name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Coalition settings' }).click();
  const field = page.getByRole('textbox', { name: 'Coalition name' });
  await field.fill(name);
  await page.getByRole('button', { name: 'Save changes' }).click();
}

describe('data safety on screen', () => {
  it('opens a workspace held by another window read-only, says who holds it, refuses changes, and takes over once it is free', async () => {
    const file = await newWorkspace('Lakeside County CIT Coalition');
    holder = await WorkspaceSession.open(file);
    expect(holder.readOnly).toBeNull();
    const before = await readFile(file, 'utf8');

    app = await startApp({ workspace: file });
    const { page } = app;
    await app.waitForScreen('shell');
    const banner = page.getByTestId('read-only-banner');
    await banner.waitFor();
    const text = (await banner.textContent()) ?? '';
    expect(text).toContain(`This workspace is open on ${os.hostname()} by ${os.userInfo().username} since `);
    expect(text).toContain('You can look but not change anything here.');
    await page.mouse.move(0, 500);
    await checkAccessibility(page, 'the read-only banner');
    await screenshot(page, 'data-safety-read-only');

    // A change is refused with the main process's sentence, and the file is untouched.
    await renameInSettings(page, 'Taken Over Here');
    await page.getByText('Nothing was changed', { exact: true }).waitFor();
    expect(await page.getByText(/it is read-only here\./).count()).toBeGreaterThan(0);
    expect(await readFile(file, 'utf8')).toBe(before);

    // The other window closes; "Try again" takes the file over and the banner goes.
    await holder.close();
    holder = null;
    await banner.getByRole('button', { name: 'Try again' }).click();
    await page.getByText('The file is free again: you can make changes.').waitFor();
    await banner.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Coalition details saved.').waitFor();
    expect((await app.readWorkspace()).coalition.name).toBe('Taken Over Here');
    app.expectNoPageErrors();
  });

  it('notices a change made to the file behind its back, reloads it from disk, and lists the rename in the history', async () => {
    const file = await newWorkspace('Lakeside County CIT Coalition');
    app = await startApp({ workspace: file });
    const { page } = app;
    await app.waitForScreen('shell');
    const header = page.getByRole('banner');

    await renameInSettings(page, 'Lakeside Regional CIT Partnership');
    await page.getByText('Coalition details saved.').waitFor();
    await header.getByText('Lakeside Regional CIT Partnership', { exact: true }).waitFor();

    // Nothing changed outside yet: a check finds nothing and shows nothing.
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await page.waitForTimeout(500);
    expect(await page.getByTestId('outside-change').count()).toBe(0);

    // A sync service writes another computer's version of the file.
    const elsewhere = JSON.parse(await readFile(file, 'utf8')) as { coalition: { name: string } };
    elsewhere.coalition.name = 'Renamed On The Office Computer';
    await writeFile(file, JSON.stringify(elsewhere, null, 2));

    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    const notice = page.getByRole('dialog', { name: 'This file was changed elsewhere' });
    await notice.waitFor();
    expect(await notice.textContent()).toContain(
      'This file was changed by another program or computer (for example a sync service) since you opened it.',
    );
    await checkAccessibility(page, 'the outside-change notice');
    await screenshot(page, 'data-safety-outside-change');
    // This window has nothing unsaved, so it offers a plain reload.
    expect(await notice.getByRole('button', { name: 'Save my version as a new file' }).count()).toBe(0);

    await notice.getByRole('button', { name: 'Reload from disk' }).click();
    await notice.waitFor({ state: 'detached' });
    await header.getByText('Renamed On The Office Computer', { exact: true }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Coalition name' }).inputValue()).toBe(
      'Renamed On The Office Computer',
    );

    // The history, from the header's menu: the rename made here, newest first.
    await page.getByRole('button', { name: 'Coalition menu' }).click();
    await page.getByRole('menuitem', { name: 'History of changes…' }).click();
    const history = page.getByRole('dialog', { name: 'History of changes' });
    const list = history.getByRole('list', { name: 'Changes, newest first' });
    await list.waitFor();
    const rows = await list.getByRole('listitem').allTextContents();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(/ago|less than a minute/);
    expect(rows[0]).toContain('Change coalition details to "Lakeside Regional CIT Partnership"');
    await checkAccessibility(page, 'the history of changes');
    await screenshot(page, 'data-safety-history');
    await setColorScheme(page, 'dark');
    await screenshot(page, 'data-safety-history-dark');
    await setColorScheme(page, 'light');
    await page.keyboard.press('Escape');
    await history.waitFor({ state: 'detached' });

    // The desktop menu's History opens the same window.
    await app.menu('history');
    await history.getByRole('listitem').first().waitFor();
    app.expectNoPageErrors();
  });
});
