import { useMemo } from 'react';
import type { Organization } from '../../src/stakeholders/model/organization';
import type { Stakeholder } from '../../src/stakeholders/model/stakeholder';
import { organizationsById } from '../../src/stakeholders/sectorOf';
import { useCollections } from '../workspace/WorkspaceProvider';

export interface Lookups {
  organizations: ReadonlyMap<string, Organization>;
  people: ReadonlyMap<string, Stakeholder>;
  /** Pickers of people: "Dana Whitfield — Riverside Sheriff’s Office", sorted by name. */
  personChoices: { value: string; label: string }[];
  organizationName(id: string | null): string;
}

/**
 * Maps by id for the stakeholder screens, rebuilt only when the lists change: with thousands of
 * people, looking each one up by scanning the list on every row would be felt.
 */
export function useLookups(): Lookups {
  const doc = useCollections('stakeholders', 'organizations');
  const organizations = useMemo(() => organizationsById(doc.organizations), [doc.organizations]);
  const people = useMemo(() => new Map(doc.stakeholders.map((s) => [s.id, s])), [doc.stakeholders]);
  const personChoices = useMemo(
    () =>
      doc.stakeholders
        .map((s) => {
          const org = s.organizationId ? organizations.get(s.organizationId)?.name : undefined;
          return { value: s.id, label: org ? `${s.name} — ${org}` : s.name };
        })
        .sort((a, b) => a.label.localeCompare(b.label)),
    [doc.stakeholders, organizations],
  );
  return useMemo(
    () => ({
      organizations,
      people,
      personChoices,
      organizationName: (id: string | null) => (id ? (organizations.get(id)?.name ?? '') : ''),
    }),
    [organizations, people, personChoices],
  );
}
