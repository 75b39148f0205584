import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { replicaFolderOf } from '../../src/sync/replica';
import { WorkspaceSession } from '../../src/workspace/session';
import { executeByName } from '../support/commands';
import { startCouchServer, type CouchServer } from '../support/couchServer';
import { PASSPHRASE } from '../support/syncMembers';
import { tempDir } from '../support/tempdir';
import { checkAccessibility, screenshot, setColorScheme, startApp, type RunningApp } from './support';

/**
 * Two details of sharing, in Chromium through the browser host against a real pouchdb-server:
 * Save As of a shared coalition makes a copy that is not shared and says so, the original staying
 * shared; and the invitation is shown in words (no JSON on the screen), saved as a file that the
 * Join dialog reads.
 */
let server: CouchServer;
let folder: string;
let chair: RunningApp;
const apps: RunningApp[] = [];

const DATABASE = 'harbor-cit';
const NAME = 'Harbor CIT Coalition';

beforeAll(async () => {
  server = await startCouchServer();
  for (const name of ['chair', 'dana']) await server.addUser(name, `${name}-password`);
  await server.createDatabase(DATABASE, ['chair', 'dana']);
  folder = await tempDir('cit-e2e-sync-details-');
  for (const who of ['chair', 'dana']) await mkdir(path.join(folder, who));
}, 60_000);

afterAll(async () => {
  for (const app of apps) await app.close();
  await server?.stop();
});

async function connect(page: Page) {
  const form = page.getByRole('form', { name: 'Connect to a server' });
  await form.getByLabel('Server address').fill(server.url);
  await form.getByLabel('Name of the coalition’s space on the server').fill(DATABASE);
  await form.getByLabel('Your account name').fill('chair');
  await form.getByLabel('Your password', { exact: true }).fill('chair-password');
  await form.getByLabel('Coalition passphrase', { exact: true }).fill(PASSPHRASE);
  await form.getByRole('button', { name: 'Connect' }).click();
  await expect.poll(() => page.getByTestId('sync-status').textContent(), { timeout: 20_000 }).toBe('Synced');
}

const original = () => path.join(folder, 'chair', 'Harbor.cit.json');
const copy = () => path.join(folder, 'chair', 'Harbor - trial.cit.json');

describe('sharing details', () => {
  it('Save As of a shared coalition makes a complete copy that is not shared, says so, and the original stays shared', async () => {
    const created = await WorkspaceSession.create(original(), {
      name: NAME,
      community: 'Harbor County',
      timeZone: 'America/Chicago',
    });
    await created.close();
    chair = await startApp({ workspace: original(), route: '/sharing' });
    apps.push(chair);
    const { page } = chair;
    await connect(page);
    // Something the copy must carry, made a moment before Save As.
    await executeByName(chair.host.service.requireSession(), 'addActionItem', { title: 'Print the flyers' });
    const connection = await readFile(path.join(replicaFolderOf(original()), 'connection.json'), 'utf8');

    chair.host.platform.answerNextDialog(copy());
    await page.getByRole('button', { name: 'Coalition menu' }).click();
    await page.getByRole('menuitem', { name: 'Save a copy as…' }).click();

    // Told at once, in plain words, which file is still shared.
    const told = page.getByRole('alert').filter({ hasText: 'This copy is not shared with the committee' }).first();
    await expect.poll(() => told.isVisible(), { timeout: 15_000 }).toBe(true);
    await expect.poll(() => chair.host.service.requireSession().filePath).toBe(copy());
    // The Sharing page of the copy says it too, and offers to connect it.
    const notice = page.getByRole('main').getByText(/This copy is not shared with the committee/);
    await expect.poll(() => notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toContain(`Your shared file is still ${original()}.`);
    expect(await page.getByRole('heading', { name: 'Connect to the coalition’s server' }).isVisible()).toBe(true);
    expect(await page.getByTestId('sync-status').count()).toBe(0);
    await screenshot(page, 'sync-copy-not-shared', { fullPage: true });
    await checkAccessibility(page, 'the Sharing screen of a copy');
    await setColorScheme(page, 'dark');
    await screenshot(page, 'sync-copy-not-shared-dark', { fullPage: true });
    await checkAccessibility(page, 'the Sharing screen of a copy, dark');
    await setColorScheme(page, 'light');

    // The copy is complete, has no connection of its own; the original's stays as it was.
    expect(existsSync(replicaFolderOf(copy()))).toBe(false);
    await chair.host.service.flush();
    const copied = JSON.parse(await readFile(copy(), 'utf8')) as Record<string, unknown>;
    const kept = JSON.parse(await readFile(original(), 'utf8')) as Record<string, unknown>;
    expect(copied).toEqual(kept);
    expect((copied.actionItems as Array<{ title: string }>).map((item) => item.title)).toEqual(['Print the flyers']);
    expect(await readFile(path.join(replicaFolderOf(original()), 'connection.json'), 'utf8')).toBe(connection);

    // Saving the copy over the shared file is refused: the copy would take its connection over.
    const sharedBytes = await readFile(original());
    chair.host.platform.answerNextDialog(original());
    await page.getByRole('button', { name: 'Coalition menu' }).click();
    await page.getByRole('menuitem', { name: 'Save a copy as…' }).click();
    await expect
      .poll(() => page.getByText('“Harbor.cit.json” is shared with a committee, so it was not replaced.').isVisible())
      .toBe(true);
    expect(await readFile(original())).toEqual(sharedBytes);
    expect(chair.host.service.requireSession().filePath).toBe(copy());

    // Opened again, the original is shared as before.
    chair.host.platform.answerNextDialog(original());
    await page.getByRole('button', { name: 'Coalition menu' }).click();
    await page.getByRole('menuitem', { name: 'Open another coalition…' }).click();
    await expect.poll(() => chair.host.service.requireSession().filePath).toBe(original());
    // (On a busy computer the first round after opening can take a while: "Syncing…" meanwhile.)
    await expect
      .poll(() => page.getByTestId('sync-status').textContent(), { timeout: 45_000 })
      .toMatch(/^(Synced|Sign in to sync)$/);
    // What was said of the copy is gone with it.
    await expect.poll(() => told.isVisible()).toBe(false);
    chair.expectNoPageErrors();
  });

  it('the invitation is shown in words, not its text; saved as a file, the Join dialog reads it', async () => {
    const { page, context } = chair;
    await page.goto(`${chair.host.url}#/sharing`);
    const status = () =>
      page
        .locator('#sharing-status')
        .textContent({ timeout: 1000 })
        .catch(() => 'no status heading');
    await expect.poll(status, { timeout: 20_000 }).toMatch(/^(Synced|Syncing…)$/);
    await page.getByRole('button', { name: 'Sync now' }).click();
    await expect.poll(status, { timeout: 45_000 }).toBe('Synced');
    await page.getByRole('button', { name: 'Make an invitation' }).click();
    const card = page.getByRole('article', { name: `Invitation to ${NAME}` });
    await expect.poll(() => card.isVisible()).toBe(true);
    const shown = (await card.innerText()).replace(/\s+/g, ' ');
    for (const words of [
      `Coalition ${NAME}`,
      `Server address ${server.url}`,
      `Space on the server ${DATABASE}`,
      'Their own account on this server',
      'The coalition passphrase. Tell it to them yourself',
      'it is never in the invitation file',
    ])
      expect(shown).toContain(words);
    const section = page.getByRole('region', { name: 'Invite a member' });
    expect(await section.innerText()).not.toMatch(/[{}]|cit-coalition-invitation/);
    expect(await section.getByRole('textbox').count()).toBe(0);
    await checkAccessibility(page, 'the invitation in words');
    await setColorScheme(page, 'dark');
    await screenshot(page, 'sync-invitation-dark', { fullPage: true });
    await checkAccessibility(page, 'the invitation in words, dark');
    await setColorScheme(page, 'light');
    await screenshot(page, 'sync-invitation', { fullPage: true });

    const saved = path.join(folder, 'chair', 'Invitation to Harbor.citinvite');
    chair.host.platform.answerNextDialog(saved);
    await card.getByRole('button', { name: 'Save invitation file…' }).click();
    await expect.poll(() => existsSync(saved)).toBe(true);
    const text = await readFile(saved, 'utf8');
    expect(text).not.toMatch(/password|passphrase|kettle/i);

    // "Copy invitation" puts the same text on the clipboard, to paste in the Join dialog.
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(chair.host.url).origin });
    // Chromium lets only the page in front write to the clipboard (other tests' pages may be).
    await page.bringToFront();
    await card.getByRole('button', { name: 'Copy invitation' }).click();
    await expect.poll(() => page.getByText('Invitation copied.', { exact: false }).isVisible()).toBe(true);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);

    // A member opens the saved file in the Join dialog and joins.
    const danaFile = path.join(folder, 'dana', 'Harbor.cit.json');
    const dana = await startApp({ workspace: path.join(folder, 'dana', 'unused.cit.json') });
    apps.push(dana);
    await dana.page.getByRole('button', { name: /Join a coalition/ }).click();
    const dialog = dana.page.getByRole('dialog', { name: 'Join a coalition' });
    const chooser = dana.page.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: 'Open the invitation file…' }).click();
    await (await chooser).setFiles(saved);
    await expect.poll(() => dialog.getByRole('textbox', { name: 'Invitation' }).inputValue()).toBe(text);
    await dialog.getByLabel('Your account name').fill('dana');
    await dialog.getByLabel('Your password', { exact: true }).fill('dana-password');
    await dialog.getByLabel('Coalition passphrase', { exact: true }).fill(PASSPHRASE);
    dana.host.platform.answerNextDialog(danaFile);
    await dialog.getByRole('button', { name: 'Join and save my copy…' }).click();
    await dana.waitForScreen('shell');
    await expect.poll(() => dana.page.getByTestId('coalition-name').textContent()).toBe(NAME);
    await expect.poll(() => dana.page.getByTestId('sync-status').textContent(), { timeout: 20_000 }).toBe('Synced');
    expect(dana.host.service.requireSession().doc.actionItems.map((item) => item.title)).toEqual(['Print the flyers']);
    chair.expectNoPageErrors();
    dana.expectNoPageErrors();
  });
});
