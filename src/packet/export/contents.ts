import { AlignmentType, Bookmark, BorderStyle, HeadingLevel, InternalHyperlink, Paragraph, TabStopType, TextRun, type FileChild } from 'docx';
import { cleanForWord } from '../../export/docx/cleanText';
import { THEME } from '../../export/docx/theme';

/**
 * The packet's contents page, written out rather than left to a Word table-of-contents field
 * (which shows nothing until someone updates fields in Word, and LibreOffice and Google Docs
 * leave it stale). Each entry is its part's number and title, a link to the part's first line.
 * Page numbers are left out on purpose: the parts' long tables are written after docx lays the
 * document out, so no page count the library could estimate would be right, and a PAGEREF field
 * would make Word ask to update the document on opening. Each part starts on a new page, so the
 * part numbers are what a reader turns to.
 */
export interface ContentsEntry {
  anchor: string;
  title: string;
  /** A line under the title: what the part is, or why it is short. */
  note?: string;
}

export function contentsPage(entries: ContentsEntry[], notes: string[]): FileChild[] {
  const rule = { style: BorderStyle.SINGLE, size: 4, color: THEME.rule, space: 4 };
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('In this packet')] }),
    ...entries.flatMap((entry, index) => [
      new Paragraph({
        tabStops: [{ type: TabStopType.LEFT, position: 720 }],
        border: { bottom: rule },
        spacing: { before: 160, after: entry.note ? 0 : 80 },
        children: [
          new TextRun({ text: `${index + 1}`, bold: true, color: THEME.accent, size: THEME.size.h3 }),
          new TextRun({ text: '\t', size: THEME.size.h3 }),
          new InternalHyperlink({
            anchor: entry.anchor,
            children: [new TextRun({ text: cleanForWord(entry.title), size: THEME.size.h3, color: '111111' })],
          }),
        ],
      }),
      ...(entry.note
        ? [
            new Paragraph({
              indent: { left: 720 },
              spacing: { before: 40, after: 80 },
              children: [new TextRun({ text: cleanForWord(entry.note), size: THEME.size.small, color: THEME.muted })],
            }),
          ]
        : []),
    ]),
    ...notes.map(
      (note, index) =>
        new Paragraph({
          alignment: AlignmentType.LEFT,
          spacing: { before: index === 0 ? 320 : 60, after: 60 },
          children: [new TextRun({ text: cleanForWord(note), italics: true, size: THEME.size.small, color: THEME.muted })],
        }),
    ),
  ];
}

/** The first line of a part: its number and title, the place the contents entry links to. */
export function partHeading(number: number, entry: ContentsEntry, subtitle?: string): Paragraph[] {
  return [
    new Paragraph({
      spacing: { after: 40 },
      children: [new TextRun({ text: `PART ${number}`, bold: true, size: THEME.size.small, color: THEME.muted, characterSpacing: 20 })],
    }),
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      keepNext: true,
      border: { bottom: { style: BorderStyle.SINGLE, size: 8, color: THEME.accent, space: 4 } },
      spacing: { before: 0, after: subtitle ? 60 : 200 },
      children: [new Bookmark({ id: entry.anchor, children: [new TextRun(cleanForWord(entry.title))] })],
    }),
    ...(subtitle
      ? [new Paragraph({ spacing: { after: 200 }, children: [new TextRun({ text: cleanForWord(subtitle), size: THEME.size.small, color: THEME.muted })] })]
      : []),
  ];
}
