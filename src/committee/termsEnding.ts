import { addDaysTo } from '../actions';
import type { WorkspaceDocument } from '../workspace/document';
import type { CommitteeSeat } from './model';
import { currentTerm } from './seats';

/**
 * A seat that needs the committee's attention: no one sits in it, or its holder's term ends
 * soon (or has already ended while they still sit in it, which a chair must also see).
 */
export type SeatNeedingAttention =
  | { kind: 'empty'; seat: CommitteeSeat }
  | { kind: 'ending'; seat: CommitteeSeat; stakeholderId: string; endsOn: string; daysLeft: number };

/**
 * Seats whose term ends from today to `days` days on, with the end day, and every empty seat.
 * A term that ended before today and has not been renewed counts too (daysLeft below 0): the
 * seat is as good as empty until someone renews or replaces the member. Soonest first, empty
 * seats first of all, since they are already missing someone.
 */
export function termsEndingWithin(
  doc: Pick<WorkspaceDocument, 'committeeSeats'>,
  today: string,
  days: number,
): SeatNeedingAttention[] {
  const last = addDaysTo(today, days);
  const empty: SeatNeedingAttention[] = [];
  const ending: Extract<SeatNeedingAttention, { kind: 'ending' }>[] = [];
  for (const seat of doc.committeeSeats) {
    const term = currentTerm(seat);
    if (!term) {
      empty.push({ kind: 'empty', seat });
      continue;
    }
    if (term.endsOn !== null && term.endsOn <= last)
      ending.push({
        kind: 'ending',
        seat,
        stakeholderId: term.stakeholderId,
        endsOn: term.endsOn,
        daysLeft: daysBetween(today, term.endsOn),
      });
  }
  ending.sort((a, b) => a.endsOn.localeCompare(b.endsOn) || a.seat.name.localeCompare(b.seat.name));
  empty.sort((a, b) => a.seat.name.localeCompare(b.seat.name));
  return [...empty, ...ending];
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** "Ends in 12 days (2027-01-14)", "Ends today", "Ended 3 days ago": the words the screen and dashboard use. */
export function endingWords(daysLeft: number): string {
  if (daysLeft === 0) return 'Term ends today';
  if (daysLeft === 1) return 'Term ends tomorrow';
  if (daysLeft > 1) return `Term ends in ${daysLeft} days`;
  return daysLeft === -1 ? 'Term ended yesterday' : `Term ended ${-daysLeft} days ago`;
}
