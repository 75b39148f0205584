import Papa from 'papaparse';
import type { Sector } from '../model/sector';
import type { WorkspaceDocument } from '../workspace/document';
import { DuplicateIndex, type DuplicateMatch } from './duplicates';
import { guessMapping, MULTI_COLUMN } from './import/columnGuess';
import { ImportRefused } from './import/refusal';
import { fallbackValues, mapCells } from './import/rowCells';
import type { ImportSource } from './import/source';
import {
  IMPORT_FIELD_LABELS,
  ImportField,
  ImportOrganizationRow,
  ImportRow,
  MAX_CSV_BYTES,
  MAX_IMPORT_ROWS,
} from './importRow';
import { guessSector } from './sectorGuess';

export { guessMapping, IMPORT_FIELD_LABELS, ImportField, MAX_CSV_BYTES };

/**
 * Reading a spreadsheet of people into import rows. The file comes from anywhere (a sign-in
 * sheet, an agency's export, a European Excel that writes semicolons), so it is treated as
 * hostile: size, row and column limits with plain messages; every cell read as text (papaparse's
 * dynamicTyping would turn 0161 555 0100 into a number and drop the zero); nothing saved here.
 */

export const MAX_COLUMNS = 100;

/** The refusal of a file the import cannot read (any format); kept under its first name for callers. */
export { ImportRefused as CsvRefused };

export interface CsvTable {
  headers: string[];
  /** Data records, header excluded; `row` is the spreadsheet row number (the header is row 1). */
  records: Array<{ row: number; cells: string[] }>;
  delimiter: string;
}

/** Parses CSV text into a header and records, or refuses the file with a reason a person can act on. */
export function readCsv(text: string): CsvTable {
  if (new TextEncoder().encode(text).byteLength > MAX_CSV_BYTES) {
    throw new ImportRefused(
      `This file is larger than ${MAX_CSV_BYTES / 1024 / 1024} MB. Split it into smaller files and import them one at a time.`,
    );
  }
  // A spreadsheet saved "as CSV UTF-8" starts with a byte-order mark that would stick to the first header.
  const body = text.replace(/^\uFEFF/, '');
  if (body.includes('\u0000')) {
    throw new ImportRefused(
      'This does not look like a CSV file: it contains binary data. In your spreadsheet, choose Save As › CSV and import that file.',
    );
  }
  if (!body.trim()) throw new ImportRefused('This file is empty.');

  const parsed = Papa.parse<string[]>(body, {
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
    delimitersToGuess: [',', ';', '\t', '|'],
  });
  return tableOfRows(parsed.data, parsed.meta.delimiter);
}

/** The header and records of rows read from any format, within the import's limits. */
export function tableOfRows(data: readonly string[][], delimiter: string): CsvTable {
  const headerCells = data[0] ?? [];
  if (headerCells.length > MAX_COLUMNS) {
    throw new ImportRefused(
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
      throw new ImportRefused(
        `This file has more than ${MAX_IMPORT_ROWS.toLocaleString('en-US')} people. Split it into smaller files and import them one at a time.`,
      );
    }
  }
  if (headers.length === 0) throw new ImportRefused('This file has no header row naming its columns.');
  return { headers, records, delimiter };
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
  /**
   * A row with an agency and how to reach it but no person's name: it cannot be a person (its
   * errors say "Name is required."), and the preview offers to add it as this organization.
   */
  asOrganization: ImportOrganizationRow | null;
  /** True when some of the row's text could not be read in the file's encoding (shown as �). */
  unreadable: boolean;
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
  /** Rows that can be added as organizations instead of people (see PreviewRow.asOrganization). */
  organizationRows: number;
  /** What the file is and how it was read: format, encoding, sheets, a recognised contact export. */
  source: ImportSource;
}

type Doc = Pick<WorkspaceDocument, 'stakeholders' | 'organizations'>;

/** Reads a CSV and checks every row against the workspace: what would be imported, what is wrong, what is already there. */
export function previewCsv(text: string, doc: Doc, mapping?: readonly ImportField[]): CsvPreview {
  const source: ImportSource = {
    format: 'csv',
    encoding: null,
    detectedEncoding: null,
    unreadable: countUnreadable(text),
    sheets: [],
    sheet: null,
    recognised: null,
  };
  return previewTable(readCsv(text), doc, { mapping, source });
}

function countUnreadable(text: string): number {
  return text.split('\ufffd').length - 1;
}

/**
 * The preview of a table read from any format. The mapping is the one chosen if it fits the
 * columns, else the one a recognised export or a contact-card file implies, else a guess from
 * the headers.
 */
export function previewTable(
  table: CsvTable,
  doc: Doc,
  options: {
    mapping?: readonly ImportField[] | undefined;
    implied?: readonly ImportField[] | null;
    source: ImportSource;
  },
): CsvPreview {
  const fits = (m: readonly ImportField[] | null | undefined): m is readonly ImportField[] =>
    !!m && m.length === table.headers.length;
  const chosen = fits(options.mapping)
    ? [...options.mapping]
    : fits(options.implied)
      ? [...options.implied]
      : guessMapping(table.headers);
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
    organizationRows: rows.filter((r) => r.asOrganization).length,
    source: options.source,
  };
}

/** Applies a mapping to every record and validates the result, finding duplicates as it goes. */
export function mapRecords(table: CsvTable, mapping: readonly ImportField[], doc: Doc): PreviewRow[] {
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
    const { raw, sectorGuessed, extraCells } = mapCells(cells, mapping, table.headers, sectorOfText);
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
    const asOrganization = Object.keys(errors).length && !extraCells ? organizationOf(values) : null;
    const unreadable = cells.some((cell) => cell.includes('\ufffd'));
    return { row, values, errors, sectorGuessed, duplicate, asOrganization, unreadable };
  });
}

/** The organization a nameless row describes, when it names one and says how to reach it. */
function organizationOf(values: ImportRow): ImportOrganizationRow | null {
  if (values.name.trim() || !values.organization || !(values.email || values.phone)) return null;
  const parsed = ImportOrganizationRow.safeParse({
    organization: values.organization,
    sector: values.sector,
    contact: values.title,
    email: values.email,
    phone: values.phone,
    notes: values.notes,
  });
  return parsed.success ? parsed.data : null;
}
