import type { Organization } from '../stakeholders';
import type { Stakeholder } from '../stakeholders';
import { bringsLivedExperience, sectorOf } from '../stakeholders';
import type { PartnerGroup } from './types';

/**
 * The partner groups Step One asks a coalition to reach, named once so every item and rule that
 * speaks of "law enforcement" or "NAMI" means the same people.
 */
type GroupName = 'lawEnforcement' | 'mentalHealth' | 'nami' | 'livedExperience' | 'communityLeaders' | 'dispatch' | 'ems';

export const GROUPS: Record<GroupName, PartnerGroup> = {
  lawEnforcement: { label: 'law enforcement', sectors: ['law-enforcement'] },
  mentalHealth: { label: 'mental health professionals', sectors: ['mental-health'] },
  nami: { label: 'NAMI', sectors: ['advocacy'] },
  livedExperience: { label: 'people living with mental illness', sectors: ['peer'], livedExperience: true },
  communityLeaders: { label: 'community leaders', sectors: ['government', 'courts', 'community', 'hospital', 'social-services', 'education'] },
  dispatch: { label: 'dispatch', sectors: ['dispatch'] },
  ems: { label: 'EMS', sectors: ['ems-fire'] },
};

/**
 * Whether a person belongs to a group. The sector is the one the stakeholders feature counts them
 * for (their own, or their organization's), so the checklist and the coverage panel agree.
 */
export function inGroup(
  person: Pick<Stakeholder, 'sector' | 'organizationId' | 'livedExperience'>,
  group: PartnerGroup,
  organizations: ReadonlyMap<string, Organization>,
): boolean {
  return group.sectors.includes(sectorOf(person, organizations)) || (group.livedExperience === true && bringsLivedExperience(person));
}

/**
 * Whether a group is defined by lived experience. Who has lived experience is a health detail:
 * evidence about such a group never names its people outside the coalition's own copy.
 */
export function isSensitiveGroup(group: PartnerGroup): boolean {
  return group.livedExperience === true || group.sectors.includes('peer');
}
