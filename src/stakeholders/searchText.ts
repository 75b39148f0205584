const PLAIN_ASCII = /^[\x20-\x7e]*$/;

/**
 * Text to search in: lower case, accents removed, curly and back quotes made straight, so "jose"
 * finds "José" and "o'brien" finds "O’Brien". White space is left as it is (a query word never
 * holds any), which makes ten thousand people's notes several times faster to prepare.
 */
export function foldForMatching(text: string): string {
  // Most text is plain ASCII: skip the Unicode decomposition, which costs more than the rest.
  if (PLAIN_ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`´]/g, "'")
    .toLowerCase();
}

/** Text folded for searching and sorting: as foldForMatching, with runs of space collapsed. */
export function foldForSearch(text: string): string {
  return foldForMatching(text).replace(/\s+/g, ' ').trim();
}

/** The words of a query, folded; every word must appear for a row to match. */
export function queryWords(query: string): string[] {
  const folded = foldForSearch(query);
  return folded ? folded.split(' ') : [];
}
