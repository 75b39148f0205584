import { termsEndingWithin } from '../../committee';
import type { WorkspaceDocument } from '../../workspace/document';
import type { WeekItem } from './item';
import { WEEK_DAYS } from './item';
import type { WeekWindow } from './window';

/** Steering-committee terms ending this week: the seat needs its next member, or the same one again. */
export function termsEnding(doc: Pick<WorkspaceDocument, 'committeeSeats' | 'stakeholders'>, week: WeekWindow): WeekItem[] {
  const names = new Map(doc.stakeholders.map((s) => [s.id, s.name]));
  return termsEndingWithin(doc, week.today, WEEK_DAYS - 1).flatMap((seat) =>
    seat.kind === 'ending' && seat.endsOn >= week.today
      ? [
          {
            kind: 'term' as const,
            key: `term:${seat.seat.id}`,
            title: `Term ends: ${seat.seat.name}`,
            detail: `${names.get(seat.stakeholderId) ?? 'The member'}’s term on the steering committee`,
            on: seat.endsOn,
            path: '/committee',
          },
        ]
      : [],
  );
}
