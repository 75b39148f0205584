import type { Segment } from './model';
import type { WorkspaceDocument } from '../workspace/document';
import { exportableAffiliation, mayShowName } from '../stakeholders';

type People = Pick<WorkspaceDocument, 'stakeholders' | 'organizations'>;

/**
 * Who speaks in a segment, as printed in the program: "Chief Maria Lopez, Metro Police". A
 * stakeholder is shown as the privacy rule allows for shared documents (nothing at all for a
 * private one); a typed name is printed as typed.
 */
export function speakerShown(segment: Pick<Segment, 'speakerId' | 'speakerName'>, people: People): string {
  if (!segment.speakerId) return segment.speakerName;
  const person = people.stakeholders.find((s) => s.id === segment.speakerId);
  if (!person || !mayShowName(person, 'shared')) return '';
  const organization = person.organizationId
    ? (people.organizations.find((o) => o.id === person.organizationId)?.name ?? '')
    : '';
  const affiliation = exportableAffiliation(person, organization, 'shared');
  return [person.name, affiliation.organization].filter(Boolean).join(', ');
}

/** The speaker's name for the screen (the coalition's own view). */
export function speakerName(segment: Pick<Segment, 'speakerId' | 'speakerName'>, people: People): string {
  if (!segment.speakerId) return segment.speakerName;
  return people.stakeholders.find((s) => s.id === segment.speakerId)?.name ?? '';
}
