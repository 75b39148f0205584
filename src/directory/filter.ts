import type { Organization } from '../stakeholders';
import { isOpenNow } from './hours';
import type { Service, ServiceKind } from './model';
import { needsChecking } from './verify';

/**
 * The directory screen's search and filters. Search looks at the words an officer would type
 * (the service, its organization, what it offers, the area, the languages); each filter narrows.
 * Built to redraw on every keystroke of a county's few thousand entries: each service's search
 * text is made once per list, not once per keystroke.
 */

export interface ServiceFilter {
  text: string;
  kind: ServiceKind | null;
  openNow: boolean;
  receivingOnly: boolean;
  language: string | null;
  needsChecking: boolean;
}

export const NO_SERVICE_FILTER: ServiceFilter = {
  text: '',
  kind: null,
  openNow: false,
  receivingOnly: false,
  language: null,
  needsChecking: false,
};

export interface FilterClock {
  now: Date;
  timeZone: string;
  today: string;
  verifyAfterMonths: number;
}

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export function searchIndex(
  services: readonly Service[],
  organizations: ReadonlyMap<string, Organization>,
): Map<string, string> {
  return new Map(
    services.map((s) => [
      s.id,
      fold(
        [
          s.name,
          organizations.get(s.organizationId)?.name ?? '',
          s.description,
          s.area,
          s.city,
          s.eligibility,
          ...s.languages,
        ].join(' '),
      ),
    ]),
  );
}

export function filterServices(
  services: readonly Service[],
  index: ReadonlyMap<string, string>,
  filter: ServiceFilter,
  clock: FilterClock,
): Service[] {
  const words = fold(filter.text).split(/\s+/).filter(Boolean);
  const language = filter.language ? fold(filter.language) : null;
  return services.filter((s) => {
    if (filter.kind && s.kind !== filter.kind) return false;
    if (filter.receivingOnly && !s.receivingFacility) return false;
    if (language && !s.languages.some((l) => fold(l) === language)) return false;
    if (filter.needsChecking && !needsChecking(s, clock.verifyAfterMonths, clock.today)) return false;
    if (filter.openNow && !isOpenNow(s, clock.now, clock.timeZone)) return false;
    if (words.length) {
      const text = index.get(s.id) ?? '';
      if (!words.every((w) => text.includes(w))) return false;
    }
    return true;
  });
}

/** Every language the entries name, for the language filter, in alphabetical order. */
export function languagesOffered(services: readonly Service[]): string[] {
  const found = new Map<string, string>();
  for (const s of services) for (const l of s.languages) if (!found.has(fold(l))) found.set(fold(l), l);
  return [...found.values()].sort((a, b) => a.localeCompare(b));
}
