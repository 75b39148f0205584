import { describe, expect, it } from 'vitest';
import { plainTimeZoneChoices, plainTimeZoneName } from '../../renderer/welcome/timeZoneNames';

/** The new-coalition form lists time zones in words a person searches by: city, everyday name, offset. */
const WINTER = new Date('2027-01-15T12:00:00Z');
const SUMMER = new Date('2027-07-15T12:00:00Z');

describe('time zones in plain words', () => {
  it('names the city, its region, the everyday name and today’s offset', () => {
    expect(plainTimeZoneName('America/Chicago', WINTER)).toBe('Chicago (America) — Central Time, GMT-6');
    expect(plainTimeZoneName('America/Chicago', SUMMER)).toBe('Chicago (America) — Central Time, GMT-5');
    expect(plainTimeZoneName('America/Argentina/Buenos_Aires', WINTER)).toBe(
      'Buenos Aires (America, Argentina) — Argentina Standard Time, GMT-3',
    );
    expect(plainTimeZoneName('UTC', WINTER)).toBe('UTC — Coordinated Universal Time, GMT+0');
  });

  it('offers every zone the computer knows, sorted by name, and always the one in use', () => {
    const choices = plainTimeZoneChoices('UTC', WINTER);
    expect(choices.length).toBeGreaterThan(300);
    expect(choices.map((c) => c.value)).toContain('UTC');
    expect(choices.map((c) => c.value)).toContain('Pacific/Honolulu');
    expect(new Set(choices.map((c) => c.value)).size).toBe(choices.length);
    const labels = choices.map((c) => c.label);
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, 'en-US')));
  });
});
