import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { WorkspaceSession } from '../../src/workspace/session';
import { readDocx } from '../support/docx';
import { tempDir } from '../support/tempdir';
import type { Locator } from 'playwright-core';
import { checkAccessibility, screenshot, startApp, type RunningApp } from './support';

/**
 * A volunteer's first week with the coalition map, in Chromium against a real file: import the
 * sheriff's contact export, correct a person's record, log a conversation that moves them along,
 * watch the coverage panel change, and find all of it in the workspace file.
 */
let app: RunningApp | null = null;

afterEach(async () => {
  await app?.close();
  app = null;
});

/** Waits until a check on the page holds (the screen updates after each reply), or fails saying which. */
async function until(what: string, check: () => Promise<boolean>, timeout = 10_000): Promise<void> {
  const start = Date.now();
  while (!(await check().catch(() => false))) {
    if (Date.now() - start > timeout) throw new Error(`Timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const text = async (locator: Locator) => (await locator.innerText()).replace(/\s+/g, ' ').trim();

const FIXTURE = path.join(import.meta.dirname, '..', 'fixtures', 'csv', 'agency-export-bom-crlf.csv');

async function emptyCoalition(): Promise<string> {
  const file = path.join(await tempDir('cit-e2e-stakeholders-'), 'Riverside.cit.json');
  await (
    await WorkspaceSession.create(file, {
      name: 'Riverside County CIT Coalition',
      community: 'Riverside County',
      timeZone: 'America/Chicago',
    })
  ).close();
  return file;
}

describe('the coalition map in the browser', () => {
  it('imports a CSV, edits a person, logs a conversation, and the coverage panel and the file follow', async () => {
    app = await startApp({ workspace: await emptyCoalition(), route: '/stakeholders' });
    const { page } = app;

    // An empty list says what to do first.
    await page.getByText('No one is on the list yet.', { exact: false }).waitFor();
    await checkAccessibility(page, 'the empty stakeholder list');

    // Import: choose the file, check the guessed columns, review problems and duplicates.
    await page.getByRole('button', { name: 'Import…' }).click();
    const wizard = page.getByRole('dialog', { name: 'Import people from a spreadsheet' });
    await wizard.locator('input[type="file"]').setInputFiles(FIXTURE);
    await wizard.getByRole('table', { name: 'Columns of the file' }).waitFor();
    const guessed = async (header: string) =>
      wizard.getByRole('combobox', { name: `Import “${header}” as` }).inputValue();
    expect([
      await guessed('First Name'),
      await guessed('Last Name'),
      await guessed('Agency'),
      await guessed('E-mail'),
      await guessed('Phone'),
    ]).toEqual(['First name', 'Last name', 'Organization', 'Email', 'Phone']);
    await checkAccessibility(page, 'the import column mapping');
    await screenshot(page, 'stakeholders-import-mapping');
    await wizard.getByRole('button', { name: 'Next: check the rows' }).click();

    await wizard.getByText('rows cannot be imported as they are').waitFor();
    const rowsTable = wizard.getByRole('table', { name: 'Rows of the file' });
    expect(await text(rowsTable)).toContain('Enter a valid email address, like name@agency.org.');
    expect(await text(rowsTable)).toContain('Name is required.');
    await wizard.getByText('Already listed (1)').click();
    await rowsTable.getByText('Same email as Dana Whitfield on row 2.').waitFor();
    await wizard.getByRole('radio', { name: /Merge them/ }).check();
    await checkAccessibility(page, 'the import review');
    await screenshot(page, 'stakeholders-import-review');
    await wizard.getByRole('button', { name: 'Import 5 rows' }).click();
    await wizard.waitFor({ state: 'hidden' });

    const list = page.getByRole('table', { name: 'Stakeholders' });
    await list.getByRole('button', { name: 'José Núñez' }).waitFor();
    const count = page.getByTestId('stakeholder-count');
    await until('the list shows 4 people', async () => (await text(count)) === '4 people');

    // Search as you type.
    await page.getByRole('textbox', { name: 'Search' }).fill('crisis center');
    await until('the search narrows the list', async () => (await text(count)) === 'Showing 1 of 4 people');
    await page.getByRole('button', { name: 'Clear search' }).click();
    await until('the list is whole again', async () => (await text(count)) === '4 people');
    await checkAccessibility(page, 'the stakeholder list');

    // Before: nobody with lived experience, nobody from mental health beyond a name on a list.
    await page.getByRole('tab', { name: 'Coalition map' }).click();
    const summary = page.getByTestId('coverage-summary');
    await summary.waitFor();
    expect(await text(summary)).toContain('people with lived experience');
    expect(await text(summary)).toContain('mental health providers');
    await page.locator('[data-coverage="mental-health"][data-status="none"]').waitFor();
    await page.locator('[data-coverage="lived-experience"][data-status="none"]').waitFor();

    // Edit José: he brings lived experience; the form keeps him out of contact lists until he says otherwise.
    await page.getByRole('tab', { name: /People/ }).click();
    await list.getByRole('button', { name: 'José Núñez' }).click();
    const drawer = page.getByRole('dialog', { name: 'José Núñez' });
    await drawer.getByRole('button', { name: 'Edit' }).click();
    const form = page.getByRole('dialog', { name: 'Edit José Núñez' });
    await form.getByRole('textbox', { name: 'Email' }).fill('jose@');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await form.getByText('Enter a valid email address, like name@agency.org.').waitFor();
    await form.getByRole('textbox', { name: 'Email' }).fill('jnunez@riverbend.example');
    await form.getByRole('checkbox', { name: 'Has lived experience of mental illness' }).check();
    await until('privacy moves to name only', () =>
      form.getByRole('radio', { name: 'Name may appear, contact details may not' }).isChecked(),
    );
    await form.getByRole('textbox', { name: 'Title' }).fill('Crisis clinician and peer mentor');
    await checkAccessibility(page, 'the stakeholder form');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await form.waitFor({ state: 'hidden' });
    await drawer.getByText('Crisis clinician and peer mentor', { exact: false }).waitFor();

    // Log a conversation: he was only identified, so the move to "in conversation" is offered.
    await drawer.getByRole('button', { name: 'Log conversation' }).click();
    const talk = page.getByRole('dialog', { name: 'Log a conversation' });
    await talk.getByRole('textbox', { name: 'Held by' }).fill('Maria (convener)');
    await talk
      .getByRole('textbox', { name: 'Summary' })
      .fill('Coffee at the crisis center. He wants officers to see the receiving desk.');
    await talk.getByRole('textbox', { name: 'Common ground found' }).fill('Fewer emergency room holds.');
    await talk.getByRole('textbox', { name: 'Concerns raised' }).fill('Staffing for nights.');
    expect(
      await talk.getByRole('checkbox', { name: 'Move José Núñez from identified to in conversation' }).isChecked(),
    ).toBe(true);
    await talk.getByRole('checkbox', { name: 'Add a follow-up to the action items' }).check();
    await talk.getByRole('textbox', { name: 'Follow-up' }).fill('Send José the training calendar');
    await checkAccessibility(page, 'the conversation form');
    await screenshot(page, 'stakeholders-conversation-form');
    await talk.getByRole('button', { name: 'Log conversation' }).click();
    await talk.waitFor({ state: 'hidden' });
    await drawer.getByRole('heading', { name: 'Conversations (1)' }).waitFor();
    await drawer.getByText('Identified → In conversation').waitFor();
    expect(await text(drawer.getByRole('list', { name: 'Conversations' }))).toContain(
      'Follow-up: Send José the training calendar',
    );
    await checkAccessibility(page, 'the stakeholder drawer');
    await screenshot(page, 'stakeholders-drawer');

    // Deleting him would take the conversation with him: the dialog says so before anything happens.
    await drawer.getByRole('button', { name: 'More for José Núñez' }).click();
    await page.getByRole('menuitem', { name: 'Delete José Núñez…' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete José Núñez?' });
    expect(await text(confirm.getByTestId('delete-consequences'))).toContain(
      '1 conversation held only with this person will be deleted.',
    );
    await confirm.getByRole('button', { name: 'Keep' }).click();
    await page.keyboard.press('Escape');

    // After: lived experience and mental health are now in talks.
    await page.getByRole('tab', { name: 'Coalition map' }).click();
    await page.locator('[data-coverage="lived-experience"][data-status="talking"]').waitFor();
    await page.locator('[data-coverage="mental-health"][data-status="talking"]').waitFor();
    expect(await text(summary)).not.toContain('lived experience');
    expect(await text(summary)).not.toContain('mental health');
    expect(await text(summary)).toContain(
      'No one yet from: law enforcement, dispatch / 911, NAMI or other advocates, family members.',
    );
    await checkAccessibility(page, 'the coalition map');
    await screenshot(page, 'stakeholders-map', { fullPage: true });

    // The roster for sharing names José (name only) without his email or phone.
    await page.getByRole('button', { name: 'Export' }).click();
    await page.getByRole('menuitem', { name: 'Roster for sharing (Word)' }).click();
    const rosterFile = path.join(app.exportsDir, 'Stakeholder roster.docx');
    await until('the roster is saved', async () => (await stat(rosterFile)).size > 0);
    const roster = await readDocx(await readFile(rosterFile));
    expect(roster.paragraphs).toContain('José Núñez');
    expect(roster.text).not.toContain('jnunez@riverbend.example');
    expect(roster.text).not.toContain('0161 555 0100');
    expect(roster.text).toContain('dana.whitfield@riversidesheriff.example');

    // The file holds all of it.
    const doc = await app.readWorkspace();
    expect(doc.stakeholders.map((s) => s.name).sort()).toEqual([
      'Dana Whitfield',
      'José Núñez',
      'Maya Okafor, Jr.',
      'Priya Raman',
    ]);
    const jose = doc.stakeholders.find((s) => s.name === 'José Núñez')!;
    expect(jose).toMatchObject({
      livedExperience: true,
      privacy: 'name-only',
      title: 'Crisis clinician and peer mentor',
      stage: 'in-conversation',
      phone: '0161 555 0100',
    });
    const conversation = doc.conversations[0]!;
    expect(conversation).toMatchObject({
      stakeholderIds: [jose.id],
      heldBy: 'Maria (convener)',
      commonGround: 'Fewer emergency room holds.',
      concerns: 'Staffing for nights.',
    });
    expect(jose.stageHistory.map((h) => h.stage)).toEqual(['identified', 'in-conversation']);
    expect(jose.stageHistory[1]?.conversationId).toBe(conversation.id);
    const followUp = doc.actionItems.find((a) => a.id === conversation.followUpIds[0]);
    expect(followUp).toMatchObject({
      title: 'Send José the training calendar',
      source: { kind: 'conversation', id: conversation.id },
    });
    const dana = doc.stakeholders.find((s) => s.name === 'Dana Whitfield')!;
    expect(dana.notes).toBe('Runs the patrol briefing\n\nSame person typed again');
    expect(doc.organizations.map((o) => o.name).sort()).toEqual([
      'Riverbend Crisis Center, Inc.',
      'Riverside 911 Communications',
      "Riverside County Sheriff's Office",
      'Riverside Hospital',
    ]);
    app.expectNoPageErrors();
  });
});
