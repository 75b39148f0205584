import type { Organization } from './model/organization';
import type { Stakeholder } from './model/stakeholder';
import { emailKey, organizationKey, personNameKey } from './nameKeys';

/**
 * Recognises a person who is already in the workspace (or earlier in the same import): the same
 * email address, or the same name at the same organization. Two people with one name at two
 * agencies are two people; the same name with no organization on either side is flagged, because
 * a volunteer would rather look twice than have one person twice.
 */
export type DuplicateReason = 'email' | 'name-organization';

export type DuplicateMatch =
  | { kind: 'existing'; stakeholderId: string; name: string; reason: DuplicateReason }
  | { kind: 'earlier-row'; row: number; name: string; reason: DuplicateReason };

export interface PersonKeys {
  name: string;
  email: string;
  organizationName: string;
}

type Owner =
  { kind: 'existing'; stakeholderId: string; name: string } | { kind: 'earlier-row'; row: number; name: string };

export class DuplicateIndex {
  private readonly byEmail = new Map<string, Owner>();
  private readonly byNameOrg = new Map<string, Owner>();

  /** Starts from the people already in the workspace. */
  static forWorkspace(stakeholders: readonly Stakeholder[], organizations: readonly Organization[]): DuplicateIndex {
    const index = new DuplicateIndex();
    // One key per organization, not one per person: ten thousand people share a few hundred agencies.
    const orgKeys = new Map(organizations.map((o) => [o.id, organizationKey(o.name)]));
    for (const person of stakeholders) {
      const orgKey = person.organizationId ? (orgKeys.get(person.organizationId) ?? '') : '';
      index.rememberKeys(emailKey(person.email), personNameKey(person.name), orgKey, {
        kind: 'existing',
        stakeholderId: person.id,
        name: person.name,
      });
    }
    return index;
  }

  /** The earlier person this one duplicates, or null. */
  match(person: PersonKeys): DuplicateMatch | null {
    const email = emailKey(person.email);
    const byEmail = email ? this.byEmail.get(email) : undefined;
    if (byEmail) return { ...byEmail, reason: 'email' };
    const name = personNameKey(person.name);
    if (!name) return null;
    const byName = this.byNameOrg.get(`${name}\u0000${organizationKey(person.organizationName)}`);
    return byName ? { ...byName, reason: 'name-organization' } : null;
  }

  /** Adds a person so later rows are checked against them too; the first owner of a key keeps it. */
  remember(person: PersonKeys, owner: Owner): void {
    this.rememberKeys(
      emailKey(person.email),
      personNameKey(person.name),
      organizationKey(person.organizationName),
      owner,
    );
  }

  private rememberKeys(email: string, name: string, orgKey: string, owner: Owner): void {
    if (email && !this.byEmail.has(email)) this.byEmail.set(email, owner);
    const key = `${name}\u0000${orgKey}`;
    if (name && !this.byNameOrg.has(key)) this.byNameOrg.set(key, owner);
  }
}

export function describeDuplicate(match: DuplicateMatch): string {
  const who = match.kind === 'existing' ? `${match.name}, already in the list` : `${match.name} on row ${match.row}`;
  return match.reason === 'email' ? `Same email as ${who}.` : `Same name and organization as ${who}.`;
}
