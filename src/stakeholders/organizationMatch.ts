import type { Draft } from 'immer';
import type { Organization } from './model/organization';
import type { Sector } from '../model/sector';
import type { WorkspaceDocument } from '../workspace/document';
import { organizationKey } from './nameKeys';
import { guessSector } from './sectorGuess';

/** The organization with this name (compared loosely: case, accents, punctuation), or undefined. */
export function findOrganizationByName<T extends Pick<Organization, 'name'>>(
  organizations: readonly T[],
  name: string,
): T | undefined {
  const key = organizationKey(name);
  if (!key) return undefined;
  return organizations.find((o) => organizationKey(o.name) === key);
}

/**
 * Finds an organization by name or adds it, for forms and imports that name an agency as text.
 * A new organization takes the sector its name suggests ("Metro Police" is law enforcement), or
 * the sector of the person who brought it in.
 */
export function organizationNamed(
  draft: Draft<WorkspaceDocument>,
  name: string,
  fallbackSector: Sector,
  newId: () => string,
  cache?: Map<string, string>,
): { id: string; created: boolean } {
  const key = organizationKey(name);
  const cached = cache?.get(key);
  if (cached) return { id: cached, created: false };
  const existing = findOrganizationByName(draft.organizations, name);
  if (existing) {
    cache?.set(key, existing.id);
    return { id: existing.id, created: false };
  }
  const organization: Organization = {
    id: newId(),
    name: name.trim(),
    sector: guessSector(name) ?? fallbackSector,
    address: '',
    website: '',
    notes: '',
  };
  draft.organizations.push(organization);
  cache?.set(key, organization.id);
  return { id: organization.id, created: true };
}
