import type { IParagraphStyleOptions } from 'docx';
import { THEME } from './theme';

/**
 * Paragraph styles declared once in the document's styles part and named by every paragraph that
 * uses them. A table cell then carries only its style's name, not its own size, weight and colour:
 * a ten-year roster has tens of thousands of cells, and writing the same run properties into each
 * made the file four times larger and the export several seconds slower. A reader who changes the
 * style in Word also changes every cell at once.
 *
 * The names are our own ("Data table …"), not LibreOffice's built-in "Table Contents" and "Table
 * Heading": LibreOffice would merge a same-named style with its own (centred, bold) settings.
 */
export const STYLE = {
  /** A data table's body text. */
  cell: 'DataTableText',
  /** A data table's header row. */
  header: 'DataTableHeader',
  /** A smaller, muted line beneath a cell's text (an agenda item's note). */
  detail: 'DataTableDetail',
  /** A group row's title, spanning the table. */
  group: 'DataTableGroup',
} as const;

export const PARAGRAPH_STYLES: IParagraphStyleOptions[] = [
  {
    id: STYLE.cell,
    name: 'Data table text',
    basedOn: 'Normal',
    run: { size: THEME.size.small + 2 },
  },
  {
    id: STYLE.header,
    name: 'Data table header',
    basedOn: STYLE.cell,
    run: { size: THEME.size.small, bold: true, color: THEME.accent },
  },
  {
    id: STYLE.detail,
    name: 'Data table detail',
    basedOn: STYLE.cell,
    run: { size: THEME.size.small, color: THEME.muted },
    paragraph: { spacing: { before: 20 } },
  },
  {
    id: STYLE.group,
    name: 'Data table group',
    basedOn: STYLE.cell,
    run: { bold: true, color: THEME.accent },
    // A group's title never ends a page without the rows it introduces.
    paragraph: { keepNext: true },
  },
];
