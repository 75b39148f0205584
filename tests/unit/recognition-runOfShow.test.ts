import { describe, expect, it } from 'vitest';
import { formatDuration, timeRunOfShow } from '../../src/recognition/runOfShow';
import { categoryId, eventOf, run, withEvent } from '../support/fixtures/recognition-fixture';

function segments(startTime: string | null, durations: number[]) {
  const start = withEvent({ startTime });
  let doc = start.doc;
  const eventId = start.eventId;
  for (const [i, minutes] of durations.entries()) {
    doc = run(doc, 'addSegment', { eventId, kind: 'other', title: `Part ${i + 1}`, durationMinutes: minutes }).doc;
  }
  return { doc, eventId };
}

describe('the run of show: times computed from the event start', () => {
  it('gives each segment its clock time, counting the lengths before it', () => {
    const { doc, eventId } = segments('18:30', [5, 20, 7, 7, 45]);
    const timing = timeRunOfShow(eventOf(doc, eventId));
    expect(timing.segments.map((s) => [s.title, s.startsAt, s.endsAt, s.offsetMinutes])).toEqual([
      ['Part 1', '6:30 PM', '6:35 PM', 0],
      ['Part 2', '6:35 PM', '6:55 PM', 5],
      ['Part 3', '6:55 PM', '7:02 PM', 25],
      ['Part 4', '7:02 PM', '7:09 PM', 32],
      ['Part 5', '7:09 PM', '7:54 PM', 39],
    ]);
    expect(timing).toMatchObject({ totalMinutes: 84, endsAt: '7:54 PM', passesMidnight: false });
    expect(formatDuration(84)).toBe('1 hr 24 min');
    expect(formatDuration(60)).toBe('1 hr');
    expect(formatDuration(7)).toBe('7 min');
  });

  it('recomputes the times when a segment moves or changes length', () => {
    const { doc, eventId } = segments('09:00', [10, 30, 5]);
    const event = eventOf(doc, eventId);
    const last = event.runOfShow[2]?.id ?? '';
    expect(last).not.toBe('');
    const moved = run(doc, 'moveSegment', { eventId, id: last, toIndex: 0 }).doc;
    expect(timeRunOfShow(eventOf(moved, eventId)).segments.map((s) => [s.title, s.start24])).toEqual([
      ['Part 3', '09:00'],
      ['Part 1', '09:05'],
      ['Part 2', '09:15'],
    ]);
    const longer = run(moved, 'updateSegment', { eventId, id: last, changes: { durationMinutes: 50 } }).doc;
    expect(timeRunOfShow(eventOf(longer, eventId)).segments.map((s) => s.startsAt)).toEqual([
      '9:00 AM',
      '9:50 AM',
      '10:00 AM',
    ]);
  });

  it('shows lengths only when the event has no start time, and flags a program that runs past midnight', () => {
    const noStart = segments(null, [10, 10]);
    const timing = timeRunOfShow(eventOf(noStart.doc, noStart.eventId));
    expect(timing.segments.map((s) => s.startsAt)).toEqual([null, null]);
    expect(timing.totalMinutes).toBe(20);
    const late = segments('23:30', [20, 20]);
    const lateTiming = timeRunOfShow(eventOf(late.doc, late.eventId));
    expect(lateTiming.segments.map((s) => s.startsAt)).toEqual(['11:30 PM', '11:50 PM']);
    expect(lateTiming).toMatchObject({ endsAt: '12:10 AM', passesMidnight: true });
  });

  it('drafts welcome, keynote, one slot per award with an honoree, and closing', () => {
    const start = withEvent();
    let doc = start.doc;
    const eventId = start.eventId;
    const advocate = categoryId(doc, eventId, 'Advocate of the Year');
    const added = run(doc, 'addNomination', { eventId, categoryId: advocate, nomineeId: 'p-clinician', story: 'x' });
    doc = run(added.doc, 'setNominationStatus', { eventId, ids: [added.result], status: 'selected' }).doc;
    doc = run(doc, 'draftRunOfShow', { eventId }).doc;
    const timing = timeRunOfShow(eventOf(doc, eventId));
    expect(timing.segments.map((s) => [s.segment.kind, s.title, s.startsAt])).toEqual([
      ['welcome', 'Welcome', '6:30 PM'],
      ['keynote', 'Keynote', '6:35 PM'],
      ['award', 'Advocate of the Year', '6:50 PM'],
      ['closing', 'Closing', '6:57 PM'],
    ]);
    expect(() => run(doc, 'draftRunOfShow', { eventId })).toThrow(/already has segments/);
  });

  it('refuses a segment of 0 or 300 minutes, an award slot with no award, and an unknown speaker', () => {
    const { doc, eventId } = withEvent();
    expect(() => run(doc, 'addSegment', { eventId, kind: 'keynote', durationMinutes: 0 })).toThrow(
      'A segment lasts at least 1 minute.',
    );
    expect(() => run(doc, 'addSegment', { eventId, kind: 'keynote', durationMinutes: 300 })).toThrow(
      'A segment can last at most 240 minutes.',
    );
    expect(() => run(doc, 'addSegment', { eventId, kind: 'award', durationMinutes: 5 })).toThrow(
      'Choose which award is presented, or give the segment a title.',
    );
    expect(() => run(doc, 'addSegment', { eventId, kind: 'keynote', speakerId: 'nobody-here' })).toThrow(
      'That speaker no longer exists. It may have been deleted.',
    );
  });
});
