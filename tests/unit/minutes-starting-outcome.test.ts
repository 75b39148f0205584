import { describe, expect, it } from 'vitest';
import { ItemOutcome } from '../../src/meetings/model';
import { coalition, make } from '../support/fixtures/meetings-fixture';

/**
 * Minutes started before a meeting is over (to have them ready, or while it runs) have not
 * finished anything yet: their items start as not yet discussed. Minutes written up after the
 * meeting start as finished, the usual case, so the chair marks only what was left over.
 */
function minutesStartedAt(now: Date) {
  const { doc } = coalition('America/Chicago');
  const state = { doc };
  const meetingId = make(state, 'addMeeting', {
    title: 'Steering committee',
    kind: 'steering-committee',
    date: '2026-04-14',
    startTime: '18:00',
    durationMinutes: 60,
    templateId: 'workgroup',
  });
  make(state, 'startMinutes', { meetingId }, now);
  return state.doc.meetings[0]!.minutes!.items.map((i) => i.outcome);
}

describe('the outcome minutes items start with', () => {
  it('is "not yet discussed" for a meeting not yet held, days before it', () => {
    const outcomes = minutesStartedAt(new Date('2026-04-01T15:00:00Z'));
    expect(outcomes.length).toBeGreaterThan(0);
    expect(new Set(outcomes)).toEqual(new Set(['pending']));
    expect(ItemOutcome.labelOf('pending')).toBe('Not yet discussed');
  });

  it('is "not yet discussed" while the meeting is under way (6:30 PM in Chicago)', () => {
    expect(new Set(minutesStartedAt(new Date('2026-04-14T23:30:00Z')))).toEqual(new Set(['pending']));
  });

  it('is "finished" once the meeting is over (7:00 PM in Chicago, and the next day)', () => {
    expect(new Set(minutesStartedAt(new Date('2026-04-15T00:00:00Z')))).toEqual(new Set(['done']));
    expect(new Set(minutesStartedAt(new Date('2026-04-15T15:00:00Z')))).toEqual(new Set(['done']));
  });
});
