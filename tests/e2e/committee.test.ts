import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { tableDay } from '../../src/model/dateFormats';
import { Organization } from '../../src/stakeholders/model/organization';
import { WorkspaceSession } from '../../src/workspace/session';
import { readDocx } from '../support/docx';
import { convertWithLibreOffice, hasLibreOffice } from '../support/libreoffice';
import { tempDir } from '../support/tempdir';
import { coalition, make } from '../support/fixtures/meetings-fixture';
import { checkAccessibility, coalitionDay, screenshot, startApp, type RunningApp } from './support';

/**
 * The steering committee's governance in Chromium against a real file: the chair sets up the
 * seats and terms, the officers and a member's declaration of interests on the Committee screen;
 * then, at a meeting, takes the consent agenda (one item pulled out for discussion), records a
 * vote with a member recused, saves the packet, the sign-in sheet and the name tents, and finds
 * everything again after closing and reopening the app.
 */
let app: RunningApp | null = null;

afterEach(async () => {
  await app?.close();
  app = null;
});

/** Days as the coalition counts them (the fixture's coalition is in Chicago). */
const ZONE = 'America/Chicago';
const day = (offset: number) => coalitionDay(ZONE, offset);
const MEETING = 'Steering committee meeting';
const EARLIER = 'Steering committee, last month';

/**
 * The fixture coalition with one agency, a workgroup whose report the agenda names, last month's
 * meeting (draft minutes, an overdue action item) and this week's meeting planned from the
 * steering-committee template. Rae Collins asked to stay private.
 */
async function workspace(): Promise<string> {
  const { doc, people } = coalition(ZONE);
  doc.organizations.push(
    Organization.parse({ id: 'org-police', name: 'Riverside Police Department', sector: 'law-enforcement' }),
  );
  doc.stakeholders = doc.stakeholders.map((s) =>
    s.id === people.chief.id ? { ...s, organizationId: 'org-police' } : s,
  );
  const state = { doc };
  const invitees = [people.chief, people.clinician, people.nami, people.peer, people.judge].map((p) => p.id);
  make(state, 'addWorkgroup', {
    name: 'Dispatch protocol',
    leadId: people.clinician.id,
    statusLine: 'Drafting the call-taker script',
  });
  const earlier = make(state, 'addMeeting', {
    title: EARLIER,
    kind: 'steering-committee',
    date: day(-28),
    startTime: '17:30',
    inviteeIds: invitees,
    templateId: 'steering-committee',
  });
  make(state, 'startMinutes', { meetingId: earlier });
  const item = state.doc.meetings.find((m) => m.id === earlier)!.minutes!.items[0]!.id;
  make(state, 'addMeetingActionItem', {
    meetingId: earlier,
    itemId: item,
    fields: { title: 'Book the training room', ownerId: people.chief.id, dueDate: day(-5) },
  });
  make(state, 'addMeeting', {
    title: MEETING,
    kind: 'steering-committee',
    date: day(2),
    startTime: '17:30',
    location: 'Riverside Public Library, Room B',
    inviteeIds: invitees,
    templateId: 'steering-committee',
  });
  const file = path.join(await tempDir('cit-e2e-committee-'), 'Riverside.cit.json');
  await (await WorkspaceSession.fromDocument(file, state.doc)).close();
  return file;
}

/** Picks an option of a select by the start of its label ("Dana Whitfield — Riverside Police Department"). */
async function choose(page: Page, combobox: ReturnType<Page['getByRole']>, label: string) {
  await combobox.click();
  await page.getByRole('option', { name: new RegExp(`^${label.replace(/[.()]/g, '\\$&')}( —|$)`) }).click();
}

async function saved(app: RunningApp, prefix: string): Promise<Buffer> {
  const name = `${prefix} - ${MEETING} - ${day(2)}.docx`;
  await app.page.getByText(`Saved ${name}.`).waitFor({ timeout: 60_000 });
  return readFile(path.join(app.exportsDir, name));
}

describe('committee governance in the browser', () => {
  it('keeps seats, terms, officers, declarations, a consent agenda and a recusal, and prints the meeting’s papers', async () => {
    const file = await workspace();
    app = await startApp({ workspace: file, route: '/committee' });
    const { page } = app;
    const year = day(0).slice(0, 4);

    // Seats: an agency's, a sector's, and one nobody sits in yet.
    await page.getByRole('button', { name: 'New seat' }).click();
    const addSeat = async (name: string, sector: string, agency?: string) => {
      const dialog = page.getByRole('dialog', { name: 'New seat' });
      await dialog.getByLabel('Seat name').fill(name);
      if (agency) await choose(page, dialog.getByRole('combobox', { name: 'Agency holding the seat' }), agency);
      await choose(page, dialog.getByRole('combobox', { name: 'Sector' }), sector);
      await dialog.getByRole('button', { name: 'Add seat' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByText(`Added the seat “${name}”.`).waitFor();
    };
    await addSeat('Police department', 'Law enforcement (police, sheriff)', 'Riverside Police Department');
    await page.getByRole('heading', { name: 'Seats and terms' }).waitFor();
    await page.getByRole('button', { name: 'New seat' }).click();
    await addSeat('Crisis center', 'Mental health provider (clinicians, crisis services)');
    await page.getByRole('button', { name: 'New seat' }).click();
    await addSeat('Person with lived experience', 'Peer (lived experience)');

    const seatMember = async (seat: string, member: string, begins: string, ends: string) => {
      await page.getByRole('button', { name: `Seat member: ${seat}` }).click();
      const dialog = page.getByRole('dialog', { name: `Seat a member: ${seat}` });
      await choose(page, dialog.getByRole('combobox', { name: 'Member' }), member);
      await dialog.getByRole('textbox', { name: 'Term begins' }).fill(begins);
      // Leaving the field (as a person would) closes its calendar and keeps what was typed.
      await dialog.getByRole('textbox', { name: 'Term ends' }).fill(ends);
      await dialog.getByRole('textbox', { name: 'Term ends' }).blur();
      await dialog.getByRole('button', { name: 'Seat member' }).click();
      await dialog.waitFor({ state: 'hidden' });
    };
    await seatMember('Police department', 'Dana Whitfield', day(-700), day(30));
    await seatMember('Crisis center', 'Marcus Ortega', day(-100), day(630));

    const seats = page.getByRole('table', { name: 'Seats and terms' });
    const seatRow = (name: string) => seats.getByRole('row').filter({ hasText: name });
    await seatRow('Police department')
      .getByText(`${tableDay(day(-700))} – ${tableDay(day(30))}`)
      .waitFor();
    await seatRow('Police department').getByText('Term ends in 30 days', { exact: true }).waitFor();
    await expect(seatRow('Police department').innerText()).resolves.toContain('Riverside Police Department');
    expect(
      await seatRow('Crisis center')
        .getByText(/^Term ends/)
        .count(),
    ).toBe(0);
    await expect(seatRow('Crisis center').innerText()).resolves.toMatch(/Mental health provider[\s\S]*Marcus Ortega/);
    await seatRow('Person with lived experience').getByText('Empty', { exact: true }).waitFor();
    // What needs doing is said at the top: the empty seat first, then the term ending within 60 days.
    const attention = page.getByRole('region', { name: 'Needs attention' });
    await attention.getByText('Person with lived experience: empty. Find a member.').waitFor();
    await attention
      .getByText(`Police department: Dana Whitfield. Term ends in 30 days (${tableDay(day(30))}).`)
      .waitFor();
    expect(await attention.innerText()).not.toContain('Crisis center');

    // Officers: a chair, then a new chair; the first stays in the office's history.
    const appoint = async (member: string, from: string) => {
      await page.getByRole('button', { name: 'Appoint chair' }).click();
      const dialog = page.getByRole('dialog', { name: 'Appoint an officer' });
      await choose(page, dialog.getByRole('combobox', { name: 'Officer' }), member);
      await dialog.getByRole('textbox', { name: 'Holds the office from' }).fill(from);
      await dialog.getByRole('textbox', { name: 'Holds the office from' }).blur();
      await dialog.getByRole('button', { name: 'Appoint' }).click();
      await dialog.waitFor({ state: 'hidden' });
    };
    await appoint('Dana Whitfield', day(-365));
    const officers = page.getByRole('table', { name: 'Officers' });
    const chair = officers.getByRole('row').filter({ hasText: 'Chair' }).first();
    await chair.getByText('Dana Whitfield').waitFor();
    await appoint('June Park', day(-10));
    await chair.getByText('June Park').waitFor();
    await chair.getByText(`Dana Whitfield (${tableDay(day(-365))} – ${tableDay(day(-10))})`).waitFor();
    await expect(chair.innerText()).resolves.toContain(tableDay(day(-10)));

    // A member's declaration of interests for the year, undone and redone.
    await page.getByRole('button', { name: 'Record the declaration of Marcus Ortega' }).click();
    const declare = page.getByRole('dialog', { name: 'Record a declaration of interests' });
    expect(await declare.getByRole('combobox', { name: 'Member' }).inputValue()).toMatch(/^Marcus Ortega/);
    await declare.getByLabel('Interests declared').fill('Sits on the board of the Riverside Crisis Center foundation.');
    await declare.getByRole('button', { name: 'Record declaration' }).click();
    await declare.waitFor({ state: 'hidden' });
    const declarations = page.getByRole('table', { name: `Declarations of interest, ${year}` });
    const marcus = declarations.getByRole('row').filter({ hasText: 'Marcus Ortega' });
    await marcus.getByText('Sits on the board of the Riverside Crisis Center foundation.').waitFor();
    await marcus.getByText(tableDay(day(0))).waitFor();
    expect(await page.getByRole('button', { name: 'Record the declaration of Marcus Ortega' }).count()).toBe(0);
    await page.getByRole('heading', { level: 1, name: 'Steering committee' }).click();
    await checkAccessibility(page, 'the committee screen');
    await screenshot(page, 'committee', { fullPage: true });

    // Ctrl+Z, away from any text field, takes the declaration back; the header's Redo returns it.
    await page.getByRole('heading', { level: 1, name: 'Steering committee' }).click();
    await page.keyboard.press('Control+z');
    await page.getByRole('button', { name: 'Record the declaration of Marcus Ortega' }).waitFor();
    await page.getByText(`No declarations recorded for ${year} yet.`).waitFor();
    await page.getByRole('button', { name: /^Redo: / }).click();
    await marcus.getByText('Sits on the board of the Riverside Crisis Center foundation.').waitFor();
    expect(await page.getByRole('button', { name: 'Record the declaration of Marcus Ortega' }).count()).toBe(0);

    // The meeting: two routine items go on the consent agenda.
    await page.getByRole('link', { name: 'Meetings', exact: true }).click();
    await page.getByRole('link', { name: MEETING }).click();
    await page.getByRole('heading', { level: 1, name: MEETING }).waitFor();
    for (const title of ['Approval of the previous minutes', 'Workgroup reports']) {
      await page.getByRole('button', { name: `Put ${title} on the consent agenda` }).click();
      await page.getByRole('list', { name: 'Items in Consent agenda' }).getByText(title, { exact: false }).waitFor();
    }
    await page
      .getByRole('region', { name: 'Section: Consent agenda' })
      .getByText('Approved together by one motion')
      .waitFor();
    await page.mouse.move(0, 0);
    await screenshot(page, 'committee-consent-agenda', { fullPage: true });

    // Attendance: four in the room, Rae Collins sends regrets.
    await page.getByRole('tab', { name: 'Attendance' }).click();
    for (const [name, status] of [
      ['Dana Whitfield', 'Present'],
      ['Marcus Ortega', 'Present'],
      ['June Park', 'Present'],
      ['Rae Collins', 'Regrets'],
      ['Hon. Lee Amari', 'Present'],
    ] as const) {
      const group = page.getByRole('radiogroup', { name: `Attendance of ${name}` });
      await group.getByText(status, { exact: true }).click();
      await expect.poll(() => group.getByRole('radio', { name: status }).isChecked()).toBe(true);
    }

    // The minutes: an item pulled from the consent agenda, undone, pulled again by someone else.
    await page.getByRole('tab', { name: 'Minutes' }).click();
    await page.getByRole('button', { name: 'Start the minutes' }).click();
    const consent = page.getByRole('region', { name: 'Consent agenda' });
    await consent.getByText('Approval of the previous minutes', { exact: false }).waitFor();
    const pull = async (member: string) => {
      await choose(page, consent.getByRole('combobox', { name: 'Member pulling Workgroup reports' }), member);
      await consent.getByRole('button', { name: 'Pull Workgroup reports for discussion' }).click();
      await page.getByText(`Pulled for discussion by ${member}.`).waitFor();
    };
    const reports = page.getByRole('region', { name: 'Minutes for Workgroup reports' });
    await pull('June Park');
    await reports.getByText('Pulled from the consent agenda by June Park').waitFor();
    expect(await consent.getByText('Workgroup reports').count()).toBe(0);
    await page.getByRole('button', { name: /^Undo: pull an item of/ }).click();
    await consent.getByRole('button', { name: 'Pull Workgroup reports for discussion' }).waitFor();
    expect(await reports.getByText('Pulled from the consent agenda').count()).toBe(0);
    await pull('Dana Whitfield');
    await reports.getByText('Pulled from the consent agenda by Dana Whitfield').waitFor();
    expect(await page.getByText('Pulled from the consent agenda by June Park').count()).toBe(0);

    // What is left on the consent agenda passes by one motion.
    await consent.getByRole('button', { name: 'Approve consent agenda' }).click();
    await page.getByText('Consent agenda approved: 1 item by one motion.').waitFor();
    const approvedWords = consent.getByText(/^Consent agenda approved \(item \d+\)$/);
    await approvedWords.waitFor();
    const approvedText = (await approvedWords.textContent())!;

    // A vote with a member recused: counting them is refused; without them it carries 3–0.
    const business = page.getByRole('region', { name: 'Minutes for Decisions and new business' });
    await business.getByRole('button', { name: 'Record a decision on Decisions and new business' }).click();
    await business
      .getByRole('textbox', { name: 'Decision on Decisions and new business', exact: true })
      .fill('Fund the crisis center’s second CIT class');
    await business.getByLabel('Record a vote').check();
    await business.getByRole('textbox', { name: 'For', exact: true }).fill('4');
    await choose(
      page,
      business.getByRole('combobox', { name: 'Members recused from the decision on Decisions and new business' }),
      'Marcus Ortega',
    );
    await page.keyboard.press('Escape');
    await business.getByRole('button', { name: 'Record decision' }).click();
    await page
      .getByText(
        'The vote counts 4 people, but only 3 may vote: 4 in the room less 1 recused. A recused member is not counted.',
      )
      .waitFor();
    expect(await business.getByTestId('decision').count()).toBe(0);
    await business.getByRole('textbox', { name: 'For', exact: true }).fill('3');
    await business.getByRole('button', { name: 'Record decision' }).click();
    await business
      .getByTestId('decision')
      .getByText('Fund the crisis center’s second CIT class (Carried 3–0; Marcus Ortega recused)')
      .waitFor();
    await page.mouse.move(0, 0);
    await checkAccessibility(page, 'the minutes with a consent agenda and a recusal');
    await screenshot(page, 'committee-minutes', { fullPage: true });

    const meeting = (await app.readWorkspace()).meetings.find((m) => m.title === MEETING)!;
    const decision = meeting.minutes!.items.flatMap((i) => i.decisions)[0]!;
    expect(decision.vote).toEqual({ for: 3, against: 0, abstain: 0 });
    expect(decision.recusedIds).toHaveLength(1);

    // The papers, from the meeting screen: minutes, packet, sign-in sheet and name tents.
    const exportItem = async (label: string) => {
      await page.getByRole('button', { name: 'Export' }).click();
      await page.getByRole('menuitem', { name: label, exact: true }).click();
    };
    await exportItem('Minutes (Word)');
    const minutes = await readDocx(await saved(app, 'Minutes'));
    expect(minutes.text).toContain(`${approvedText}, by one motion.`);
    expect(minutes.text).toContain('Pulled from the consent agenda by Dana Whitfield.');
    expect(minutes.text).toContain('Carried 3–0; Marcus Ortega recused');

    await page.getByRole('button', { name: 'Make the meeting packet' }).click();
    const packetBytes = await saved(app, 'Meeting packet');
    const packet = await readDocx(packetBytes);
    for (const part of [
      'In this packet',
      'Agenda',
      `Minutes for approval: ${EARLIER}`,
      'Open and overdue action items',
      'Workgroup report: Dispatch protocol',
    ])
      expect(packet.paragraphs).toContain(part);
    expect(packet.text).toContain('Consent agenda');
    expect(packet.text).toContain('Book the training room');
    expect(packet.text).toContain('DRAFT: not yet approved');
    expect(packet.text).not.toContain('Rae Collins');

    await exportItem('Sign-in sheet (Word)');
    const signInBytes = await saved(app, 'Sign-in sheet');
    const signIn = await readDocx(signInBytes);
    for (const name of [
      'Dana Whitfield',
      'Marcus Ortega',
      'June Park',
      'Hon. Lee Amari',
      'Riverside Police Department',
    ])
      expect(signIn.paragraphs).toContain(name);
    expect(signIn.paragraphs).toContain('Signature');
    expect(signIn.text).not.toContain('Rae Collins');
    expect(signIn.landscapeSections).toBe(1);

    await exportItem('Name tents (Word)');
    const tentsBytes = await saved(app, 'Name tents');
    const tents = await readDocx(tentsBytes);
    for (const name of ['Dana Whitfield', 'Marcus Ortega', 'June Park', 'Hon. Lee Amari'])
      expect(tents.paragraphs).toContain(name);
    expect(tents.text).not.toContain('Rae Collins');
    // One folded page for each of the five invitees, the private one's left blank.
    expect(tents.sectionCount).toBe(5);

    if (!(await hasLibreOffice())) return expect.fail('LibreOffice (soffice) is not installed');
    expect((await convertWithLibreOffice(packetBytes, 'packet.docx')).pages).toBeGreaterThanOrEqual(5);
    expect((await convertWithLibreOffice(signInBytes, 'sign-in.docx')).pages).toBe(1);
    expect((await convertWithLibreOffice(tentsBytes, 'tents.docx')).pages).toBe(5);
    app.expectNoPageErrors();

    // Closed and opened again: everything is still there.
    await app.close();
    app = await startApp({ workspace: file, route: '/committee' });
    const again = app.page;
    const seatsAgain = again.getByRole('table', { name: 'Seats and terms' });
    await seatsAgain
      .getByRole('row')
      .filter({ hasText: 'Police department' })
      .getByText(`${tableDay(day(-700))} – ${tableDay(day(30))}`)
      .waitFor();
    await seatsAgain.getByRole('row').filter({ hasText: 'Person with lived experience' }).getByText('Empty').waitFor();
    const chairAgain = again
      .getByRole('table', { name: 'Officers' })
      .getByRole('row')
      .filter({ hasText: 'Chair' })
      .first();
    await chairAgain.getByText(`Dana Whitfield (${tableDay(day(-365))} – ${tableDay(day(-10))})`).waitFor();
    await expect(chairAgain.innerText()).resolves.toContain('June Park');
    await again
      .getByRole('table', { name: `Declarations of interest, ${year}` })
      .getByText('Sits on the board of the Riverside Crisis Center foundation.')
      .waitFor();
    await again.getByRole('link', { name: 'Meetings', exact: true }).click();
    await again.getByRole('link', { name: MEETING }).click();
    await again.getByRole('tab', { name: 'Minutes' }).click();
    await again.getByRole('region', { name: 'Consent agenda' }).getByText(approvedText).waitFor();
    await again
      .getByRole('region', { name: 'Minutes for Workgroup reports' })
      .getByText('Pulled from the consent agenda by Dana Whitfield')
      .waitFor();
    await again
      .getByRole('region', { name: 'Minutes for Decisions and new business' })
      .getByText('Fund the crisis center’s second CIT class (Carried 3–0; Marcus Ortega recused)')
      .waitFor();
    app.expectNoPageErrors();
  }, 400_000);
});
