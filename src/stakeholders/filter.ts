import type { Organization } from '../model/organization';
import { Sector } from '../model/sector';
import type { EngagementStage, ProgramRole, Stakeholder } from '../model/stakeholder';
import { foldForSearch, queryWords } from './searchText';
import { bringsLivedExperience, sectorOf } from './sectorOf';
import { stageRank } from './stageHistory';

/**
 * The stakeholder list's search, filters and sort, as one pure function the list screen calls on
 * every keystroke. It must stay well under a frame for ten thousand people, so the folded search
 * text of each person is computed once and kept for as long as the person object is unchanged
 * (immer gives a changed person a new object, which drops the old entry).
 */
export interface StakeholderFilter {
  text: string;
  sectors: Sector[];
  stages: EngagementStage[];
  roles: ProgramRole[];
  livedExperience: 'any' | 'yes' | 'no';
  sort: StakeholderSort;
}

export type SortKey = 'name' | 'organization' | 'sector' | 'stage' | 'updated';
export interface StakeholderSort {
  key: SortKey;
  direction: 'asc' | 'desc';
}

export const NO_FILTER: StakeholderFilter = {
  text: '',
  sectors: [],
  stages: [],
  roles: [],
  livedExperience: 'any',
  sort: { key: 'name', direction: 'asc' },
};

interface Prepared {
  organization: Organization | undefined;
  haystack: string;
}

const prepared = new WeakMap<Stakeholder, Prepared>();

function searchTextOf(person: Stakeholder, organization: Organization | undefined): string {
  const cached = prepared.get(person);
  if (cached && cached.organization === organization) return cached.haystack;
  const haystack = foldForSearch(
    [person.name, person.title, organization?.name ?? '', person.email, person.tags.join(' '), person.notes].join('\n'),
  );
  prepared.set(person, { organization, haystack });
  return haystack;
}

/**
 * The whole list in the chosen order, kept while the list and the sort stay the same: typing in
 * the search box then only scans the sorted list, and never sorts ten thousand rows per keystroke.
 */
const sortedLists = new WeakMap<
  readonly Stakeholder[],
  { organizations: ReadonlyMap<string, Organization>; sort: string; sorted: Stakeholder[] }
>();

function sortedList(
  stakeholders: readonly Stakeholder[],
  organizations: ReadonlyMap<string, Organization>,
  sort: StakeholderSort,
): readonly Stakeholder[] {
  const key = `${sort.key}:${sort.direction}`;
  const cached = sortedLists.get(stakeholders);
  if (cached && cached.organizations === organizations && cached.sort === key) return cached.sorted;
  const sorted = sortStakeholders([...stakeholders], organizations, sort);
  sortedLists.set(stakeholders, { organizations, sort: key, sorted });
  return sorted;
}

/** Applies a filter and sort; returns a new array, never the input. */
export function filterStakeholders(
  stakeholders: readonly Stakeholder[],
  organizations: ReadonlyMap<string, Organization>,
  filter: StakeholderFilter,
): Stakeholder[] {
  const words = queryWords(filter.text);
  const sectors = filter.sectors.length ? new Set<Sector>(filter.sectors) : null;
  const stages = filter.stages.length ? new Set<EngagementStage>(filter.stages) : null;
  const roles = filter.roles.length ? filter.roles : null;

  const matches: Stakeholder[] = [];
  for (const person of sortedList(stakeholders, organizations, filter.sort)) {
    if (stages && !stages.has(person.stage)) continue;
    if (filter.livedExperience !== 'any' && bringsLivedExperience(person) !== (filter.livedExperience === 'yes'))
      continue;
    if (roles && !roles.some((role) => person.roles.includes(role))) continue;
    if (sectors && !sectors.has(sectorOf(person, organizations))) continue;
    if (words.length) {
      const organization = person.organizationId ? organizations.get(person.organizationId) : undefined;
      const haystack = searchTextOf(person, organization);
      if (!words.every((word) => haystack.includes(word))) continue;
    }
    matches.push(person);
  }
  return matches;
}

/**
 * Sorts in place by the chosen column, then by name so equal rows keep a stable, readable order.
 * Each row's sort key is computed once (not once per comparison): comparing folded strings with
 * < is many times faster than a collator, and the folding already ignores case and accents.
 */
export function sortStakeholders(
  people: Stakeholder[],
  organizations: ReadonlyMap<string, Organization>,
  sort: StakeholderSort,
): Stakeholder[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  const orgKeys = new Map<string, string>();
  const orgKey = (id: string | null) => {
    if (!id) return '';
    let key = orgKeys.get(id);
    if (key === undefined) {
      key = foldForSearch(organizations.get(id)?.name ?? '');
      orgKeys.set(id, key);
    }
    return key;
  };
  const primary = (p: Stakeholder): string | number => {
    switch (sort.key) {
      case 'organization':
        return orgKey(p.organizationId);
      case 'sector':
        return Sector.labelOf(sectorOf(p, organizations)).toLowerCase();
      case 'stage':
        return stageRank(p.stage);
      case 'updated':
        return p.updatedAt;
      default:
        return nameKeyOf(p);
    }
  };
  const decorated = people.map((person) => ({ person, key: primary(person), name: nameKeyOf(person) }));
  // Blank organizations sort after the rest whichever way the column is sorted: nobody wants 300 blanks first.
  const blankLast = sort.key === 'organization';
  decorated.sort((a, b) => {
    if (a.key !== b.key) {
      if (blankLast && (a.key === '' || b.key === '')) return a.key === '' ? 1 : -1;
      return sign * (a.key < b.key ? -1 : 1);
    }
    if (a.name !== b.name) return a.name < b.name ? -1 : 1;
    return a.person.id < b.person.id ? -1 : a.person.id > b.person.id ? 1 : 0;
  });
  for (let i = 0; i < decorated.length; i += 1) people[i] = decorated[i]!.person;
  return people;
}

const nameKeys = new WeakMap<Stakeholder, string>();
function nameKeyOf(person: Stakeholder): string {
  let key = nameKeys.get(person);
  if (key === undefined) {
    key = foldForSearch(person.name);
    nameKeys.set(person, key);
  }
  return key;
}

/** How many filters are set besides the text, for the "Clear filters (3)" button. */
export function activeFilterCount(filter: StakeholderFilter): number {
  return (
    (filter.sectors.length ? 1 : 0) +
    (filter.stages.length ? 1 : 0) +
    (filter.roles.length ? 1 : 0) +
    (filter.livedExperience !== 'any' ? 1 : 0)
  );
}
