/**
 * A spreadsheet as the import reads it: the names of its sheets, and the cells of the one chosen,
 * as the text a person sees. Readers stop at the import's limits, so a sheet of a million rows
 * costs no more than one just over the limit (which is then refused with a plain message).
 */
export interface Workbook {
  sheets: string[];
  /** The sheet read, one of `sheets`. */
  sheet: string;
  rows: string[][];
}

/** Rows and columns read before stopping: one past the import's limits, so the limit's message can be given. */
export const READ_ROWS = 10_002;
export const READ_COLUMNS = 101;

/** Which sheet to read: the one asked for if it exists, else the first. */
export function chooseSheet(sheets: readonly string[], wanted: string | undefined): number {
  const at = wanted === undefined ? -1 : sheets.indexOf(wanted);
  return at >= 0 ? at : 0;
}

/** Drops empty cells at the end of a row (spreadsheets pad rows to the widest one). */
export function trimRow(cells: string[]): string[] {
  let end = cells.length;
  while (end > 0 && !cells[end - 1]) end -= 1;
  return end === cells.length ? cells : cells.slice(0, end);
}
