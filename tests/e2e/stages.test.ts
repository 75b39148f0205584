import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { addDaysTo } from '../../src/actions/due';
import { executeByName } from '../support/commands';
import { dayInZone } from '../../src/model/calendarDay';
import { WorkspaceSession } from '../../src/workspace/session';
import { tempDir } from '../support/tempdir';
import { checkAccessibility, screenshot, startApp, type RunningApp, setColorScheme } from './support';

/**
 * The stage tracker as a person meets it, in Chromium against a real file: the checklist that
 * ticks itself from the coalition's records, ticking and overriding by hand, the dashboard's
 * next steps, and the Reports screen saving the progress report.
 */
const ZONE = 'America/Chicago';
let app: RunningApp | null = null;

afterEach(async () => {
  await app?.close();
  app = null;
});

/** Dates are relative to the real today: the page works out "today" from the browser's clock. */
const today = dayInZone(new Date(), ZONE);

async function coalitionFile(): Promise<{ file: string; officer: string }> {
  const file = path.join(await tempDir('cit-e2e-stages-'), 'Lakeside.cit.json');
  const session = await WorkspaceSession.create(file, { name: 'Lakeside County CIT Coalition', community: 'Lakeside County', timeZone: ZONE });
  const officer = (await executeByName(session, 'addStakeholder', { name: 'Sgt. Ray Ortiz', title: 'Sheriff’s office liaison', sector: 'law-enforcement', stage: 'contacted' })).result;
  await executeByName(session, 'addStakeholder', { name: 'Dana Lee', sector: 'mental-health', roles: ['chair'], stage: 'steering-committee' });
  await executeByName(session, 'addActionItem', { title: 'Send the draft agreement to the sheriff', ownerId: officer, dueDate: addDaysTo(today, -9) });
  await executeByName(session, 'addActionItem', { title: 'Confirm the room for the committee', dueDate: addDaysTo(today, 2) });
  await executeByName(session, 'addMeeting', { title: 'Steering committee', kind: 'steering-committee', date: addDaysTo(today, 6), startTime: '18:30', location: 'County annex, room 2' });
  await session.close();
  return { file, officer };
}

const item = (page: Page, id: string) => page.locator(`[data-item-id="${id}"]`);
const statusOf = (page: Page, id: string) => item(page, id).getAttribute('data-status');

describe('the stages checklist', () => {
  it('turns "Talk with law enforcement" complete when a conversation with a law enforcement stakeholder is logged', async () => {
    const { file, officer } = await coalitionFile();
    app = await startApp({ workspace: file, route: '/stages' });
    const { page } = app;
    await page.getByRole('heading', { level: 1, name: 'Stages' }).waitFor();

    const talk = item(page, 'coalition.talk-law-enforcement');
    await talk.waitFor();
    expect(await statusOf(page, 'coalition.talk-law-enforcement')).toBe('not-started');
    expect(await talk.textContent()).toContain('No conversation with law enforcement logged yet; 1 person from this group is on your list.');
    expect(await talk.textContent()).toContain('Holding things back: A CIT program cannot start without a law enforcement partner.');
    await checkAccessibility(page, 'the stages screen');
    await screenshot(page, 'stages-before', { fullPage: true });

    // The three steps, each a tab; Step Two's items read their evidence too.
    expect(await page.getByRole('tab').allTextContents()).toEqual([
      'Step One: Build partnerships (0/20)',
      'Step Two: Create change (0/20)',
      'Step Three: Sustain the program (0/9)',
    ]);
    await page.getByRole('tab', { name: /Step Two/ }).click();
    await item(page, 'policies.review').waitFor();
    expect(await item(page, 'policies.review').textContent()).toContain('Review the partners’ policies on communication, cooperation and transport');
    await page.getByRole('tab', { name: /Step One/ }).click();
    await talk.waitFor();

    // The evidence: the item's quick action leads to the stakeholders area, where the person
    // opens the sergeant and logs a conversation with him.
    await talk.getByRole('link', { name: 'Log a conversation' }).click();
    await page.getByRole('heading', { level: 1, name: 'Stakeholders' }).waitFor();
    await page.getByRole('button', { name: 'Sgt. Ray Ortiz', exact: true }).click();
    const drawer = page.getByRole('dialog', { name: 'Sgt. Ray Ortiz' });
    await drawer.getByRole('button', { name: 'Log conversation' }).click();
    const form = page.getByRole('dialog', { name: 'Log a conversation' });
    await form.getByLabel('Summary').fill('How crisis calls go today, and what would help the deputies.');
    await form.getByRole('button', { name: 'Log conversation' }).click();
    await form.waitFor({ state: 'detached' });
    await page.keyboard.press('Escape');

    await page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Stages', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Stages' }).waitFor();
    await page.locator('[data-item-id="coalition.talk-law-enforcement"][data-status="done"]').waitFor({ timeout: 15_000 });
    const text = await item(page, 'coalition.talk-law-enforcement').textContent();
    expect(text).toContain('Conversations held with law enforcement: 1, the latest on');
    expect(text).toContain('with Sgt. Ray Ortiz (Sheriff’s office liaison).');
    expect(text).toContain('From your records');
    expect(text).not.toContain('Holding things back');
    const saved = await app.readWorkspace();
    expect(saved.conversations).toHaveLength(1);
    expect(saved.conversations[0]!.stakeholderIds).toEqual([officer]);
    app.expectNoPageErrors();
  });

  it('ticks an item by hand, asks for a reason before overriding the records, and clears a mark after asking', async () => {
    const { file } = await coalitionFile();
    app = await startApp({ workspace: file, route: '/stages' });
    const { page } = app;
    await page.getByRole('heading', { level: 1, name: 'Stages' }).waitFor();

    // Tick by hand: an item the records cannot show.
    await page.getByRole('button', { name: 'Tick by hand: Learn where CIT came from and what its core elements are' }).click();
    const dialog = page.getByRole('dialog', { name: 'Tick this item by hand' });
    await dialog.waitFor();
    await dialog.getByLabel('Marked by').fill('Dana Cruz');
    await dialog.getByLabel('Note').fill('Read the Memphis model guide together');
    await checkAccessibility(page, 'the tick-by-hand dialog');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.locator('[data-item-id="learn.history"][data-status="done"]').waitFor();
    expect(await item(page, 'learn.history').textContent()).toContain('Marked done by Dana Cruz on');
    expect(await item(page, 'learn.history').textContent()).toContain('Ticked by hand');

    // Override: the convener item is worked out from roles, so a reason is required.
    await page.getByRole('button', { name: 'Set by hand: If people will not come to the table, find an influential convener' }).click();
    const override = page.getByRole('dialog', { name: 'Set this item by hand' });
    await override.waitFor();
    expect(await override.textContent()).toContain('Convener / champion: no one named yet.');
    await override.getByText('Does not apply to us').click();
    await override.getByRole('button', { name: 'Save' }).click();
    await override.getByText('This item is worked out from your data, so marking it by hand needs a reason others can read.').waitFor();
    // The name typed a moment ago is offered again.
    expect(await override.getByLabel('Marked by').inputValue()).toBe('Dana Cruz');
    await override.getByLabel('Reason').fill('Everyone came to the table without one');
    await screenshot(page, 'stages-override-dialog');
    await override.getByRole('button', { name: 'Save' }).click();
    await override.waitFor({ state: 'detached' });
    await page.locator('[data-item-id="coalition.convener"][data-status="not-applicable"]').waitFor();
    const convener = await item(page, 'coalition.convener').textContent();
    expect(convener).toContain('Set by hand');
    expect(convener).toContain('Everyone came to the table without one');
    expect(convener).toContain('Your records show: Convener / champion: no one named yet.');

    const marks = (await app.readWorkspace()).stageMarks;
    expect(marks.map((m) => [m.itemId, m.status, m.by])).toEqual([
      ['learn.history', 'done', 'Dana Cruz'],
      ['coalition.convener', 'not-applicable', 'Dana Cruz'],
    ]);

    // Clearing asks first, and keeping it changes nothing.
    await page.getByRole('button', { name: 'Clear mark: Learn where CIT came from and what its core elements are' }).click();
    const confirm = page.getByRole('dialog', { name: 'Clear this mark?' });
    await confirm.getByRole('button', { name: 'Keep it' }).click();
    await confirm.waitFor({ state: 'detached' });
    expect((await app.readWorkspace()).stageMarks).toHaveLength(2);
    await page.getByRole('button', { name: 'Clear mark: Learn where CIT came from and what its core elements are' }).click();
    const confirmClear = page.getByRole('dialog', { name: 'Clear this mark?' });
    await confirmClear.getByRole('button', { name: 'Clear mark' }).click();
    await confirmClear.waitFor({ state: 'detached' });
    await page.locator('[data-item-id="learn.history"][data-status="not-started"]').waitFor();
    expect((await app.readWorkspace()).stageMarks.map((m) => m.itemId)).toEqual(['coalition.convener']);

    await setColorScheme(page, 'dark');
    await checkAccessibility(page, 'the stages screen (dark)');
    await screenshot(page, 'stages-dark', { fullPage: true });
    app.expectNoPageErrors();
  });
});

describe('the dashboard and the reports screen', () => {
  it('shows the current stage, the next steps with the blocking gaps first, coverage, what is overdue and the next meeting', async () => {
    const { file } = await coalitionFile();
    app = await startApp({ workspace: file, route: '/' });
    const { page } = app;
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    expect(await page.getByTestId('current-stage').textContent()).toBe('Learn about CIT');

    const next = page.locator('[data-next-step]');
    expect(await next.evaluateAll((els) => els.map((e) => e.getAttribute('data-next-step')))).toEqual([
      'coalition.talk-law-enforcement',
      'coalition.lived-experience-every-step',
      'learn.history',
    ]);
    expect(await next.first().textContent()).toContain('Blocking');
    const overdue = page.locator('[data-card="dashboard-overdue"]');
    expect(await overdue.textContent()).toContain('Send the draft agreement to the sheriff');
    expect(await overdue.textContent()).toContain('9 days overdue');
    expect(await page.locator('[data-card="dashboard-meeting"]').textContent()).toContain('County annex, room 2');
    expect(await page.locator('[data-card="dashboard-coverage"]').textContent()).toContain('People with lived experience');
    // This week: the action item due in two days, then the meeting in six; the late one is not repeated.
    const week = page.locator('[data-card="dashboard-this-week"]');
    expect(await week.getByRole('link').allTextContents()).toEqual(['Confirm the room for the committee', 'Steering committee']);
    expect(await week.textContent()).toContain('Action item, due in 2 days');
    await checkAccessibility(page, 'the dashboard');
    await screenshot(page, 'dashboard', { fullPage: true });
    await setColorScheme(page, 'dark');
    await checkAccessibility(page, 'the dashboard (dark)');
    await screenshot(page, 'dashboard-dark', { fullPage: true });
    await setColorScheme(page, 'light');

    // Each line of the week leads to the place where it is done.
    await week.getByRole('link', { name: 'Steering committee' }).click();
    await page.getByRole('heading', { level: 1, name: 'Steering committee' }).waitFor();
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();

    // A next step's quick action leads to the area where the work is done.
    await next.first().getByRole('link', { name: 'Log a conversation' }).click();
    await page.waitForFunction(() => location.hash === '#/stakeholders');
    app.expectNoPageErrors();
  });

  it('lists every export, asks for what a report needs, and saves the progress report as Word', async () => {
    const { file } = await coalitionFile();
    app = await startApp({ workspace: file, route: '/reports' });
    const { page } = app;
    await page.getByRole('heading', { level: 1, name: 'Reports' }).waitFor();
    const cards = await page.locator('[data-report]').evaluateAll((els) => els.map((e) => e.getAttribute('data-report')));
    expect(cards).toContain('exportProgressReportDocx');
    expect(cards).toContain('exportStatusReportDocx');
    await checkAccessibility(page, 'the reports screen');
    await screenshot(page, 'reports', { fullPage: true });

    // A report that needs a record says so instead of sending nothing.
    const agenda = page.locator('[data-report="exportAgendaDocx"]');
    await agenda.getByRole('button', { name: 'Save Meeting agenda' }).click();
    await agenda.getByText('Choose a meeting first.').waitFor();

    const progress = page.locator('[data-report="exportProgressReportDocx"]');
    await progress.getByRole('button', { name: 'Save Where we are' }).click();
    await page.getByText(/^Where we are saved as /).waitFor();
    const saved = await readdir(app.exportsDir);
    expect(saved.some((name) => /^Where we are - Lakeside County CIT Coalition - \d{4}-\d{2}-\d{2} \(share-safe\)\.docx$/.test(name))).toBe(true);

    const status = page.locator('[data-report="exportStatusReportDocx"]');
    await status.getByLabel('The coalition only: names everyone (do not forward)').check();
    await status.getByRole('button', { name: 'Save Steering committee status report' }).click();
    await page.getByText(/^Steering committee status report saved as /).waitFor();
    expect((await readdir(app.exportsDir)).some((name) => name.startsWith('Steering committee status report - '))).toBe(true);

    await setColorScheme(page, 'dark');
    await checkAccessibility(page, 'the reports screen (dark)');
    app.expectNoPageErrors();
  });
});
