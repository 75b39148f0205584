import type { Sector } from '../../model/sector';
import type { ImportField, ImportRow } from '../importRow';
import { isNotesHeader } from './columnGuess';

/**
 * One record's cells turned into the fields of a person, before validation. Nothing read is
 * dropped: a sector word the app does not know, a second email or phone, a column chosen for
 * the notes, all land in the notes with the name of the column they came from.
 */

export interface RawRow {
  name: string;
  title: string;
  organization: string;
  sector: Sector;
  email: string;
  phone: string;
  tags: string[];
  notes: string;
  livedExperience: boolean;
}

// Google Contacts writes several values in one cell separated by " ::: " (two emails, two labels).
const GOOGLE_SEPARATOR = /\s+:::\s+/;
// Google's own labels ("* myContacts", "* starred") say nothing about the person.
const SYSTEM_LABEL = /^\*\s/;
const YES = new Set(['yes', 'y', 'true', 'x', '1', 'oui', 'si', 'sí', 'ja']);

function emptyTake(): Record<ImportField, string[]> {
  return {
    ignore: [],
    name: [],
    firstName: [],
    lastName: [],
    title: [],
    organization: [],
    sector: [],
    email: [],
    phone: [],
    tags: [],
    notes: [],
    livedExperience: [],
  };
}

export function mapCells(
  cells: readonly string[],
  mapping: readonly ImportField[],
  headers: readonly string[],
  guessSector: (text: string) => Sector | null,
): { raw: RawRow; sectorGuessed: boolean; extraCells: boolean } {
  const take = emptyTake();
  const notes: string[] = [];
  mapping.forEach((field, column) => {
    const cell = (cells[column] ?? '').trim();
    if (!cell) return;
    take[field].push(cell);
    if (field === 'notes') {
      const header = headers[column] ?? '';
      notes.push(header && !isNotesHeader(header) ? `${header}: ${cell}` : cell);
    }
  });
  const fullName = take.name.join(' ') || [take.firstName.join(' '), take.lastName.join(' ')].filter(Boolean).join(' ');
  const title = take.title.join(' ');
  const organization = take.organization.join(' ');
  const sectorText = take.sector.join(' ');
  const fromColumn = guessSector(sectorText);
  const guessed = fromColumn ? null : (guessSector(organization) ?? guessSector(title));
  const tags = [
    ...new Set(
      take.tags
        .flatMap((cell) => cell.split(/[,;|]|:::/))
        .map((t) => t.trim())
        .filter((t) => t && !SYSTEM_LABEL.test(t)),
    ),
  ];
  const [email = '', ...moreEmails] = take.email.join(' ').split(GOOGLE_SEPARATOR);
  const [phone = '', ...morePhones] = take.phone.join(' ').split(GOOGLE_SEPARATOR);
  // An unknown sector word is kept in the notes rather than lost.
  const unknownSector = sectorText && !fromColumn ? `Sector in the imported file: ${sectorText}` : '';
  return {
    raw: {
      name: fullName,
      title,
      organization,
      sector: fromColumn ?? guessed ?? 'other',
      email: email.replace(/^mailto:/i, ''),
      phone,
      tags,
      notes: [...notes, ...moreEmails.map((e) => `Email: ${e}`), ...morePhones.map((p) => `Phone: ${p}`), unknownSector]
        .filter(Boolean)
        .join('\n'),
      livedExperience: take.livedExperience.some((cell) => YES.has(cell.toLowerCase())),
    },
    sectorGuessed: !fromColumn && guessed !== null,
    extraCells: cells.length > mapping.length && cells.slice(mapping.length).some((c) => c.trim()),
  };
}

/** A row that failed validation still shows what was read, trimmed to something displayable. */
export function fallbackValues(raw: RawRow): ImportRow {
  // Invisible characters are shown as a visible mark so the person can find them in their sheet.
  const cut = (text: string, max: number) => {
    // eslint-disable-next-line no-control-regex -- finding control characters is the point here
    const visible = text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, '\ufffd');
    return visible.length > max ? `${visible.slice(0, max)}…` : visible;
  };
  return {
    name: cut(raw.name, 200),
    title: cut(raw.title, 200),
    organization: cut(raw.organization, 200),
    sector: raw.sector,
    email: cut(raw.email, 254),
    phone: cut(raw.phone, 40),
    tags: raw.tags.slice(0, 50).map((t) => cut(t, 60)),
    notes: cut(raw.notes, 500),
    livedExperience: raw.livedExperience,
  };
}
