import type { z } from 'zod';
import type { RecognitionEvent, SegmentFields } from './model';
import { isActive } from './nominees';

type SegmentInput = z.output<typeof SegmentFields>;

/**
 * A first draft of the run of show: a welcome, a keynote, one presentation per award and a
 * closing. Awards that have an honoree are included; before anyone is selected, every award
 * with a nomination (or, with none yet, every award) gets its slot. The coordinator adjusts the
 * lengths and speakers afterwards.
 */
export function standardRunOfShow(
  event: Pick<RecognitionEvent, 'categories' | 'nominations' | 'host'>,
): SegmentInput[] {
  const withHonoree = new Set(event.nominations.filter((n) => n.status === 'selected').map((n) => n.categoryId));
  const withNomination = new Set(event.nominations.filter(isActive).map((n) => n.categoryId));
  const chosen = withHonoree.size > 0 ? withHonoree : withNomination.size > 0 ? withNomination : null;
  const awards = event.categories.filter((c) => chosen === null || chosen.has(c.id));
  const base = { title: '', speakerId: null, notes: '', categoryId: null };
  return [
    { ...base, kind: 'welcome', durationMinutes: 5, speakerName: event.host },
    { ...base, kind: 'keynote', durationMinutes: 15, speakerName: '' },
    ...awards.map((category): SegmentInput => ({
      ...base,
      kind: 'award',
      durationMinutes: 7,
      speakerName: '',
      categoryId: category.id,
    })),
    { ...base, kind: 'closing', durationMinutes: 5, speakerName: event.host },
  ];
}
