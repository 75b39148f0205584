import type { ImportField } from '../importRow';
import { ImportRefused } from './refusal';
import { READ_ROWS } from './workbook';

/**
 * Reads contact cards (.vcf: one card or many, vCard 2.1, 3.0 and 4.0, as Outlook, Apple
 * Contacts, Google and phones write them) into rows with fixed columns, so the import's mapping
 * is filled in. Handles folded lines, quoted-printable values (vCard 2.1, still written by
 * Outlook and Android) with their charset, and escaped commas, semicolons and line breaks.
 * Values other than these columns (addresses, photos, birthdays) are not imported.
 */

export const VCARD_HEADERS = [
  'Full name',
  'Title',
  'Organization',
  'Email',
  'Phone',
  'Categories',
  'Note',
  'More contact details',
];
export const VCARD_MAPPING: ImportField[] = [
  'name',
  'title',
  'organization',
  'email',
  'phone',
  'tags',
  'notes',
  'notes',
];

interface Property {
  name: string;
  params: Map<string, string[]>;
  value: string;
}

function parseParams(text: string): { name: string; params: Map<string, string[]> } {
  const [rawName = '', ...rest] = text.split(';');
  const params = new Map<string, string[]>();
  for (const part of rest) {
    const eq = part.indexOf('=');
    // vCard 2.1 allows a bare parameter value: "TEL;WORK;VOICE:" and "NOTE;QUOTED-PRINTABLE:".
    const pname = (
      eq === -1 ? (part.toUpperCase() === 'QUOTED-PRINTABLE' ? 'ENCODING' : 'TYPE') : part.slice(0, eq)
    ).toUpperCase();
    const pvalue = eq === -1 ? part : part.slice(eq + 1);
    const values = pvalue
      .replace(/^"|"$/g, '')
      .split(',')
      .map((v) => v.trim().toLowerCase());
    params.set(pname, [...(params.get(pname) ?? []), ...values]);
  }
  // A group prefix ("item1.EMAIL", Apple's way of labelling) is not part of the name.
  return { name: rawName.replace(/^.*\./, '').toUpperCase(), params };
}

function decodeQuotedPrintable(value: string, charset: string): string {
  const bytes: number[] = [];
  const encoder = new TextEncoder();
  for (let i = 0; i < value.length; i += 1) {
    const hex = value.slice(i + 1, i + 3);
    if (value[i] === '=' && /^[0-9a-f]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else bytes.push(...encoder.encode(value[i]!));
  }
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(charset || 'utf-8');
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  return decoder.decode(new Uint8Array(bytes));
}

/** Splits at unescaped separators and removes the escapes (RFC 6350 §3.4). */
function splitEscaped(value: string, separator: ';' | ','): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < value.length; i += 1) {
    const char = value[i]!;
    if (char === '\\' && i + 1 < value.length) {
      const next = value[i + 1]!;
      current += next === 'n' || next === 'N' ? '\n' : next;
      i += 1;
    } else if (char === separator) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts;
}

/** The content lines of the file, unfolded: a line starting with a space or tab continues the one before. */
function contentLines(text: string): string[] {
  const physical = text.replace(/\r\n?/g, '\n').split('\n');
  const lines: string[] = [];
  for (const line of physical) {
    const previous = lines.at(-1);
    if ((line.startsWith(' ') || line.startsWith('\t')) && previous !== undefined) {
      lines[lines.length - 1] = previous + line.slice(1);
    } else if (
      previous !== undefined &&
      /QUOTED-PRINTABLE/i.test(previous.split(':')[0] ?? '') &&
      previous.endsWith('=')
    ) {
      // A quoted-printable soft line break: "=" at the end of a line joins it to the next.
      lines[lines.length - 1] = previous.slice(0, -1) + line;
    } else lines.push(line);
  }
  return lines;
}

function parseLine(line: string): Property | null {
  const colon = line.indexOf(':');
  if (colon <= 0) return null;
  const { name, params } = parseParams(line.slice(0, colon));
  let value = line.slice(colon + 1);
  if ((params.get('ENCODING') ?? []).includes('quoted-printable')) {
    value = decodeQuotedPrintable(value, params.get('CHARSET')?.[0] ?? 'utf-8');
  }
  return { name, params, value };
}

/** One card as a row in the order of VCARD_HEADERS. */
function cardRow(props: readonly Property[]): string[] {
  const all = (name: string) => props.filter((p) => p.name === name);
  const text = (p: Property | undefined) => (p ? splitEscaped(p.value, ',').join(',') : '');
  const [family = '', given = '', additional = '', prefix = '', suffix = ''] = splitEscaped(
    all('N')[0]?.value ?? '',
    ';',
  );
  const formatted = text(all('FN')[0]).trim();
  const name =
    formatted ||
    [prefix, given, additional, family, suffix]
      .map((s) => s.trim())
      .filter(Boolean)
      .join(' ');
  const organization = splitEscaped(all('ORG')[0]?.value ?? '', ';')
    .map((s) => s.trim())
    .filter(Boolean);
  // Preferred values first (PREF=1 in 4.0, TYPE=pref in 3.0), then a work one, then the order written.
  const ranked = (list: Property[]) =>
    [...list]
      .sort((a, b) => rank(a) - rank(b))
      .map((p) => splitEscaped(p.value, ';').join(' ').trim())
      .filter(Boolean);
  const emails = ranked(all('EMAIL')).map((e) => e.replace(/^mailto:/i, ''));
  const phones = ranked(all('TEL')).map((t) => t.replace(/^tel:/i, ''));
  const more = [
    ...emails.slice(1).map((e) => `Email: ${e}`),
    ...phones.slice(1).map((t) => `Phone: ${t}`),
    ...organization.slice(1).map((unit) => `Department: ${unit}`),
  ];
  return [
    name,
    text(all('TITLE')[0]) || text(all('ROLE')[0]),
    organization[0] ?? '',
    emails[0] ?? '',
    phones[0] ?? '',
    all('CATEGORIES')
      .map((p) => splitEscaped(p.value, ',').join(','))
      .join(','),
    all('NOTE')
      .map((p) => splitEscaped(p.value, ',').join(','))
      .join('\n'),
    more.join('\n'),
  ];
}

function rank(p: Property): number {
  const types = p.params.get('TYPE') ?? [];
  if (types.includes('pref') || (p.params.get('PREF') ?? []).includes('1')) return 0;
  if (types.includes('work')) return 1;
  return 2;
}

export function looksLikeVcard(text: string): boolean {
  return /^\s*BEGIN:VCARD\s*$/im.test(text.slice(0, 2000));
}

/** Every card in the text, each as one row; refuses text that holds no card. */
export function readVcards(text: string): string[][] {
  const rows: string[][] = [];
  let card: Property[] | null = null;
  for (const line of contentLines(text)) {
    const property = parseLine(line);
    if (!property) continue;
    if (property.name === 'BEGIN' && property.value.trim().toUpperCase() === 'VCARD') card = [];
    else if (property.name === 'END' && property.value.trim().toUpperCase() === 'VCARD') {
      if (card) rows.push(cardRow(card));
      card = null;
      if (rows.length >= READ_ROWS) break;
    } else if (card && card.length < 1000) card.push(property);
  }
  if (rows.length === 0) throw new ImportRefused('This file holds no contact cards (it has no BEGIN:VCARD).');
  return rows;
}
