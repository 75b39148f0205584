import type { Nomination } from './model';
import type { ExportPrivacy } from '../stakeholders';
import type { WorkspaceDocument } from '../workspace/document';

type People = Pick<WorkspaceDocument, 'stakeholders' | 'organizations'>;

/** Who a nomination is for, whether they are in the workspace or were typed in by the nominator. */
export const REMOVED_NOMINEE = 'A person no longer in the workspace';

export interface Nominee {
  stakeholderId: string | null;
  name: string;
  agency: string;
  title: string;
  /** The person's own choice of how exports may show them. */
  privacy: ExportPrivacy;
}

/**
 * Resolves the nominee. A stakeholder's current name, organization and privacy setting are read
 * from the stakeholder every time, so a correction there reaches every export.
 */
export function nomineeOf(
  nomination: Pick<Nomination, 'nomineeId' | 'nomineeName' | 'nomineeAgency' | 'nomineePrivacy'>,
  people: People,
): Nominee {
  if (nomination.nomineeId) {
    const person = people.stakeholders.find((s) => s.id === nomination.nomineeId);
    // Someone deleted from the workspace: their privacy choice went with them, so assume the
    // most careful one rather than print a name they may not have agreed to.
    if (!person)
      return { stakeholderId: nomination.nomineeId, name: REMOVED_NOMINEE, agency: '', title: '', privacy: 'private' };
    const organization = person.organizationId
      ? people.organizations.find((o) => o.id === person.organizationId)
      : undefined;
    return {
      stakeholderId: person.id,
      name: person.name,
      agency: organization?.name ?? nomination.nomineeAgency,
      title: person.title,
      privacy: person.privacy,
    };
  }
  // No id and no name: the stakeholder was deleted (deletion clears the reference). Same care as above.
  if (!nomination.nomineeName)
    return { stakeholderId: null, name: REMOVED_NOMINEE, agency: '', title: '', privacy: 'private' };
  return {
    stakeholderId: null,
    name: nomination.nomineeName,
    agency: nomination.nomineeAgency,
    title: '',
    privacy: nomination.nomineePrivacy,
  };
}

function normal(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase('en-US').replace(/[.,]/g, '').replace(/\s+/g, ' ').trim();
}

/**
 * Whether two nominees are the same person. Two stakeholders are compared by id (two people may
 * share a name). A typed-in name matches another nominee with the same name unless both give an
 * agency and the agencies differ: a nominator who types "Dana Whitfield" for a stakeholder of
 * that name is almost always naming the same officer.
 */
export function sameNominee(a: Nominee, b: Nominee): boolean {
  if (a.stakeholderId && b.stakeholderId) return a.stakeholderId === b.stakeholderId;
  if (normal(a.name) !== normal(b.name)) return false;
  if (a.agency && b.agency) return normal(a.agency) === normal(b.agency);
  return true;
}

/** Nominations that still count: a withdrawn nomination frees the nominee for another category. */
export function isActive(nomination: Pick<Nomination, 'status'>): boolean {
  return nomination.status !== 'withdrawn';
}
