/**
 * Email addresses and phone numbers found by what they are, wherever they were typed: in a field
 * named for them, in one named otherwise (`ownerName`, a guest's organization), or in the middle
 * of a note ("ring Jordan on 555 010 7788"). The share-safe copy promises no one's contact details
 * leave the coalition, and a promise kept only for fields called `email` or `phone` is not kept.
 *
 * The patterns lean towards removing: a number that only looks like a phone number (a plain
 * ten-digit reference) is removed too, which costs the reader a number; keeping a phone number
 * would cost a person their privacy. They do not take for a phone number what a coalition writes
 * every day: dates (2026-03-10, 10.03.2026), years and ranges (FY 2024-2025), statutes (394.463),
 * amounts ($1,250,000), short numbers (911, 988), ZIP+4 codes. Digits inside a web link (a video
 * call's meeting number) are left alone, since a link's digits are not a phone number and the
 * link would stop working; an email address inside a link (`mailto:`) is still removed.
 */

/** What a removed email address or phone number reads as. */
export const CONTACT_REMOVED = '[contact removed]';

const EMAIL = /[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;

// A number not glued to a letter or digit before it (nor part of a decimal: 3.5550102030), nor to a digit after it.
const BEFORE = String.raw`(?<![\p{L}\p{N}_$])(?<!\p{N}[.,])`;
const AFTER = String.raw`(?![\p{N}]|[.,]\p{N})`;
const SEP = String.raw`[ .\-]`;
const PHONE_FORMATS = [
  // International: +44 20 7946 0958, +1 (555) 010-2030.
  String.raw`\+\d{1,3}(?:${SEP}?\(?\d{1,4}\)?){2,5}`,
  // North American, with or without the leading 1: (555) 010-2030, 555.010.2030, 5550102030.
  String.raw`(?:1${SEP}?)?(?:\(\d{3}\)${SEP}?|\d{3}${SEP}?)\d{3}${SEP}?\d{4}`,
  // A national number with a leading 0: 0161 555 0100, 020 7946 0958.
  String.raw`0\d{2,4}${SEP}\d{3,4}${SEP}?\d{3,4}`,
  // A local number: 555-0100, 555.0100 (a space alone is too common between plain numbers).
  String.raw`\d{3}[.\-]\d{4}`,
];
const PHONE = new RegExp(`${BEFORE}(?:${PHONE_FORMATS.join('|')})${AFTER}`, 'gu');

const LINK = /\bhttps?:\/\/\S+/giu;

/** The text with every email address and phone number in it replaced by CONTACT_REMOVED. */
export function withoutContactDetails(text: string): string {
  // Cheap test first: most text has neither an @ nor a run of digits.
  if (!text.includes('@') && !/\d{3}/.test(text)) return text;
  const noEmail = text.replace(EMAIL, CONTACT_REMOVED);
  let out = '';
  let from = 0;
  for (const link of noEmail.matchAll(LINK)) {
    out += noEmail.slice(from, link.index).replace(PHONE, CONTACT_REMOVED) + link[0];
    from = link.index + link[0].length;
  }
  return out + noEmail.slice(from).replace(PHONE, CONTACT_REMOVED);
}
