import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { quarterOfDay } from '../../src/programData/quarters';
import { MEASURE_IDS } from '../../src/programData/measures';
import { Organization } from '../../src/stakeholders/model/organization';
import { WorkspaceSession } from '../../src/workspace/session';
import { coalition } from '../support/fixtures/policies-fixture';
import { tempDir } from '../support/tempdir';
import { checkAccessibility, coalitionDay, screenshot, startApp, type RunningApp } from './support';

/**
 * A data lead's quarter in Chromium against a real file: type one agency's numbers with the
 * keyboard alone, paste another agency's row from a spreadsheet, see the chart, undo the paste,
 * and find the typed numbers in the file after it is opened again.
 */
let app: RunningApp | null = null;

afterEach(async () => {
  await app?.close();
  app = null;
});

const { mentalHealthCalls: CALLS, citHandled: CIT, arrestOrJail: ARRESTS } = MEASURE_IDS;
const SHERIFF = 'Riverside County Sheriff’s Office';
const POLICE = 'Riverside Police Department';

async function workspace(): Promise<{ file: string; quarter: string }> {
  const doc = coalition();
  doc.organizations.push(Organization.parse({ id: 'org-police', name: POLICE, sector: 'law-enforcement' }));
  const file = path.join(await tempDir('cit-e2e-pd-'), 'Riverside.cit.json');
  await (await WorkspaceSession.fromDocument(file, doc)).close();
  return { file, quarter: quarterOfDay(coalitionDay(doc.coalition.timeZone, 0)) };
}

describe('program data in the browser', () => {
  it(
    'types a quarter with the keyboard, pastes a row, charts it, undoes, and keeps it in the file',
    { timeout: 240_000 },
    async () => {
      const { file, quarter } = await workspace();
      app = await startApp({ workspace: file, route: '/program-data' });
      const { page } = app;
      await page.getByRole('heading', { level: 1, name: 'Program data' }).waitFor();
      const entryFor = async (organizationId: string) =>
        (await app!.readWorkspace()).programQuarters.find(
          (e) => e.organizationId === organizationId && e.quarter === quarter,
        );

      // The sheriff's numbers, typed: Tab moves right, Enter saves and moves down.
      await page.getByRole('textbox', { name: `${SHERIFF}: Calls with a mental health component` }).click();
      await page.keyboard.type('40');
      await page.keyboard.press('Tab');
      await page.keyboard.type('30');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await page.keyboard.type('3');
      await page.keyboard.press('Enter');
      await expect
        .poll(async () => (await entryFor('org-sheriff'))?.values)
        .toEqual({ [CALLS]: 40, [CIT]: 30, [ARRESTS]: 3 });
      // Enter went down a row, to the police department's arrest cell.
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
        .toBe(`${POLICE}: Arrest or jail`);

      // The police department's row, pasted from a spreadsheet into its first cell.
      const first = page.getByRole('textbox', { name: `${POLICE}: Calls with a mental health component` });
      await first.focus();
      await first.evaluate((input) => {
        const data = new DataTransfer();
        data.setData('text/plain', '52\t41\t\t\t6\n');
        input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      });
      await page.getByText(`Saved 3 numbers for ${POLICE}.`).waitFor();
      expect((await entryFor('org-police'))?.values).toEqual({ [CALLS]: 52, [CIT]: 41, [ARRESTS]: 6 });
      expect(await page.getByRole('textbox', { name: `${POLICE}: Arrest or jail` }).inputValue()).toBe('6');

      // The chart of the diversion share, drawn from both agencies.
      await page.getByRole('img', { name: 'Chart: Share of calls diverted from jail, by quarter' }).waitFor();
      await checkAccessibility(page, 'the program data area');
      await screenshot(page, 'program-data', { fullPage: true });

      // Undo takes the pasted row back out, in the window and in the file.
      await page.getByRole('button', { name: /^Undo: enter .* numbers for Riverside Police Department$/ }).click();
      await expect.poll(async () => (await entryFor('org-police'))?.values ?? {}).toEqual({});
      await expect.poll(() => first.inputValue()).toBe('');

      // Opened again, the typed numbers are there.
      await app.close();
      app = await startApp({ workspace: file, route: '/program-data' });
      const reopened = app.page.getByRole('textbox', { name: `${SHERIFF}: Calls with a mental health component` });
      await expect.poll(() => reopened.inputValue()).toBe('40');
      expect((await app.readWorkspace()).programQuarters).toHaveLength(1);
      app.expectNoPageErrors();
    },
  );
});
