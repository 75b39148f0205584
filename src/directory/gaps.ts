import { openEveryNight } from './hours';
import { ServiceKind, type Service } from './model';

/**
 * What the community's directory lacks for a crisis response. A gap is a kind of service nobody
 * offers, a place to bring a person that closes at night, or a language no crisis service speaks.
 * Step Two's "Map the crisis system" reads these, and the directory screen shows them beside
 * who is at the table.
 */

/** Kinds every crisis system needs; the rest (youth, veterans ...) are welcome but not counted as gaps. */
export const ESSENTIAL_KINDS: readonly ServiceKind[] = [
  'crisis-line',
  'mobile-crisis',
  'crisis-stabilization',
  'detox',
  'substance-use',
  'outpatient',
  'peer-support',
  'shelter',
];

/** Spanish is checked even when no entry names it: it is the language most often missing. */
const ALWAYS_CHECKED_LANGUAGES = ['Spanish'];
/** The crisis services a person who speaks another language must be able to reach. */
const CRISIS_KINDS: readonly ServiceKind[] = ['crisis-line', 'mobile-crisis', 'crisis-stabilization'];

export interface KindCoverage {
  kind: ServiceKind;
  label: string;
  services: number;
  /** Services of this kind open at 2 a.m. every night. */
  openAtNight: number;
  essential: boolean;
}

export interface Gap {
  /** A stable key for the screen and tests: 'kind:detox', 'receiving:none', 'receiving:night', 'language:Spanish'. */
  key: string;
  message: string;
}

export interface DirectoryGaps {
  kinds: KindCoverage[];
  receivingFacilities: number;
  receivingAtNight: number;
  gaps: Gap[];
}

const sameLanguage = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** English is assumed of every entry, so it is never a gap; other languages come from the entries themselves. */
export function languagesToCheck(services: readonly Pick<Service, 'languages'>[]): string[] {
  const found: string[] = [];
  for (const name of [...ALWAYS_CHECKED_LANGUAGES, ...services.flatMap((s) => s.languages)]) {
    if (sameLanguage(name, 'English') || found.some((f) => sameLanguage(f, name))) continue;
    found.push(name.trim());
  }
  return found;
}

export function directoryGaps(services: readonly Service[]): DirectoryGaps {
  const kinds = ServiceKind.options.map((kind) => {
    const ofKind = services.filter((s) => s.kind === kind);
    return {
      kind,
      label: ServiceKind.labelOf(kind),
      services: ofKind.length,
      openAtNight: ofKind.filter(openEveryNight).length,
      essential: ESSENTIAL_KINDS.includes(kind),
    };
  });
  const gaps: Gap[] = [];
  for (const row of kinds) {
    if (row.essential && row.services === 0)
      gaps.push({ key: `kind:${row.kind}`, message: `No ${row.label.toLowerCase()} in the directory.` });
  }
  const receiving = services.filter((s) => s.receivingFacility);
  const receivingAtNight = receiving.filter(openEveryNight).length;
  if (!receiving.length)
    gaps.push({
      key: 'receiving:none',
      message: 'No receiving facility: nowhere listed where an officer can bring a person in crisis.',
    });
  else if (!receivingAtNight)
    gaps.push({
      key: 'receiving:night',
      message: 'No receiving facility open at night: none takes people at 2 a.m. every day of the week.',
    });
  const crisis = services.filter((s) => CRISIS_KINDS.includes(s.kind) || s.receivingFacility);
  for (const language of languagesToCheck(services)) {
    if (!crisis.some((s) => s.languages.some((l) => sameLanguage(l, language))))
      gaps.push({ key: `language:${language}`, message: `No crisis service in ${language}.` });
  }
  return { kinds, receivingFacilities: receiving.length, receivingAtNight, gaps };
}
