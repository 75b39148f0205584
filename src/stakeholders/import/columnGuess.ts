import type { ImportField } from '../importRow';
import { foldForSearch } from '../searchText';

/** Fields that may come from more than one column (their cells are joined): a middle name, a suffix, tags, notes. */
export const MULTI_COLUMN: ReadonlySet<ImportField> = new Set(['ignore', 'firstName', 'lastName', 'tags', 'notes']);

const HEADER_SYNONYMS: ReadonlyArray<[ImportField, string[]]> = [
  ['firstName', ['firstname', 'first', 'givenname', 'forename', 'fname']],
  ['lastName', ['lastname', 'last', 'surname', 'familyname', 'lname']],
  ['name', ['name', 'fullname', 'contactname', 'contact', 'person', 'stakeholder', 'displayname']],
  ['title', ['title', 'jobtitle', 'position', 'role', 'jobrole', 'rank', 'function']],
  [
    'organization',
    [
      'organization',
      'organisation',
      'org',
      'agency',
      'company',
      'employer',
      'department',
      'affiliation',
      'agencyname',
      'organizationname',
    ],
  ],
  ['sector', ['sector', 'type', 'category', 'partnertype', 'stakeholdertype', 'agencytype', 'group']],
  ['email', ['email', 'emailaddress', 'mail', 'emailaddr', 'workemail', 'primaryemail']],
  [
    'phone',
    [
      'phone',
      'telephone',
      'tel',
      'phonenumber',
      'mobile',
      'cell',
      'cellphone',
      'workphone',
      'mobilephone',
      'officephone',
    ],
  ],
  ['tags', ['tags', 'tag', 'labels', 'keywords']],
  ['notes', ['notes', 'note', 'comments', 'comment', 'remarks']],
  // The column this app's own coalition-copy CSV export writes.
  ['livedExperience', ['livedexperience']],
];

export function headerKey(header: string): string {
  return foldForSearch(header).replace(/[^a-z0-9]/g, '');
}

/** Guesses each column's field from its header; each single-valued field goes to its first matching column. */
export function guessMapping(headers: readonly string[]): ImportField[] {
  const taken = new Set<ImportField>();
  return headers.map((header) => {
    const key = headerKey(header);
    for (const [field, synonyms] of HEADER_SYNONYMS) {
      if (!synonyms.includes(key)) continue;
      if (taken.has(field) && !MULTI_COLUMN.has(field)) return 'ignore';
      taken.add(field);
      return field;
    }
    return 'ignore';
  });
}

/** True when a header is itself a notes column, so its cells go to the notes without a label. */
export function isNotesHeader(header: string): boolean {
  return HEADER_SYNONYMS.find(([field]) => field === 'notes')![1].includes(headerKey(header));
}
