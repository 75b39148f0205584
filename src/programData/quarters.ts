import { z } from 'zod';

/**
 * Calendar quarters, written "2026-Q3". Programs report by quarter; a plain string keeps the file
 * readable and sorts in time order as text.
 */
const QUARTER_PATTERN = /^(\d{4})-Q([1-4])$/;
const FIRST_YEAR = 1990;
const LAST_YEAR = 2100;

export const QuarterString = z
  .string()
  .trim()
  .toUpperCase()
  .refine((text) => parseQuarter(text) !== null, {
    error: 'Write the quarter as year and quarter, for example 2026-Q3.',
  });
export type QuarterString = z.infer<typeof QuarterString>;

export interface Quarter {
  year: number;
  /** 1 to 4: January–March is 1. */
  number: number;
}

/** The quarter a text names, or null when it does not name one this app accepts. */
export function parseQuarter(text: string): Quarter | null {
  const match = QUARTER_PATTERN.exec(text.trim().toUpperCase());
  if (!match) return null;
  const year = Number(match[1]);
  if (year < FIRST_YEAR || year > LAST_YEAR) return null;
  return { year, number: Number(match[2]) };
}

export function formatQuarter({ year, number }: Quarter): string {
  return `${year}-Q${number}`;
}

const MONTHS = ['January–March', 'April–June', 'July–September', 'October–December'];

/** "July–September 2026": what a reader outside the committee understands. */
export function quarterInWords(quarter: string): string {
  const parsed = parseQuarter(quarter);
  return parsed ? `${MONTHS[parsed.number - 1]} ${parsed.year}` : quarter;
}

/** The quarter a day (YYYY-MM-DD) falls in. */
export function quarterOfDay(day: string): string {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  return formatQuarter({ year, number: Math.floor((month - 1) / 3) + 1 });
}

export function nextQuarter(quarter: string): string {
  const q = parseQuarter(quarter);
  if (!q) throw new Error(`Not a quarter: ${quarter}`);
  return q.number === 4
    ? formatQuarter({ year: q.year + 1, number: 1 })
    : formatQuarter({ year: q.year, number: q.number + 1 });
}

/** Every quarter from `first` to `last`, both included, so a chart shows a quarter nobody reported as a gap. */
export function quartersBetween(first: string, last: string): string[] {
  const out: string[] = [];
  if (first > last) return out;
  for (let q = first; q <= last; q = nextQuarter(q)) out.push(q);
  return out;
}

/** "2026 Q3": short enough to sit under a bar. */
export function quarterShort(quarter: string): string {
  return quarter.replace('-', ' ');
}
