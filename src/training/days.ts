/**
 * Day arithmetic on `YYYY-MM-DD` strings, done in UTC so that a day is always a day wherever
 * the laptop is: a refresher due "two years after" is the same day in every time zone.
 */

const MS_PER_DAY = 86_400_000;

function utc(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

/** The same day `years` later; 29 February becomes 28 February in a year without one. */
export function addYears(day: string, years: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y + years, m - 1, d));
  // Date rolls 29 Feb into 1 March; keep it in February.
  if (target.getUTCMonth() !== m - 1) target.setUTCDate(0);
  return target.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utc(to) - utc(from)) / MS_PER_DAY);
}
