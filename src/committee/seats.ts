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
