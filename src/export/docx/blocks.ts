import {
  AlignmentType,
  BorderStyle,
  HeadingLevel,
  HeightRule,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
} from 'docx';
import { cleanForWord } from './cleanText';
import { STYLE } from './styles';
import { CELL_MARGINS, tableRowsXml, type TableRowSpec } from './tableRows';
import { PAGE, THEME } from './theme';
import { TableWithRows } from './writtenRows';

/**
 * The building blocks every export uses, so agendas, minutes, reports and programmes share one
 * typographic voice. Every string passes through cleanForWord on its way in.
 */

type RunStyle = Pick<IRunOptions, 'bold' | 'italics' | 'color' | 'size' | 'font'>;

/** Text runs for a string that may hold line breaks. */
export function runs(text: string, style: RunStyle = {}): TextRun[] {
  const lines = cleanForWord(text).split(/\r\n|\r|\n/);
  return lines.map((line, index) => new TextRun({ text: line, break: index > 0 ? 1 : 0, ...style }));
}

export function paragraph(
  text: string,
  /** `keepNext`: stay on the page of what follows (an introduction to a table). */
  options: RunStyle & { align?: 'left' | 'center' | 'right'; spaceAfter?: number; spaceBefore?: number; keepNext?: boolean } = {},
): Paragraph {
  const { align, spaceAfter, spaceBefore, keepNext, ...style } = options;
  return new Paragraph({
    children: runs(text, style),
    alignment: align === 'center' ? AlignmentType.CENTER : align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
    spacing: { after: spaceAfter ?? 120, before: spaceBefore ?? 0 },
    keepNext,
  });
}

/** A paragraph built from labelled parts: "Date: Tuesday 12 March". */
export function labelled(label: string, value: string): Paragraph {
  return new Paragraph({
    children: [new TextRun({ text: `${cleanForWord(label)}: `, bold: true }), ...runs(value)],
    spacing: { after: 60 },
  });
}

export function heading(text: string, level: 1 | 2 | 3 = 2): Paragraph {
  const headingLevel = level === 1 ? HeadingLevel.HEADING_1 : level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3;
  return new Paragraph({ heading: headingLevel, children: runs(text), keepNext: true });
}

export function bullet(text: string): Paragraph {
  return new Paragraph({ children: runs(text), bullet: { level: 0 }, spacing: { after: 60 } });
}

/**
 * Ruled lines for handwritten notes: a borderless table whose rows are rules at a fixed height.
 * (Paragraph borders are merged by Word and LibreOffice into one box around a run of empty
 * paragraphs, which leaves a single line; table rows keep every rule and an even spacing.)
 */
export function notesLines(count: number, widthDxa: number = PAGE.contentWidth): Table[] {
  if (count <= 0) return [];
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const rule = { style: BorderStyle.SINGLE, size: 4, color: THEME.rule };
  return [
    new Table({
      layout: TableLayoutType.FIXED,
      width: { size: widthDxa, type: WidthType.DXA },
      columnWidths: [widthDxa],
      borders: { top: none, left: none, right: none, bottom: rule, insideHorizontal: rule, insideVertical: none },
      rows: Array.from(
        { length: count },
        () =>
          new TableRow({
            height: { value: 400, rule: HeightRule.EXACT },
            children: [new TableCell({ width: { size: widthDxa, type: WidthType.DXA }, children: [new Paragraph({ children: [] })] })],
          }),
      ),
    }),
  ];
}

/** A line to sign on, with the signer's role beneath. */
export function signatureBlock(role: string, widthDxa = 4_000): Table {
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: widthDxa, type: WidthType.DXA },
    columnWidths: [widthDxa],
    borders: noBorders(),
    rows: [
      new TableRow({
        children: [
          new TableCell({
            width: { size: widthDxa, type: WidthType.DXA },
            borders: { ...noCellBorders(), bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000' } },
            children: [new Paragraph({ children: [], spacing: { before: 600 } })],
          }),
        ],
      }),
      new TableRow({
        children: [
          new TableCell({
            width: { size: widthDxa, type: WidthType.DXA },
            borders: noCellBorders(),
            children: [paragraph(role, { size: THEME.size.small, color: THEME.muted, align: 'center' })],
          }),
        ],
      }),
    ],
  });
}

/**
 * Signature lines side by side (a certificate's chair and coordinator): a line to sign on, then
 * the printed name (when there is one) and the role beneath each, with a gap between them.
 */
export function signatureRow(signers: { name: string; role: string }[], widthDxa: number = PAGE.contentWidth, gapDxa = 1_200): Table {
  const count = Math.max(signers.length, 1);
  const lineWidth = Math.floor((widthDxa - gapDxa * (count - 1)) / count);
  const widths = signers.flatMap((_, i) => (i === 0 ? [lineWidth] : [gapDxa, lineWidth]));
  const cell = (width: number, children: Paragraph[], line: boolean) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      borders: line ? { ...noCellBorders(), bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000' } } : noCellBorders(),
      children,
    });
  const row = (build: (signer: { name: string; role: string }) => Paragraph[], line: boolean) =>
    new TableRow({
      cantSplit: true,
      children: signers.flatMap((signer, i) => {
        const own = cell(lineWidth, build(signer), line);
        return i === 0 ? [own] : [cell(gapDxa, [new Paragraph({ children: [] })], false), own];
      }),
    });
  return new Table({
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    borders: noBorders(),
    rows: [
      row(() => [new Paragraph({ children: [], spacing: { before: 560 } })], true),
      row(
        (signer) => [
          ...(signer.name ? [paragraph(signer.name, { align: 'center', spaceAfter: 0, spaceBefore: 80 })] : []),
          paragraph(signer.role, { size: THEME.size.small, color: THEME.muted, align: 'center', spaceAfter: 0, spaceBefore: signer.name ? 0 : 80 }),
        ],
        false,
      ),
    ],
  });
}

export type { CellValue, TableRowSpec } from './tableRows';

export interface Column {
  header: string;
  /** A share of the table's width; the shares are scaled to fill it. */
  weight: number;
  align?: 'left' | 'right' | 'center';
}

/**
 * A data table: a shaded header row that repeats on each page, rows that never split across a
 * page, group rows that span the table, light rules, and column widths in DXA (Google Docs and
 * LibreOffice ignore percentage widths).
 *
 * Lean by design, because a roster or a ten-year report holds tens of thousands of cells: the
 * text's size, weight and colour come from paragraph styles declared once (./styles), the padding
 * from the table, the column widths from the grid. docx builds the table and its header row; the
 * body rows are written as text (./tableRows explains why) and put in place by renderDocx.
 */
export function dataTable(columns: Column[], rows: TableRowSpec[], widthDxa: number = PAGE.contentWidth): Table {
  const total = columns.reduce((sum, c) => sum + c.weight, 0);
  const widths = columns.map((c) => Math.floor((c.weight / total) * widthDxa));
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map(
      (c) =>
        new TableCell({
          shading: { type: ShadingType.CLEAR, fill: THEME.headerFill, color: 'auto' },
          children: [
            new Paragraph({
              style: STYLE.header,
              alignment: c.align === 'right' ? AlignmentType.RIGHT : c.align === 'center' ? AlignmentType.CENTER : undefined,
              children: runs(c.header),
            }),
          ],
        }),
    ),
  });
  const rule = { style: BorderStyle.SINGLE, size: 4, color: THEME.rule };
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  return new TableWithRows({
    layout: TableLayoutType.FIXED,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    margins: { ...CELL_MARGINS, marginUnitType: WidthType.DXA },
    borders: { top: rule, bottom: rule, left: none, right: none, insideHorizontal: rule, insideVertical: none },
    header,
    columnCount: columns.length,
    rowsXml: tableRowsXml(rows, { widths, alignments: columns.map((c) => c.align) }),
  });
}

/** A calm one-line message where a section has nothing to show. */
export function emptyNote(text: string): Paragraph {
  return paragraph(text, { italics: true, color: THEME.muted });
}

function noBorders() {
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  return { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };
}

function noCellBorders() {
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  return { top: none, bottom: none, left: none, right: none };
}
