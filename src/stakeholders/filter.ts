import type { Organization } from './model/organization';
import { Sector } from '../model/sector';
import type { EngagementStage, ProgramRole, Stakeholder } from './model/stakeholder';
import { foldForMatching, foldForSearch, queryWords } from './searchText';
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
  const haystack = foldForMatching(
    [person.name, person.title, organization?.name ?? '', person.email, person.tags.join(' '), person.notes].join('\n'),
  );
  prepared.set(person, { organization, haystack });
  return haystack;
}

/**
 * The whole list in the chosen order, kept while the list and the sort stay the same: typing in
 * the search box then only scans the sorted list, and never sorts ten thousand rows per keystroke.
 * The folded search text of each person is kept beside it, in the same order, so a scan reads
 * strings from an array rather than looking each person up; it is filled at the first search,
 * or earlier, while the screen is idle (prepareSearch).
 */
interface SortedList {
  organizations: ReadonlyMap<string, Organization>;
  sort: string;
  people: Stakeholder[];
  searchTexts: string[];
  /** The last few searches of this list, most recent last (see Search). */
  recentSearches: Search[];
}

const sortedLists = new WeakMap<readonly Stakeholder[], SortedList>();

function sortedList(
  stakeholders: readonly Stakeholder[],
  organizations: ReadonlyMap<string, Organization>,
  sort: StakeholderSort,
): SortedList {
  const key = `${sort.key}:${sort.direction}`;
  const cached = sortedLists.get(stakeholders);
  if (cached && cached.organizations === organizations && cached.sort === key) return cached;
  const people = sortStakeholders([...stakeholders], organizations, sort);
  const list: SortedList = { organizations, sort: key, people, searchTexts: [], recentSearches: [] };
  sortedLists.set(stakeholders, list);
  return list;
}

/** Fills in the list's search texts from where they stopped, while `hasTime()` says so; true once all are there. */
function fillSearchTexts(list: SortedList, hasTime: () => boolean): boolean {
  const { people, organizations, searchTexts } = list;
  while (searchTexts.length < people.length) {
    if (searchTexts.length % 64 === 0 && !hasTime()) return false;
    const person = people[searchTexts.length]!;
    searchTexts.push(
      searchTextOf(person, person.organizationId ? organizations.get(person.organizationId) : undefined),
    );
  }
  return true;
}

/**
 * Prepares the search of the list in this order ahead of the first keystroke, a little at a time
 * while `hasTime()` says so; returns true once it is done. The list screen calls it in short steps
 * as soon as it shows, so the first letter typed does not wait while ten thousand people are read.
 */
export function prepareSearch(
  stakeholders: readonly Stakeholder[],
  organizations: ReadonlyMap<string, Organization>,
  sort: StakeholderSort,
  hasTime: () => boolean,
): boolean {
  return fillSearchTexts(sortedList(stakeholders, organizations, sort), hasTime);
}

/**
 * A search made of a sorted list, kept with the list so a later keystroke can look only among the
 * people it found: one more letter can only narrow the list, and a backspace goes back to a search
 * already made. `found` holds positions in the sorted list. A list that changes is a new list, so
 * its searches go with it.
 */
interface Search {
  filters: string;
  words: string[];
  found: number[];
}
const RECENT_SEARCHES = 16;

/** Everything the list is filtered by besides the text. */
const filtersKey = (filter: StakeholderFilter) =>
  JSON.stringify([filter.sectors, filter.stages, filter.roles, filter.livedExperience]);

/** Whoever matches `words` also matched `previous`: each earlier word is inside one of the new ones. */
const narrows = (previous: string[], words: string[]) =>
  previous.every((old) => words.some((word) => word.includes(old)));

/** The most recent search whose people include everyone this one can find. */
function searchToNarrow(list: SortedList, filters: string, words: string[]): Search | undefined {
  for (let s = list.recentSearches.length - 1; s >= 0; s -= 1) {
    const search = list.recentSearches[s]!;
    if (search.filters === filters && narrows(search.words, words)) return search;
  }
  return undefined;
}

/** Plain indexed loops here: this runs for every person on every keystroke, often before V8 has optimized it. */
function containsAll(haystack: string, words: string[]): boolean {
  for (let w = 0; w < words.length; w += 1) if (!haystack.includes(words[w]!)) return false;
  return true;
}

/** Applies a filter and sort; returns a new array, never the input. */
export function filterStakeholders(
  stakeholders: readonly Stakeholder[],
  organizations: ReadonlyMap<string, Organization>,
  filter: StakeholderFilter,
): Stakeholder[] {
  const words = queryWords(filter.text);
  const list = sortedList(stakeholders, organizations, filter.sort);
  const people = list.people;
  const filters = filtersKey(filter);
  const earlier = searchToNarrow(list, filters, words);
  // The same search as before (a backspace back to it): its people, without a scan.
  if (earlier && earlier.words.join(' ') === words.join(' ')) return earlier.found.map((i) => people[i]!);

  const sectors = filter.sectors.length ? new Set<Sector>(filter.sectors) : null;
  const stages = filter.stages.length ? new Set<EngagementStage>(filter.stages) : null;
  const roles = filter.roles.length ? filter.roles : null;
  if (words.length) fillSearchTexts(list, () => true);
  const searchTexts = words.length ? list.searchTexts : null;
  const candidates = earlier?.found;
  const found: number[] = [];
  const count = candidates ? candidates.length : people.length;
  for (let c = 0; c < count; c += 1) {
    const i = candidates ? candidates[c]! : c;
    const person = people[i]!;
    if (stages && !stages.has(person.stage)) continue;
    if (filter.livedExperience !== 'any' && bringsLivedExperience(person) !== (filter.livedExperience === 'yes'))
      continue;
    if (roles && !roles.some((role) => person.roles.includes(role))) continue;
    if (sectors && !sectors.has(sectorOf(person, organizations))) continue;
    if (searchTexts && !containsAll(searchTexts[i]!, words)) continue;
    found.push(i);
  }
  list.recentSearches.push({ filters, words, found });
  if (list.recentSearches.length > RECENT_SEARCHES) list.recentSearches.shift();
  return found.map((i) => people[i]!);
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
export function activeFilterCount(
  filter: Pick<StakeholderFilter, 'sectors' | 'stages' | 'roles' | 'livedExperience'>,
): number {
  return (
    (filter.sectors.length ? 1 : 0) +
    (filter.stages.length ? 1 : 0) +
    (filter.roles.length ? 1 : 0) +
    (filter.livedExperience !== 'any' ? 1 : 0)
  );
}
