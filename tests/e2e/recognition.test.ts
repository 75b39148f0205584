import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { WorkspaceSession } from '../../src/workspace/session';
import { readDocx } from '../support/docx';
import { tempDir } from '../support/tempdir';
import { coalition } from '../support/fixtures/recognition-fixture';
import { checkAccessibility, coalitionDay, screenshot, startApp, type RunningApp, setColorScheme } from './support';

/**
 * A coordinator prepares an awards ceremony in Chromium against a real file: creates the event,
 * fills its checklist, takes nominations (and meets the one-award rule and the word limit), has
 * the committee score them, selects honorees, drafts the run of show, and saves the certificates.
 */
let app: RunningApp | null = null;

afterEach(async () => {
  await app?.close();
  app = null;
});

async function workspace(): Promise<string> {
  const file = path.join(await tempDir('cit-e2e-recognition-'), 'Riverside.cit.json');
  await (await WorkspaceSession.fromDocument(file, coalition())).close();
  return file;
}

/** In the fixture coalition's zone (Chicago), as the screens count days. */
const EVENT_DAY = coalitionDay('America/Chicago', 75);

describe('recognition in the browser', () => {
  it('goes from a new event to saved certificates', async () => {
    app = await startApp({ workspace: await workspace(), route: '/recognition' });
    const { page } = app;

    await page.getByText('No recognition events yet.', { exact: false }).waitFor();
    await checkAccessibility(page, 'the empty recognition area');

    // The event.
    await page.getByRole('button', { name: 'New event' }).click();
    const eventDialog = page.getByRole('dialog', { name: 'New recognition event' });
    await eventDialog.getByLabel('Title').fill('CIT Awards Ceremony');
    await eventDialog.getByRole('textbox', { name: 'Date' }).fill(EVENT_DAY);
    await eventDialog.getByLabel('Start time').fill('18:30');
    await eventDialog.getByLabel('Venue').fill('Riverside Community Hall');
    await eventDialog.getByLabel('Host', { exact: true }).fill('Priya Natarajan');
    await checkAccessibility(page, 'the new event form');
    // The date picker's calendar has icon-only arrows: with it open, they must still have names.
    await eventDialog.getByRole('textbox', { name: 'Date' }).click();
    await page.locator('.mantine-DateInput-calendarHeaderControl').first().waitFor();
    await checkAccessibility(page, 'the new event form with its calendar open');
    await eventDialog.getByLabel('Title').click();
    await eventDialog.getByRole('button', { name: 'Add event' }).click();
    await page.getByRole('heading', { level: 1, name: 'CIT Awards Ceremony' }).waitFor();

    // The checklist: the usual preparations become action items of this event.
    await page.getByRole('button', { name: 'Add the usual preparations' }).click();
    // The box ticks when the change is saved (a round trip), so wait for it rather than expect it at once.
    const venue = page.getByRole('checkbox', { name: 'Book the venue' });
    await venue.click();
    await expect.poll(() => venue.isChecked()).toBe(true);
    await page.getByText('1 of 5 done').waitFor();
    await screenshot(page, 'recognition-overview');

    // Nominations.
    await page.getByRole('tab', { name: 'Nominations' }).click();
    const nominate = async (
      award: string,
      choose: (dialog: ReturnType<typeof page.getByRole>) => Promise<void>,
      story: string,
    ) => {
      await page.getByRole('button', { name: 'New nomination' }).click();
      const dialog = page.getByRole('dialog', { name: 'New nomination' });
      await dialog.getByRole('combobox', { name: 'Award' }).click();
      await page.getByRole('option', { name: award, exact: true }).click();
      await choose(dialog);
      await dialog.getByLabel('The story').fill(story);
      return dialog;
    };
    const stakeholder = (option: string) => async (dialog: ReturnType<typeof page.getByRole>) => {
      await dialog.getByRole('combobox', { name: 'Stakeholder nominated' }).click();
      await page.getByRole('option', { name: option }).click();
    };

    let dialog = await nominate(
      'CIT Officer of the Year',
      stakeholder('Dana Whitfield — Riverside Police Department'),
      'Officer Whitfield sat with a young man on a bridge railing for two hours and talked him down.',
    );
    await expect(dialog.getByTestId('story-count').textContent()).resolves.toBe('18 of 500 words');
    await checkAccessibility(page, 'the nomination form');
    await screenshot(page, 'recognition-nomination-form');
    await dialog.getByRole('button', { name: 'Add nomination' }).click();
    await dialog.waitFor({ state: 'hidden' });

    // The same officer for a second award is refused beside the nominee field; nothing is added.
    dialog = await nominate(
      'Intervention of the Year',
      stakeholder('Dana Whitfield — Riverside Police Department'),
      'The bridge call.',
    );
    await dialog.getByRole('button', { name: 'Add nomination' }).click();
    await dialog
      .getByText(
        /Dana Whitfield is already nominated for CIT Officer of the Year\. A person can be nominated in one category per event/,
      )
      .waitFor();

    // A story over the limit is counted as it is typed, said once, and cannot be added until shortened.
    const tooLong = Array.from({ length: 501 }, (_, i) => `word${i}`).join(' ');
    await dialog.getByRole('combobox', { name: 'Stakeholder nominated' }).click();
    await page.getByRole('option', { name: 'Sam Rivera — Riverside Crisis Center' }).click();
    await dialog.getByRole('combobox', { name: 'Award' }).click();
    await page.getByRole('option', { name: 'Lived Experience Award' }).click();
    await dialog.getByLabel('The story').fill(tooLong);
    const overLimit =
      'The story is 501 words, 1 over the limit of 500 words set for Lived Experience Award. Shorten it by 1 word.';
    await dialog.getByTestId('story-count').getByText(overLimit).waitFor();
    expect(await dialog.getByText(overLimit).count()).toBe(1);
    expect(await dialog.getByRole('button', { name: 'Add nomination' }).isDisabled()).toBe(true);
    await dialog.getByLabel('The story').fill('Sam told their story at every academy class this year.');
    await dialog.getByTestId('story-count').getByText('10 of 500 words').waitFor();
    await dialog.getByRole('button', { name: 'Add nomination' }).click();
    await dialog.waitFor({ state: 'hidden' });

    // Someone not in the workspace.
    dialog = await nominate(
      'Dispatcher / 911 of the Year',
      async (d) => {
        await d.getByText('Someone not in the workspace').click();
        await d.getByLabel('Nominee’s name').fill('Jo Park');
        await d.getByLabel('Nominee’s agency').fill('Metro 911');
      },
      'Jo heard the crisis in the caller’s voice.',
    );
    await dialog.getByRole('button', { name: 'Add nomination' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('list', { name: 'Nominations' }).getByText('Not named in public').waitFor();
    expect(await page.getByRole('list', { name: 'Nominations' }).getByRole('listitem').count()).toBe(3);
    await checkAccessibility(page, 'the nominations list');
    await screenshot(page, 'recognition-nominations');

    // The committee scores; the screen shows who has not scored yet.
    await page.getByRole('tab', { name: 'Committee review' }).click();
    const committee = page.getByRole('combobox', { name: 'Committee members' });
    await committee.click();
    await page.getByRole('option', { name: /^Alex Kim/ }).click();
    await page.getByRole('option', { name: /^Beth Moreno/ }).click();
    await page.keyboard.press('Escape');
    // The coordinator's panel: each reviewer's scored, conflicts declared and left.
    const progress = page.getByRole('table', { name: 'Reviewer progress' });
    await progress.getByRole('row', { name: /^Alex Kim\s+0\s+0\s+3$/ }).waitFor();
    const officerRanking = page.getByRole('table', { name: 'Ranking for CIT Officer of the Year' });
    await officerRanking.getByRole('row', { name: /Dana Whitfield No scores Alex Kim, Beth Moreno/ }).waitFor();
    await page.getByRole('button', { name: 'Score Dana Whitfield' }).click();
    const scoreDialog = page.getByRole('dialog', { name: 'Score: Dana Whitfield' });
    await scoreDialog.getByRole('radio', { name: '5 · outstanding' }).check();
    await scoreDialog.getByLabel('Comment').fill('Textbook de-escalation.');
    await scoreDialog.getByRole('button', { name: 'Save score' }).click();
    await scoreDialog.waitFor({ state: 'hidden' });
    await officerRanking.getByRole('row', { name: /1 Dana Whitfield 5\.00 \(1\) Beth Moreno/ }).waitFor();
    await progress.getByRole('row', { name: /^Alex Kim\s+1\s+0\s+2$/ }).waitFor();

    // Chosen before every reviewer has scored: the coordinator is told who has not, and goes on knowingly.
    await page.getByRole('button', { name: 'Select as honoree: Dana Whitfield' }).click();
    let early = page.getByRole('dialog', { name: 'Not every reviewer has scored' });
    await early
      .getByText('1 reviewer has not scored this nomination yet (Beth Moreno). Select Dana Whitfield', { exact: false })
      .waitFor();
    await early.getByRole('button', { name: 'Select Dana Whitfield anyway' }).click();
    await early.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: 'Select as honoree: Sam Rivera' }).click();
    early = page.getByRole('dialog', { name: 'Not every reviewer has scored' });
    await early.getByText('2 reviewers have not scored this nomination yet', { exact: false }).waitFor();
    await early.getByRole('button', { name: 'Select Sam Rivera anyway' }).click();
    await early.waitFor({ state: 'hidden' });
    await page
      .getByRole('table', { name: 'Ranking for Lived Experience Award' })
      .getByText('Selected (honoree)')
      .waitFor();
    await checkAccessibility(page, 'the committee review');
    await screenshot(page, 'recognition-review', { fullPage: true });

    // The run of show, timed from 6:30 PM.
    await page.getByRole('tab', { name: 'Run of show' }).click();
    await page.getByRole('button', { name: 'Draft a run of show' }).click();
    const rows = page.getByTestId('segment-row');
    await rows.first().waitFor();
    expect(await rows.allInnerTexts()).toHaveLength(5);
    await expect(rows.nth(0).innerText()).resolves.toMatch(/^6:30 PM\s+Welcome\s+Priya Natarajan/);
    await expect(rows.nth(2).innerText()).resolves.toMatch(
      /^6:50 PM\s+CIT Officer of the Year\s+Honoree: Dana Whitfield/,
    );
    await expect(rows.nth(3).innerText()).resolves.toMatch(/^6:57 PM\s+Lived Experience Award/);
    await page.getByTestId('run-of-show-summary').getByText('Starts 6:30 PM, ends 7:09 PM · 39 min in all').waitFor();
    await checkAccessibility(page, 'the run of show');
    await screenshot(page, 'recognition-run-of-show');

    // Print and share: the press text names nobody who asked not to be named.
    await page.getByRole('tab', { name: 'Program & certificates' }).click();
    const press = page.getByTestId('press-text');
    await expect
      .poll(() => press.inputValue())
      .toContain('CIT Officer of the Year: Dana Whitfield, Riverside Police Department');
    const text = await press.inputValue();
    expect(text).toContain('Lived Experience Award: An honoree who asked not to be named');
    expect(text).not.toContain('Sam Rivera');
    await page.getByLabel('Citation for Sam Rivera').fill('For courage that changed how our officers listen.');
    await page.getByLabel('Citation for Sam Rivera').blur();
    await page.getByText('Citation saved for Sam Rivera.').waitFor();
    await checkAccessibility(page, 'the print tab');
    await screenshot(page, 'recognition-print', { fullPage: true });

    await page.getByRole('button', { name: 'Save certificates (.docx)' }).click();
    await page.getByText(/^Saved .*certificates\.docx\.$/).waitFor();
    const files = await readdir(app.exportsDir);
    const certificates = files.find((f) => f.endsWith('certificates.docx'));
    expect(certificates).toBeDefined();
    const docx = await readDocx(await readFile(path.join(app.exportsDir, certificates!)));
    expect(docx.sectionCount).toBe(2);
    expect(docx.landscapeSections).toBe(2);
    expect(docx.paragraphs).toEqual(
      expect.arrayContaining([
        'Dana Whitfield',
        'Sam Rivera',
        'CIT Officer of the Year',
        'Lived Experience Award',
        'Judge Helen Park',
        'Priya Natarajan',
      ]),
    );

    await page.getByRole('button', { name: 'Save program (.docx)' }).click();
    await page.getByText(/^Saved .*program\.docx\.$/).waitFor();

    // Everything is in the file on disk.
    const saved = (await app.readWorkspace()).recognitionEvents[0]!;
    expect(saved).toMatchObject({
      title: 'CIT Awards Ceremony',
      date: EVENT_DAY,
      startTime: '18:30',
      committeeIds: ['p-rev1', 'p-rev2'],
    });
    expect(saved.nominations.filter((n) => n.status === 'selected')).toHaveLength(2);
    expect(saved.nominations.find((n) => n.nomineeId === 'p-peer')?.citation).toBe(
      'For courage that changed how our officers listen.',
    );
    const onDisk = await app.readWorkspace();
    expect(onDisk.actionItems.filter((a) => a.source.kind === 'recognition' && a.source.id === saved.id)).toHaveLength(
      5,
    );

    // The awards and the list of events, for a look.
    await page.getByRole('tab', { name: 'Awards' }).click();
    await page.getByRole('list', { name: 'Awards' }).getByText('Intervention of the Year').waitFor();
    await checkAccessibility(page, 'the awards');
    await screenshot(page, 'recognition-awards');
    await page.getByRole('link', { name: 'All recognition events' }).click();
    await page.getByRole('list', { name: 'Recognition events' }).getByText('2 honorees').waitFor();
    await checkAccessibility(page, 'the list of events');
    await screenshot(page, 'recognition-events');
    await page.getByRole('link', { name: 'CIT Awards Ceremony' }).click();

    // Dark mode, for a look.
    await setColorScheme(page, 'dark');
    await page.getByRole('tab', { name: 'Committee review' }).click();
    await screenshot(page, 'recognition-review-dark', { fullPage: true });
    app.expectNoPageErrors();
  });
});
