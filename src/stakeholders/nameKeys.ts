import { foldForSearch } from './searchText';

/**
 * Keys for recognising the same person or agency written two ways. Spreadsheets kept by
 * different people disagree on case, accents, punctuation and "&" versus "and"; none of that
 * makes a different agency.
 */
const ASCII_KEY = /^[a-z0-9 ]*$/;

function looseKey(text: string): string {
  const folded = foldForSearch(text);
  // Already a key (lower-case letters, digits and spaces): nothing to strip.
  if (ASCII_KEY.test(folded)) return folded;
  return (
    foldForSearch(folded.replace(/&/g, ' and '))
      // "Sheriff's" and "Sheriffs" are the same office: drop apostrophes rather than split on them.
      .replace(/'/g, '')
      .replace(/[^\p{L}\p{N} ]+/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** "The Metro Police Dept." and "metro police dept" give the same key. */
export function organizationKey(name: string): string {
  return looseKey(name).replace(/^the /, '');
}

export function personNameKey(name: string): string {
  return looseKey(name);
}

export function emailKey(email: string): string {
  return email.trim().toLowerCase();
}
