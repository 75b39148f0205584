/**
 * Text folded for searching: lower case, accents removed, runs of space collapsed, so "jose"
 * finds "José" and "o'brien" finds "O’Brien".
 */
const PLAIN_ASCII = /^[\x20-\x7e]*$/;

export function foldForSearch(text: string): string {
  // Most text is plain ASCII: skip the Unicode decomposition, which costs more than the rest.
  if (PLAIN_ASCII.test(text)) return text.toLowerCase().replace(/\s+/g, ' ').trim();
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`´]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words of a query, folded; every word must appear for a row to match. */
export function queryWords(query: string): string[] {
  const folded = foldForSearch(query);
  return folded ? folded.split(' ') : [];
}
