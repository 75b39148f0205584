import type { CommitteeSeat, ConflictDeclaration, OfficerTerm } from '../../src/committee/model';
import { OfficerRole } from '../../src/committee/model';
import { Sector } from '../../src/model/sector';
import type { Organization } from '../../src/stakeholders/model/organization';
import type { Stakeholder } from '../../src/stakeholders/model/stakeholder';
import type { Random } from './random';

/**
 * A statewide steering committee over ten years: its seats, each filled by two-year terms since
 * 2016 (some ending in the next weeks, about one in ten empty), the officers with a new holder
 * every two years, and a declaration of interests from most members each year.
 */
const YEARS = 10;
const LAST_YEAR = 2025;

export function makeCommittee(
  random: Random,
  seatCount: number,
  organizations: readonly Organization[],
  stakeholders: readonly Stakeholder[],
  stampOf: (day: string) => string,
): { committeeSeats: CommitteeSeat[]; committeeOfficers: OfficerTerm[]; conflictDeclarations: ConflictDeclaration[] } {
  const id = (prefix: string, n: number) => `${prefix}-${String(n).padStart(6, '0')}`;
  const members = new Set<string>();
  let termNumber = 0;
  const committeeSeats = Array.from({ length: seatCount }, (_, s): CommitteeSeat => {
    const organization = random.chance(0.7) ? random.pick(organizations) : null;
    const month = String(random.int(1, 12)).padStart(2, '0');
    const terms: CommitteeSeat['terms'] = [];
    for (let start = LAST_YEAR - YEARS + 1; start <= LAST_YEAR; start += 2) {
      const person = random.pick(stakeholders).id;
      const startsOn = `${start}-${month}-01`;
      const endsOn = `${start + 2}-${month}-01`;
      const last = start + 2 > LAST_YEAR;
      terms.push({ id: id('term', (termNumber += 1)), stakeholderId: person, startsOn, endsOn, leftOn: last ? null : endsOn });
      if (last) members.add(person);
    }
    // About one seat in ten waits for its next member.
    if (random.chance(0.1)) terms.at(-1)!.leftOn = terms.at(-1)!.startsOn;
    return {
      id: id('seat', s),
      name: `Seat ${s + 1}: ${organization?.name ?? Sector.labelOf(random.pick(Sector.options))}`.slice(0, 300),
      organizationId: organization?.id ?? null,
      sector: organization?.sector ?? 'other',
      termYears: 2,
      terms,
      createdAt: stampOf('2016-01-04'),
    };
  });
  const committeeOfficers: OfficerTerm[] = OfficerRole.options.flatMap((role, r) =>
    Array.from({ length: YEARS / 2 }, (_, k): OfficerTerm => ({
      id: id(`off${r}`, k),
      role,
      stakeholderId: random.pick(stakeholders).id,
      from: `${LAST_YEAR - YEARS + 1 + 2 * k}-01-15`,
      to: k === YEARS / 2 - 1 ? null : `${LAST_YEAR - YEARS + 3 + 2 * k}-01-15`,
    })),
  );
  let declarationNumber = 0;
  const conflictDeclarations: ConflictDeclaration[] = [...members].flatMap((stakeholderId) =>
    Array.from({ length: YEARS }, (_, y) => LAST_YEAR - YEARS + 1 + y)
      .filter(() => random.chance(0.85))
      .map((year): ConflictDeclaration => {
        const nothing = random.chance(0.6);
        return {
          id: id('decl', (declarationNumber += 1)),
          stakeholderId,
          year,
          declaredOn: `${year}-02-01`,
          nothingToDeclare: nothing,
          interests: nothing ? '' : 'Serves on the board of a partner agency; spouse employed by the county.',
          createdAt: stampOf(`${year}-02-01`),
        };
      }),
  );
  return { committeeSeats, committeeOfficers, conflictDeclarations };
}
