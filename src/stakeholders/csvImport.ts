import Papa from 'papaparse';
import type { Sector } from '../model/sector';
import type { WorkspaceDocument } from '../model/workspace';
import { DuplicateIndex, type DuplicateMatch } from './duplicates';
import { IMPORT_FIELD_LABELS, ImportField, ImportRow, MAX_CSV_BYTES, MAX_IMPORT_ROWS } from './importRow';
import { foldForSearch } from './searchText';
import { guessSector } from './sectorGuess';

export { IMPORT_FIELD_LABELS, ImportField, MAX_CSV_BYTES };

/**
 * Reading a spreadsheet of people into import rows. The file comes from anywhere (a sign-in
 * sheet, an agency's export, a European Excel that writes semicolons), so it is treated as
 * hostile: size, row and column limits with plain messages; every cell read as text (papaparse's
 * dynamicTyping would turn 0161 555 0100 into a number and drop the zero); nothing saved here.
 */

export const MAX_COLUMNS = 100;

/** Fields that may come from more than one column (their cells are joined). */
const MULTI_COLUMN: ReadonlySet<ImportField> = new Set(['ignore', 'tags', 'notes']);

export class CsvRefused extends Error {}

export interface CsvTable {
  headers: string[];
  /** Data records, header excluded; `row` is the spreadsheet row number (the header is row 1). */
  records: Array<{ row: number; cells: string[] }>;
  delimiter: string;
}

/** Parses CSV text into a header and records, or refuses the file with a reason a person can act on. */
export function readCsv(text: string): CsvTable {
  if (new TextEncoder().encode(text).byteLength > MAX_CSV_BYTES) {
    throw new CsvRefused(
      `This file is larger than ${MAX_CSV_BYTES / 1024 / 1024} MB. Split it into smaller files and import them one at a time.`,
    );
  }
  // A spreadsheet saved "as CSV UTF-8" starts with a byte-order mark that would stick to the first header.
  const body = text.replace(/^\uFEFF/, '');
  if (body.includes('\u0000')) {
    throw new CsvRefused(
      'This does not look like a CSV file: it contains binary data. In your spreadsheet, choose Save As › CSV and import that file.',
    );
  }
  if (!body.trim()) throw new CsvRefused('This file is empty.');

  const parsed = Papa.parse<string[]>(body, {
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
    delimitersToGuess: [',', ';', '\t', '|'],
  });
  const data = parsed.data;
  const headerCells = data[0] ?? [];
  if (headerCells.length > MAX_COLUMNS) {
    throw new CsvRefused(
      `This file has ${headerCells.length} columns; at most ${MAX_COLUMNS} can be imported. Remove the columns you do not need.`,
    );
  }
  const headers = headerCells.map((cell, index) => cell.trim() || `Column ${index + 1}`);
  const records: CsvTable['records'] = [];
  for (let index = 1; index < data.length; index += 1) {
    const cells = data[index] ?? [];
    if (cells.every((cell) => !cell.trim())) continue;
    records.push({ row: index + 1, cells });
    if (records.length > MAX_IMPORT_ROWS) {
      throw new CsvRefused(
        `This file has more than ${MAX_IMPORT_ROWS.toLocaleString('en-US')} people. Split it into smaller files and import them one at a time.`,
      );
    }
  }
  if (headers.length === 0) throw new CsvRefused('This file has no header row naming its columns.');
  return { headers, records, delimiter: parsed.meta.delimiter };
}

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
];

function headerKey(header: string): string {
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

/** Problems with a mapping as a whole: no name column, or one field chosen for two columns. */
export function mappingProblems(mapping: readonly ImportField[], headers: readonly string[]): string[] {
  const problems: string[] = [];
  const has = (field: ImportField) => mapping.includes(field);
  if (!has('name') && !has('firstName') && !has('lastName')) {
    problems.push('Choose the column that holds each person’s name (a full name, or first and last name).');
  }
  const seen = new Map<ImportField, number>();
  mapping.forEach((field, index) => {
    if (MULTI_COLUMN.has(field)) return;
    const earlier = seen.get(field);
    if (earlier !== undefined) {
      problems.push(
        `“${IMPORT_FIELD_LABELS[field]}” is chosen for both “${headers[earlier]}” and “${headers[index]}”. Choose it for one column only.`,
      );
    } else seen.set(field, index);
  });
  return problems;
}

export interface PreviewRow {
  /** The spreadsheet row number (the header is row 1). */
  row: number;
  /** What will be imported, as far as it could be read. */
  values: ImportRow;
  /** Messages by field for a row that cannot be imported as it is. */
  errors: Record<string, string>;
  /** True when the sector was read from the title or organization rather than a sector column. */
  sectorGuessed: boolean;
  duplicate: DuplicateMatch | null;
}

export interface CsvPreview {
  headers: string[];
  delimiter: string;
  mapping: ImportField[];
  /** Problems with the mapping; while any remain, nothing can be imported. */
  problems: string[];
  /** The first few records as read, to help choose the mapping. */
  sample: string[][];
  rows: PreviewRow[];
  totals: { rows: number; ready: number; withErrors: number; duplicates: number };
}

/** Reads a CSV and checks every row against the workspace: what would be imported, what is wrong, what is already there. */
export function previewCsv(
  text: string,
  doc: Pick<WorkspaceDocument, 'stakeholders' | 'organizations'>,
  mapping?: readonly ImportField[],
): CsvPreview {
  const table = readCsv(text);
  const chosen = mapping && mapping.length === table.headers.length ? [...mapping] : guessMapping(table.headers);
  const problems = mappingProblems(chosen, table.headers);
  const rows = problems.length ? [] : mapRecords(table, chosen, doc);
  const withErrors = rows.filter((r) => Object.keys(r.errors).length > 0).length;
  const duplicates = rows.filter((r) => r.duplicate).length;
  return {
    headers: table.headers,
    delimiter: table.delimiter,
    mapping: chosen,
    problems,
    sample: table.records.slice(0, 5).map((r) => r.cells),
    rows,
    totals: { rows: table.records.length, ready: rows.length - withErrors, withErrors, duplicates },
  };
}

/** Applies a mapping to every record and validates the result, finding duplicates as it goes. */
export function mapRecords(
  table: CsvTable,
  mapping: readonly ImportField[],
  doc: Pick<WorkspaceDocument, 'stakeholders' | 'organizations'>,
): PreviewRow[] {
  const index = DuplicateIndex.forWorkspace(doc.stakeholders, doc.organizations);
  // Agency names and titles repeat down a sheet: read each one's sector once.
  const sectors = new Map<string, Sector | null>();
  const sectorOfText = (text: string) => {
    let found = sectors.get(text);
    if (found === undefined) {
      found = guessSector(text);
      sectors.set(text, found);
    }
    return found;
  };
  return table.records.map(({ row, cells }) => {
    const { raw, sectorGuessed, extraCells } = mapCells(cells, mapping, sectorOfText);
    const parsed = ImportRow.safeParse(raw);
    const errors: Record<string, string> = {};
    if (extraCells)
      errors._ = `This row has ${cells.length} cells but the header names ${mapping.length} columns; a comma or semicolon may be missing quotes.`;
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0] ?? '_');
        errors[key] ??= issue.message;
      }
    }
    const values: ImportRow = parsed.success ? parsed.data : fallbackValues(raw);
    let duplicate: DuplicateMatch | null = null;
    if (Object.keys(errors).length === 0) {
      const keys = { name: values.name, email: values.email, organizationName: values.organization };
      duplicate = index.match(keys);
      if (!duplicate) index.remember(keys, { kind: 'earlier-row', row, name: values.name });
    }
    return { row, values, errors, sectorGuessed, duplicate };
  });
}

interface RawRow {
  name: string;
  title: string;
  organization: string;
  sector: Sector;
  email: string;
  phone: string;
  tags: string[];
  notes: string;
}

function mapCells(
  cells: readonly string[],
  mapping: readonly ImportField[],
  guessSector: (text: string) => Sector | null,
): { raw: RawRow; sectorGuessed: boolean; extraCells: boolean } {
  const take: Record<ImportField, string[]> = {
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
  };
  mapping.forEach((field, column) => {
    const cell = (cells[column] ?? '').trim();
    if (cell) take[field].push(cell);
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
        .flatMap((cell) => cell.split(/[,;|]/))
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  ];
  const notes = take.notes.join('\n');
  // An unknown sector word is kept in the notes rather than lost.
  const unknownSector = sectorText && !fromColumn ? `Sector in the imported file: ${sectorText}` : '';
  return {
    raw: {
      name: fullName,
      title,
      organization,
      sector: fromColumn ?? guessed ?? 'other',
      email: take.email.join(' ').replace(/^mailto:/i, ''),
      phone: take.phone.join(' '),
      tags,
      notes: [notes, unknownSector].filter(Boolean).join('\n'),
    },
    sectorGuessed: !fromColumn && guessed !== null,
    extraCells: cells.length > mapping.length && cells.slice(mapping.length).some((c) => c.trim()),
  };
}

/** A row that failed validation still shows what was read, trimmed to something displayable. */
function fallbackValues(raw: RawRow): ImportRow {
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
  };
}
