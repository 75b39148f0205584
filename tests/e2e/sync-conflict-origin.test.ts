import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { WorkspaceSession } from '../../src/workspace/session';
import { executeByName } from '../support/commands';
import { startCouchServer, type CouchServer } from '../support/couchServer';
import { PASSPHRASE } from '../support/syncMembers';
import { tempDir } from '../support/tempdir';
import { checkAccessibility, screenshot, setColorScheme, startApp, type RunningApp } from './support';

/**
 * Whose each version of a conflict is, on the Conflicts screen, in Chromium through the browser
 * host against a real CouchDB-protocol server: Maria (the chair) connects and invites, Ben joins,
 * both change one note while the server is away, and Ben's Conflicts screen says who made each
 * version and when (in the coalition's time zone, not his computer's), marking his own. The
 * Conflicts and Sharing screens are then checked in dark mode.
 */
let server: CouchServer;
let folder: string;
const apps: RunningApp[] = [];

beforeAll(async () => {
  server = await startCouchServer();
  for (const name of ['maria', 'ben']) await server.addUser(name, `${name}-password`);
  await server.createDatabase('riverside-cit', ['maria', 'ben']);
  folder = await tempDir('cit-e2e-origin-');
  for (const who of ['maria', 'ben']) await mkdir(path.join(folder, who));
}, 60_000);

afterAll(async () => {
  for (const app of apps) await app.close();
  await server?.stop();
});

async function connect(page: Page) {
  const form = page.getByRole('form', { name: 'Connect to a server' });
  await form.getByLabel('Server address').fill(server.url);
  await form.getByLabel('Name of the coalition’s space on the server').fill('riverside-cit');
  await form.getByLabel('Your account name').fill('maria');
  await form.getByLabel('Your password', { exact: true }).fill('maria-password');
  await form.getByLabel('Coalition passphrase', { exact: true }).fill(PASSPHRASE);
  await form.getByRole('button', { name: 'Connect' }).click();
}

describe('who made each version of a conflict', () => {
  it('the Conflicts screen names both members with the time of each change, marks this laptop’s, and reads well in dark mode', async () => {
    const mariaFile = path.join(folder, 'maria', 'Riverside.cit.json');
    const created = await WorkspaceSession.create(mariaFile, {
      name: 'Riverside CIT Coalition',
      community: 'Riverside County',
      timeZone: 'America/Chicago',
    });
    await executeByName(created, 'addActionItem', { title: 'Book the church hall' });
    await created.close();
    const maria = await startApp({ workspace: mariaFile, route: '/sharing' });
    apps.push(maria);
    await expect
      .poll(() => maria.page.getByRole('heading', { name: 'Connect to the coalition’s server' }).isVisible())
      .toBe(true);
    await connect(maria.page);
    await expect.poll(() => maria.page.getByTestId('sync-status').textContent(), { timeout: 20_000 }).toBe('Synced');
    await maria.page.getByRole('button', { name: 'Make an invitation' }).click();
    const saved = path.join(folder, 'maria', 'Invitation.citinvite');
    maria.host.platform.answerNextDialog(saved);
    await maria.page.getByRole('button', { name: 'Save invitation file…' }).click();
    await expect.poll(() => readFile(saved, 'utf8').catch(() => '')).toContain('cit-coalition-invitation');
    const invitation = await readFile(saved, 'utf8');

    // Ben's computer is set to Tokyo time: the card still says the coalition's (Chicago) time.
    const benFile = path.join(folder, 'ben', 'Riverside.cit.json');
    const ben = await startApp({ workspace: path.join(folder, 'ben', 'unused.cit.json'), timezoneId: 'Asia/Tokyo' });
    apps.push(ben);
    const { page } = ben;
    await page.getByRole('button', { name: /Join a coalition/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Join a coalition' });
    await dialog.getByRole('textbox', { name: 'Invitation' }).fill(invitation);
    await dialog.getByLabel('Your account name').fill('ben');
    await dialog.getByLabel('Your password', { exact: true }).fill('ben-password');
    await dialog.getByLabel('Coalition passphrase', { exact: true }).fill(PASSPHRASE);
    ben.host.platform.answerNextDialog(benFile);
    await dialog.getByRole('button', { name: 'Join and save my copy…' }).click();
    await ben.waitForScreen('shell');
    await expect.poll(() => page.getByTestId('sync-status').textContent(), { timeout: 20_000 }).toBe('Synced');

    const mariaSession = maria.host.service.requireSession();
    const itemId = mariaSession.doc.actionItems[0]!.id;
    await server.pause();
    await executeByName(mariaSession, 'updateActionItem', { id: itemId, changes: { notes: 'Thursday rate agreed.' } });
    await executeByName(ben.host.service.requireSession(), 'updateActionItem', {
      id: itemId,
      changes: { notes: 'Hall booked for Thursdays.' },
    });
    await server.resume();
    for (let round = 0; round < 2; round += 1) for (const app of [maria, ben]) await app.host.service.sync.syncNow();

    const status = page.getByTestId('sync-status');
    await expect.poll(() => status.textContent(), { timeout: 20_000 }).toBe('1 conflict');
    await status.click();
    const card = page.getByRole('article', { name: 'Action item: Book the church hall' });
    await expect.poll(() => card.isVisible()).toBe(true);

    // Each version says who made it and when, in the coalition's zone (Chicago: CST in December, CDT in summer).
    const mariaVersion = card.getByRole('region').filter({ hasText: 'Thursday rate agreed.' });
    const benVersion = card.getByRole('region').filter({ hasText: 'Hall booked for Thursdays.' });
    await expect.poll(() => mariaVersion.textContent()).toMatch(/Changed by maria on .+ C[SD]T/);
    await expect.poll(() => benVersion.textContent()).toMatch(/Changed by ben on .+ C[SD]T/);
    expect(await benVersion.getByText('This laptop', { exact: true }).isVisible()).toBe(true);
    expect(await mariaVersion.getByText('This laptop', { exact: true }).count()).toBe(0);
    expect(await card.textContent()).not.toMatch(/GMT\+9|JST/);
    await screenshot(page, 'sync-conflict-origin', { fullPage: true });
    await checkAccessibility(page, 'the Conflicts screen with who made each version');

    await setColorScheme(page, 'dark');
    await screenshot(page, 'sync-conflict-origin-dark', { fullPage: true });
    await checkAccessibility(page, 'the Conflicts screen in dark mode');

    await page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Sharing' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Sharing', exact: true }).isVisible()).toBe(true);
    await screenshot(page, 'sync-sharing-dark', { fullPage: true });
    await checkAccessibility(page, 'the Sharing screen in dark mode');
    ben.expectNoPageErrors();
    maria.expectNoPageErrors();
  });

  it('a version written by an older app, which does not say who, is by “another member”', async () => {
    const ben = apps[1]!;
    const { page } = ben;
    await setColorScheme(page, 'light');
    await page.getByRole('link', { name: 'See the conflict' }).click();
    const card = page.getByRole('article', { name: 'Action item: Book the church hall' });
    await card.getByRole('button', { name: 'Keep this one: “Thursday rate agreed.”' }).click();
    await expect.poll(() => page.getByText('Nothing to settle').isVisible(), { timeout: 20_000 }).toBe(true);
    for (const app of apps) await app.host.service.sync.syncNow();

    // The revision both versions start from, as the server holds it.
    const route = `/riverside-cit/${encodeURIComponent(`actionItems:${ben.host.service.requireSession().doc.actionItems[0]!.id}`)}`;
    const base = await admin('GET', route);
    expect(base.changedBy).toBeDefined();
    await server.pause();
    await executeByName(ben.host.service.requireSession(), 'updateActionItem', {
      id: ben.host.service.requireSession().doc.actionItems[0]!.id,
      changes: { notes: 'Ben: the hall says yes.' },
    });
    await server.resume();
    // An older app's revision beside Ben's, branching from the same one, without changedBy/changedAt.
    const {
      changedBy: _by,
      changedAt: _at,
      _rev,
      ...old
    } = base as Record<string, unknown> & {
      _rev: string;
      fields: Record<string, unknown>;
    };
    const generation = Number.parseInt(_rev, 10);
    const id = 'f'.repeat(32);
    await admin('POST', '/riverside-cit/_bulk_docs', {
      new_edits: false,
      docs: [
        {
          ...old,
          fields: { ...old.fields, notes: 'Old app: hall confirmed.' },
          _rev: `${generation + 1}-${id}`,
          _revisions: { start: generation + 1, ids: [id, _rev.split('-')[1]] },
        },
      ],
    });
    for (let round = 0; round < 2; round += 1) for (const app of apps) await app.host.service.sync.syncNow();

    const status = page.getByTestId('sync-status');
    await expect.poll(() => status.textContent(), { timeout: 20_000 }).toBe('1 conflict');
    await expect.poll(() => card.isVisible(), { timeout: 20_000 }).toBe(true);
    const oldVersion = card.getByRole('region').filter({ hasText: 'Old app: hall confirmed.' });
    const benVersion = card.getByRole('region').filter({ hasText: 'Ben: the hall says yes.' });
    await expect.poll(() => oldVersion.textContent()).toContain('Changed by another member');
    expect(await oldVersion.getByText('This laptop', { exact: true }).count()).toBe(0);
    await expect.poll(() => benVersion.textContent()).toMatch(/Changed by ben on .+ C[SD]T/);
    expect(await benVersion.getByText('This laptop', { exact: true }).isVisible()).toBe(true);
    await checkAccessibility(page, 'the Conflicts screen with a version of unknown origin');
    ben.expectNoPageErrors();
  });
});

async function admin(method: string, route: string, body?: unknown): Promise<Record<string, unknown>> {
  const auth = `Basic ${Buffer.from(`${server.admin.username}:${server.admin.password}`).toString('base64')}`;
  const response = await fetch(`${server.url}${route}`, {
    method,
    headers: { Authorization: auth, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${route}: ${response.status} ${await response.text()}`);
  return (await response.json()) as Record<string, unknown>;
}
