import {
  AlignmentType,
  ImageRun,
  BorderStyle,
  HeightRule,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type FileChild,
} from 'docx';
import { Resvg } from '@resvg/resvg-js';
import { cleanForWord } from './cleanText';
import { renderDocx } from './document';
import { PAGE, THEME } from './theme';

/**
 * Name tents: one US Letter page per person, folded across the middle and stood on the table.
 * The lower half reads the right way up; the upper half is the same text turned half a turn, so
 * once folded the tent reads the same from both sides of the table. Word text cannot be turned
 * half a turn where every reader draws it (table text turns only a quarter; LibreOffice draws a
 * rotated text shape's text upright), so the turned half is a picture of the text, drawn here
 * upside down, and the lower half stays real text. A dashed line marks the fold.
 */
export interface NameTent {
  /** The name, or '' for a blank tent a person writes on by hand. */
  name: string;
  /** A second, smaller line: an organization, or a role such as "Honoree". */
  line?: string;
}

export interface NameTentsSpec {
  title: string;
  coalitionName: string;
  tents: NameTent[];
}

// The fold is the page's middle; the upper half runs from the top margin to it.
const HALF = PAGE.height / 2 - PAGE.margin;
// The lower half is a little shorter than the upper, so the table never spills onto a new page.
const LOWER = HALF - 340;
const WIDTH = PAGE.contentWidth;
// Pixels at 96 to the inch, for the text shapes (DXA are 1,440 to the inch).
const px = (dxa: number) => Math.round((dxa / 1440) * 96);
/** The turned half's picture has this many pixels for each of those. */
const PRINT_SCALE = 2;

/** Large type for a short name, smaller for a long one, so every name fits on one or two lines. */
export function nameSize(name: string): number {
  const length = name.length;
  if (length <= 16) return 132; // 66 pt
  if (length <= 24) return 108;
  if (length <= 34) return 88;
  return 72; // 36 pt, two lines at most for the longest names a field holds
}

function tentText(tent: NameTent): Paragraph[] {
  const name = cleanForWord(tent.name);
  const line = cleanForWord(tent.line ?? '');
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 120 },
      children: [new TextRun({ text: name || ' ', bold: true, size: nameSize(name), font: THEME.headingFont, color: '111111' })],
    }),
    ...(line
      ? [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ text: line, size: 40, font: THEME.font, color: THEME.muted })],
          }),
        ]
      : []),
  ];
}

function half(tent: NameTent, turned: boolean): TableCell {
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const fold = { style: BorderStyle.DASHED, size: 6, color: THEME.rule };
  return new TableCell({
    width: { size: WIDTH, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    borders: { top: none, left: none, right: none, bottom: turned ? fold : none },
    children: turned ? [turnedPicture(tent)] : tentText(tent),
  });
}

/** The name split for two lines at the space nearest its middle, when it is long. */
export function nameLines(name: string): string[] {
  if (name.length <= 24) return [name];
  const middle = name.length / 2;
  let best = -1;
  for (let i = 0; i < name.length; i += 1)
    if (name[i] === ' ' && (best < 0 || Math.abs(i - middle) < Math.abs(best - middle))) best = i;
  return best < 0 ? [name] : [name.slice(0, best), name.slice(best + 1)];
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The tent's text drawn upside down, as a picture as wide as the half and only as tall as the text;
 * the cell centres it in the half. Drawn at 192 pixels to the inch: sharp on paper for type this
 * large (36 to 66 points). Drawing the whole half, or at 288, would cost two to three times the
 * pixels, nearly all of them white, and a meeting's tents are drawn one per invitee.
 */
function turnedPicture(tent: NameTent): Paragraph {
  const width = px(WIDTH) - 24;
  const name = cleanForWord(tent.name);
  const line = cleanForWord(tent.line ?? '');
  const lines = name ? nameLines(name) : [];
  // Half-points to pixels: a point is 4/3 of a pixel at 96 to the inch.
  const nameSizePx = (nameSize(name) / 2) * (4 / 3);
  const lineSizePx = 20 * (4 / 3);
  const block = lines.length * nameSizePx * 1.15 + (line ? lineSizePx * 1.6 : 0);
  const margin = 12;
  const tall = Math.ceil(block + 2 * margin);
  let y = margin;
  const texts: string[] = [];
  for (const text of lines) {
    y += nameSizePx * 1.15;
    texts.push(
      `<text x="${width / 2}" y="${y - nameSizePx * 0.25}" text-anchor="middle" font-family="Cambria, Caladea, serif" font-weight="bold" font-size="${nameSizePx}" fill="#111111">${escapeXml(text)}</text>`,
    );
  }
  if (line) {
    y += lineSizePx * 1.6;
    texts.push(
      `<text x="${width / 2}" y="${y - lineSizePx * 0.4}" text-anchor="middle" font-family="Calibri, Carlito, sans-serif" font-size="${lineSizePx}" fill="#${THEME.muted}">${escapeXml(line)}</text>`,
    );
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${tall}" viewBox="0 0 ${width} ${tall}"><g transform="rotate(180 ${width / 2} ${tall / 2})">${texts.join('')}</g></svg>`;
  const png = new Resvg(svg, {
    fitTo: { mode: 'width', value: width * PRINT_SCALE },
    font: { loadSystemFonts: true, defaultFontFamily: 'Caladea' },
  })
    .render()
    .asPng();
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [
      new ImageRun({
        type: 'png',
        data: png,
        transformation: { width, height: tall },
        altText: {
          name: tent.name || 'Blank name tent',
          description: `Upside down, to read from the other side: ${[tent.name, tent.line].filter(Boolean).join(', ')}`,
          title: tent.name || 'Blank name tent',
        },
      }),
    ],
  });
}

function tentPage(tent: NameTent): FileChild[] {
  return [
    new Table({
      layout: TableLayoutType.FIXED,
      width: { size: WIDTH, type: WidthType.DXA },
      columnWidths: [WIDTH],
      rows: [
        new TableRow({ height: { value: HALF, rule: HeightRule.EXACT }, cantSplit: true, children: [half(tent, true)] }),
        new TableRow({ height: { value: LOWER, rule: HeightRule.EXACT }, cantSplit: true, children: [half(tent, false)] }),
      ],
    }),
    // A section ends with a paragraph: a tiny one, so it stays on the tent's page.
    new Paragraph({ spacing: { before: 0, after: 0, line: 40 }, children: [new TextRun({ text: '', size: 2 })] }),
  ];
}

/** The tents, one page each; an empty list still prints one blank tent to write on. */
export async function nameTentsDocx(spec: NameTentsSpec): Promise<Buffer> {
  const tents = spec.tents.length ? spec.tents : [{ name: '' }];
  return renderDocx({
    title: spec.title,
    coalitionName: spec.coalitionName,
    body: [],
    bare: true,
    pages: tents.map(tentPage),
  });
}
