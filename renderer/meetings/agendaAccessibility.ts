import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core';
import type { AgendaSection } from '../../src/meetings/model';
import { agendaMoveWords } from '../../src/meetings/agendaMoveWords';

/**
 * The drag library's words for screen readers, replaced by the agenda's own: by default it reads
 * out "Draggable item a908d15a-… was dropped over droppable area 7d07bd6a-…".
 */
export function agendaAccessibility(agenda: AgendaSection[]): {
  announcements: Announcements;
  screenReaderInstructions: ScreenReaderInstructions;
} {
  const id = (value: string | number | undefined | null) => (value == null ? null : String(value));
  return {
    announcements: {
      onDragStart: ({ active }) => agendaMoveWords.pickedUp(agenda, String(active.id)),
      onDragOver: ({ active, over }) => agendaMoveWords.over(agenda, String(active.id), id(over?.id)),
      onDragEnd: ({ active, over }) => agendaMoveWords.dropped(agenda, String(active.id), id(over?.id)),
      onDragCancel: ({ active }) => agendaMoveWords.cancelled(agenda, String(active.id)),
    },
    screenReaderInstructions: { draggable: agendaMoveWords.instructions },
  };
}
