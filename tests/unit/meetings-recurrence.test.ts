import { describe, expect, it } from 'vitest';
import { describeRule, matchesRule, nextOccurrence, toRRule, upcomingOccurrences } from '../../src/meetings/recurrence';
import type { RecurrenceRule } from '../../src/meetings/model';

const secondTuesday: RecurrenceRule = { kind: 'monthly-weekday', weekday: 'TU', week: 2, intervalMonths: 1 };
const fifthThursday: RecurrenceRule = { kind: 'monthly-weekday', weekday: 'TH', week: 5, intervalMonths: 1 };

describe('recurring meetings', () => {
  it('finds the second Tuesday of every month', () => {
    expect(upcomingOccurrences(secondTuesday, '2026-01-13', 6)).toEqual([
      '2026-02-10',
      '2026-03-10',
      '2026-04-14',
      '2026-05-12',
      '2026-06-09',
      '2026-07-14',
    ]);
    expect(describeRule(secondTuesday)).toBe('Second Tuesday of every month');
    expect(toRRule(secondTuesday)).toBe('FREQ=MONTHLY;INTERVAL=1;BYDAY=2TU');
  });

  it('goes to the same month when the last meeting was held early, before that month’s date', () => {
    expect(nextOccurrence(secondTuesday, '2026-03-02')).toBe('2026-03-10');
  });

  it('skips months that have no fifth Thursday, as calendar programs do', () => {
    // 2026: fifth Thursdays fall in January, April, July, October and December.
    expect(upcomingOccurrences(fifthThursday, '2026-01-01', 5)).toEqual([
      '2026-01-29',
      '2026-04-30',
      '2026-07-30',
      '2026-10-29',
      '2026-12-31',
    ]);
    expect(matchesRule(fifthThursday, '2026-02-26')).toBe(false);
  });

  it('finds the last weekday of a month, and every other month', () => {
    const lastFriday: RecurrenceRule = { kind: 'monthly-weekday', weekday: 'FR', week: -1, intervalMonths: 2 };
    expect(upcomingOccurrences(lastFriday, '2026-01-30', 3)).toEqual(['2026-03-27', '2026-05-29', '2026-07-31']);
    expect(describeRule(lastFriday)).toBe('Last Friday of every 2 months');
  });

  it('steps weekly series by whole intervals from the last meeting', () => {
    const everyOtherWednesday: RecurrenceRule = { kind: 'weekly', weekday: 'WE', intervalWeeks: 2 };
    expect(upcomingOccurrences(everyOtherWednesday, '2026-02-25', 3)).toEqual([
      '2026-03-11',
      '2026-03-25',
      '2026-04-08',
    ]);
    // From a day that is not a Wednesday, the next Wednesday.
    expect(nextOccurrence(everyOtherWednesday, '2026-02-27')).toBe('2026-03-04');
    expect(toRRule(everyOtherWednesday)).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=WE');
  });

  it('crosses the year end and leap day', () => {
    expect(nextOccurrence(secondTuesday, '2026-12-08')).toBe('2027-01-12');
    const lastSunday: RecurrenceRule = { kind: 'monthly-weekday', weekday: 'SU', week: -1, intervalMonths: 1 };
    expect(nextOccurrence(lastSunday, '2028-01-30')).toBe('2028-02-27');
  });
});
