import { describe, expect, it } from 'vitest';
import { checkRecusal, quorumWithoutRecused, recusalWords } from '../../src/meetings/recusal';
import { quorumStatus } from '../../src/meetings/quorum';
import { refusal } from '../support/refusal';
import { coalition, make, run } from '../support/fixtures/meetings-fixture';

/** A steering committee meeting held on 2026-02-10 with five members present and minutes started. */
function heldMeeting() {
  const { doc, people } = coalition();
  const state = { doc };
  const meetingId = make(state, 'addMeeting', {
    title: 'Steering committee',
    kind: 'steering-committee',
    date: '2026-02-10',
    startTime: '15:00',
    inviteeIds: Object.values(people).map((p) => p.id),
  });
  make(state, 'setAttendance', {
    meetingId,
    marks: [people.chief, people.clinician, people.nami, people.peer, people.judge].map((p) => ({
      stakeholderId: p.id,
      status: 'present' as const,
    })),
  });
  make(state, 'addAgendaItem', { meetingId, item: { title: 'Crisis center contract', purpose: 'decision' } });
  make(state, 'startMinutes', { meetingId });
  const itemId = state.doc.meetings[0]!.minutes!.items[0]!.id;
  return { state, people, meetingId, itemId };
}

describe('recusal on a decision', () => {
  it('records recused members and leaves them out of the vote', () => {
    const { state, people, meetingId, itemId } = heldMeeting();
    make(state, 'addDecision', {
      meetingId,
      itemId,
      decision: {
        text: 'Renew the contract',
        vote: { for: 3, against: 1, abstain: 0 },
        recusedIds: [people.clinician.id, people.clinician.id],
      },
    });
    const decision = state.doc.meetings[0]!.minutes!.items[0]!.decisions[0]!;
    expect(decision.recusedIds).toEqual([people.clinician.id]);
  });

  it('refuses a recused member who was not in the room, and a count that includes the recused', () => {
    const { state, people, meetingId, itemId } = heldMeeting();
    const absent = refusal(() =>
      run(state.doc, 'addDecision', { meetingId, itemId, decision: { text: 'X', recusedIds: [people.dispatch.id] } }),
    );
    expect(absent.fields.recusedIds).toMatch(/Sam Ibe is not marked present/);
    // Five in the room, one recused: a vote of five counts the recused member.
    const counted = refusal(() =>
      run(state.doc, 'addDecision', {
        meetingId,
        itemId,
        decision: { text: 'X', vote: { for: 4, against: 1, abstain: 0 }, recusedIds: [people.clinician.id] },
      }),
    );
    expect(counted.fields.recusedIds).toMatch(/counts 5 people, but only 4 may vote/);
    const check = checkRecusal(
      state.doc.meetings[0]!,
      { vote: { for: 3, against: 1, abstain: 0 }, recusedIds: [people.clinician.id] },
      () => '',
    );
    expect(check).toEqual({ recusedIds: [people.clinician.id], eligible: 4, refusal: null });
  });

  it('counts the quorum for the decision without the recused', () => {
    const { state, people } = heldMeeting();
    const meeting = state.doc.meetings[0]!;
    const status = quorumStatus(meeting, state.doc);
    // Five committee members, all present: three needed.
    expect(status).toMatchObject({ present: 5, needed: 3, met: true });
    const members = new Set(state.doc.stakeholders.filter((s) => s.stage === 'steering-committee').map((s) => s.id));
    const two = quorumWithoutRecused(status, { recusedIds: [people.clinician.id, people.judge.id] }, (id) =>
      members.has(id),
    );
    expect(two).toMatchObject({ present: 3, met: true });
    const three = quorumWithoutRecused(
      status,
      { recusedIds: [people.clinician.id, people.judge.id, people.nami.id] },
      (id) => members.has(id),
    );
    expect(three).toMatchObject({ present: 2, met: false });
    expect(three.summary).toMatch(/^No quorum for this decision: 2 of 5 present once recused members are set aside/);
  });

  it('puts the vote and the recusal in words', () => {
    expect(recusalWords({ for: 5, against: 2, abstain: 0 }, ['Dana Ortiz'])).toBe('Carried 5–2; Dana Ortiz recused');
    expect(recusalWords({ for: 2, against: 4, abstain: 1 }, ['Dana Ortiz', 'Sam Lee'])).toBe(
      'Not carried 2–4, 1 abstaining; Dana Ortiz and Sam Lee recused',
    );
    expect(recusalWords({ for: 3, against: 3, abstain: 0 }, [])).toBe('Not carried 3–3');
    expect(recusalWords(null, ['A', 'B', 'C'])).toBe('A, B and C recused');
  });
});

describe('consent agenda', () => {
  function withConsent() {
    const { doc, people } = coalition();
    const state = { doc };
    const meetingId = make(state, 'addMeeting', {
      title: 'Steering committee',
      kind: 'steering-committee',
      date: '2026-02-10',
      startTime: '15:00',
      templateId: 'steering-committee',
    });
    const minutesOfLast = make(state, 'addAgendaItem', {
      meetingId,
      item: { title: 'Minutes of January', purpose: 'decision' },
    });
    const report = make(state, 'addAgendaItem', {
      meetingId,
      item: { title: 'Training report', purpose: 'information' },
    });
    const budget = make(state, 'addAgendaItem', { meetingId, item: { title: 'Budget line', purpose: 'decision' } });
    for (const itemId of [minutesOfLast, report, budget])
      make(state, 'setConsentItem', { meetingId, itemId, consent: true });
    const meeting = () => state.doc.meetings[0]!;
    return { state, people, meetingId, minutesOfLast, report, budget, meeting };
  }

  it('groups consent items in one section after the opening, and takes one off again', () => {
    const { state, meetingId, report, meeting } = withConsent();
    const consent = meeting().agenda.find((s) => s.consent)!;
    expect(meeting().agenda.indexOf(consent)).toBe(1);
    expect(consent.items.map((i) => i.title)).toEqual(['Minutes of January', 'Training report', 'Budget line']);
    make(state, 'setConsentItem', { meetingId, itemId: report, consent: false });
    expect(meeting().agenda.find((s) => s.consent)!.items).toHaveLength(2);
    expect(meeting().agenda[2]!.items[0]!.title).toBe('Training report');
    expect(
      refusal(() => run(state.doc, 'setConsentItem', { meetingId, itemId: report, consent: false })).message,
    ).toMatch(/not on the consent agenda/);
  });

  it('lets a member pull an item for discussion, then approves the rest by one motion', () => {
    const { state, people, meetingId, budget, meeting } = withConsent();
    make(state, 'setAttendance', { meetingId, marks: [{ stakeholderId: people.judge.id, status: 'present' }] });
    make(state, 'startMinutes', { meetingId });
    expect(
      refusal(() => run(state.doc, 'pullConsentItem', { meetingId, itemId: budget, pulledById: people.chief.id }))
        .fields.pulledById,
    ).toMatch(/marked present/);
    make(state, 'pullConsentItem', { meetingId, itemId: budget, pulledById: people.judge.id });
    const pulled = meeting().agenda.find((s) => s.title === 'Pulled from the consent agenda')!;
    expect(pulled.items.map((i) => [i.title, i.pulledById])).toEqual([['Budget line', people.judge.id]]);
    const minutesItem = meeting().minutes!.items.find((i) => i.title === 'Budget line')!;
    expect(minutesItem).toMatchObject({
      consent: false,
      pulledById: people.judge.id,
      sectionTitle: 'Pulled from the consent agenda',
    });
    expect(make(state, 'approveConsentAgenda', { meetingId })).toBe(2);
    const approved = meeting().minutes!.consentApprovedItemIds!;
    expect(approved.map((id) => meeting().minutes!.items.find((i) => i.id === id)!.title)).toEqual([
      'Minutes of January',
      'Training report',
    ]);
    expect(
      refusal(() => run(state.doc, 'pullConsentItem', { meetingId, itemId: budget, pulledById: people.judge.id }))
        .message,
    ).toMatch(/not on the consent agenda/);
    expect(refusal(() => run(state.doc, 'approveConsentAgenda', { meetingId })).message).toMatch(
      /already been approved/,
    );
  });
});
