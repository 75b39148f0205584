import type { RecognitionEvent } from './model';
import type { WorkspaceDocument } from '../workspace/document';
import { plainDate } from './eventDate';
import { honoreesOf, shownInPublic } from './honorees';

type Source = Pick<WorkspaceDocument, 'stakeholders' | 'organizations'> & { coalition: { name: string } };

/**
 * The honorees as plain text for a press release or a social media post, to copy and paste.
 * Everyone is shown as the privacy rule allows for shared documents: this text leaves the
 * coalition the moment it is pasted anywhere.
 */
export function honoreeListText(event: RecognitionEvent, doc: Source): string {
  const honorees = honoreesOf(event, doc);
  const heading = `${event.title}\n${[doc.coalition.name, plainDate(event.date), event.venue].filter(Boolean).join(' · ')}`;
  if (honorees.length === 0) return `${heading}\n\nNo honorees have been selected yet.\n`;
  const lines = honorees.map(({ category, nominee }) => {
    const shown = shownInPublic(nominee);
    return `${category.name}: ${shown.name}${shown.agency ? `, ${shown.agency}` : ''}`;
  });
  return `${heading}\n\nHonorees\n${lines.join('\n')}\n`;
}
