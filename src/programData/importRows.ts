import Papa from 'papaparse';
import type { Organization } from '../stakeholders';
import { findOrganizationByName } from '../stakeholders';
import type { Measure } from './model';
import { parseQuarter, formatQuarter } from './quarters';
import { readCell } from './values';

/**
 * Many quarters at once, from a CSV file or rows copied out of a spreadsheet (tab-separated). The
 * first row names the columns: Agency, Quarter, one column per measure (by its name), and Note.
 * Every row is read before anything is saved, and a single unreadable row stops the whole import
 * with its row number, so a file is never half imported.
 */

export interface ImportedRow {
  /** The row's number as the spreadsheet shows it (the header is row 1). */
  row: number;
  organizationId: string;
  quarter: string;
  values: Record<string, number>;
  note: string;
}

export interface RowProblem {
  row: number;
  message: string;
}

export type ImportReading = { rows: ImportedRow[]; problems: RowProblem[] };

const normalize = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

export function readImportText(
  text: string,
  measures: readonly Measure[],
  organizations: readonly Organization[],
): ImportReading {
  const delimiter = text.includes('\t') ? '\t' : ',';
  const parsed = Papa.parse<string[]>(text.trim(), { delimiter, skipEmptyLines: 'greedy' });
  const [header, ...body] = parsed.data;
  const problems: RowProblem[] = [];
  if (!header) return { rows: [], problems: [{ row: 1, message: 'There is nothing to import.' }] };

  const columns = header.map(normalize);
  const agencyColumn = columns.findIndex((c) => c === 'agency' || c === 'organization');
  const quarterColumn = columns.indexOf('quarter');
  const noteColumn = columns.indexOf('note');
  if (agencyColumn < 0 || quarterColumn < 0) {
    return {
      rows: [],
      problems: [{ row: 1, message: 'The first row must name the columns, with at least “Agency” and “Quarter”.' }],
    };
  }
  const measureColumns: Array<[number, Measure]> = [];
  columns.forEach((column, index) => {
    if (index === agencyColumn || index === quarterColumn || index === noteColumn) return;
    const measure = measures.find((m) => normalize(m.label) === column || m.id === column);
    if (measure) measureColumns.push([index, measure]);
    else if (column)
      problems.push({ row: 1, message: `The column “${header[index]?.trim()}” is not one of the measures.` });
  });

  const rows: ImportedRow[] = [];
  const seen = new Map<string, number>();
  body.forEach((cells, index) => {
    const row = index + 2;
    const agency = cells[agencyColumn]?.trim() ?? '';
    const organization = findOrganizationByName(organizations, agency);
    if (!organization) {
      problems.push({
        row,
        message: agency ? `“${agency}” is not in the list of organizations.` : 'The agency is missing.',
      });
      return;
    }
    const quarter = parseQuarter(cells[quarterColumn] ?? '');
    if (!quarter) {
      problems.push({
        row,
        message: `“${cells[quarterColumn]?.trim() ?? ''}” is not a quarter; write it like 2026-Q3.`,
      });
      return;
    }
    const key = `${organization.id} ${formatQuarter(quarter)}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      problems.push({
        row,
        message: `${organization.name} already has a row for ${formatQuarter(quarter)} (row ${earlier}).`,
      });
      return;
    }
    seen.set(key, row);
    const values: Record<string, number> = {};
    for (const [column, measure] of measureColumns) {
      const reading = readCell(cells[column] ?? '', measure);
      if (!reading.ok) problems.push({ row, message: reading.message });
      else if (reading.value !== null) values[measure.id] = reading.value;
    }
    rows.push({
      row,
      organizationId: organization.id,
      quarter: formatQuarter(quarter),
      values,
      note: noteColumn >= 0 ? (cells[noteColumn]?.trim() ?? '') : '',
    });
  });
  return { rows, problems };
}

/**
 * One row copied from a spreadsheet into the grid: its cells fill the grid's columns in order,
 * starting at the column the person pasted into.
 */
export function readPastedRow(
  text: string,
  columns: readonly Measure[],
): { values: Record<string, number | null>; problems: string[] } {
  const line = text.replace(/\r?\n$/, '').split(/\r?\n/)[0] ?? '';
  const cells = line.split('\t');
  const values: Record<string, number | null> = {};
  const problems: string[] = [];
  cells.slice(0, columns.length).forEach((cell, index) => {
    const measure = columns[index]!;
    const reading = readCell(cell, measure);
    if (reading.ok) values[measure.id] = reading.value;
    else problems.push(reading.message);
  });
  return { values, problems };
}
