import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { WorkspaceSession } from '../../src/workspace/session';
import { tempDir } from '../support/tempdir';
import { checkAccessibility, screenshot, startApp, type RunningApp } from './support';

/**
 * A coordinator imports what they really have, in Chromium against a real file: a CSV that Excel
 * on Windows saved in Windows-1252, and a workbook whose people are on its second sheet. The
 * names must arrive with their accents, and the workspace file is read back to prove it.
 */
let app: RunningApp | null = null;

afterEach(async () => {
  await app?.close();
  app = null;
});

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'import');
const text = async (locator: Locator) => (await locator.innerText()).replace(/\s+/g, ' ').trim();

async function emptyCoalition(): Promise<string> {
  const file = path.join(await tempDir('cit-e2e-import-'), 'Riverside.cit.json');
  await (
    await WorkspaceSession.create(file, {
      name: 'Riverside CIT Coalition',
      community: 'Riverside County',
      timeZone: 'America/Chicago',
    })
  ).close();
  return file;
}

async function choose(page: Page, scope: Locator, label: string, option: string): Promise<void> {
  await scope.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function openWizard(page: Page, file: string): Promise<Locator> {
  await page.getByRole('button', { name: 'Import…' }).click();
  const wizard = page.getByRole('dialog', { name: 'Import people from a spreadsheet' });
  await wizard.locator('input[type="file"]').setInputFiles(path.join(FIXTURES, file));
  await wizard.getByRole('table', { name: 'Columns of the file' }).waitFor();
  return wizard;
}

describe('importing the files coordinators have, through the screens', () => {
  it('reads a Windows-1252 CSV with its accents, shows the encoding, and keeps the agency with no name as an organization', async () => {
    const workspace = await emptyCoalition();
    app = await startApp({ workspace, route: '/stakeholders' });
    const { page } = app;
    const wizard = await openWizard(page, 'people-windows1252.csv');

    const encoding = wizard.getByRole('combobox', { name: 'Characters' });
    expect(await encoding.inputValue()).toBe('Western (Windows-1252 / ISO-8859-1)');
    expect(await text(wizard.getByRole('table', { name: 'Columns of the file' }))).toContain('José · Zoë · François');

    // Read as UTF-8 the accents break, and the screen says so; back to Windows-1252 they are whole.
    await choose(page, wizard, 'Characters', 'UTF-8 (Unicode)');
    await wizard.getByText('Some letters could not be read').waitFor();
    await screenshot(page, 'import-wrong-encoding');
    await choose(page, wizard, 'Characters', 'Western (Windows-1252 / ISO-8859-1)');
    await wizard.getByText('Some letters could not be read').waitFor({ state: 'detached' });
    await checkAccessibility(page, 'the import columns with the encoding');

    await wizard.getByRole('button', { name: 'Next: check the rows' }).click();
    await wizard.getByText('A row names an agency and its contact details but no person').waitFor();
    await screenshot(page, 'import-organization-choice');
    await checkAccessibility(page, 'the import review with an agency row');
    await wizard.getByRole('button', { name: 'Import 3 people and 1 organization' }).click();
    await wizard.waitFor({ state: 'hidden' });
    await page.getByRole('table', { name: 'Stakeholders' }).getByRole('button', { name: 'Zoë Brontë' }).waitFor();

    const doc = await app.readWorkspace();
    expect(doc.stakeholders.map((s) => s.name)).toEqual(['José Núñez', 'Zoë Brontë', 'François Lefèvre']);
    expect(doc.stakeholders.find((s) => s.name === 'Zoë Brontë')).toMatchObject({
      sector: 'peer',
      livedExperience: true,
    });
    expect(doc.organizations.find((o) => o.name === 'Riverside General Hospital')).toMatchObject({
      sector: 'hospital',
      notes: 'Front desk: frontdesk@riversidehospital.example, 555-010-9000',
    });
  });

  it('reads an Excel workbook, letting the person choose the sheet the people are on', async () => {
    const workspace = await emptyCoalition();
    app = await startApp({ workspace, route: '/stakeholders' });
    const { page } = app;
    const wizard = await openWizard(page, 'two-sheets.xlsx');

    expect(await wizard.getByRole('combobox', { name: 'Sheet' }).inputValue()).toBe('Read me');
    await choose(page, wizard, 'Sheet', 'People');
    await wizard.getByRole('combobox', { name: 'Import “Email” as' }).waitFor();
    expect(await wizard.getByRole('combobox', { name: 'Import “First Name” as' }).inputValue()).toBe('First name');
    await screenshot(page, 'import-workbook-sheet');
    await checkAccessibility(page, 'the import columns with the sheet');

    await wizard.getByRole('button', { name: 'Next: check the rows' }).click();
    await wizard.getByRole('radio', { name: /Leave them out/ }).check();
    await wizard.getByRole('button', { name: 'Import 3 people' }).click();
    await wizard.waitFor({ state: 'hidden' });
    await page.getByRole('table', { name: 'Stakeholders' }).getByRole('button', { name: 'François Lefèvre' }).waitFor();

    const doc = await app.readWorkspace();
    expect(doc.stakeholders.map((s) => [s.name, s.phone])).toEqual([
      ['José Núñez', '0161 555 0100'],
      ['Zoë Brontë', '555-010-4411'],
      ['François Lefèvre', '(555) 010-2030'],
    ]);
    expect(doc.organizations.map((o) => o.name)).not.toContain('Riverside General Hospital');
  });
});
