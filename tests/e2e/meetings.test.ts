import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { WorkspaceSession } from '../../src/workspace/session';
import { readDocx } from '../support/docx';
import { tempDir } from '../support/tempdir';
import { coalition, make } from '../support/fixtures/meetings-fixture';
import { checkAccessibility, coalitionDay, screenshot, startApp, type RunningApp } from './support';

/**
 * The chair's evening, in Chromium against a real file: plan the first stakeholder meeting from
 * its template, reorder the agenda by button and by keyboard drag, take attendance, record a
 * decision with a vote and an action item in the minutes, export the agenda and the minutes, and
 * find the action item on the Action items screen.
 */
let app: RunningApp | null = null;

afterEach(async () => {
  await app?.close();
  app = null;
});

/** Days as the coalition counts them (the fixture's coalition is in Chicago), not as this computer does. */
const ZONE = 'America/Chicago';
const day = (offset: number) => coalitionDay(ZONE, offset);

/** The fixture coalition with an earlier planning call whose action item is still open (and overdue). */
async function workspace(): Promise<string> {
  const { doc, people } = coalition(ZONE);
  const state = { doc };
  const call = make(state, 'addMeeting', {
    title: 'Planning call',
    kind: 'first-convening',
    date: day(-14),
    startTime: '12:00',
    durationMinutes: 30,
    templateId: 'workgroup',
  });
  make(state, 'startMinutes', { meetingId: call });
  const item = state.doc.meetings[0]!.minutes!.items[0]!.id;
  make(state, 'addMeetingActionItem', {
    meetingId: call,
    itemId: item,
    fields: { title: 'Reserve the library meeting room', ownerId: people.nami.id, dueDate: day(-3) },
  });
  const file = path.join(await tempDir('cit-e2e-meetings-'), 'Riverside.cit.json');
  await (await WorkspaceSession.fromDocument(file, state.doc)).close();
  return file;
}

describe('meetings in the browser', () => {
  it('builds an agenda, takes attendance, records a decision and an action item, exports both documents, and shows the item to the chair', async () => {
    app = await startApp({ workspace: await workspace(), route: '/meetings' });
    const { page } = app;
    const meetingDay = day(7);

    // Plan the first stakeholder meeting from its template.
    await page.getByRole('button', { name: 'New meeting' }).click();
    const dialog = page.getByRole('dialog', { name: 'New meeting' });
    await dialog.getByLabel('Title').fill('First stakeholder meeting');
    await dialog.getByRole('textbox', { name: 'Date' }).fill(meetingDay);
    await dialog.getByLabel('Start time').fill('18:00');
    await dialog.getByLabel('Location').fill('Riverside Public Library, Room B');
    await dialog.getByRole('combobox', { name: 'Invitees' }).click();
    for (const name of ['Dana Whitfield', 'Marcus Ortega', 'June Park', 'Rae Collins', 'Hon. Lee Amari']) {
      await page.getByRole('option', { name: new RegExp(`^${name.replace('.', '\\.')} —`) }).click();
    }
    await page.keyboard.press('Escape');
    expect(await dialog.getByRole('combobox', { name: 'Start the agenda from' }).inputValue()).toBe(
      'First stakeholder meeting (90 min)',
    );
    await checkAccessibility(page, 'the new meeting form');
    await dialog.getByRole('button', { name: 'Plan meeting' }).click();

    // The agenda, timed from 6 PM.
    await page.getByRole('heading', { level: 1, name: 'First stakeholder meeting' }).waitFor();
    const starts = page.getByTestId('item-start');
    await expect
      .poll(() => starts.allTextContents())
      .toEqual(['6:00 PM', '6:05 PM', '6:15 PM', '6:30 PM', '6:45 PM', '7:05 PM', '7:15 PM', '7:20 PM', '7:25 PM']);
    await page.getByText('9 items · 1 hr 30 min planned of a 1 hr 30 min meeting').waitFor();
    // The open action item from the planning call is offered for review.
    await page.getByRole('button', { name: 'Add review of action items' }).click();
    await page.getByText('3. Review of action items').waitFor();

    // Reorder: by button, then by keyboard drag (Space on the handle, arrow, Space).
    await page.getByRole('button', { name: 'Move Introductions around the table up' }).click();
    await page.getByText('1. Introductions around the table').waitFor();
    const handle = page.getByRole('button', { name: 'Drag to reorder Introductions around the table' });
    await handle.focus();
    // Each step waits for what a screen reader hears: the item by its title, and where it goes.
    const liveRegion = page.locator('[id^="DndLiveRegion"]');
    const heard = (words: RegExp) => expect.poll(() => liveRegion.textContent(), { timeout: 30_000 }).toMatch(words);
    await page.keyboard.press('Space');
    await heard(/^Picked up Introductions around the table, at position 1 of 3 in /);
    await page.keyboard.press('ArrowDown');
    await heard(/^Introductions around the table would move to position 2 of 3 in /);
    await page.keyboard.press('Space');
    await heard(/^Introductions around the table was moved to position 2 of 3 in /);
    await page.getByText('2. Introductions around the table').waitFor();
    expect(await liveRegion.textContent()).not.toMatch(/draggable|droppable/i);
    let saved = (await app.readWorkspace()).meetings.find((m) => m.title === 'First stakeholder meeting')!;
    expect(saved.agenda[0]!.items.map((i) => i.title)).toEqual([
      'Welcome and why we asked you here',
      'Introductions around the table',
      'Review of action items',
    ]);

    // A new item that makes the agenda run long.
    await page.getByRole('button', { name: 'Add item to Next steps' }).click();
    const itemDialog = page.getByRole('dialog', { name: 'New agenda item' });
    await itemDialog.getByLabel('Item').fill('Tour of the crisis center');
    await itemDialog.getByRole('textbox', { name: 'Minutes' }).fill('20');
    // Presented by someone who asked not to be named in shared documents: the row says what the print will say.
    await itemDialog.getByRole('combobox', { name: 'Presenter' }).click();
    await page.getByRole('option', { name: /^Rae Collins —/ }).click();
    await itemDialog.getByRole('button', { name: 'Add item' }).click();
    await page
      .getByRole('alert')
      .getByText(/The agenda runs 30 min past the planned end \(7:30 PM\)/)
      .waitFor();
    await page
      .getByTestId('presenter-print-note')
      .getByText('The Word agenda prints “Name withheld at their request” in place of Rae Collins', { exact: false })
      .waitFor();
    await page.mouse.move(0, 0);
    await checkAccessibility(page, 'the agenda builder');
    await screenshot(page, 'meetings-agenda-builder', { fullPage: true });

    // Attendance and quorum.
    await page.getByRole('tab', { name: 'Attendance' }).click();
    for (const [name, status] of [
      ['Dana Whitfield', 'Present'],
      ['Marcus Ortega', 'Present'],
      ['June Park', 'Late'],
      ['Rae Collins', 'Present'],
      ['Hon. Lee Amari', 'Regrets'],
    ] as const) {
      await page
        .getByRole('radiogroup', { name: `Attendance of ${name}` })
        .getByText(status, { exact: true })
        .click();
    }
    await page.getByLabel('Guest name').fill('Alex Romero');
    await page.getByLabel('Guest organization').fill('County Commission staff');
    await page.getByRole('button', { name: 'Add guest' }).click();
    await page.getByText('Alex Romero (County Commission staff)').waitFor();
    await page.getByRole('combobox', { name: 'Quorum rule' }).click();
    await page.getByRole('option', { name: 'A majority of the people invited' }).click();
    await page.getByTestId('quorum').getByText('4 of 5 invitees present (3 needed).').waitFor();
    await page.getByTestId('lived-experience').getByText('Someone with lived experience is at the table.').waitFor();
    await checkAccessibility(page, 'attendance');
    await screenshot(page, 'meetings-attendance', { fullPage: true });

    // Minutes: a decision with a vote and an action item, in place.
    await page.getByRole('tab', { name: 'Minutes' }).click();
    await page.getByRole('button', { name: 'Start the minutes' }).click();
    const item = page.getByRole('region', { name: 'Minutes for Forming a steering committee' });
    // Next week's meeting has discussed nothing yet.
    expect(
      await item.getByRole('combobox', { name: 'Outcome of Forming a steering committee' }).inputValue(),
    ).toBe('Not yet discussed');
    await item
      .getByRole('textbox', { name: 'Notes for Forming a steering committee', exact: true })
      .fill('Everyone present agreed a formal committee is the next step.');
    await item.getByRole('button', { name: 'Record a decision on Forming a steering committee' }).click();
    await item
      .getByRole('textbox', { name: 'Decision on Forming a steering committee', exact: true })
      .fill('Form a steering committee of the agencies present');
    await item.getByLabel('Record a vote').check();
    await item.getByRole('textbox', { name: 'For', exact: true }).fill('4');
    await item.getByRole('textbox', { name: 'Abstain', exact: true }).fill('1');
    await item.getByRole('button', { name: 'Record decision' }).click();
    await item
      .getByTestId('decision')
      .getByText('Form a steering committee of the agencies present (4 for, 0 against, 1 abstaining: carried)')
      .waitFor();
    await item.getByRole('button', { name: 'Add an action item to Forming a steering committee' }).click();
    await item
      .getByRole('textbox', { name: 'New action item for Forming a steering committee', exact: true })
      .fill('Draft a steering committee charter');
    await item.getByRole('combobox', { name: 'Owner of the new action item for Forming a steering committee' }).click();
    await page.getByRole('option', { name: /^Marcus Ortega —/ }).click();
    await item
      .getByRole('textbox', { name: 'Due date of the new action item for Forming a steering committee' })
      .fill(day(3));
    await item.getByRole('button', { name: 'Add action item' }).click();
    await item
      .getByTestId('minutes-action')
      .getByText(/Draft a steering committee charter · Marcus Ortega · due in 3 days · Open/)
      .waitFor();
    await page.mouse.move(0, 0);
    await checkAccessibility(page, 'the minutes');
    await screenshot(page, 'meetings-minutes', { fullPage: true });

    saved = (await app.readWorkspace()).meetings.find((m) => m.title === 'First stakeholder meeting')!;
    const minutesItem = saved.minutes!.items.find((i) => i.title === 'Forming a steering committee')!;
    expect(minutesItem.notes).toBe('Everyone present agreed a formal committee is the next step.');
    expect(minutesItem.decisions).toMatchObject([
      { text: 'Form a steering committee of the agencies present', vote: { for: 4, against: 0, abstain: 1 } },
    ]);

    // Export the agenda and the minutes.
    for (const [label, prefix] of [
      ['Agenda (Word)', 'Agenda'],
      ['Minutes (Word)', 'Minutes'],
    ] as const) {
      await page.getByRole('button', { name: 'Export' }).click();
      await page.getByRole('menuitem', { name: label }).click();
      await page.getByText(`Saved ${prefix} - First stakeholder meeting - ${meetingDay}.docx.`).waitFor();
    }
    const agenda = await readDocx(
      await readFile(path.join(app.exportsDir, `Agenda - First stakeholder meeting - ${meetingDay}.docx`)),
    );
    expect(agenda.text).toContain('6:00 PM');
    expect(agenda.text).toContain('Tour of the crisis center');
    expect(agenda.text).toContain('Reserve the library meeting room');
    expect(agenda.text).not.toContain('Rae Collins');
    expect(agenda.text).toContain('Name withheld at their request');
    const minutes = await readDocx(
      await readFile(path.join(app.exportsDir, `Minutes - First stakeholder meeting - ${meetingDay}.docx`)),
    );
    expect(minutes.text).toContain(
      'Form a steering committee of the agencies present  (4 for, 0 against, 1 abstaining: carried)',
    );
    expect(minutes.text).toContain('Draft a steering committee charter');
    expect(minutes.text).toContain('Guests: Alex Romero (County Commission staff)');

    // The chair's screen: the new item due this week, the planning call's overdue.
    await page.getByRole('link', { name: 'Action items' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Action items' }).waitFor();
    const list = page.getByRole('list', { name: 'Action items' });
    await list.getByRole('heading', { name: /Overdue/ }).waitFor();
    const row = list.getByTestId('action-row').filter({ hasText: 'Draft a steering committee charter' });
    await row.getByText('due in 3 days').waitFor();
    await row.getByText('First stakeholder meeting').waitFor();
    await list
      .getByTestId('action-row')
      .filter({ hasText: 'Reserve the library meeting room' })
      .getByText('3 days overdue')
      .waitFor();
    await page.mouse.move(0, 0);
    await checkAccessibility(page, 'the action items screen');
    await screenshot(page, 'actions-by-due-date', { fullPage: true });
    await row.getByRole('combobox', { name: 'Status of Draft a steering committee charter' }).click();
    await page.getByRole('option', { name: 'In progress' }).click();
    await page.getByText('“Draft a steering committee charter” is now in progress.').waitFor();
    const actions = (await app.readWorkspace()).actionItems;
    expect(actions.find((a) => a.title === 'Draft a steering committee charter')).toMatchObject({
      status: 'in-progress',
      dueDate: day(3),
      source: { kind: 'meeting', id: saved.id },
    });
    await page.getByText('By owner', { exact: true }).click();
    await list.getByRole('heading', { name: /Marcus Ortega/ }).waitFor();
    app.expectNoPageErrors();
    // A whole evening's work on a shared two-core machine: allow it more than the default.
  }, 300_000);

  it('looks finished in dark mode', async () => {
    app = await startApp({ workspace: await workspace(), route: '/actions', colorScheme: 'dark' });
    await app.page.getByRole('heading', { level: 1, name: 'Action items' }).waitFor();
    await checkAccessibility(app.page, 'action items in dark mode');
    await screenshot(app.page, 'actions-dark');
    await app.page.goto(`${app.host.url}#/meetings`);
    await app.page.getByRole('heading', { level: 1, name: 'Meetings' }).waitFor();
    await checkAccessibility(app.page, 'meetings in dark mode');
    await screenshot(app.page, 'meetings-list-dark');
    app.expectNoPageErrors();
  });
});
