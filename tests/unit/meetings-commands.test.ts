import { describe, expect, it } from 'vitest';
import { actionItemsForReview, pendingCarryForward } from '../../src/meetings/carryForward';
import { agendaTiming } from '../../src/meetings/agendaTiming';
import { coalition, make, run } from '../support/fixtures/meetings-fixture';
import { refusal } from '../support/refusal';

function withMeeting(extra: Record<string, unknown> = {}) {
  const { doc, people } = coalition();
  const state = { doc };
  const meetingId = make(state, 'addMeeting', {
    title: 'Steering committee',
    kind: 'steering-committee',
    date: '2026-04-14',
    startTime: '18:00',
    durationMinutes: 60,
    ...extra,
  });
  const meeting = (id = meetingId) => state.doc.meetings.find((m) => m.id === id)!;
  return { state, people, meetingId, meeting };
}

describe('meeting details', () => {
  it('takes an end time and stores the length in real minutes, even across the spring clock change', () => {
    const { meeting } = withMeeting({ date: '2026-03-08', startTime: '01:00', endTime: '03:00' });
    expect(meeting().durationMinutes).toBe(60);
  });

  it('refuses an end time before the start, beside the end-time field, changing nothing', () => {
    const { state, meetingId } = withMeeting();
    const before = state.doc;
    expect(() => run(state.doc, 'updateMeeting', { id: meetingId, changes: { endTime: '17:00' } })).toThrow(
      /ends before it starts: the end time 17:00 is not after the start time 18:00/,
    );
    const sameTime = refusal(() =>
      run(state.doc, 'addMeeting', { title: 'X', date: '2026-04-14', startTime: '18:00', endTime: '18:00' }),
    );
    expect(sameTime.fields.endTime).toMatch(/ends before it starts/);
    expect(state.doc).toBe(before);
  });

  it('refuses control characters in a title and unknown invitees', () => {
    const { state } = withMeeting();
    expect(() =>
      run(state.doc, 'addMeeting', { title: 'Bad\u0007title', date: '2026-04-14', startTime: '18:00' }),
    ).toThrow(/control character/);
    expect(() =>
      run(state.doc, 'addMeeting', { title: 'X', date: '2026-04-14', startTime: '18:00', inviteeIds: ['nobody-here'] }),
    ).toThrow(/no longer exists/);
  });
});

describe('agenda builder', () => {
  it('starts from a template and reorders items within and across sections', () => {
    const { state, meetingId, meeting } = withMeeting({
      templateId: 'first-stakeholder-meeting',
      kind: 'first-convening',
      durationMinutes: 90,
    });
    const sections = meeting().agenda;
    expect(sections.map((s) => s.title)).toEqual(['Welcome', 'Why CIT', 'What each partner brings', 'Next steps']);
    expect(agendaTiming(meeting(), 'America/Chicago').totalMinutes).toBe(90);
    const last = sections[3]!.items[2]!;
    make(state, 'moveAgendaItem', { meetingId, itemId: last.id, toSectionId: sections[0]!.id, toIndex: 0 });
    expect(meeting().agenda[0]!.items[0]!.title).toBe('Action items and next meeting');
    expect(meeting().agenda[3]!.items).toHaveLength(2);
    make(state, 'moveAgendaSection', { meetingId, sectionId: sections[3]!.id, toIndex: 0 });
    expect(meeting().agenda[0]!.title).toBe('Next steps');
  });

  it('puts a first item into a plain section when the agenda is empty', () => {
    const { state, meetingId, meeting } = withMeeting();
    make(state, 'addAgendaItem', { meetingId, item: { title: 'Welcome', timeboxMinutes: 5, purpose: 'information' } });
    expect(meeting().agenda).toMatchObject([{ title: 'Agenda', items: [{ title: 'Welcome', timeboxMinutes: 5 }] }]);
  });
});

describe('minutes, decisions and action items', () => {
  it('copies the agenda, records decisions and action items in place, and approves at a later meeting', () => {
    const { state, people, meetingId, meeting } = withMeeting({ templateId: 'steering-committee' });
    make(state, 'startMinutes', { meetingId });
    const items = meeting().minutes!.items;
    expect(items.map((i) => i.title)).toEqual(meeting().agenda.flatMap((s) => s.items.map((i) => i.title)));
    const item = items[4]!;
    make(state, 'addDecision', {
      meetingId,
      itemId: item.id,
      decision: { text: 'Adopt the data-sharing draft', vote: { for: 6, against: 1, abstain: 1 } },
    });
    const actionId = make(state, 'addMeetingActionItem', {
      meetingId,
      itemId: item.id,
      fields: { title: 'Send draft to county counsel', ownerId: people.clinician.id, dueDate: '2026-04-28' },
    });
    expect(state.doc.actionItems.find((a) => a.id === actionId)).toMatchObject({
      source: { kind: 'meeting', id: meetingId },
      status: 'open',
    });
    expect(meeting().minutes!.items[4]).toMatchObject({
      decisions: [{ text: 'Adopt the data-sharing draft', vote: { for: 6 } }],
      actionItemIds: [actionId],
    });

    const laterId = make(state, 'addMeeting', {
      title: 'Steering committee',
      kind: 'steering-committee',
      date: '2026-05-12',
      startTime: '18:00',
    });
    expect(() => run(state.doc, 'approveMinutes', { meetingId, approvedOn: '2026-04-01' })).toThrow(
      /on or after the day of the meeting/,
    );
    expect(() =>
      run(state.doc, 'approveMinutes', { meetingId, approvedOn: '2026-05-12', approvedAtMeetingId: meetingId }),
    ).toThrow(/later meeting/);
    make(state, 'approveMinutes', { meetingId, approvedOn: '2026-05-12', approvedAtMeetingId: laterId });
    expect(meeting().minutes).toMatchObject({
      status: 'approved',
      approvedOn: '2026-05-12',
      approvedAtMeetingId: laterId,
    });
    expect(() =>
      run(state.doc, 'updateMinutesItem', { meetingId, itemId: item.id, changes: { notes: 'late edit' } }),
    ).toThrow(/approved/);
  });

  it('keeps 20,000 characters of notes, strips control characters, and refuses more', () => {
    const { state, meetingId, meeting } = withMeeting({ templateId: 'workgroup' });
    make(state, 'startMinutes', { meetingId });
    const itemId = meeting().minutes!.items[0]!.id;
    make(state, 'updateMinutesItem', { meetingId, itemId, changes: { notes: `ok\u0000\u0007 ${'x'.repeat(19_990)}` } });
    expect(meeting().minutes!.items[0]!.notes.startsWith('ok x')).toBe(true);
    expect(() =>
      run(state.doc, 'updateMinutesItem', { meetingId, itemId, changes: { notes: 'x'.repeat(20_001) } }),
    ).toThrow(/too long/);
  });

  it('asks what to do with a deleted meeting’s action items, and does it', () => {
    const { state, people, meetingId, meeting } = withMeeting({ templateId: 'workgroup' });
    make(state, 'startMinutes', { meetingId });
    const itemId = meeting().minutes!.items[0]!.id;
    const actionId = make(state, 'addMeetingActionItem', {
      meetingId,
      itemId,
      fields: { title: 'Call dispatch', ownerId: people.dispatch.id },
    });
    expect(() => run(state.doc, 'deleteMeeting', { id: meetingId })).toThrow(
      /has 1 action item. Choose whether to keep it/,
    );
    const kept = run(state.doc, 'deleteMeeting', { id: meetingId, actionItems: 'keep-unlinked' }).doc;
    expect(kept.meetings).toHaveLength(0);
    expect(kept.actionItems.find((a) => a.id === actionId)?.source).toEqual({ kind: 'meeting', id: null });
    const deleted = run(state.doc, 'deleteMeeting', { id: meetingId, actionItems: 'delete' }).doc;
    expect(deleted.actionItems).toHaveLength(0);
  });
});

describe('carry-forward and review of action items', () => {
  it('offers unfinished items and open action items to the next meeting of the same body, once', () => {
    const { state, people, meetingId, meeting } = withMeeting({ templateId: 'steering-committee' });
    make(state, 'startMinutes', { meetingId });
    const [first, , , fourth] = meeting().minutes!.items;
    make(state, 'updateMinutesItem', {
      meetingId,
      itemId: fourth!.id,
      changes: { outcome: 'unfinished', notes: 'Ran out of time' },
    });
    const openId = make(state, 'addMeetingActionItem', {
      meetingId,
      itemId: first!.id,
      fields: { title: 'Invite hospital ED director', ownerId: people.chief.id },
    });
    const doneId = make(state, 'addMeetingActionItem', {
      meetingId,
      itemId: first!.id,
      fields: { title: 'Book the room', ownerId: people.judge.id },
    });
    make(state, 'setActionItemStatus', { ids: [doneId], status: 'done' });

    // A workgroup meeting is a different body: nothing is offered there.
    const otherId = make(state, 'addMeeting', {
      title: 'Community forum',
      kind: 'community-forum',
      date: '2026-05-01',
      startTime: '18:00',
    });
    expect(pendingCarryForward(state.doc.meetings, meeting(otherId))).toEqual([]);

    const nextId = make(state, 'addMeeting', {
      title: 'Steering committee',
      kind: 'steering-committee',
      date: '2026-05-12',
      startTime: '18:00',
      templateId: 'steering-committee',
    });
    const pending = pendingCarryForward(state.doc.meetings, meeting(nextId));
    expect(pending[0]?.items.map((i) => i.title)).toEqual([fourth!.title]);
    expect(actionItemsForReview(state.doc.meetings, state.doc.actionItems, meeting(nextId)).map((a) => a.id)).toEqual([
      openId,
    ]);

    make(state, 'carryForwardItems', { fromMeetingId: meetingId, toMeetingId: nextId });
    const carried = meeting(nextId).agenda.find((s) => s.title === 'Unfinished business')!;
    expect(carried.items).toMatchObject([{ title: fourth!.title, carriedFrom: { meetingId, itemId: fourth!.id } }]);
    expect(pendingCarryForward(state.doc.meetings, meeting(nextId))).toEqual([]);
    expect(() => run(state.doc, 'carryForwardItems', { fromMeetingId: meetingId, toMeetingId: nextId })).toThrow(
      /no unfinished items left/,
    );

    make(state, 'addActionReview', { meetingId: nextId });
    expect(meeting(nextId).reviewActionItemIds).toEqual([openId]);
    // The template already had the review item, so it is not added twice.
    expect(
      meeting(nextId)
        .agenda.flatMap((s) => s.items)
        .filter((i) => i.title === 'Review of action items'),
    ).toHaveLength(1);
  });

  it('creates the next meeting of a series from the last, carrying its unfinished items and open actions', () => {
    const { state, people, meetingId, meeting } = withMeeting({
      templateId: 'steering-committee',
      date: '2026-01-13',
      location: 'County building, room 2',
    });
    const seriesId = make(state, 'startSeries', {
      meetingId,
      name: 'Steering committee',
      rule: { kind: 'monthly-weekday', weekday: 'TU', week: 2, intervalMonths: 1 },
    });
    make(state, 'startMinutes', { meetingId });
    const items = meeting().minutes!.items;
    make(state, 'updateMinutesItem', { meetingId, itemId: items[5]!.id, changes: { outcome: 'unfinished' } });
    const actionId = make(state, 'addMeetingActionItem', {
      meetingId,
      itemId: items[0]!.id,
      fields: { title: 'Draft MOU', ownerId: people.nami.id },
    });

    const nextId = make(state, 'createNextInSeries', { seriesId });
    const next = meeting(nextId);
    expect(next).toMatchObject({
      date: '2026-02-10',
      startTime: '18:00',
      location: 'County building, room 2',
      status: 'planned',
      minutes: null,
      series: { id: seriesId },
    });
    expect(next.reviewActionItemIds).toEqual([actionId]);
    expect(next.agenda.find((s) => s.title === 'Unfinished business')?.items.map((i) => i.title)).toEqual([
      items[5]!.title,
    ]);
    // The one after that does not repeat the carried item.
    const thirdId = make(state, 'createNextInSeries', { seriesId });
    expect(meeting(thirdId).date).toBe('2026-03-10');
    expect(meeting(thirdId).agenda.some((s) => s.title === 'Unfinished business')).toBe(false);
  });
});

describe('action items from the chair’s screen', () => {
  it('dates completion in the coalition’s zone', () => {
    const { state } = withMeeting();
    const id = make(state, 'addActionItem', { title: 'Call NAMI' });
    // 9 PM in Chicago on 10 March is 02:00 UTC on 11 March.
    const done = run(
      state.doc,
      'setActionItemStatus',
      { ids: [id], status: 'done' },
      new Date('2026-03-11T02:00:00Z'),
    ).doc;
    expect(done.actionItems[0]).toMatchObject({ status: 'done', completedOn: '2026-03-10' });
  });

  it('changes only the fields an edit sends (the others keep their values)', () => {
    const { state, people } = withMeeting();
    const id = make(state, 'addActionItem', {
      title: 'Call NAMI',
      ownerId: people.nami.id,
      dueDate: '2026-04-01',
      status: 'in-progress',
    });
    make(state, 'updateActionItem', { id, changes: { title: 'Call NAMI about the family course' } });
    expect(state.doc.actionItems[0]).toMatchObject({
      title: 'Call NAMI about the family course',
      ownerId: people.nami.id,
      dueDate: '2026-04-01',
      status: 'in-progress',
    });
    const meetingId = state.doc.meetings[0]!.id;
    make(state, 'updateMeeting', { id: meetingId, changes: { location: 'Library' } });
    expect(state.doc.meetings[0]).toMatchObject({
      kind: 'steering-committee',
      location: 'Library',
      startTime: '18:00',
    });
  });
});
