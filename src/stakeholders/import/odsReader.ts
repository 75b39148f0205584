import { ImportRefused } from './refusal';
import { chooseSheet, READ_COLUMNS, READ_ROWS, trimRow, type Workbook } from './workbook';
import { readZipParts } from './zipEntries';
import { attributeOf, childrenOf, findAll, nameOf, parseXml, textOfNode, type XmlNode } from './xmlTree';

/**
 * Reads an OpenDocument spreadsheet (.ods, from LibreOffice, OpenOffice, Google Sheets' download
 * or Excel's "Save As ODS"): content.xml holds every sheet. A cell's text is read as shown
 * (its paragraphs, with runs of spaces, tabs and line breaks), so a phone number formatted in the
 * sheet keeps its look. Repeated rows and cells are how ODS writes a sheet's empty expanse (a
 * blank row repeated a million times is normal): they are expanded only up to the import's limits.
 */

const KIND = 'OpenDocument spreadsheet';

/** The text of one `<text:p>`: its runs in order, with `<text:s c="3"/>` as three spaces. */
function paragraphText(paragraph: XmlNode): string {
  let text = '';
  const stack: XmlNode[] = [...childrenOf(paragraph)].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    const own = textOfNode(node);
    if (own !== null) {
      text += own;
      continue;
    }
    const name = nameOf(node);
    if (name === 's') text += ' '.repeat(Math.min(Number(attributeOf(node, 'c') ?? 1) || 1, 1000));
    else if (name === 'tab') text += '\t';
    else if (name === 'line-break') text += '\n';
    else if (name === 'annotation')
      continue; // a comment on the cell, not its text
    else {
      const children = childrenOf(node);
      for (let i = children.length - 1; i >= 0; i -= 1) stack.push(children[i]!);
    }
  }
  return text;
}

function cellText(cell: XmlNode): string {
  return childrenOf(cell)
    .filter((child) => nameOf(child) === 'p')
    .map(paragraphText)
    .join('\n');
}

function repeat(node: XmlNode, attribute: string): number {
  const count = Number(attributeOf(node, attribute) ?? 1);
  return Number.isInteger(count) && count >= 1 ? count : 1;
}

function rowCells(row: XmlNode): string[] {
  const cells: string[] = [];
  let pendingEmpty = 0;
  for (const cell of childrenOf(row)) {
    const name = nameOf(cell);
    if (name !== 'table-cell' && name !== 'covered-table-cell') continue;
    const text = cellText(cell);
    const times = repeat(cell, 'number-columns-repeated');
    if (!text) {
      // Empty cells are only written out when something follows them.
      pendingEmpty += times;
      continue;
    }
    for (let i = 0; i < pendingEmpty + times && cells.length < READ_COLUMNS; i += 1)
      cells.push(i < pendingEmpty ? '' : text);
    pendingEmpty = 0;
    if (cells.length >= READ_COLUMNS) break;
  }
  return trimRow(cells);
}

export function readOds(bytes: Uint8Array, wantedSheet?: string): Workbook {
  const content = readZipParts(bytes, (name) => name === 'content.xml', KIND).get('content.xml');
  if (!content) {
    throw new ImportRefused(
      'This file is not an OpenDocument spreadsheet (.ods). Open it in your spreadsheet program and save it as .ods, .xlsx or CSV.',
    );
  }
  const tables = findAll(parseXml(content, KIND), 'table');
  if (tables.length === 0) throw new ImportRefused('This spreadsheet has no sheets to import.');
  const names = tables.map((t, i) => attributeOf(t, 'name') ?? `Sheet ${i + 1}`);
  const at = chooseSheet(names, wantedSheet);

  const rows: string[][] = [];
  let pendingEmpty = 0;
  // Rows may sit inside header-row and row-group elements; findAll reaches them in order.
  for (const row of findAll(childrenOf(tables[at]!), 'table-row')) {
    const cells = rowCells(row);
    const times = repeat(row, 'number-rows-repeated');
    if (cells.length === 0) {
      pendingEmpty += times;
      continue;
    }
    for (let i = 0; i < pendingEmpty + times && rows.length < READ_ROWS; i += 1)
      rows.push(i < pendingEmpty ? [] : [...cells]);
    pendingEmpty = 0;
    if (rows.length >= READ_ROWS) break;
  }
  return { sheets: names, sheet: names[at]!, rows };
}
