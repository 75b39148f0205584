import type { Stakeholder } from '../stakeholders';
import type { WorkspaceDocument } from '../workspace/document';
import { exportableAffiliation, mayShowName, mayShowPersonalDetails, type Audience } from '../stakeholders';

/**
 * The wording of evidence, shared by every rule so the checklist reads as one voice:
 * "Conversations held with law enforcement: 3, the latest on 12 Oct 2025 with Sgt. Ray Ortiz
 * (sheriff's office liaison)."
 */

/** "a", "a and b", "a, b and c" (or "a or b" with `conjunction: 'or'`). */
export function listPhrase(items: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}

/** "1 workgroup", "3 workgroups". */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * How a person is named in evidence: "Sgt. Ray Ortiz (sheriff's office liaison)", or null when
 * the person may not be named for this audience. A person named because of their lived
 * experience (`sensitive`) is never named in a shared document: the sentence around the name
 * would disclose it.
 */
export function personPhrase(
  person: Stakeholder,
  doc: WorkspaceDocument,
  audience: Audience,
  sensitive = false,
): string | null {
  if (!mayShowName(person, audience)) return null;
  if (sensitive && !mayShowPersonalDetails(audience)) return null;
  const organization = person.organizationId ? (doc.organizations.find((o) => o.id === person.organizationId)?.name ?? '') : '';
  const affiliation = exportableAffiliation(person, organization, audience);
  const detail = [affiliation.title, affiliation.organization].filter(Boolean).join(', ');
  return detail ? `${person.name} (${detail})` : person.name;
}

/** The people who may be named, as a phrase, and how many could not be. */
export function peoplePhrase(
  people: readonly Stakeholder[],
  doc: WorkspaceDocument,
  audience: Audience,
  sensitive = false,
): string {
  const named = people.map((p) => personPhrase(p, doc, audience, sensitive)).filter((n): n is string => n !== null);
  const unnamed = people.length - named.length;
  if (unnamed > 0) named.push(named.length === 0 ? countOf(unnamed, 'person', 'people') : countOf(unnamed, 'other'));
  return listPhrase(named);
}
