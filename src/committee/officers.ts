import type { OfficerRole, OfficerTerm } from './model';

/**
 * Officers. The chair and the CIT coordinator were already roles on a person's record
 * (stakeholders' ProgramRole 'chair' and 'coordinator'), which the rest of the app reads. The
 * officer history does not replace those roles: it adds when each person held the office.
 * Appointing a chair or coordinator here also gives the new holder the role and takes it from
 * the one before (commands.ts), so the two agree; `roleDisagreements` finds where a person's
 * record was edited by hand since, so the screen can say so rather than pick one silently.
 */
export const ROLE_ON_RECORD: Partial<Record<OfficerRole, 'chair' | 'coordinator'>> = {
  chair: 'chair',
  coordinator: 'coordinator',
};

export function currentOfficer(officers: readonly OfficerTerm[], role: OfficerRole): OfficerTerm | undefined {
  return officers.find((o) => o.role === role && o.to === null);
}

/** Everyone who held an office, most recent first. */
export function officerHistory(officers: readonly OfficerTerm[], role: OfficerRole): OfficerTerm[] {
  return officers
    .filter((o) => o.role === role)
    .sort(
      (a, b) => b.from.localeCompare(a.from) || (a.to === null ? -1 : b.to === null ? 1 : b.to.localeCompare(a.to)),
    );
}

export interface RoleDisagreement {
  role: 'chair' | 'coordinator';
  /** Who the officer history says holds the office, if anyone. */
  officerId: string | null;
  /** Who carries the role on their record. */
  withRoleIds: string[];
}

/** Where the officer history and people's roles say different things about the chair or coordinator. */
export function roleDisagreements(
  officers: readonly OfficerTerm[],
  people: readonly { id: string; roles: readonly string[] }[],
): RoleDisagreement[] {
  const found: RoleDisagreement[] = [];
  for (const role of ['chair', 'coordinator'] as const) {
    const officer = currentOfficer(officers, role);
    const withRoleIds = people.filter((p) => p.roles.includes(role)).map((p) => p.id);
    // No history yet: the roles alone are the record, as before this screen existed.
    if (!officers.some((o) => o.role === role)) continue;
    const agrees = officer
      ? withRoleIds.length === 1 && withRoleIds[0] === officer.stakeholderId
      : withRoleIds.length === 0;
    if (!agrees) found.push({ role, officerId: officer?.stakeholderId ?? null, withRoleIds });
  }
  return found;
}
