import { ImportRefused } from './refusal';
import { chooseSheet, READ_COLUMNS, READ_ROWS, trimRow, type Workbook } from './workbook';
import { readZipParts } from './zipEntries';
import { allText, attributeOf, childrenNamed, findAll, parseXml, type XmlNode } from './xmlTree';

/**
 * Reads an Excel workbook (.xlsx, Office Open XML): the sheet list from xl/workbook.xml and its
 * relationships, the shared strings, then the chosen sheet's cells. Values are the text stored:
 * a phone number typed as a number has already lost its leading zero in Excel, and a date shows
 * as Excel's day number (a coalition's contact list rarely holds dates; CSV keeps them as shown).
 */

const KIND = 'Excel workbook';

function only(nodes: XmlNode[], name: string): XmlNode | undefined {
  return findAll(nodes, name)[0];
}

/** "xl/worksheets/sheet1.xml" from a relationship target, which may be relative to xl/ or absolute. */
function partPath(target: string): string {
  return target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
}

/** Column index from a cell reference: "A1" → 0, "AB12" → 27. */
function columnOf(reference: string | undefined): number | null {
  const letters = /^([A-Z]+)\d*$/i.exec(reference ?? '')?.[1];
  if (!letters) return null;
  let column = 0;
  for (const letter of letters.toUpperCase()) column = column * 26 + (letter.charCodeAt(0) - 64);
  return column - 1;
}

// Phonetic guides (East Asian readings) are stored beside the text; they are not part of it.
const NOT_TEXT = new Set(['rPh', 'phoneticPr']);

function cellText(cell: XmlNode, shared: readonly string[]): string {
  const type = attributeOf(cell, 't') ?? 'n';
  if (type === 'inlineStr')
    return childrenNamed(cell, 'is')
      .map((n) => allText(n, NOT_TEXT))
      .join('');
  const value = childrenNamed(cell, 'v')
    .map((n) => allText(n))
    .join('');
  if (type === 's') return shared[Number(value)] ?? '';
  if (type === 'b') return value === '1' ? 'TRUE' : 'FALSE';
  return value;
}

export function readXlsx(bytes: Uint8Array, wantedSheet?: string): Workbook {
  const base = readZipParts(
    bytes,
    (name) => name === 'xl/workbook.xml' || name === 'xl/_rels/workbook.xml.rels' || name === 'xl/sharedStrings.xml',
    KIND,
  );
  const workbookPart = base.get('xl/workbook.xml');
  const relsPart = base.get('xl/_rels/workbook.xml.rels');
  if (!workbookPart || !relsPart) {
    throw new ImportRefused(
      'This file is not an Excel workbook (.xlsx). If it came from an older Excel (.xls), open it and save it as .xlsx or CSV.',
    );
  }
  const targets = new Map(
    findAll(parseXml(relsPart, KIND), 'Relationship').map((r) => [attributeOf(r, 'Id'), attributeOf(r, 'Target')]),
  );
  const sheetsElement = only(parseXml(workbookPart, KIND), 'sheets');
  const all = sheetsElement ? childrenNamed(sheetsElement, 'sheet') : [];
  // Hidden sheets hold a program's lookups, not the list a person means; shown only if nothing else is there.
  const visible = all.filter((s) => !(attributeOf(s, 'state') ?? '').includes('hidden'));
  const entries = (visible.length ? visible : all).map((s) => ({
    name: attributeOf(s, 'name') ?? 'Sheet',
    target: targets.get(attributeOf(s, 'id')),
  }));
  if (entries.length === 0) throw new ImportRefused('This workbook has no sheets to import.');
  const chosen =
    entries[
      chooseSheet(
        entries.map((e) => e.name),
        wantedSheet,
      )
    ]!;

  const sharedPart = base.get('xl/sharedStrings.xml');
  const shared = sharedPart ? findAll(parseXml(sharedPart, KIND), 'si').map((si) => allText(si, NOT_TEXT)) : [];
  const path = chosen.target ? partPath(chosen.target) : '';
  const sheetPart = path ? readZipParts(bytes, (name) => name === path, KIND).get(path) : undefined;
  if (!sheetPart) throw new ImportRefused(`The sheet “${chosen.name}” could not be found in this workbook.`);

  const rows: string[][] = [];
  for (const row of findAll(parseXml(sheetPart, KIND), 'row')) {
    // Rows and cells carry their own positions; a writer may leave out empty ones.
    const number = Number(attributeOf(row, 'r') ?? rows.length + 1);
    const at = Number.isInteger(number) && number >= 1 ? number - 1 : rows.length;
    if (at >= READ_ROWS) break;
    const cells: string[] = [];
    for (const cell of childrenNamed(row, 'c')) {
      const column = columnOf(attributeOf(cell, 'r')) ?? cells.length;
      if (column >= READ_COLUMNS) break;
      while (cells.length < column) cells.push('');
      cells[column] = cellText(cell, shared);
    }
    while (rows.length < at) rows.push([]);
    rows[at] = trimRow(cells);
  }
  return { sheets: entries.map((e) => e.name), sheet: chosen.name, rows };
}
