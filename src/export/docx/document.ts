import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageBorderDisplay,
  PageBorderOffsetFrom,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
  type FileChild,
} from 'docx';
import { cleanForWord } from './cleanText';
import { PARAGRAPH_STYLES } from './styles';
import { PAGE, THEME } from './theme';
import { spliceRows, TableWithRows } from './writtenRows';
import { strFromU8, unzipSync } from 'fflate';

export interface DocumentSpec {
  /** The document's title, in the file's properties and under the letterhead. */
  title: string;
  /** The coalition's name, printed as the letterhead. */
  coalitionName: string;
  /** A line under the letterhead, e.g. the community. */
  subtitle?: string;
  /** The body, after the letterhead and title. */
  body: FileChild[];
  orientation?: 'portrait' | 'landscape';
  /** Leave out the letterhead and footer (certificates draw their own). */
  bare?: boolean;
  /** Each entry becomes its own section (a new page), e.g. one certificate per honoree. */
  pages?: FileChild[][];
  /** A double rule around every page, in the accent colour, for documents to frame (certificates). */
  pageBorder?: boolean;
}

/** Assembles a Word document in the shared style and returns its bytes. */
export async function renderDocx(spec: DocumentSpec): Promise<Buffer> {
  const landscape = spec.orientation === 'landscape';
  const page = {
    // Always the portrait measures: docx swaps width and height itself for a landscape page, so
    // swapping them here as well would print a portrait page marked "landscape".
    size: { width: PAGE.width, height: PAGE.height, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
    margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
    borders: spec.pageBorder ? pageBorders() : undefined,
  };
  const footer = spec.bare
    ? undefined
    : {
        default: new Footer({
          children: [
            new Paragraph({
              alignment: AlignmentType.CENTER,
              children: [
                new TextRun({ text: `${cleanForWord(spec.coalitionName)}  ·  ${cleanForWord(spec.title)}  ·  Page `, size: THEME.size.small, color: THEME.muted }),
                new TextRun({ children: [PageNumber.CURRENT], size: THEME.size.small, color: THEME.muted }),
                new TextRun({ text: ' of ', size: THEME.size.small, color: THEME.muted }),
                new TextRun({ children: [PageNumber.TOTAL_PAGES], size: THEME.size.small, color: THEME.muted }),
              ],
            }),
          ],
        }),
      };
  const head = spec.bare ? [] : letterhead(spec);
  const sectionBodies = spec.pages ?? [spec.body];
  const doc = new Document({
    title: cleanForWord(spec.title),
    creator: cleanForWord(spec.coalitionName),
    styles: {
      default: {
        // lineRule said outright: without it LibreOffice reads 276 as an exact height and lines of large type overlap.
        document: { run: { font: THEME.font, size: THEME.size.body }, paragraph: { spacing: { line: 276, lineRule: LineRuleType.AUTO } } },
        heading1: { run: { font: THEME.headingFont, size: THEME.size.h1, bold: true, color: THEME.accent }, paragraph: { spacing: { before: 240, after: 120 } } },
        heading2: { run: { font: THEME.headingFont, size: THEME.size.h2, bold: true, color: THEME.accent }, paragraph: { spacing: { before: 280, after: 100 } } },
        heading3: { run: { font: THEME.font, size: THEME.size.h3, bold: true, color: '222222' }, paragraph: { spacing: { before: 200, after: 80 } } },
      },
      paragraphStyles: PARAGRAPH_STYLES,
    },
    sections: sectionBodies.map((body, index) => ({
      properties: { page },
      footers: footer,
      children: index === 0 ? [...head, ...body] : body,
    })),
  });
  const bytes = await Packer.toBuffer(doc);
  // Data tables' body rows are written as text: put them in place of their marker rows, and have
  // docx pack the document again with that part (packing the same document twice writes the same
  // parts, so the styles, numbering and relationships still match it).
  const tables = sectionBodies.flat().filter((child): child is TableWithRows => child instanceof TableWithRows);
  if (tables.length === 0) return bytes;
  // fflate is the zip library docx itself writes with.
  const written = unzipSync(bytes, { filter: (file) => file.name === DOCUMENT_PART })[DOCUMENT_PART];
  if (!written) throw new Error(`The Word document has no ${DOCUMENT_PART}.`);
  const documentXml = spliceRows(strFromU8(written), tables);
  return Packer.toBuffer(doc, undefined, [{ path: DOCUMENT_PART, data: documentXml }]);
}

const DOCUMENT_PART = 'word/document.xml';

/** Measured from the page edge (in points), so the frame sits the same on every printer's margins. */
function pageBorders() {
  const rule = { style: BorderStyle.DOUBLE, size: 18, color: THEME.accent, space: 24 };
  return {
    pageBorders: { display: PageBorderDisplay.ALL_PAGES, offsetFrom: PageBorderOffsetFrom.PAGE },
    pageBorderTop: rule,
    pageBorderRight: rule,
    pageBorderBottom: rule,
    pageBorderLeft: rule,
  };
}

function letterhead(spec: DocumentSpec): Paragraph[] {
  return [
    new Paragraph({
      children: [new TextRun({ text: cleanForWord(spec.coalitionName).toUpperCase(), bold: true, size: THEME.size.letterhead, color: THEME.accent, font: THEME.headingFont, characterSpacing: 20 })],
      spacing: { after: 40 },
    }),
    new Paragraph({
      children: spec.subtitle ? [new TextRun({ text: cleanForWord(spec.subtitle), size: THEME.size.small + 2, color: THEME.muted })] : [],
      border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: THEME.accent, space: 4 } },
      spacing: { after: 240 },
    }),
    new Paragraph({
      children: [new TextRun({ text: cleanForWord(spec.title), bold: true, size: THEME.size.h1, font: THEME.headingFont, color: '111111' })],
      spacing: { after: 160 },
    }),
  ];
}
