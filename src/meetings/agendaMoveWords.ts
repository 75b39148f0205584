import type { AgendaSection } from './model';

/**
 * What a screen reader hears while an agenda item is moved with the keyboard: the item by its
 * title and where it is going by section and position ("position 2 of 3 in Opening"), never the
 * internal ids the drag library would otherwise read out.
 */
type Agenda = ReadonlyArray<Pick<AgendaSection, 'title'> & { items: ReadonlyArray<{ id: string; title: string }> }>;

interface Place {
  title: string;
  section: string;
  position: number;
  count: number;
}

function placeOf(agenda: Agenda, itemId: string): Place | null {
  for (const section of agenda) {
    const index = section.items.findIndex((i) => i.id === itemId);
    if (index >= 0)
      return {
        title: section.items[index]!.title,
        section: section.title,
        position: index + 1,
        count: section.items.length,
      };
  }
  return null;
}

/** Where the moving item would land over `overId`: that item's place, counting the mover in when it comes from another section. */
function landing(agenda: Agenda, activeId: string, overId: string): Place | null {
  const from = placeOf(agenda, activeId);
  const over = placeOf(agenda, overId);
  if (!from || !over) return null;
  const sameSection =
    from.section === over.section &&
    agenda.some((s) => s.items.some((i) => i.id === activeId) && s.items.some((i) => i.id === overId));
  return { ...over, title: from.title, count: sameSection ? over.count : over.count + 1 };
}

const where = (p: Place) => `position ${p.position} of ${p.count} in ${p.section}`;

export const agendaMoveWords = {
  instructions:
    'To move an agenda item, press Space or Enter on its handle, then the up and down arrow keys. Press Space or Enter again to drop it where it is, or Escape to put it back.',
  pickedUp(agenda: Agenda, activeId: string): string {
    const place = placeOf(agenda, activeId);
    return place ? `Picked up ${place.title}, at ${where(place)}.` : 'Picked up an agenda item.';
  },
  /**
   * Nothing over the item itself: the library reports that right after the pick-up, and saying
   * it would cut off "Picked up …" before it is heard.
   */
  over(agenda: Agenda, activeId: string, overId: string | null): string | undefined {
    if (overId === activeId) return undefined;
    const title = placeOf(agenda, activeId)?.title ?? 'The item';
    const place = overId ? landing(agenda, activeId, overId) : null;
    return place ? `${title} would move to ${where(place)}.` : `${title} is not over a place in the agenda.`;
  },
  dropped(agenda: Agenda, activeId: string, overId: string | null): string {
    const title = placeOf(agenda, activeId)?.title ?? 'The item';
    const place = overId ? landing(agenda, activeId, overId) : null;
    if (!place || overId === activeId) return `${title} was dropped where it was.`;
    return `${title} was moved to ${where(place)}.`;
  },
  cancelled(agenda: Agenda, activeId: string): string {
    const place = placeOf(agenda, activeId);
    return place ? `Moving ${place.title} was cancelled. It stays at ${where(place)}.` : 'The move was cancelled.';
  },
};
