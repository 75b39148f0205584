import { Sector } from '../model/sector';
import { foldForSearch } from './searchText';

/**
 * Reads a sector from what people write in spreadsheets: a sector column saying "Police" or
 * "NAMI", or failing that a title or agency name ("Dispatch Supervisor", "Riverside PD"). The
 * order matters: "Sheriff's dispatch" is dispatch, "Mental Health America" is an advocacy group,
 * so the narrower patterns are tried first.
 */
const PATTERNS: ReadonlyArray<[Sector, RegExp]> = [
  ['dispatch', /\b(dispatch\w*|911|9-1-1|psap|emergency communications?|communications center|call taker)\b/],
  ['advocacy', /\b(nami|advoca\w*|mental health america|mha)\b/],
  ['peer', /\b(peer\w*|lived experience|clubhouse|recovery coach)\b/],
  ['family', /\b(family member|parent|mother|father|caregiver|famil\w*)\b/],
  [
    'courts',
    /\b(courts?|judge|judicial|prosecut\w*|district attorney|public defender|probation|magistrate|da'?s office)\b/,
  ],
  ['ems-fire', /\b(ems|fire|firefight\w*|paramedic\w*|ambulance|emt)\b/],
  [
    'law-enforcement',
    /\b(police|sheriff\w*|law enforcement|deputy|officer|sergeant|sgt|lieutenant|trooper|constable|patrol|pd)\b/,
  ],
  ['hospital', /\b(hospital|medical center|health system|emergency department|health care|healthcare)\b/],
  [
    'mental-health',
    /\b(mental health|behavioral health|behavioural health|crisis (center|services|line|team)|counsel\w*|psychiatr\w*|psycholog\w*|therapist|clinician|clinical|lcsw|lpc|social worker)\b/,
  ],
  [
    'government',
    /\b(mayor|city council|council\w*|commissioner|county board|city manager|legislat\w*|senator|representative|alder\w*|elected|county executive|city of|county of)\b/,
  ],
  ['social-services', /\b(social services|human services|housing|homeless\w*|shelter|veterans?|aging|welfare)\b/],
  ['education', /\b(school\w*|universit\w*|college|campus|education)\b/],
  [
    'community',
    /\b(church|faith|ministr\w*|congregation|synagogue|mosque|temple|ymca|united way|community|neighbou?rhood)\b/,
  ],
];

const EXACT = new Map<string, Sector>(
  Sector.choices.flatMap(({ value, label }) => [
    [value, value as Sector],
    [foldForSearch(label), value as Sector],
  ]),
);

/** The sector a piece of text points to, or null if it names none. */
export function guessSector(text: string): Sector | null {
  if (!text.trim()) return null;
  const folded = foldForSearch(text);
  const exact = EXACT.get(folded);
  if (exact) return exact;
  for (const [sector, pattern] of PATTERNS) if (pattern.test(folded)) return sector;
  return null;
}
