import { describe, expect, it } from 'vitest';
import { quorumStatus } from '../../src/meetings/quorum';
import { representation } from '../../src/meetings/representation';
import { coalition, make } from '../support/fixtures/meetings-fixture';

function steeringMeeting() {
  const { doc, people } = coalition();
  const state = { doc };
  const meetingId = make(state, 'addMeeting', {
    title: 'Steering committee',
    kind: 'steering-committee',
    date: '2026-04-14',
    startTime: '18:00',
    inviteeIds: Object.values(people).map((p) => p.id),
  });
  const meeting = () => state.doc.meetings.find((m) => m.id === meetingId)!;
  return { state, people, meetingId, meeting };
}

describe('quorum', () => {
  it('gives a steering committee meeting the majority-of-members rule by default', () => {
    const { meeting } = steeringMeeting();
    expect(meeting().quorum).toEqual({ kind: 'steering-committee-majority' });
  });

  it('needs a majority of the people at stage steering-committee, counting late arrivals', () => {
    const { state, people, meetingId, meeting } = steeringMeeting();
    // Five steering committee members: three needed.
    make(state, 'setAttendance', {
      meetingId,
      marks: [
        { stakeholderId: people.chief.id, status: 'present' },
        { stakeholderId: people.clinician.id, status: 'late' },
        { stakeholderId: people.dispatch.id, status: 'present' },
      ],
    });
    let q = quorumStatus(meeting(), state.doc);
    expect(q).toMatchObject({ members: 5, present: 2, needed: 3, met: false });
    expect(q.summary).toBe('No quorum: 2 of 5 steering committee members present (3 needed).');
    make(state, 'setAttendance', {
      meetingId,
      marks: [
        { stakeholderId: people.nami.id, status: 'present' },
        { stakeholderId: people.peer.id, status: 'regrets' },
      ],
    });
    q = quorumStatus(meeting(), state.doc);
    expect(q).toMatchObject({ present: 3, met: true });
  });

  it('counts everyone present against a fixed number', () => {
    const { state, people, meetingId, meeting } = steeringMeeting();
    make(state, 'updateMeeting', { id: meetingId, changes: { quorum: { kind: 'fixed', count: 2 } } });
    make(state, 'setAttendance', { meetingId, marks: [{ stakeholderId: people.dispatch.id, status: 'present' }] });
    expect(quorumStatus(meeting(), state.doc).met).toBe(false);
    make(state, 'setAttendance', { meetingId, marks: [{ stakeholderId: people.judge.id, status: 'late' }] });
    expect(quorumStatus(meeting(), state.doc)).toMatchObject({
      met: true,
      summary: 'Quorum present: 2 people present, 2 needed.',
    });
  });

  it('says plainly when there are no members to count', () => {
    const { state, meetingId, meeting } = steeringMeeting();
    state.doc = {
      ...state.doc,
      stakeholders: state.doc.stakeholders.map((s) => ({ ...s, stage: 'committed' as const })),
    };
    void meetingId;
    expect(quorumStatus(meeting(), state.doc)).toMatchObject({
      met: false,
      summary: 'No quorum can be counted: there are no steering committee members recorded yet.',
    });
  });

  it('carries the body’s rule to its next meeting', () => {
    const { state, meetingId } = steeringMeeting();
    make(state, 'updateMeeting', { id: meetingId, changes: { quorum: { kind: 'fixed', count: 4 } } });
    const nextId = make(state, 'addMeeting', {
      title: 'Steering committee',
      kind: 'steering-committee',
      date: '2026-05-12',
      startTime: '18:00',
    });
    expect(state.doc.meetings.find((m) => m.id === nextId)!.quorum).toEqual({ kind: 'fixed', count: 4 });
  });
});

describe('representation in the room', () => {
  it('lists the sectors present and notices lived experience', () => {
    const { state, people, meetingId, meeting } = steeringMeeting();
    make(state, 'setAttendance', {
      meetingId,
      marks: [
        { stakeholderId: people.chief.id, status: 'present' },
        { stakeholderId: people.clinician.id, status: 'present' },
        { stakeholderId: people.peer.id, status: 'absent' },
      ],
    });
    let r = representation(meeting(), state.doc.stakeholders);
    expect(r.sectors.map((s) => s.sector)).toEqual(['law-enforcement', 'mental-health']);
    expect(r.livedExperiencePresent).toBe(false);
    expect(r.missingKeySectors.map((s) => s.sector)).toEqual(['advocacy', 'peer']);
    make(state, 'setAttendance', { meetingId, marks: [{ stakeholderId: people.peer.id, status: 'late' }] });
    r = representation(meeting(), state.doc.stakeholders);
    expect(r.livedExperiencePresent).toBe(true);
    expect(r.missingKeySectors.map((s) => s.sector)).toEqual(['advocacy']);
  });
});
