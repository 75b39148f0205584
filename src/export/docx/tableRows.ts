import { cleanForWord } from './cleanText';
import { STYLE } from './styles';

/**
 * A data table's body rows, written as WordprocessingML text.
 *
 * Why not docx's TableRow and TableCell: the docx library turns every element into an object,
 * then into a second tree of objects, then into text, and a ten-year roster has 36,000 cells of
 * eight elements each. Measured on the statewide benchmark, the roster took 7.6 s that way and
 * still 3.9 s with every cell as lean as docx can make it (styles declared once, padding on the
 * table); docx's own XML writer and zip alone took 1.5 s for it. Rows are the only repetitive part
 * of a table, so they alone are written here: docx still builds the table itself (its properties,
 * grid and repeating header row), and renderDocx puts these rows in place of a marker row.
 *
 * The markup is the same docx wrote for the lean rows: a width per cell (Word sizes a cell without
 * one to its content, whatever the grid says), the style's name on each paragraph, and a run only
 * where there is text.
 */
export type CellValue = string | { text: string; detail?: string; bold?: boolean };
/** A row of cells, or a group heading that spans the table. */
export type TableRowSpec = CellValue[] | { group: string };

export interface RowLayout {
  /** Each column's width in DXA, as on the table's grid. */
  widths: number[];
  /** Each column's alignment; left (the style's) when not given. */
  alignments: ('left' | 'right' | 'center' | undefined)[];
}

/** Cell padding, in DXA, set once on the table (see dataTable). */
export const CELL_MARGINS = { top: 60, bottom: 60, left: 100, right: 100 };
/** A group row's own padding: more room above its title than below it. */
const GROUP_MARGINS = { ...CELL_MARGINS, top: 80, bottom: 40 };

export function tableRowsXml(rows: readonly TableRowSpec[], layout: RowLayout): string {
  const cellStart = layout.widths.map((w) => `<w:tc><w:tcPr><w:tcW w:w="${w}" w:type="dxa"/></w:tcPr>`);
  const pStart = layout.alignments.map((align) => paragraphStart(STYLE.cell, align));
  const total = layout.widths.reduce((a, b) => a + b, 0);
  const groupStart =
    `<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:w="${total}" w:type="dxa"/>` +
    `<w:gridSpan w:val="${layout.widths.length}"/><w:tcMar>${margin('top', GROUP_MARGINS.top)}${margin('left', GROUP_MARGINS.left)}` +
    `${margin('bottom', GROUP_MARGINS.bottom)}${margin('right', GROUP_MARGINS.right)}</w:tcMar></w:tcPr>${paragraphStart(STYLE.group)}`;
  const detailStart = paragraphStart(STYLE.detail);

  const out: string[] = [];
  for (const row of rows) {
    if (!Array.isArray(row)) {
      out.push(groupStart, runXml(row.group, false), '</w:p></w:tc></w:tr>');
      continue;
    }
    out.push('<w:tr><w:trPr><w:cantSplit/></w:trPr>');
    for (let i = 0; i < cellStart.length; i += 1) {
      const value = row[i] ?? '';
      const text = typeof value === 'string' ? value : value.text;
      out.push(cellStart[i]!, pStart[i]!, runXml(text, typeof value !== 'string' && value.bold === true), '</w:p>');
      if (typeof value !== 'string' && value.detail) out.push(detailStart, runXml(value.detail, false), '</w:p>');
      out.push('</w:tc>');
    }
    out.push('</w:tr>');
  }
  return out.join('');
}

function paragraphStart(style: string, align?: 'left' | 'right' | 'center'): string {
  const jc = align === 'right' || align === 'center' ? `<w:jc w:val="${align}"/>` : '';
  return `<w:p><w:pPr><w:pStyle w:val="${style}"/>${jc}</w:pPr>`;
}

function margin(side: string, dxa: number): string {
  return `<w:${side} w:w="${dxa}" w:type="dxa"/>`;
}

/** One run for the text, its lines separated by breaks; nothing for an empty cell. */
function runXml(text: string, bold: boolean): string {
  const clean = cleanForWord(text);
  if (clean === '') return '';
  const lines = clean.split(/\r\n|\r|\n/).map((line) => `<w:t xml:space="preserve">${escapeXml(line)}</w:t>`);
  return `<w:r>${bold ? '<w:rPr><w:b/><w:bCs/></w:rPr>' : ''}${lines.join('<w:br/>')}</w:r>`;
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

function escapeXml(text: string): string {
  return text.replace(/[&<>]/g, (c) => ENTITIES[c]!);
}
