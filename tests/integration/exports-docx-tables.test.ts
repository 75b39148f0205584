import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { bullet, dataTable, heading, paragraph, type Column, type TableRowSpec } from '../../src/export/docx/blocks';
import { renderDocx } from '../../src/export/docx/document';
import { STYLE } from '../../src/export/docx/styles';
import { readDocx } from '../support/docx';
import { convertWithLibreOffice, hasLibreOffice } from '../support/libreoffice';

/**
 * Data tables are lean so a ten-year roster exports in well under two seconds: their text styles
 * are declared once in the styles part and named by each cell, their padding is set on the table,
 * and their body rows are written as text and put in place after docx has packed the document
 * (src/export/docx/tableRows.ts). This reads such a document back and checks what a reader relies
 * on: the styles, the repeating header, rows that do not split, group rows, escaped text, and that
 * Word's parts still agree with each other.
 */
const COLUMNS: Column[] = [
  { header: 'Name', weight: 2 },
  { header: 'Notes', weight: 3 },
  { header: 'Count', weight: 1, align: 'right' },
];
const ROWS: TableRowSpec[] = [
  { group: 'Law enforcement & courts' },
  ['Ada <Lovelace>', 'First line\nSecond line', '3'],
  [{ text: 'Opening', bold: true, detail: 'A note beneath' }, '', '12'],
  { group: 'Mental health' },
  ['Grace Hopper', `Bell\u0007 and & ampersand`, '0'],
];

let files: JSZip;
let documentXml: string;
let bytes: Buffer;

beforeAll(async () => {
  bytes = await renderDocx({
    title: 'Tables',
    coalitionName: 'Coalition',
    body: [
      heading('Partners'),
      bullet('A bullet, so the numbering part is used too'),
      dataTable(COLUMNS, ROWS),
      paragraph('After the table'),
      dataTable(COLUMNS, []),
    ],
  });
  files = await JSZip.loadAsync(bytes);
  documentXml = await files.file('word/document.xml')!.async('string');
});

const tables = () => [...documentXml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
const count = (text: string, pattern: RegExp) => (text.match(pattern) ?? []).length;

describe('a data table in a Word export', () => {
  it('declares its text styles once, and its cells name them instead of carrying their own size, colour and padding', async () => {
    const styles = await files.file('word/styles.xml')!.async('string');
    for (const id of Object.values(STYLE)) expect(count(styles, new RegExp(`w:styleId="${id}"`, 'g')), id).toBe(1);

    const [table] = tables();
    expect(count(table!, /<w:pStyle w:val="DataTableHeader"\/>/g)).toBe(COLUMNS.length);
    // Three rows of three cells (one with a detail line beneath it) and two group titles.
    expect(count(table!, /<w:pStyle w:val="DataTableText"\/>/g)).toBe(9);
    expect(count(table!, /<w:pStyle w:val="DataTableDetail"\/>/g)).toBe(1);
    expect(count(table!, /<w:pStyle w:val="DataTableGroup"\/>/g)).toBe(2);
    expect(table).not.toMatch(/<w:sz |<w:color |<w:rFonts /);
    // Padding once on the table; a group row alone has its own (more room above its title).
    expect(count(table!, /<w:tblCellMar>/g)).toBe(1);
    expect(count(table!, /<w:tcMar>/g)).toBe(2);
    // The right-aligned column says so on its cells, header included; the others take the style's left.
    expect(count(table!, /<w:jc w:val="right"\/>/g)).toBe(4);
  });

  it('sizes the table and every cell in DXA, on the grid', () => {
    const [table] = tables();
    const grid = [...table!.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid).toHaveLength(COLUMNS.length);
    const width = Number(/<w:tblW w:type="dxa" w:w="(\d+)"\/>/.exec(table!)?.[1]);
    expect(grid.reduce((a, b) => a + b, 0)).toBe(width);
    const cellWidths = [...table!.matchAll(/<w:tcW (?:w:type="dxa" w:w="(\d+)"|w:w="(\d+)" w:type="dxa")\/>/g)].map(
      (m) => Number(m[1] ?? m[2]),
    );
    expect(cellWidths).toHaveLength(count(table!, /<w:tc>/g));
    expect(cellWidths.every((w) => grid.includes(w) || w === width)).toBe(true);
  });

  it('repeats its header row on each page, keeps each row whole, and spans group rows across the table', () => {
    const [table, empty] = tables();
    expect(count(table!, /<w:tblHeader\/>/g)).toBe(1);
    expect(count(table!, /<w:tr>/g)).toBe(ROWS.length + 1);
    expect(count(table!, /<w:cantSplit\/>/g)).toBe(ROWS.length + 1);
    expect(count(table!, new RegExp(`<w:gridSpan w:val="${COLUMNS.length}"/>`, 'g'))).toBe(2);
    // A table with no rows is its header alone.
    expect(count(empty!, /<w:tr>/g)).toBe(1);
  });

  it('keeps the text in order, cleaned and escaped, with line breaks and bold where asked', async () => {
    const { paragraphs } = await readDocx(bytes);
    const start = paragraphs.indexOf('Name');
    expect(paragraphs.slice(start, start + 15)).toEqual([
      'Name',
      'Notes',
      'Count',
      'Law enforcement & courts',
      'Ada <Lovelace>',
      'First line\nSecond line',
      '3',
      'Opening',
      'A note beneath',
      '',
      '12',
      'Mental health',
      'Grace Hopper',
      'Bell and & ampersand',
      '0',
    ]);
    expect(paragraphs).toContain('After the table');
    expect(documentXml).not.toMatch(/rows-[0-9a-f-]{36}/);
    expect(count(tables()[0]!, /<w:b\/>/g)).toBe(1);
    expect(wellFormed(documentXml)).toBe(true);
  });

  it('leaves Word’s parts agreeing with the document: every relationship and list it names exists', async () => {
    const rels = await files.file('word/_rels/document.xml.rels')!.async('string');
    for (const [, id] of documentXml.matchAll(/r:id="([^"]+)"/g)) expect(rels).toContain(`Id="${id}"`);
    const numbering = await files.file('word/numbering.xml')!.async('string');
    for (const [, id] of documentXml.matchAll(/<w:numId w:val="(\d+)"\/>/g))
      expect(numbering).toContain(`w:numId="${id}"`);
  });

  it('opens in LibreOffice', async () => {
    if (!(await hasLibreOffice())) return;
    const { pages } = await convertWithLibreOffice(bytes, 'tables.docx');
    expect(pages).toBe(1);
  }, 120_000);
});

/** Every element closed in order (the document part has no comments or CDATA). */
function wellFormed(xml: string): boolean {
  const open: string[] = [];
  for (const [, closing, name, selfClosing] of xml.matchAll(/<(\/?)([\w:]+)[^>]*?(\/?)>/g)) {
    if (selfClosing) continue;
    if (closing) {
      if (open.pop() !== name) return false;
    } else open.push(name!);
  }
  return open.length === 0;
}
