import type { Organization } from '../model/organization';
import { stripControlCharacters } from '../../model/text';
import type { Stakeholder } from '../model/stakeholder';
import { exportableAffiliation, exportableContact, mayShowName } from '../privacy';

/**
 * Contact cards (vCard 3.0, which Outlook, Apple Contacts, Google and Thunderbird all read) for
 * people chosen on the list. A card is something shared, so the shared-audience privacy rule
 * applies: private people get no card at all, name-only people get a card without email or phone.
 */

/** Escapes a text value: backslash, comma, semicolon and line breaks (RFC 6350 §3.4, RFC 2426 §4). */
export function escapeVcardText(text: string): string {
  return stripControlCharacters(text)
    .replace(/\\/g, '\\\\')
    .replace(/,/g, '\\,')
    .replace(/;/g, '\\;')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds a content line at 75 octets, continuing with CRLF and one space. Lines are cut between
 * characters, never inside a UTF-8 sequence, so an accented name survives the fold.
 */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  // Continuation lines begin with a space, which counts towards their 75 octets.
  let limit = 75;
  for (const char of line) {
    const size = encoder.encode(char).byteLength;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** "Maria Lopez Garcia" → family "Garcia", given "Maria Lopez": a guess, but FN always carries the name as written. */
function splitName(name: string): { family: string; given: string } {
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return { family: name.trim(), given: '' };
  return { family: words.at(-1) ?? '', given: words.slice(0, -1).join(' ') };
}

export function vcardFor(person: Stakeholder, organization: Organization | undefined): string | null {
  if (!mayShowName(person, 'shared')) return null;
  const { title, organization: orgName } = exportableAffiliation(person, organization?.name ?? '', 'shared');
  const contact = exportableContact(person, 'shared');
  const { family, given } = splitName(person.name);
  const lines = [
    'BEGIN:VCARD',
    'VERSION:3.0',
    `N:${escapeVcardText(family)};${escapeVcardText(given)};;;`,
    `FN:${escapeVcardText(person.name)}`,
  ];
  if (orgName) lines.push(`ORG:${escapeVcardText(orgName)}`);
  if (title) lines.push(`TITLE:${escapeVcardText(title)}`);
  if (contact?.email) lines.push(`EMAIL;TYPE=INTERNET,WORK:${escapeVcardText(contact.email)}`);
  if (contact?.phone) lines.push(`TEL;TYPE=WORK,VOICE:${escapeVcardText(contact.phone)}`);
  lines.push('END:VCARD');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

export interface VcardExport {
  text: string;
  included: number;
  /** People left out because they asked not to be named outside the coalition. */
  leftOut: number;
}

export function vcardsFor(
  people: readonly Stakeholder[],
  organizations: ReadonlyMap<string, Organization>,
): VcardExport {
  let text = '';
  let included = 0;
  for (const person of people) {
    const card = vcardFor(person, person.organizationId ? organizations.get(person.organizationId) : undefined);
    if (!card) continue;
    text += card;
    included += 1;
  }
  return { text, included, leftOut: people.length - included };
}
