import type { AwardCategory, Nomination, RecognitionEvent } from './model';
import type { WorkspaceDocument } from '../workspace/document';
import { exportableAffiliation, mayShowName } from '../stakeholders';
import { citationFor } from './citation';
import { nomineeOf, type Nominee } from './nominees';

type People = Pick<WorkspaceDocument, 'stakeholders' | 'organizations'>;

/** The words printed in place of an honoree who chose not to be named in shared documents. */
export const UNNAMED_HONOREE = 'An honoree who asked not to be named';

export interface Honoree {
  nomination: Nomination;
  category: AwardCategory;
  nominee: Nominee;
}

/** The selected nominations, in the order of the event's categories (the order they are presented). */
export function honoreesOf(event: Pick<RecognitionEvent, 'categories' | 'nominations'>, people: People): Honoree[] {
  const honorees: Honoree[] = [];
  for (const category of event.categories) {
    for (const nomination of event.nominations) {
      if (nomination.categoryId === category.id && nomination.status === 'selected') {
        honorees.push({ nomination, category, nominee: nomineeOf(nomination, people) });
      }
    }
  }
  return honorees;
}

export interface ShownHonoree {
  name: string;
  agency: string;
  /** False when the honoree is shown by the placeholder only. */
  named: boolean;
}

/**
 * How an honoree appears in what is handed out or published: the printed program, the run of
 * show, the press list. The decision is the stakeholders' privacy rule (src/stakeholders/privacy.ts,
 * audience "shared"); a private honoree appears as UNNAMED_HONOREE, without the agency, which
 * would point to them as surely as a name.
 */
export function shownInPublic(nominee: Nominee): ShownHonoree {
  if (!mayShowName(nominee, 'shared')) return { name: UNNAMED_HONOREE, agency: '', named: false };
  const { organization } = exportableAffiliation(nominee, nominee.agency, 'shared');
  return { name: nominee.name, agency: organization, named: true };
}

/**
 * How an honoree appears on their own certificate. The certificate is theirs: it is made for one
 * person and handed to that person, so it carries their name and agency whatever their setting
 * for shared documents (audience "coalition"), just as a letter addressed to them would. What
 * keeps a private honoree unnamed is everything else: the program, the run of show read from the
 * stage, and the press list never name them. The coordinator is reminded on screen to present
 * that certificate privately.
 */
export function shownOnCertificate(nominee: Nominee): ShownHonoree {
  const { organization } = exportableAffiliation(nominee, nominee.agency, 'coalition');
  return { name: nominee.name, agency: organization, named: true };
}

/** Whether this honoree asked not to be named in shared documents (the screen flags them). */
export function isUnnamedInPublic(nominee: Nominee): boolean {
  return !mayShowName(nominee, 'shared');
}

/**
 * The citation printed under an honoree in the program. For an honoree who asked not to be
 * named, only a citation written by hand is printed: the opening of a nomination story often
 * names the person or the street where it happened, and a hand-written citation is one the
 * coordinator has read for exactly this purpose.
 */
export function publicCitation(honoree: Pick<Honoree, 'nomination' | 'nominee'>): string {
  if (!isUnnamedInPublic(honoree.nominee)) return citationFor(honoree.nomination);
  return honoree.nomination.citation.trim();
}
