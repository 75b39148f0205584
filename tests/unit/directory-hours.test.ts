import { describe, expect, it } from 'vitest';
import { hoursInWords, isOpenAt, isOpenNow, openAroundTheClock, openEveryNight } from '../../src/directory/hours';
import type { HoursRow } from '../../src/directory/model';

const at = (h: number, m = 0) => h * 60 + m;
const weekdays = (opens: string, closes: string): HoursRow[] =>
  (['mo', 'tu', 'we', 'th', 'fr'] as const).map((day) => ({ day, opens, closes }));

describe('open at a given minute', () => {
  it('answers "open at 2 a.m. on a Sunday?" for a service open all day and night', () => {
    expect(isOpenAt({ openAllDay: true, hours: [] }, 'su', at(2))).toBe(true);
  });

  it('is open from the opening minute up to, not including, the closing minute', () => {
    const clinic = { openAllDay: false, hours: weekdays('08:00', '17:00') };
    expect(isOpenAt(clinic, 'mo', at(7, 59))).toBe(false);
    expect(isOpenAt(clinic, 'mo', at(8))).toBe(true);
    expect(isOpenAt(clinic, 'mo', at(16, 59))).toBe(true);
    expect(isOpenAt(clinic, 'mo', at(17))).toBe(false);
    expect(isOpenAt(clinic, 'sa', at(10))).toBe(false);
  });

  it('counts a Saturday night shift that runs past midnight as open early on Sunday', () => {
    const shelter = { openAllDay: false, hours: [{ day: 'sa' as const, opens: '19:00', closes: '07:00' }] };
    expect(isOpenAt(shelter, 'su', at(2))).toBe(true);
    expect(isOpenAt(shelter, 'su', at(7))).toBe(false);
    expect(isOpenAt(shelter, 'sa', at(2))).toBe(false);
    expect(isOpenAt(shelter, 'sa', at(23, 30))).toBe(true);
    // Sunday's last night belongs to Saturday's row; Monday early morning needs a Sunday row.
    expect(isOpenAt(shelter, 'mo', at(2))).toBe(false);
  });

  it('reads "now" on the coalition’s clock, not the computer’s', () => {
    const night = { openAllDay: false, hours: [{ day: 'sa' as const, opens: '19:00', closes: '07:00' }] };
    // 08:00 UTC on Sunday 9 March 2025 is 2 a.m. Sunday in Chicago (CST, before the change to summer time that morning).
    expect(isOpenNow(night, new Date('2025-03-09T08:00:00Z'), 'America/Chicago')).toBe(true);
    expect(isOpenNow(night, new Date('2025-03-09T08:00:00Z'), 'Asia/Tokyo')).toBe(false);
  });
});

describe('night and round the clock', () => {
  it('needs every night of the week for "open at night"', () => {
    const nightly = {
      openAllDay: false,
      hours: (['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] as const).map((day) => ({
        day,
        opens: '18:00',
        closes: '08:00',
      })),
    };
    expect(openEveryNight(nightly)).toBe(true);
    expect(openEveryNight({ openAllDay: false, hours: nightly.hours.slice(1) })).toBe(false);
  });

  it('sees a week of back-to-back rows as round the clock, and a one-minute gap as not', () => {
    const allWeek = (['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] as const).map((day) => ({
      day,
      opens: '00:00',
      closes: '00:00',
    }));
    expect(openAroundTheClock({ openAllDay: false, hours: allWeek })).toBe(true);
    const gap = (['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] as const).map((day) => ({
      day,
      opens: '00:00',
      closes: '23:59',
    }));
    expect(openAroundTheClock({ openAllDay: false, hours: gap })).toBe(false);
    expect(openAroundTheClock({ openAllDay: false, hours: [] })).toBe(false);
  });
});

describe('hours in words', () => {
  it('joins days with the same times', () => {
    const hours = [...weekdays('08:00', '17:00'), { day: 'sa' as const, opens: '09:30', closes: '13:00' }];
    expect(hoursInWords({ openAllDay: false, hours })).toBe('Mon–Fri 8 a.m.–5 p.m.; Sat 9:30 a.m.–1 p.m.');
    expect(
      hoursInWords({
        openAllDay: false,
        hours: [
          { day: 'mo', opens: '08:00', closes: '12:00' },
          { day: 'tu', opens: '08:00', closes: '12:00' },
          { day: 'th', opens: '08:00', closes: '12:00' },
        ],
      }),
    ).toBe('Mon, Tue, Thu 8 a.m.–12 p.m.');
    expect(hoursInWords({ openAllDay: true, hours: [] })).toBe('Open 24 hours, every day');
    expect(hoursInWords({ openAllDay: false, hours: [] })).toBe('Hours not given');
  });
});
