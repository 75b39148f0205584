import type { WorkspaceDocument } from '../workspace/document';
import { displayName } from '../stakeholders';
import { tableDay } from '../model/dateFormats';
import type { TrainingClass } from './model';

/** How a class is named and described in prints and on screen, in one place. */

/** "4 May 2026" for a one-day class, "4 May 2026 – 8 May 2026" otherwise. */
export function classDays(trainingClass: Pick<TrainingClass, 'startsOn' | 'endsOn'>): string {
  return trainingClass.startsOn === trainingClass.endsOn
    ? tableDay(trainingClass.startsOn)
    : `${tableDay(trainingClass.startsOn)} – ${tableDay(trainingClass.endsOn)}`;
}

/** The names of people from the stakeholder list, as a shared document may show them. */
export function peopleNames(doc: Pick<WorkspaceDocument, 'stakeholders'>, ids: readonly string[]): string[] {
  return ids.flatMap((id) => {
    const person = doc.stakeholders.find((s) => s.id === id);
    return person ? [displayName(person, 'shared')] : [];
  });
}

export function organizationName(doc: Pick<WorkspaceDocument, 'organizations'>, id: string | null): string {
  return (id && doc.organizations.find((o) => o.id === id)?.name) || '';
}
