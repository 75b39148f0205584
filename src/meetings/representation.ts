import type { Meeting } from './model';
import { Sector } from '../model/sector';
import type { Stakeholder } from '../stakeholders';
import { presentIds } from './attendance';

/**
 * Who is in the room, by sector. A CIT coalition needs law enforcement, mental health providers,
 * advocates and people with lived experience at the table; this shows which of them came.
 */
export const KEY_SECTORS: readonly Sector[] = ['law-enforcement', 'mental-health', 'advocacy', 'peer'];

export interface Representation {
  sectors: { sector: Sector; label: string; count: number }[];
  /** Anyone in the room who has lived experience (marked so, or a peer or family member). */
  livedExperiencePresent: boolean;
  /** Key sectors with no one in the room. */
  missingKeySectors: { sector: Sector; label: string }[];
  peopleInRoom: number;
}

export function representation(
  meeting: Pick<Meeting, 'attendance'>,
  stakeholders: readonly Pick<Stakeholder, 'id' | 'sector' | 'livedExperience'>[],
): Representation {
  const present = presentIds(meeting);
  const people = stakeholders.filter((s) => present.has(s.id));
  const counts = new Map<Sector, number>();
  for (const person of people) counts.set(person.sector, (counts.get(person.sector) ?? 0) + 1);
  const sectors = Sector.options
    .filter((s) => counts.has(s))
    .map((sector) => ({ sector, label: Sector.labelOf(sector), count: counts.get(sector) ?? 0 }));
  const livedExperiencePresent = people.some((p) => p.livedExperience || p.sector === 'peer' || p.sector === 'family');
  const missingKeySectors = KEY_SECTORS.filter((s) => !counts.has(s) && !(s === 'peer' && livedExperiencePresent)).map(
    (sector) => ({
      sector,
      label: Sector.labelOf(sector),
    }),
  );
  return { sectors, livedExperiencePresent, missingKeySectors, peopleInRoom: people.length };
}
