import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { AppService } from '../../src/api/service';
import type { Platform } from '../../src/api/platform';
import { dispatch } from '../../src/api/dispatcher';
import { agendaDocx } from '../../src/meetings/export/agenda';
import { meetingIcs, seriesIcs } from '../../src/meetings/export/calendar';
import { invitation } from '../../src/meetings/export/invitation';
import { minutesDocx } from '../../src/meetings/export/minutes';
import { WorkspaceSession } from '../../src/workspace/session';
import { readDocx } from '../support/docx';
import { convertWithLibreOffice, hasLibreOffice } from '../support/libreoffice';
import { memorySecrets } from '../support/memorySecrets';
import { tempDir } from '../support/tempdir';
import { coalition, make, type Doc } from '../support/fixtures/meetings-fixture';
import { observances, property, toUtc, unfold } from './meetings-ics';

/** The first stakeholder meeting and the steering committee meeting after it, built with the real commands. */
function firstMeetingWorkspace() {
  const { doc, people } = coalition();
  const state = { doc };
  const everyone = Object.values(people).map((p) => p.id);
  const earlierId = make(state, 'addMeeting', {
    title: 'Planning call',
    kind: 'other',
    date: '2026-02-24',
    startTime: '12:00',
    durationMinutes: 30,
    templateId: 'workgroup',
  });
  make(state, 'startMinutes', { meetingId: earlierId });
  const earlyItem = state.doc.meetings[0]!.minutes!.items[0]!.id;
  make(state, 'addMeetingActionItem', {
    meetingId: earlierId,
    itemId: earlyItem,
    fields: { title: 'Reserve the library meeting room', ownerId: people.nami.id, dueDate: '2026-03-03' },
  });
  make(state, 'addMeetingActionItem', {
    meetingId: earlierId,
    itemId: earlyItem,
    fields: {
      title: 'Ask the sheriff’s office for crisis-call counts',
      ownerId: people.peer.id,
      dueDate: '2026-03-09',
    },
  });

  const meetingId = make(state, 'addMeeting', {
    title: 'First stakeholder meeting',
    kind: 'first-convening',
    date: '2026-03-10',
    startTime: '18:00',
    location: 'Riverside Public Library, Room B, 210 Main St',
    videoLink: 'https://meet.example.org/riverside-cit',
    inviteeIds: everyone,
    templateId: 'first-stakeholder-meeting',
    durationMinutes: 90,
  });
  const meeting = () => state.doc.meetings.find((m) => m.id === meetingId)!;
  const items = meeting().agenda.flatMap((s) => s.items);
  make(state, 'updateAgendaItem', { meetingId, itemId: items[0]!.id, changes: { presenterId: people.clinician.id } });
  make(state, 'updateAgendaItem', {
    meetingId,
    itemId: items[3]!.id,
    changes: {
      presenterId: people.peer.id,
      attachments: [{ label: 'Crisis calls 2025', target: 'https://data.example.org/calls-2025.pdf' }],
    },
  });
  return { state, people, meetingId, meeting, earlierId };
}

function heldMeeting() {
  const built = firstMeetingWorkspace();
  const { state, people, meetingId, meeting } = built;
  make(state, 'setAttendance', {
    meetingId,
    marks: [
      { stakeholderId: people.chief.id, status: 'present' },
      { stakeholderId: people.clinician.id, status: 'present' },
      { stakeholderId: people.nami.id, status: 'late' },
      { stakeholderId: people.peer.id, status: 'present' },
      { stakeholderId: people.judge.id, status: 'regrets' },
      { stakeholderId: people.dispatch.id, status: 'absent' },
    ],
  });
  make(state, 'addGuest', { meetingId, name: 'Alex Romero', organization: 'County Commission staff' });
  make(state, 'updateMeeting', { id: meetingId, changes: { status: 'held', quorum: { kind: 'fixed', count: 3 } } });
  make(state, 'startMinutes', { meetingId });
  make(state, 'updateMinutes', { meetingId, recorder: 'Pat Quinn' });
  const item = (title: string) => meeting().minutes!.items.find((i) => i.title === title)!.id;
  make(state, 'updateMinutesItem', {
    meetingId,
    itemId: item('How crisis calls are handled here today'),
    changes: { notes: 'Dispatch sends officers to nearly every crisis call.\nNo walk-in crisis center after 5 PM.' },
  });
  make(state, 'updateMinutesItem', {
    meetingId,
    itemId: item('Common ground and concerns'),
    changes: { outcome: 'unfinished' },
  });
  make(state, 'addDecision', {
    meetingId,
    itemId: item('Forming a steering committee'),
    decision: { text: 'Form a steering committee of the agencies present', vote: { for: 5, against: 0, abstain: 1 } },
  });
  make(state, 'addMeetingActionItem', {
    meetingId,
    itemId: item('Action items and next meeting'),
    fields: { title: 'Draft a steering committee charter', ownerId: people.clinician.id, dueDate: '2026-04-07' },
  });
  make(state, 'addMeetingActionItem', {
    meetingId,
    itemId: item('Action items and next meeting'),
    fields: { title: 'Invite the hospital ED director', ownerId: people.peer.id, dueDate: '2026-03-24' },
  });
  make(state, 'addMeeting', {
    title: 'Second stakeholder meeting',
    kind: 'first-convening',
    date: '2026-04-14',
    startTime: '18:00',
    location: 'Riverside Public Library, Room B',
  });
  return built;
}

/** Set MEETINGS_LOOK_DIR to keep the documents the tests write, to render and look at them. */
async function keep(name: string, bytes: Uint8Array): Promise<void> {
  const dir = process.env.MEETINGS_LOOK_DIR;
  if (dir) await writeFile(path.join(dir, name), bytes);
}

let lo = false;
beforeAll(async () => {
  lo = await hasLibreOffice();
});

/**
 * Where each needle is found, each searched for after the one before it: -1 marks a needle
 * missing or out of order, and the message names the first such needle.
 */
function indexes(paragraphs: string[], needles: string[]): number[] {
  let from = 0;
  return needles.map((needle) => {
    const at = paragraphs.findIndex((p, i) => i >= from && p.includes(needle));
    if (at < 0) return expect.fail(`"${needle}" is missing or out of order`);
    from = at + 1;
    return at;
  });
}

describe('the Word agenda', () => {
  it('prints the details, the timed agenda and space for notes, in order, on one page', async () => {
    const { state, meeting } = firstMeetingWorkspace();
    const bytes = await agendaDocx(state.doc, meeting());
    await keep('agenda.docx', bytes);
    const { paragraphs, text } = await readDocx(bytes);
    indexes(paragraphs, [
      'RIVERSIDE CIT COALITION',
      'First stakeholder meeting',
      'When: Tuesday, March 10, 2026, 6:00 PM – 7:30 PM Central Daylight Time',
      'Place: Riverside Public Library, Room B',
      'Join online: https://meet.example.org/riverside-cit',
      'Agenda',
      'Welcome',
      '6:00 PM',
      '1. Welcome and why we asked you here',
      'Marcus Ortega',
      '6:05 PM',
      '2. Introductions around the table',
      'Why CIT',
      '6:15 PM',
      '3. What a CIT program is (and is not)',
      '6:30 PM',
      '4. How crisis calls are handled here today',
      'Attachment: Crisis calls 2025',
      '9. Action items and next meeting',
      'Close by 7:30 PM',
      'Notes',
    ]);
    // The template's advice to the convener is not printed on the handout.
    expect(text).not.toContain('Thank people for coming');
    // A private person is neither named nor reachable; a name-only person is named without contacts.
    expect(text).not.toContain('Rae Collins');
    expect(text).toContain('Name withheld at their request');
    expect(text).not.toMatch(/@/);
    if (lo) expect((await convertWithLibreOffice(bytes, 'agenda.docx')).pages).toBe(1);
  });

  it('lists the open action items under review at a steering committee meeting, still on one page', async () => {
    const { doc, people } = coalition();
    const state = { doc };
    const first = make(state, 'addMeeting', {
      title: 'Steering committee',
      kind: 'steering-committee',
      date: '2026-04-14',
      startTime: '18:00',
      templateId: 'steering-committee',
      location: 'County building, room 2',
    });
    make(state, 'startMinutes', { meetingId: first });
    const itemId = state.doc.meetings[0]!.minutes!.items[0]!.id;
    for (const [title, owner, due] of [
      ['Reserve the training room for the 40-hour course', people.chief.id, '2026-05-01'],
      ['Ask the sheriff’s office for crisis-call counts', people.peer.id, '2026-05-08'],
      ['Draft the dispatch call-taker questions', people.dispatch.id, '2026-05-10'],
    ] as const) {
      make(state, 'addMeetingActionItem', {
        meetingId: first,
        itemId,
        fields: { title, ownerId: owner, dueDate: due },
      });
    }
    const next = make(state, 'addMeeting', {
      title: 'Steering committee',
      kind: 'steering-committee',
      date: '2026-05-12',
      startTime: '18:00',
      templateId: 'steering-committee',
      location: 'County building, room 2',
    });
    make(state, 'addActionReview', { meetingId: next });
    const bytes = await agendaDocx(
      state.doc,
      state.doc.meetings.find((m) => m.id === next)!,
    );
    await keep('agenda-steering.docx', bytes);
    const { paragraphs } = await readDocx(bytes);
    indexes(paragraphs, [
      '3. Review of action items',
      'Action items under review',
      'Reserve the training room',
      'Dana Whitfield',
      '1 May 2026',
      'Open',
      'Ask the sheriff’s office',
      'Name withheld at their request',
      'Notes',
    ]);
    if (lo) expect((await convertWithLibreOffice(bytes, 'agenda-steering.docx')).pages).toBe(1);
  });

  it('prints a sensible page for a meeting with no agenda', async () => {
    const { doc } = coalition();
    const state = { doc };
    const id = make(state, 'addMeeting', { title: 'Coffee with the sheriff', date: '2026-05-01', startTime: '09:00' });
    const bytes = await agendaDocx(
      state.doc,
      state.doc.meetings.find((m) => m.id === id)!,
    );
    await keep('agenda-empty.docx', bytes);
    const { paragraphs } = await readDocx(bytes);
    expect(paragraphs).toContain('Place: To be announced');
    expect(paragraphs.some((p) => p.includes('The agenda has not been set yet'))).toBe(true);
    if (lo) expect((await convertWithLibreOffice(bytes, 'empty.docx')).pages).toBe(1);
  });

  it('survives control characters, emoji, right-to-left text and 20,000-character notes', async () => {
    const { state, meetingId, meeting } = heldMeeting();
    const hostile = `עברית ومرحبا 😀 \u0001\u000b tab\there ${'long note '.repeat(2_000)}`.slice(0, 20_000);
    make(state, 'updateAgendaItem', {
      meetingId,
      itemId: meeting().agenda[0]!.items[0]!.id,
      changes: { title: 'Welcome — ברוכים הבאים 👋', description: hostile.slice(0, 2_000) },
    });
    make(state, 'updateMinutesItem', {
      meetingId,
      itemId: meeting().minutes!.items[0]!.id,
      changes: { notes: hostile, title: 'Welcome — مرحبا 👋' },
    });
    for (const [name, build] of [
      ['agenda', agendaDocx],
      ['minutes', minutesDocx],
    ] as const) {
      const bytes = await build(state.doc as Doc, meeting());
      await keep(`${name}-hostile.docx`, bytes);
      const { xml, text } = await readDocx(bytes);
      // eslint-disable-next-line no-control-regex -- looking for exactly the characters Word refuses
      expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
      // The agenda carries the agenda item's title; the minutes, the title as minuted.
      expect(text).toContain(name === 'agenda' ? 'ברוכים הבאים 👋' : 'مرحبا 👋');
      expect(text).toContain('tab\there long note');
      if (lo) expect((await convertWithLibreOffice(bytes, `${name}-hostile.docx`)).pages).toBeGreaterThan(0);
    }
  });
});

describe('the Word minutes', () => {
  it('records attendance, quorum, notes, decisions with votes, new action items and the next meeting, in order', async () => {
    const { state, meeting } = heldMeeting();
    const bytes = await minutesDocx(state.doc, meeting());
    await keep('minutes.docx', bytes);
    const { paragraphs, text } = await readDocx(bytes);
    indexes(paragraphs, [
      'Minutes: First stakeholder meeting',
      'DRAFT: not yet approved',
      'Minutes taken by: Pat Quinn',
      'Attendance',
      'Present: Dana Whitfield, Marcus Ortega, June Park, and 1 person whose name is withheld',
      'Arrived late: June Park',
      'Sent regrets: Hon. Lee Amari',
      'Absent: Sam Ibe',
      'Guests: Alex Romero (County Commission staff)',
      'Quorum: Present: 4 people present, 3 needed.',
      'Proceedings',
      '4. How crisis calls are handled here today',
      'Dispatch sends officers to nearly every crisis call.',
      'Not finished: carried forward',
      'Decision: Form a steering committee of the agencies present  (5 for, 0 against, 1 abstaining: carried)',
      'Action: Draft a steering committee charter: Marcus Ortega, by 7 Apr 2026',
      'New action items',
      'Invite the hospital ED director',
      'Next meeting',
      'Tuesday, April 14, 2026, 6:00 PM – 7:00 PM Central Daylight Time',
    ]);
    expect(text).not.toContain('Rae Collins');
    expect(text).not.toMatch(/@/);
    if (lo) expect((await convertWithLibreOffice(bytes, 'minutes.docx')).pages).toBeGreaterThan(0);
  });

  it('says when and where the minutes were approved', async () => {
    const { state, meetingId, meeting } = heldMeeting();
    const later = state.doc.meetings.find((m) => m.title === 'Second stakeholder meeting')!;
    make(state, 'approveMinutes', { meetingId, approvedOn: '2026-04-14', approvedAtMeetingId: later.id });
    const { paragraphs } = await readDocx(await minutesDocx(state.doc, meeting()));
    expect(paragraphs).toContain('Approved at the meeting of Tuesday, April 14, 2026');
  });
});

describe('calendar files', () => {
  it('writes a meeting in the coalition’s zone, correct after the spring clock change', () => {
    const { state, meeting } = firstMeetingWorkspace();
    const lines = unfold(meetingIcs(state.doc, meeting()));
    const [start] = property(lines, 'DTSTART').filter((p) => p.params.TZID);
    expect(start).toEqual({ params: { TZID: 'America/Chicago' }, value: '20260310T180000' });
    expect(toUtc(start!.value, observances(lines))).toBe('2026-03-10T23:00:00.000Z');
    expect(property(lines, 'DURATION')[0]?.value).toBe('PT1H30M');
    expect(property(lines, 'LOCATION')[0]?.value).toContain('Riverside Public Library');
    const description = property(lines, 'DESCRIPTION')[0]?.value ?? '';
    expect(description).toContain('6:05 PM  Introductions around the table');
    expect(description).not.toContain('Rae Collins');
  });

  it('writes a series that keeps its local time on both sides of the clock changes', () => {
    const { doc } = coalition();
    const state = { doc };
    const id = make(state, 'addMeeting', {
      title: 'Steering committee',
      kind: 'steering-committee',
      date: '2026-01-13',
      startTime: '18:00',
      location: 'County building',
    });
    const seriesId = make(state, 'startSeries', {
      meetingId: id,
      name: 'Steering committee (monthly)',
      rule: { kind: 'monthly-weekday', weekday: 'TU', week: 2, intervalMonths: 1 },
    });
    make(state, 'createNextInSeries', { seriesId });
    const lines = unfold(seriesIcs(state.doc, seriesId));
    expect(property(lines, 'RRULE')[0]?.value).toBe('FREQ=MONTHLY;INTERVAL=1;BYDAY=2TU');
    const [start] = property(lines, 'DTSTART').filter((p) => p.params.TZID);
    expect(start).toEqual({ params: { TZID: 'America/Chicago' }, value: '20260113T180000' });
    const obs = observances(lines);
    // January is CST (UTC-6); the April meeting, same wall clock, is CDT (UTC-5).
    expect(toUtc('20260113T180000', obs)).toBe('2026-01-14T00:00:00.000Z');
    expect(toUtc('20260414T180000', obs)).toBe('2026-04-14T23:00:00.000Z');
    expect(toUtc('20261110T180000', obs)).toBe('2026-11-11T00:00:00.000Z');
    // January itself falls under an observance that began before it (the previous November's).
    expect(obs.some((o) => o.kind === 'STANDARD' && o.startLocal < Date.UTC(2026, 0, 13))).toBe(true);
    expect(obs.find((o) => o.kind === 'DAYLIGHT' && o.startLocal > Date.UTC(2026, 0, 1))).toMatchObject({
      fromMinutes: -360,
      toMinutes: -300,
      startLocal: Date.UTC(2026, 2, 8, 2, 0),
    });
    expect(property(lines, 'SUMMARY')[0]?.value).toBe('Steering committee (monthly)');
  });

  it('writes a zone without clock changes', () => {
    const { doc } = coalition('America/Phoenix');
    const state = { doc };
    const id = make(state, 'addMeeting', { title: 'Workgroup', date: '2026-07-01', startTime: '09:30' });
    const lines = unfold(
      meetingIcs(
        state.doc,
        state.doc.meetings.find((m) => m.id === id)!,
      ),
    );
    expect(toUtc(property(lines, 'DTSTART').find((p) => p.params.TZID)!.value, observances(lines))).toBe(
      '2026-07-01T16:30:00.000Z',
    );
  });
});

describe('the invitation', () => {
  it('is ready to paste, with every invitee in Bcc and no private name in the text', () => {
    const { state, meeting } = firstMeetingWorkspace();
    const invite = invitation(state.doc, meeting());
    expect(invite.subject).toBe('Invitation: First stakeholder meeting, Tuesday, March 10, 2026');
    expect(invite.body).toContain('When: Tuesday, March 10, 2026, 6:00 PM – 7:30 PM Central Daylight Time');
    expect(invite.body).toContain('Join online: https://meet.example.org/riverside-cit');
    expect(invite.body).not.toContain('Rae Collins');
    expect(invite.mailto.startsWith('mailto:?bcc=')).toBe(true);
    const bcc = decodeURIComponent(/bcc=([^&]*)/.exec(invite.mailto)![1]!).split(',');
    expect(bcc.sort()).toEqual([
      'dana@riverside.gov',
      'june@nami.org',
      'marcus@crisis.org',
      'rae@example.org',
      'sam@911.gov',
    ]);
    expect(invite.withoutEmail).toBe(1);
  });
});

describe('the invitation for a long agenda', () => {
  it('keeps the mail link short enough for mail programs, leaving the body to paste', () => {
    const { state, meetingId, meeting } = firstMeetingWorkspace();
    for (let i = 0; i < 12; i += 1)
      make(state, 'addAgendaItem', {
        meetingId,
        item: { title: `Report from partner agency number ${i + 1} on crisis calls this quarter` },
      });
    const invite = invitation(state.doc, meeting());
    expect(invite.body).toContain('Report from partner agency number 12');
    expect(invite.mailto).not.toContain('&body=');
    expect(invite.mailto.length).toBeLessThan(1_800);
    expect(invite.mailto).toContain(`&subject=${encodeURIComponent(invite.subject)}`);
  });
});

describe('through the API, to a real file', () => {
  it('saves the agenda and the minutes where the person chose, and refuses an unknown meeting', async () => {
    const dir = await tempDir('cit-meetings-');
    const { state, meetingId } = heldMeeting();
    const chosen: string[] = [];
    const platform: Platform = {
      appVersion: 'test',
      samplePath: '',
      recentFilesPath: path.join(dir, 'recent.json'),
      checkedFilesPath: path.join(dir, 'checked-files.json'),
      chooseNewWorkspaceFile: async () => null,
      chooseWorkspaceToOpen: async () => null,
      chooseExportFile: async (name) => {
        chosen.push(name);
        return path.join(dir, name);
      },
      revealInFolder: () => undefined,
      openExternal: async () => undefined,
      notify: () => undefined,
      secrets: memorySecrets(),
    };
    const service = new AppService(platform);
    await WorkspaceSession.fromDocument(path.join(dir, 'Riverside.cit.json'), state.doc);
    await service.openPath(path.join(dir, 'Riverside.cit.json'));
    const agenda = await dispatch(service.handlers, 'exportAgendaDocx', { meetingId });
    const minutes = await dispatch(service.handlers, 'exportMinutesDocx', { meetingId });
    const ics = await dispatch(service.handlers, 'exportMeetingIcs', { meetingId });
    expect([agenda.ok, minutes.ok, ics.ok]).toEqual([true, true, true]);
    expect(chosen).toEqual([
      'Agenda - First stakeholder meeting - 2026-03-10.docx',
      'Minutes - First stakeholder meeting - 2026-03-10.docx',
      'Calendar - First stakeholder meeting - 2026-03-10.ics',
    ]);
    const saved = await readDocx(await readFile(path.join(dir, chosen[1]!)));
    expect(saved.text).toContain('Form a steering committee of the agencies present');
    const missing = await dispatch(service.handlers, 'exportAgendaDocx', { meetingId: 'no-such-meeting' });
    expect(missing).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: 'That meeting no longer exists. It may have been deleted.' },
    });
    const invite = await dispatch(service.handlers, 'invitationText', { meetingId });
    expect(invite.ok && (invite.value as { subject: string }).subject).toContain('First stakeholder meeting');
  });
});
