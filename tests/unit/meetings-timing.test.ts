import { describe, expect, it } from 'vitest';
import { agendaTiming, formatMinutes } from '../../src/meetings/agendaTiming';
import type { AgendaSection } from '../../src/meetings/model';

/** The instant in UTC (a TZDate prints itself with its own offset). */
const utc = (d: Date) => new Date(d.getTime()).toISOString();
const item = (id: string, timeboxMinutes: number) => ({
  id,
  title: id,
  presenterId: null,
  timeboxMinutes,
  purpose: 'discussion' as const,
  description: '',
  attachments: [],
  carriedFrom: null,
  guidance: '',
});
const agenda = (...minutes: number[]): AgendaSection[] => [
  { id: 'sec-one', title: 'Opening', items: minutes.slice(0, 1).map((m, i) => item(`item-${i}`, m)) },
  { id: 'sec-two', title: 'Business', items: minutes.slice(1).map((m, i) => item(`item-${i + 1}`, m)) },
];

describe('agenda timing', () => {
  it('starts each item when the one before it ends, across sections', () => {
    const t = agendaTiming(
      { date: '2026-04-14', startTime: '18:00', durationMinutes: 60, agenda: agenda(10, 20, 15) },
      'America/Chicago',
    );
    expect(t.items.map((i) => i.label)).toEqual(['6:00 PM', '6:10 PM', '6:30 PM']);
    expect(t.items.map((i) => i.number)).toEqual([1, 2, 3]);
    expect(t.totalMinutes).toBe(45);
    expect(t.warning).toBeNull();
    expect(utc(t.start)).toBe('2026-04-14T23:00:00.000Z');
  });

  it('warns when the agenda runs past the end of the meeting, by how much', () => {
    const t = agendaTiming(
      { date: '2026-04-14', startTime: '18:00', durationMinutes: 60, agenda: agenda(30, 30, 15) },
      'America/Chicago',
    );
    expect(t.overrunMinutes).toBe(15);
    expect(t.warning).toMatch(/runs 15 min past the planned end \(7:00 PM\)/);
  });

  it('marks items that start after midnight as the next day', () => {
    const t = agendaTiming(
      { date: '2026-06-30', startTime: '23:30', durationMinutes: 90, agenda: agenda(20, 20, 20) },
      'America/Chicago',
    );
    expect(t.items.map((i) => i.label)).toEqual(['11:30 PM', '11:50 PM', '12:10 AM (next day)']);
    expect(utc(t.end)).toBe('2026-07-01T06:00:00.000Z');
  });

  it('counts real minutes across the spring clock change (America/Chicago, 2026-03-08)', () => {
    const t = agendaTiming(
      { date: '2026-03-08', startTime: '01:30', durationMinutes: 120, agenda: agenda(30, 30, 30) },
      'America/Chicago',
    );
    // 1:30 CST + 30 min is 3:00 CDT: 2:00 to 3:00 does not exist that night.
    expect(t.items.map((i) => i.label)).toEqual(['1:30 AM', '3:00 AM', '3:30 AM']);
    expect(t.items.map((i) => utc(i.start))).toEqual([
      '2026-03-08T07:30:00.000Z',
      '2026-03-08T08:00:00.000Z',
      '2026-03-08T08:30:00.000Z',
    ]);
    expect(t.startMoved).toBeNull();
  });

  it('moves a start time that does not exist to the time the clock shows, and says so', () => {
    const t = agendaTiming(
      { date: '2026-03-08', startTime: '02:30', durationMinutes: 60, agenda: agenda(10) },
      'America/Chicago',
    );
    expect(t.items[0]?.label).toBe('3:30 AM');
    expect(t.startMoved).toMatch(/02:30 does not exist on Sunday, March 8, 2026/);
  });

  it('shows the repeated hour in autumn (America/Chicago, 2026-11-01)', () => {
    const t = agendaTiming(
      { date: '2026-11-01', startTime: '00:30', durationMinutes: 120, agenda: agenda(30, 30, 30, 30) },
      'America/Chicago',
    );
    expect(t.items.map((i) => i.label)).toEqual(['12:30 AM', '1:00 AM', '1:30 AM', '1:00 AM']);
    expect(utc(t.items[3]!.start)).toBe('2026-11-01T07:00:00.000Z');
    expect(utc(t.end)).toBe('2026-11-01T07:30:00.000Z');
  });

  it('shows the coalition’s clock, not the computer’s (this machine runs on UTC)', () => {
    const a = agendaTiming(
      { date: '2026-04-14', startTime: '09:00', durationMinutes: 60, agenda: agenda(15, 15) },
      'Asia/Tokyo',
    );
    expect(a.items.map((i) => i.label)).toEqual(['9:00 AM', '9:15 AM']);
    expect(utc(a.start)).toBe('2026-04-14T00:00:00.000Z');
  });

  it('handles an empty agenda', () => {
    const t = agendaTiming(
      { date: '2026-04-14', startTime: '18:00', durationMinutes: 60, agenda: [] },
      'America/Chicago',
    );
    expect(t.items).toEqual([]);
    expect(t.warning).toBeNull();
  });

  it('writes lengths in hours and minutes', () => {
    expect([formatMinutes(45), formatMinutes(60), formatMinutes(95)]).toEqual(['45 min', '1 hr', '1 hr 35 min']);
  });
});
