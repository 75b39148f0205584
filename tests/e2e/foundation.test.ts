import { createHash } from 'node:crypto';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/api/features';
import { backupFolderFor } from '../../src/workspace/backups';
import { WorkspaceSession } from '../../src/workspace/session';
import { SAMPLE_PATH } from './host/testHost';
import { checkAccessibility, screenshot, startApp, type RunningApp, setColorScheme } from './support';
import { tempDir } from '../support/tempdir';

/**
 * The foundation as a person meets it: the welcome screen, creating and renaming a coalition,
 * undo, the sample, a damaged file and the backups, in Chromium against real files.
 */
let app: RunningApp | null = null;
const cleanups: string[] = [];

afterEach(async () => {
  await app?.close();
  app = null;
  for (const folder of cleanups.splice(0)) await rm(folder, { recursive: true, force: true });
});

async function newFolder(): Promise<string> {
  const folder = await tempDir('cit-e2e-files-');
  cleanups.push(folder);
  return folder;
}

/** A workspace with one backup (the first version) beside it, closed so the app can take it. */
async function workspaceWithBackup(firstName: string, secondName: string): Promise<string> {
  const file = path.join(await newFolder(), 'Lakeside.cit.json');
  await (
    await WorkspaceSession.create(file, { name: firstName, community: 'Lakeside County', timeZone: 'America/Chicago' })
  ).close();
  // The first save of a session copies the version on disk into the backups folder.
  const session = await WorkspaceSession.open(file);
  await session.execute(COMMANDS.updateCoalition, { name: secondName, community: 'Lakeside County' });
  await session.close();
  expect(await readdir(backupFolderFor(file))).toHaveLength(1);
  return file;
}

const sha256 = async (file: string) =>
  createHash('sha256')
    .update(await readFile(file))
    .digest('hex');

describe('the welcome screen and the shell', () => {
  it('creates a coalition, shows it in the shell, renames it in settings, and the file agrees after a reload', async () => {
    app = await startApp();
    const { page } = app;
    await app.waitForScreen('welcome');
    await expect(page.getByRole('heading', { level: 1, name: 'CIT Coalition Organizer' }).isVisible()).resolves.toBe(
      true,
    );
    await checkAccessibility(page, 'the welcome screen');
    await screenshot(page, 'welcome', { copyTo: 'docs/screenshots/welcome.png' });
    await setColorScheme(page, 'dark');
    await checkAccessibility(page, 'the welcome screen (dark)');
    await screenshot(page, 'welcome-dark');
    await setColorScheme(page, 'light');

    await page.getByLabel('Coalition name').fill('Lakeside County CIT Coalition');
    await page.getByLabel('Community').fill('Lakeside County');
    await page.getByRole('button', { name: 'Create coalition' }).click();
    await app.waitForScreen('shell');

    const banner = page.getByRole('banner');
    await banner.getByText('Lakeside County CIT Coalition', { exact: true }).waitFor();
    await banner.getByText('Saved', { exact: true }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Dashboard');
    const nav = page.getByRole('navigation', { name: 'Areas' });
    for (const area of [
      'Dashboard',
      'Stakeholders',
      'Stages',
      'Meetings',
      'Action items',
      'Workgroups',
      'Policies',
      'Training',
      'Recognition',
      'Reports',
    ]) {
      expect(await nav.getByRole('link', { name: area, exact: true }).count(), area).toBe(1);
    }
    expect((await app.readWorkspace()).coalition).toMatchObject({
      name: 'Lakeside County CIT Coalition',
      community: 'Lakeside County',
    });

    await page.mouse.move(0, 500);
    await checkAccessibility(page, 'the empty shell');
    await screenshot(page, 'shell-light', { copyTo: 'docs/screenshots/shell.png' });
    await setColorScheme(page, 'dark');
    expect(await page.evaluate(() => document.documentElement.dataset.mantineColorScheme)).toBe('dark');
    await checkAccessibility(page, 'the empty shell (dark)');
    await screenshot(page, 'shell-dark');
    await setColorScheme(page, 'light');

    await nav.getByRole('link', { name: 'Coalition settings' }).click();
    await page.getByRole('heading', { level: 1, name: 'Coalition settings' }).waitFor();
    expect(page.url()).toMatch(/#\/settings$/);
    await checkAccessibility(page, 'the settings page');
    await screenshot(page, 'settings');

    const nameField = page.getByRole('textbox', { name: 'Coalition name' });
    expect(await nameField.inputValue()).toBe('Lakeside County CIT Coalition');
    await nameField.fill('Lakeside Regional CIT Partnership');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Coalition details saved.').waitFor();
    await banner.getByText('Lakeside Regional CIT Partnership', { exact: true }).waitFor();
    expect(
      await page
        .getByRole('button', { name: 'Undo: change coalition details to "Lakeside Regional CIT Partnership"' })
        .isEnabled(),
    ).toBe(true);

    await page.reload();
    await app.waitForScreen('shell');
    await banner.getByText('Lakeside Regional CIT Partnership', { exact: true }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Coalition name' }).inputValue()).toBe(
      'Lakeside Regional CIT Partnership',
    );
    expect((await app.readWorkspace()).coalition.name).toBe('Lakeside Regional CIT Partnership');
    app.expectNoPageErrors();
  });

  it('shows a message beside the field, and changes nothing, when the name is left empty', async () => {
    app = await startApp();
    const { page } = app;
    await page.getByRole('button', { name: 'Create coalition' }).click();
    await page.getByText('Coalition name is required.').waitFor();
    expect(await page.getByLabel('Coalition name').getAttribute('aria-invalid')).toBe('true');
    await expect(readFile(app.workspacePath)).rejects.toThrow(/ENOENT/);
  });

  it('can be used from the keyboard: Tab reaches the create form and Enter submits it; File › New Coalition focuses it', async () => {
    app = await startApp();
    const { page } = app;
    const focusedLabel = () =>
      page.evaluate(() => {
        const element = document.activeElement as HTMLInputElement | null;
        return (
          element?.labels?.[0]?.textContent?.replace('*', '').trim() ??
          element?.getAttribute('aria-label') ??
          element?.tagName ??
          ''
        );
      });
    let presses = 0;
    while ((await focusedLabel()) !== 'Coalition name') {
      await page.keyboard.press('Tab');
      presses += 1;
      expect(presses, 'Tab presses to reach the name field').toBeLessThan(8);
    }
    await page.keyboard.type('Harbor City CIT Coalition');
    await page.keyboard.press('Tab');
    expect(await focusedLabel()).toBe('Community');
    await page.keyboard.type('Harbor City');

    // The menu's New Coalition brings focus back to the name, wherever it was.
    await app.menu('new-coalition');
    await page.waitForFunction(() =>
      (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent?.startsWith('Coalition name'),
    );

    await page.keyboard.press('Enter');
    await app.waitForScreen('shell');
    await page.getByRole('banner').getByText('Harbor City CIT Coalition', { exact: true }).waitFor();
    expect((await app.readWorkspace()).coalition).toMatchObject({
      name: 'Harbor City CIT Coalition',
      community: 'Harbor City',
    });
  });

  it('undoes and redoes with the keyboard, but leaves Ctrl+Z inside a text field to the field', async () => {
    const file = await workspaceWithBackup('Lakeside County CIT Coalition', 'Lakeside Regional CIT Partnership');
    app = await startApp({ workspace: file, route: '/settings' });
    const { page } = app;
    const banner = page.getByRole('banner');
    await banner.getByText('Lakeside Regional CIT Partnership', { exact: true }).waitFor();

    // A change made in this window, so there is something to undo.
    const nameField = page.getByRole('textbox', { name: 'Coalition name' });
    await nameField.fill('Lakeside CIT');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await banner.getByText('Lakeside CIT', { exact: true }).waitFor();

    // In the field, Ctrl+Z is the field's own undo: the workspace keeps its name.
    await nameField.click();
    await page.keyboard.type(' extra');
    await page.keyboard.press('Control+Z');
    expect((await app.readWorkspace()).coalition.name).toBe('Lakeside CIT');
    expect(await banner.getByText('Lakeside CIT', { exact: true }).count()).toBe(1);

    // Outside a field it undoes the last change, and the file follows.
    await page.getByRole('heading', { level: 1, name: 'Coalition settings' }).click();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Control+Z');
    await banner.getByText('Lakeside Regional CIT Partnership', { exact: true }).waitFor();
    expect((await app.readWorkspace()).coalition.name).toBe('Lakeside Regional CIT Partnership');
    expect(
      await page.getByRole('button', { name: 'Redo: change coalition details to "Lakeside CIT"' }).isEnabled(),
    ).toBe(true);

    await page.keyboard.press('Control+Shift+Z');
    await banner.getByText('Lakeside CIT', { exact: true }).waitFor();
    expect((await app.readWorkspace()).coalition.name).toBe('Lakeside CIT');

    // The menu's Undo does the same. (A menu request arriving within moments of the shortcut is
    // taken for the same key press reaching the desktop menu too, and ignored: wait past that.)
    await page.waitForTimeout(600);
    await app.menu('undo');
    await banner.getByText('Lakeside Regional CIT Partnership', { exact: true }).waitFor();
    app.expectNoPageErrors();
  });
});

describe('the desktop menu', () => {
  it('opens the settings, and New Coalition asks for a name over the open coalition, which stays as it is', async () => {
    const file = await workspaceWithBackup('Lakeside County CIT Coalition', 'Lakeside Regional CIT Partnership');
    app = await startApp({ workspace: file });
    const { page } = app;
    await page.getByRole('banner').getByText('Lakeside Regional CIT Partnership', { exact: true }).waitFor();

    await app.menu('settings');
    await page.getByRole('heading', { level: 1, name: 'Coalition settings' }).waitFor();
    expect(page.url()).toMatch(/#\/settings$/);

    await app.menu('new-coalition');
    const dialog = page.getByRole('dialog', { name: 'Start a new coalition' });
    await dialog.waitFor();
    await page.waitForFunction(() =>
      (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent?.startsWith('Coalition name'),
    );
    await checkAccessibility(page, 'the New coalition window');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect((await app.readWorkspace()).coalition.name).toBe('Lakeside Regional CIT Partnership');
    app.expectNoPageErrors();
  });
});

describe('opening coalitions', () => {
  it('opens a copy of the sample coalition and leaves the bundled sample untouched', async () => {
    const sampleBefore = await sha256(SAMPLE_PATH);
    app = await startApp();
    const { page } = app;
    await page.getByRole('button', { name: /Explore the sample coalition/ }).click();
    await app.waitForScreen('shell');
    await page.getByRole('banner').getByText('Riverside County CIT Coalition', { exact: true }).waitFor();
    await page.getByText('Sample coalition opened').waitFor();
    const copy = await app.readWorkspace();
    expect(copy.stakeholders.length).toBeGreaterThanOrEqual(20);
    expect(app.workspacePath).not.toBe(SAMPLE_PATH);
    expect(await sha256(SAMPLE_PATH)).toBe(sampleBefore);
    app.expectNoPageErrors();
  });

  it('closes the coalition from the header menu and opens it again from the recent list', async () => {
    const file = await workspaceWithBackup('Lakeside County CIT Coalition', 'Lakeside Regional CIT Partnership');
    app = await startApp({ workspace: file });
    const { page } = app;
    await page.getByRole('banner').getByText('Lakeside Regional CIT Partnership', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Coalition menu' }).click();
    await page.getByRole('menuitem', { name: 'Close coalition' }).click();
    await app.waitForScreen('welcome');

    const recent = page.getByRole('region', { name: 'Recent coalitions' });
    const entry = recent.getByRole('button', { name: /^Lakeside Regional CIT Partnership/ });
    await entry.waitFor();
    expect(await recent.textContent()).toContain('Lakeside.cit.json');
    await page.mouse.move(0, 0);
    await checkAccessibility(page, 'the welcome screen with recent coalitions');
    await screenshot(page, 'welcome-recent');

    await entry.click();
    await app.waitForScreen('shell');
    await page.getByRole('banner').getByText('Lakeside Regional CIT Partnership', { exact: true }).waitFor();
    app.expectNoPageErrors();
  });

  it('explains a damaged file in plain words, offers the newest good backup, and never writes to the damaged file', async () => {
    const file = await workspaceWithBackup('Lakeside County CIT Coalition', 'Lakeside Regional CIT Partnership');
    const good = await readFile(file, 'utf8');
    await writeFile(file, good.slice(0, Math.floor(good.length / 2)));
    const damaged = await readFile(file);

    app = await startApp({ workspace: file, open: false });
    const { page } = app;
    await page.getByRole('button', { name: /Open a coalition file/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('This file could not be opened').waitFor();
    expect(await dialog.textContent()).toMatch(/is not a coalition workspace: it is not readable as workspace data/);
    expect(await dialog.textContent()).toContain('The app has not changed the file.');

    const details = dialog.getByRole('button', { name: 'Show details' });
    expect(await details.getAttribute('aria-expanded')).toBe('false');
    await details.click();
    await dialog.getByRole('button', { name: 'Hide details' }).waitFor();
    await dialog.getByText(/JSON/).first().waitFor();

    const restore = dialog.getByRole('button', { name: /^Restore backup from / });
    await restore.waitFor();
    await page.mouse.move(0, 0);
    await checkAccessibility(page, 'the damaged-file dialog');
    await screenshot(page, 'damaged-file');
    expect(await readFile(file)).toEqual(damaged);

    await restore.click();
    await app.waitForScreen('shell');
    await page.getByRole('banner').getByText('Lakeside County CIT Coalition', { exact: true }).waitFor();
    expect((await app.readWorkspace()).coalition.name).toBe('Lakeside County CIT Coalition');
    const kept = (await readdir(backupFolderFor(file))).filter((name) => name.endsWith('.damaged.json'));
    expect(kept).toHaveLength(1);
    expect(await readFile(path.join(backupFolderFor(file), kept[0]!))).toEqual(damaged);
  });

  it('lists the backups from the menu and restores one after asking', async () => {
    const file = await workspaceWithBackup('Lakeside County CIT Coalition', 'Lakeside Regional CIT Partnership');
    app = await startApp({ workspace: file });
    const { page } = app;
    await page.getByRole('banner').getByText('Lakeside Regional CIT Partnership', { exact: true }).waitFor();

    await app.menu('backups');
    const dialog = page.getByRole('dialog', { name: 'Backups' });
    await dialog.getByRole('columnheader', { name: 'Saved' }).waitFor();
    const rows = dialog.getByRole('row');
    expect(await rows.count()).toBe(2);
    expect(await rows.nth(1).textContent()).toMatch(/\d+ (bytes|KB)/);
    await checkAccessibility(page, 'the backups window');
    await screenshot(page, 'backups');

    await dialog.getByRole('button', { name: /^Restore backup from / }).click();
    await dialog.getByText(/Restore the version saved on/).waitFor();
    expect((await app.readWorkspace()).coalition.name).toBe('Lakeside Regional CIT Partnership');
    await dialog.getByRole('button', { name: 'Restore this version' }).click();
    await page.getByRole('banner').getByText('Lakeside County CIT Coalition', { exact: true }).waitFor();
    expect((await app.readWorkspace()).coalition.name).toBe('Lakeside County CIT Coalition');

    // The header's menu reaches the same list, and it now holds the version that was replaced too.
    await page.getByRole('button', { name: 'Coalition menu' }).click();
    await page.getByRole('menuitem', { name: 'Backups…' }).click();
    await page.getByRole('dialog', { name: 'Backups' }).getByRole('columnheader', { name: 'Saved' }).waitFor();
    expect(await page.getByRole('dialog', { name: 'Backups' }).getByRole('row').count()).toBe(3);
    app.expectNoPageErrors();
  });
});
