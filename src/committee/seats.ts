import type { CommitteeSeat, SeatTerm } from './model';

/** The term of whoever sits in the seat now: the one not yet left. Undefined for an empty seat. */
export function currentTerm(seat: Pick<CommitteeSeat, 'terms'>): SeatTerm | undefined {
  return seat.terms.find((t) => t.leftOn === null);
}

/** Who sat in the seat before, most recent first. */
export function pastTerms(seat: Pick<CommitteeSeat, 'terms'>): SeatTerm[] {
  return seat.terms.filter((t) => t.leftOn !== null).reverse();
}

/** The people who sit in a seat today, each once. */
export function seatedIds(seats: readonly Pick<CommitteeSeat, 'terms'>[]): Set<string> {
  const ids = new Set<string>();
  for (const seat of seats) {
    const term = currentTerm(seat);
    if (term) ids.add(term.stakeholderId);
  }
  return ids;
}

/** The usual end of a term that starts on a day: the same day `years` later (28 February for a 29th). */
export function termEndFor(startsOn: string, years: number | null): string | null {
  if (years === null || !/^\d{4}-\d{2}-\d{2}$/.test(startsOn)) return null;
  const end = `${Number(startsOn.slice(0, 4)) + years}${startsOn.slice(4)}`;
  return end.endsWith('-02-29') && !isLeap(Number(end.slice(0, 4))) ? `${end.slice(0, 8)}28` : end;
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
