import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { WorkspaceSession } from '../../src/workspace/session';
import { executeByName } from '../support/commands';
import { startCouchServer, type CouchServer } from '../support/couchServer';
import { PASSPHRASE } from '../support/syncMembers';
import { tempDir } from '../support/tempdir';
import { checkAccessibility, screenshot, startApp, type RunningApp } from './support';

/**
 * The Sharing screens in Chromium through the browser host, against a real CouchDB-protocol
 * server (pouchdb-server as a child process): the chair connects from the Sharing screen (a
 * wrong password first), the header says Synced, an invitation is made, and a member joins
 * from the welcome screen with it and sees the chair's next change arrive by itself.
 */
let server: CouchServer;
let folder: string;
const apps: RunningApp[] = [];

beforeAll(async () => {
  server = await startCouchServer();
  for (const name of ['chair', 'ben']) await server.addUser(name, `${name}-password`);
  await server.createDatabase('riverside-cit', ['chair', 'ben']);
  folder = await tempDir('cit-e2e-sync-');
  for (const who of ['chair', 'ben']) await mkdir(path.join(folder, who));
}, 60_000);

afterAll(async () => {
  for (const app of apps) await app.close();
  await server?.stop();
});

async function fillConnect(
  page: Page,
  values: { server: string; database: string; account: string; password: string; passphrase: string },
) {
  const form = page.getByRole('form', { name: /Connect to a server|Sign in to sync/ });
  await form.getByLabel('Server address').fill(values.server);
  await form.getByLabel('Name of the coalition’s space on the server').fill(values.database);
  await form.getByLabel('Your account name').fill(values.account);
  await form.getByLabel('Your password', { exact: true }).fill(values.password);
  await form.getByLabel('Coalition passphrase', { exact: true }).fill(values.passphrase);
  return form;
}

let invitation = '';
let chair: RunningApp;
let member: RunningApp;

describe('sharing a coalition', () => {
  it('connects from the Sharing screen: checks the form, refuses a wrong password plainly, then says Synced and makes an invitation', async () => {
    const file = path.join(folder, 'chair', 'Riverside.cit.json');
    const created = await WorkspaceSession.create(file, {
      name: 'Riverside CIT Coalition',
      community: 'Riverside County',
      timeZone: 'America/Chicago',
    });
    await created.close();
    chair = await startApp({ workspace: file, route: '/sharing' });
    apps.push(chair);
    const { page } = chair;
    await expect
      .poll(() => page.getByRole('heading', { name: 'Connect to the coalition’s server' }).isVisible())
      .toBe(true);
    // The header says nothing about sharing while the coalition is not shared.
    expect(await page.getByTestId('sync-status').count()).toBe(0);

    // Each field says what is missing.
    const form = page.getByRole('form', { name: 'Connect to a server' });
    await form.getByRole('button', { name: 'Connect' }).click();
    await expect.poll(() => form.getByText('Type the server’s address.').isVisible()).toBe(true);
    await expect
      .poll(() => form.getByText('The coalition passphrase has at least 8 characters.').isVisible())
      .toBe(true);

    // A wrong password: the server's refusal in plain words, and the file as it was.
    const before = await readFile(file);
    await fillConnect(page, {
      server: server.url,
      database: 'riverside-cit',
      account: 'chair',
      password: 'wrong-password',
      passphrase: PASSPHRASE,
    });
    await form.getByRole('button', { name: 'Connect' }).click();
    const alert = form.getByRole('alert');
    await expect
      .poll(() => alert.textContent(), { timeout: 15_000 })
      .toContain('Sync failed: the password was refused.');
    expect(await alert.textContent()).toContain('Nothing in your file was changed.');
    expect(await readFile(file)).toEqual(before);
    await screenshot(page, 'sync-sharing-wrong-password', { fullPage: true });
    await checkAccessibility(page, 'the Sharing screen with a refusal');

    await form.getByLabel('Your password', { exact: true }).fill('chair-password');
    await form.getByRole('button', { name: 'Connect' }).click();
    const status = page.getByTestId('sync-status');
    await expect.poll(() => status.textContent(), { timeout: 20_000 }).toBe('Synced');
    await expect.poll(() => page.getByRole('heading', { name: 'Synced' }).isVisible()).toBe(true);
    expect(
      await page
        .getByText(`Shared through ${server.url}, in the space “riverside-cit”, signed in as chair.`)
        .isVisible(),
    ).toBe(true);
    expect(await readFile(file, 'utf8')).not.toContain('chair-password');

    await page.getByRole('button', { name: 'Make an invitation' }).click();
    const saved = path.join(folder, 'chair', 'Invitation.citinvite');
    chair.host.platform.answerNextDialog(saved);
    await page.getByRole('button', { name: 'Save invitation file…' }).click();
    await expect.poll(() => readFile(saved, 'utf8').catch(() => '')).toContain('cit-coalition-invitation');
    invitation = await readFile(saved, 'utf8');
    expect(JSON.parse(invitation)).toMatchObject({
      server: server.url,
      database: 'riverside-cit',
      coalitionName: 'Riverside CIT Coalition',
    });
    expect(invitation).not.toMatch(/password|passphrase|kettle/i);
    await screenshot(page, 'sync-sharing-connected', { fullPage: true });
    await checkAccessibility(page, 'the Sharing screen, connected');
    chair.expectNoPageErrors();
  });

  it('a member joins from the welcome screen with the invitation, and the chair’s next change arrives by itself', async () => {
    const benFile = path.join(folder, 'ben', 'Riverside.cit.json');
    const ben = await startApp({ workspace: path.join(folder, 'ben', 'unused.cit.json') });
    apps.push(ben);
    const { page } = ben;
    await page.getByRole('button', { name: /Join a coalition/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Join a coalition' });
    await dialog.getByRole('textbox', { name: 'Invitation' }).fill(invitation);
    await dialog.getByLabel('Your account name').fill('ben');
    await dialog.getByLabel('Your password', { exact: true }).fill('ben-password');
    await dialog.getByLabel('Coalition passphrase', { exact: true }).fill('not the passphrase');
    ben.host.platform.answerNextDialog(benFile);
    await dialog.getByRole('button', { name: 'Join and save my copy…' }).click();
    await expect
      .poll(() => dialog.getByRole('alert').textContent(), { timeout: 15_000 })
      .toContain('not this coalition’s passphrase');

    await dialog.getByLabel('Coalition passphrase', { exact: true }).fill(PASSPHRASE);
    ben.host.platform.answerNextDialog(benFile);
    await dialog.getByRole('button', { name: 'Join and save my copy…' }).click();
    await ben.waitForScreen('shell');
    await expect.poll(() => page.getByTestId('coalition-name').textContent()).toBe('Riverside CIT Coalition');
    await expect.poll(() => page.getByTestId('sync-status').textContent(), { timeout: 20_000 }).toBe('Synced');

    // The chair adds an action item; it shows in the member's window without a click.
    await executeByName(chair.host.service.requireSession(), 'addActionItem', { title: 'Book the church hall' });
    await page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Action items' }).click();
    await expect.poll(() => page.getByText('Book the church hall').first().isVisible(), { timeout: 20_000 }).toBe(true);
    ben.expectNoPageErrors();
    member = ben;
  });

  it('the same note changed on both laptops while apart shows as a conflict; the member combines the two and everyone gets the result', async () => {
    const { page } = member;
    const chairSession = chair.host.service.requireSession();
    const itemId = chairSession.doc.actionItems[0]!.id;
    await server.pause();
    await executeByName(chairSession, 'updateActionItem', { id: itemId, changes: { notes: 'Thursday rate agreed.' } });
    await executeByName(member.host.service.requireSession(), 'updateActionItem', {
      id: itemId,
      changes: { notes: 'Hall booked for Thursdays.' },
    });
    await server.resume();
    for (let round = 0; round < 2; round += 1) for (const app of [chair, member]) await app.host.service.sync.syncNow();

    const status = page.getByTestId('sync-status');
    await expect.poll(() => status.textContent(), { timeout: 20_000 }).toBe('1 conflict');
    await status.click();
    const card = page.getByRole('article', { name: 'Action item: Book the church hall' });
    await expect.poll(() => card.isVisible()).toBe(true);
    expect(await card.getByText('Notes was changed on two laptops').isVisible()).toBe(true);
    expect(await card.getByText('Thursday rate agreed.', { exact: true }).isVisible()).toBe(true);
    expect(await card.getByText('Hall booked for Thursdays.', { exact: true }).isVisible()).toBe(true);
    await screenshot(page, 'sync-conflicts', { fullPage: true });
    await checkAccessibility(page, 'the Conflicts screen');

    await card.getByRole('textbox', { name: 'Or combine them' }).fill('Thursday rate agreed; hall booked.');
    await card.getByRole('button', { name: 'Keep the combined text' }).click();
    await expect.poll(() => page.getByText('Nothing to settle').isVisible()).toBe(true);
    await expect.poll(() => status.textContent(), { timeout: 20_000 }).toBe('Synced');
    await chair.host.service.sync.syncNow();
    await expect
      .poll(() => chairSession.doc.actionItems[0]?.notes, { timeout: 20_000 })
      .toBe('Thursday rate agreed; hall booked.');
    member.expectNoPageErrors();
  });
});
