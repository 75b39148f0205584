import type { Organization } from './model/organization';
import type { Sector } from '../model/sector';
import type { Stakeholder } from './model/stakeholder';

/**
 * The sector a person counts for. A person's own sector wins; a person left at "other" counts
 * for their organization's sector, so someone added as "Sgt. Ruiz, Metro Police" without a
 * sector still shows law enforcement as reached once the police department has its sector.
 */
export function sectorOf(
  person: Pick<Stakeholder, 'sector' | 'organizationId'>,
  organizations: ReadonlyMap<string, Organization>,
): Sector {
  if (person.sector !== 'other') return person.sector;
  const organization = person.organizationId ? organizations.get(person.organizationId) : undefined;
  return organization?.sector ?? 'other';
}

export function organizationsById(organizations: readonly Organization[]): Map<string, Organization> {
  return new Map(organizations.map((o) => [o.id, o]));
}

/** Whether a person brings lived experience: their own flag, or the peer sector. */
export function bringsLivedExperience(person: Pick<Stakeholder, 'livedExperience' | 'sector'>): boolean {
  return person.livedExperience || person.sector === 'peer';
}
