import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { WorkspaceSession } from '../../src/workspace/session';
import { withDirectory } from '../support/fixtures/directory-fixture';
import { tempDir } from '../support/tempdir';
import { checkAccessibility, coalitionDay, screenshot, startApp, type RunningApp } from './support';

/**
 * A coordinator's directory in Chromium against a real file: add a service through the form,
 * filter the list, mark an entry checked and undo it, print the pocket card, and find the new
 * service in the file after it is opened again.
 */
let app: RunningApp | null = null;

afterEach(async () => {
  await app?.close();
  app = null;
});

async function workspace(): Promise<string> {
  const { doc } = withDirectory();
  const file = path.join(await tempDir('cit-e2e-dir-'), 'Riverside.cit.json');
  await (await WorkspaceSession.fromDocument(file, doc)).close();
  return file;
}

describe('the resource directory in the browser', () => {
  it('adds, filters, marks checked, undoes, prints and keeps the directory in the file', { timeout: 240_000 }, async () => {
    const file = await workspace();
    app = await startApp({ workspace: file, route: '/directory' });
    const { page } = app;
    await page.getByRole('heading', { level: 1, name: 'Resource directory' }).waitFor();
    await page.getByTestId('service-count').getByText('4 services').waitFor();

    // A new service, typed into the form.
    await page.getByRole('button', { name: 'Add service' }).click();
    const dialog = page.getByRole('dialog', { name: 'New service' });
    await dialog.getByRole('textbox', { name: 'Service name' }).fill('Mobile crisis team');
    await dialog.getByRole('combobox', { name: 'Organization' }).click();
    await page.getByRole('option', { name: 'Riverbend Crisis Center' }).click();
    await dialog.getByRole('combobox', { name: 'Kind of service' }).click();
    await page.getByRole('option', { name: 'Mobile crisis team' }).click();
    await dialog.getByRole('checkbox', { name: 'Open all day and night, every day' }).check();
    await dialog.getByRole('textbox', { name: 'Phone' }).fill('(555) 010-2222');
    await dialog.getByRole('combobox', { name: 'Languages' }).fill('Spanish');
    await page.keyboard.press('Enter');
    await dialog.getByRole('button', { name: 'Add service' }).click();
    await page.getByText('Added “Mobile crisis team” to the directory.').waitFor();
    await expect
      .poll(async () => (await app!.readWorkspace()).services.find((s) => s.name === 'Mobile crisis team'))
      .toMatchObject({ organizationId: 'org-crisis', kind: 'mobile-crisis', openAllDay: true, phone: '(555) 010-2222', languages: ['Spanish'] });

    // Filters: receiving facilities, then a search.
    await page.getByRole('checkbox', { name: 'Receiving facilities' }).check();
    await page.getByTestId('service-count').getByText('2 of 5 services').waitFor();
    await page.getByRole('checkbox', { name: 'Receiving facilities' }).uncheck();
    await page.getByRole('textbox', { name: 'Find a service' }).fill('shelter');
    await page.getByTestId('service-count').getByText('1 of 5 services').waitFor();
    await page.getByRole('textbox', { name: 'Find a service' }).fill('');

    // The night shelter was never checked: mark it checked today, then undo.
    await page.getByRole('checkbox', { name: 'Needs checking' }).check();
    await page.getByRole('listitem', { name: 'Night shelter' }).waitFor();
    await page.getByRole('button', { name: 'Mark Night shelter as checked today' }).click();
    const today = coalitionDay('America/Chicago');
    const shelter = async () => (await app!.readWorkspace()).services.find((s) => s.name === 'Night shelter');
    await expect.poll(async () => (await shelter())?.lastChecked).toBe(today);
    await page.getByRole('listitem', { name: 'Night shelter' }).waitFor({ state: 'detached' });
    await page.getByRole('button', { name: /^Undo: mark Night shelter checked$/ }).click();
    await expect.poll(async () => (await shelter())?.lastChecked).toBeNull();
    await page.getByRole('listitem', { name: 'Night shelter' }).waitFor();
    await page.getByRole('checkbox', { name: 'Needs checking' }).uncheck();

    await page.getByRole('region', { name: 'Gaps in community services' }).getByText('No detox / withdrawal management in the directory.').waitFor();
    await checkAccessibility(page, 'the resource directory');
    await screenshot(page, 'directory', { fullPage: true });

    // The pocket card, saved where the person chose.
    await page.getByRole('button', { name: 'Print or export' }).click();
    await page.getByRole('menuitem', { name: 'Pocket resource card (.docx)' }).click();
    await page.getByText(/^Saved the pocket card as .*\.docx\.$/).waitFor();
    expect((await readdir(app.exportsDir)).some((name) => name.includes('pocket resource card') && name.endsWith('.docx'))).toBe(true);

    // Opened again, the new service is there in its place.
    await app.close();
    app = await startApp({ workspace: file, route: '/directory' });
    await app.page.getByRole('listitem', { name: 'Mobile crisis team' }).waitFor();
    expect((await app.readWorkspace()).services.map((s) => s.name)).toEqual([
      'Crisis stabilization unit',
      'Emergency department',
      'Outpatient counseling',
      'Night shelter',
      'Mobile crisis team',
    ]);
    app.expectNoPageErrors();
  });
});
