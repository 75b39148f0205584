import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { WorkspaceSession } from '../../src/workspace/session';
import { readDocx } from '../support/docx';
import { convertWithLibreOffice, hasLibreOffice } from '../support/libreoffice';
import { tempDir } from '../support/tempdir';
import { coalition } from '../support/fixtures/policies-fixture';
import { checkAccessibility, coalitionDay, screenshot, startApp, type RunningApp, setColorScheme } from './support';

/**
 * A chair's afternoon with workgroups and policies, in Chromium against a real file: form a
 * workgroup, give it an action item and a status, report it to the next steering committee
 * meeting, add its memorandum of agreement with the version in force and a new draft, compare
 * the two, and export the revision log.
 */
let app: RunningApp | null = null;

afterEach(async () => {
  await app?.close();
  app = null;
});

const V1 = [
  '1. Purpose',
  'Officers take a person in crisis to the emergency department.',
  '',
  '2. Custody',
  'Custody transfers when the nurse signs.',
].join('\n');
const V2 = [
  '1. Purpose',
  'Officers take a person in crisis to the Riverbend Crisis Center.',
  '',
  '2. Custody',
  'Custody transfers when the crisis clinician signs.',
].join('\n');

/** The fixture coalition, with its steering committee meetings moved to next week and next month. */
/** A full-page picture from the top, with nothing focused (so the skip link is not showing). */
async function fullPage(page: RunningApp['page'], name: string): Promise<void> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  await screenshot(page, name, { fullPage: true });
}

async function workspace(): Promise<string> {
  const doc = coalition();
  const days = [7, 35, -20];
  doc.meetings.forEach((meeting, index) => {
    // Counted from the coalition's today (Chicago), as the screens count "next meeting".
    meeting.date = coalitionDay(doc.coalition.timeZone, days[index] ?? 0);
  });
  const file = path.join(await tempDir('cit-e2e-wg-'), 'Riverside.cit.json');
  await (await WorkspaceSession.fromDocument(file, doc)).close();
  return file;
}

describe('workgroups and policies in the browser', () => {
  // One long walk through the feature, with an accessibility check and screenshots on each screen:
  // on a shared two-core machine it needs more than the default two minutes.
  it(
    'forms a workgroup, adds a policy with two revisions, compares them and exports the revision log',
    { timeout: 300_000 },
    async () => {
      app = await startApp({ workspace: await workspace(), route: '/workgroups' });
      const { page } = app;

      // An empty area says what belongs there.
      await page.getByText('No workgroups yet.', { exact: false }).waitFor();
      await checkAccessibility(page, 'the empty workgroups area');
      await page.getByRole('button', { name: 'New workgroup' }).click();

      const dialog = page.getByRole('dialog', { name: 'New workgroup' });
      await dialog.getByLabel('Name').fill('Receiving facilities');
      await dialog.getByRole('combobox', { name: 'Focus' }).click();
      await page.getByRole('option', { name: 'Receiving facilities' }).click();
      await dialog.getByLabel('Charge').fill('Agree how officers hand a person in crisis over at the crisis center.');
      await dialog.getByRole('combobox', { name: 'Lead' }).click();
      await page.getByRole('option', { name: 'Dana Lee — Riverbend Crisis Center' }).click();
      await dialog.getByRole('combobox', { name: 'Members' }).click();
      await page.getByRole('option', { name: 'Sgt. Ray Ortiz — Riverside County Sheriff’s Office' }).click();
      await page.keyboard.press('Escape');
      await dialog.getByLabel('Status line').fill('Drafting the MOA, review next month');
      await checkAccessibility(page, 'the new workgroup form');
      await screenshot(page, 'workgroup-form');
      await dialog.getByRole('button', { name: 'Form workgroup' }).click();

      // The workgroup's page: members with their sectors, status, and the empty sections.
      await page.getByRole('heading', { level: 1, name: 'Receiving facilities' }).waitFor();
      const members = page.getByRole('table', { name: /Members/ });
      await members
        .getByRole('row', { name: /Dana Lee Lead Riverbend Crisis Center Mental health provider/ })
        .waitFor();
      await members
        .getByRole('row', { name: /Sgt\. Ray Ortiz Riverside County Sheriff’s Office Law enforcement/ })
        .waitFor();
      await page.getByTestId('status-line').getByText('Drafting the MOA, review next month').waitFor();

      await page.getByLabel('New action item').fill('Send the draft MOA to the sheriff');
      await page.getByRole('button', { name: 'Add', exact: true }).click();
      await page.getByRole('checkbox', { name: /Send the draft MOA to the sheriff/ }).waitFor();

      await page.getByRole('button', { name: 'Report to next steering meeting' }).click();
      await page.getByText(/Added the report to the agenda of “Steering committee, March”/).waitFor();
      const agenda = (await app.readWorkspace()).meetings.find((m) => m.id === 'mt-steer-next')!.agenda;
      expect(agenda.flatMap((s) => s.items.map((i) => i.title))).toEqual([
        'Workgroup report: Receiving facilities — Drafting the MOA, review next month',
      ]);

      await page.mouse.move(0, 0);
      await checkAccessibility(page, 'a workgroup page');
      await fullPage(page, 'workgroup-detail');

      // Its memorandum of agreement, started from the workgroup page.
      await page.getByRole('button', { name: 'New policy' }).click();
      const policyDialog = page.getByRole('dialog', { name: 'New policy or agreement' });
      await policyDialog.getByLabel('Title').fill('Memorandum of agreement on custody transfer');
      await policyDialog.getByRole('combobox', { name: 'Kind' }).click();
      await page.getByRole('option', { name: 'Memorandum of agreement' }).click();
      await policyDialog.getByRole('combobox', { name: 'Owning agency' }).click();
      await page.getByRole('option', { name: 'Riverside County Sheriff’s Office' }).click();
      await policyDialog.getByRole('combobox', { name: 'Partner agencies that must sign' }).click();
      await page.getByRole('option', { name: 'Riverbend Crisis Center' }).click();
      await page.keyboard.press('Escape');
      expect(await policyDialog.getByRole('combobox', { name: 'Responsible workgroup' }).inputValue()).toBe(
        'Receiving facilities',
      );
      await policyDialog.getByRole('button', { name: 'Add policy' }).click();
      await page.getByRole('heading', { level: 1, name: 'Memorandum of agreement on custody transfer' }).waitFor();
      expect(page.url()).toMatch(/#\/policies\/[\w-]+$/);

      // The version in force, entered as history.
      await page.getByRole('button', { name: 'New revision' }).click();
      let revisionDialog = page.getByRole('dialog', { name: 'New revision' });
      // The policy's wording comes first: a person types it into the first big box they see.
      expect(
        await revisionDialog.locator('textarea').evaluateAll((boxes) =>
          boxes.map((box) => document.querySelector(`label[for="${box.id}"]`)?.textContent?.replace(/\s*\*$/, '')),
        ),
      ).toEqual(['Full text', 'What changed and why']);
      await revisionDialog.getByLabel('Version').fill('1.0');
      await revisionDialog.getByRole('textbox', { name: 'Dated' }).fill('2024-05-01');
      await revisionDialog
        .getByLabel('What changed and why')
        .fill('First agreement between the sheriff and the crisis center.');
      await revisionDialog.getByLabel('Full text').fill(V1);
      await revisionDialog.getByRole('combobox', { name: 'Status' }).click();
      await page.getByRole('option', { name: 'Adopted by the agency' }).click();
      await revisionDialog.getByRole('button', { name: 'Add revision' }).click();
      await page.getByText('Version 1.0 added.').waitFor();

      // A new draft starts from the text in force and changes it.
      await page.getByRole('button', { name: 'New revision' }).click();
      revisionDialog = page.getByRole('dialog', { name: 'New revision' });
      expect(await revisionDialog.getByLabel('Version').inputValue()).toBe('2.0');
      expect(await revisionDialog.getByLabel('Full text').inputValue()).toBe(V1);
      await revisionDialog
        .getByLabel('What changed and why')
        .fill('Drop-off moves to the crisis center so officers return to patrol sooner.');
      await revisionDialog.getByLabel('Full text').fill(V2);
      await revisionDialog.getByRole('button', { name: 'Add revision' }).click();
      await page.getByText('Version 2.0 added.').waitFor();

      // Through review: the menu offers only the moves the rules allow.
      await page.getByRole('button', { name: 'Change status of version 2.0' }).click();
      await page.getByRole('menuitem').first().waitFor();
      expect(await page.getByRole('menuitem').allTextContents()).toEqual(['Send for review', 'Mark superseded']);
      await page.getByRole('menuitem', { name: 'Send for review' }).click();
      await page
        .getByRole('dialog', { name: 'Send for review: version 2.0' })
        .getByRole('button', { name: 'Send for review' })
        .click();
      await page
        .getByTestId('waiting-sentence')
        .getByText('Version 2.0 is in review: waiting on the steering committee to approve it or send it back.')
        .waitFor();

      // Compare: the words taken out and put in are marked.
      const comparison = page.getByRole('region', { name: 'Version 1.0 beside version 2.0' });
      await comparison.waitFor();
      expect(await page.getByTestId('compare-summary').textContent()).toBe(
        '2 lines changed, 0 lines added, 0 lines taken out · 5 words put in, 3 words taken out.',
      );
      // The marked text itself, without the words said only to screen readers ("taken out:").
      const marks = (tag: 'del' | 'ins') =>
        comparison.locator(tag).evaluateAll((elements) =>
          elements.map((element) =>
            [...element.childNodes]
              .filter((node) => node.nodeType === Node.TEXT_NODE)
              .map((node) => node.textContent)
              .join('')
              .trim(),
          ),
        );
      expect(await marks('del')).toEqual(['emergency department', 'nurse']);
      expect(await marks('ins')).toEqual(['Riverbend Crisis Center', 'crisis clinician']);
      await comparison.scrollIntoViewIfNeeded();
      await checkAccessibility(page, 'a policy page with a comparison');
      await fullPage(page, 'policy-detail');
      await setColorScheme(page, 'dark');
      await checkAccessibility(page, 'a policy page (dark)');
      await fullPage(page, 'policy-detail-dark');
      await setColorScheme(page, 'light');

      // The revision log, as a Word file read back and opened by LibreOffice.
      await page.getByRole('button', { name: 'Export revision log' }).click();
      await page
        .getByText('Saved the revision log as Revision log - Memorandum of agreement on custody transfer.docx.')
        .waitFor();
      const bytes = await readFile(
        path.join(app.exportsDir, 'Revision log - Memorandum of agreement on custody transfer.docx'),
      );
      const { paragraphs } = await readDocx(bytes);
      const text = paragraphs.filter((p) => p.trim());
      expect(text).toContain('Revision log: Memorandum of agreement on custody transfer');
      const history = text.indexOf('Revision history');
      expect(text.slice(history + 7, history + 9)).toEqual(['1.0', '1 May 2024']);
      expect(text).toContain(
        'Waiting on: Version 2.0 is in review: waiting on the steering committee to approve it or send it back.',
      );
      expect(text.slice(text.indexOf('Current text') + 1)).toEqual([
        'Version 1.0, in force since 1 May 2024.',
        '1. Purpose',
        'Officers take a person in crisis to the emergency department.',
        '2. Custody',
        'Custody transfers when the nurse signs.',
      ]);
      if (await hasLibreOffice())
        expect((await convertWithLibreOffice(bytes, 'log.docx')).pages).toBeGreaterThanOrEqual(1);

      // And the file on disk holds it all.
      const saved = await app.readWorkspace();
      const policy = saved.policies[0]!;
      expect(policy.workgroupId).toBe(saved.workgroups[0]!.id);
      expect(policy.revisions.map((r) => [r.version, r.status, r.text])).toEqual([
        ['1.0', 'adopted', V1],
        ['2.0', 'in-review', V2],
      ]);
      expect(saved.actionItems.map((a) => [a.title, a.workgroupId])).toEqual([
        ['Send the draft MOA to the sheriff', saved.workgroups[0]!.id],
      ]);

      // The policies screen: status, who it waits on, what has gone unreviewed.
      await page
        .getByRole('navigation', { name: 'Areas' })
        .getByRole('link', { name: 'Policies', exact: true })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Policies' }).waitFor();
      await page.getByRole('region', { name: 'Waiting on' }).getByText('The steering committee').waitFor();
      const row = page
        .getByRole('list', { name: 'Policies' })
        .getByRole('listitem')
        .filter({ hasText: 'Memorandum of agreement on custody transfer' });
      await row.getByText('version 1.0 in force').waitFor();
      expect((await row.getByTestId('policy-status').innerText()).replace(/\s+/g, ' ').trim()).toBe(
        '2.0 In review 1.0 Adopted by the agency Never reviewed',
      );
      expect(
        await page.getByRole('region', { name: 'Unreviewed longest' }).getByRole('listitem').allInnerTexts(),
      ).toEqual([
        expect.stringMatching(
          /^Memorandum of agreement on custody transfer\n+Never reviewed, on file for \d+ (months|years)$/,
        ),
      ]);
      await checkAccessibility(page, 'the policies screen');
      await screenshot(page, 'policies');
      await setColorScheme(page, 'dark');
      await checkAccessibility(page, 'the policies screen (dark)');
      await screenshot(page, 'policies-dark');
      app.expectNoPageErrors();
    },
  );
});
