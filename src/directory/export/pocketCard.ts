import { tableDay } from '../../model/dateFormats';
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { cleanForWord } from '../../export/docx/cleanText';
import { renderDocx } from '../../export/docx/document';
import { PAGE, THEME } from '../../export/docx/theme';
import { organizationsById } from '../../stakeholders';
import type { WorkspaceDocument } from '../../workspace/document';
import { openAroundTheClock } from '../hours';
import type { Service } from '../model';
import { addressLine, hoursLine, nightFirst, organizationNameOf, referralLine } from '../serviceView';

/**
 * The pocket resource card: one letter page in two columns, to fold down the middle into a
 * 4.25 by 11 inch strip for a shirt pocket or a visor. Receiving facilities and 24-hour services
 * come first, phone numbers large enough to read in a patrol car at night. Only what the
 * organizations publish is printed (their lines and addresses), so the card may go anywhere.
 */

/** As many services as fit one page in this layout without shrinking the type. */
export const POCKET_CARD_SERVICES = 12;

const COLUMN = Math.floor(PAGE.contentWidth / 2);
const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const fold = { style: BorderStyle.DASHED, size: 4, color: THEME.rule };

function text(value: string, options: { bold?: boolean; size?: number; color?: string; italics?: boolean } = {}) {
  return new TextRun({ text: cleanForWord(value), font: THEME.font, size: options.size ?? 18, ...options });
}

function serviceBlock(service: Service, organizationName: string): Paragraph[] {
  const marks = [service.receivingFacility ? 'RECEIVING FACILITY' : '', openAroundTheClock(service) ? '24 HOURS' : '']
    .filter(Boolean)
    .join('  ·  ');
  const blocks: Paragraph[] = [];
  if (marks)
    blocks.push(
      new Paragraph({
        spacing: { before: 160, after: 0 },
        keepNext: true,
        children: [text(marks, { bold: true, size: 15, color: 'A03A1A' })],
      }),
    );
  blocks.push(
    new Paragraph({
      spacing: { before: marks ? 0 : 160, after: 0 },
      keepNext: true,
      children: [text(service.name, { bold: true, size: 21, color: THEME.accent })],
    }),
    new Paragraph({
      spacing: { after: 20 },
      keepNext: true,
      children: [text(organizationName, { size: 16, color: THEME.muted })],
    }),
  );
  if (service.phone)
    blocks.push(
      new Paragraph({
        spacing: { after: 20 },
        keepNext: true,
        children: [text(service.phone, { bold: true, size: 34 })],
      }),
    );
  blocks.push(
    new Paragraph({
      spacing: { after: 0 },
      keepNext: true,
      children: [text(`${hoursLine(service)}  ·  ${referralLine(service)}`, { size: 16 })],
    }),
  );
  const address = addressLine(service);
  if (address) blocks.push(new Paragraph({ spacing: { after: 0 }, children: [text(address, { size: 16 })] }));
  if (service.languages.length)
    blocks.push(
      new Paragraph({
        spacing: { after: 0 },
        children: [text(`Languages: ${service.languages.join(', ')}`, { size: 16, italics: true })],
      }),
    );
  return blocks;
}

export function pocketCardServices(doc: Pick<WorkspaceDocument, 'services'>): Service[] {
  return nightFirst(doc.services).slice(0, POCKET_CARD_SERVICES);
}

export async function pocketCardDocx(doc: WorkspaceDocument, today: string): Promise<Buffer> {
  const organizations = organizationsById(doc.organizations);
  const chosen = pocketCardServices(doc);
  const half = Math.ceil(chosen.length / 2);
  const columns = [chosen.slice(0, half), chosen.slice(half)];
  const title = (side: 'left' | 'right') =>
    new Paragraph({
      alignment: AlignmentType.LEFT,
      spacing: { after: 40 },
      children:
        side === 'left'
          ? [text('Crisis resources', { bold: true, size: 30, color: THEME.accent })]
          : [text(doc.coalition.name, { bold: true, size: 20, color: THEME.accent })],
    });
  const subtitle = (side: 'left' | 'right') =>
    new Paragraph({
      spacing: { after: 60 },
      children: [
        text(
          side === 'left'
            ? `${doc.coalition.community || doc.coalition.name}  ·  checked as of ${tableDay(today)}`
            : 'Fold on the dashed line',
          {
            size: 15,
            color: THEME.muted,
          },
        ),
      ],
    });
  const cell = (services: Service[], side: 'left' | 'right') =>
    new TableCell({
      width: { size: COLUMN, type: WidthType.DXA },
      verticalAlign: VerticalAlign.TOP,
      margins: side === 'left' ? { left: 0, right: 360 } : { left: 360, right: 0 },
      borders: { top: none, bottom: none, left: side === 'right' ? fold : none, right: none },
      children: [
        title(side),
        subtitle(side),
        ...(services.length
          ? services.flatMap((s) => serviceBlock(s, organizationNameOf(organizations, s)))
          : [
              new Paragraph({
                children: [text(side === 'left' ? 'No services in the directory yet.' : '', { italics: true })],
              }),
            ]),
      ],
    });
  const table = new Table({
    layout: TableLayoutType.FIXED,
    width: { size: COLUMN * 2, type: WidthType.DXA },
    columnWidths: [COLUMN, COLUMN],
    borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
    rows: [new TableRow({ cantSplit: true, children: [cell(columns[0]!, 'left'), cell(columns[1]!, 'right')] })],
  });
  const footnote = new Paragraph({
    spacing: { before: 120 },
    children: [
      text('In an emergency call 911. Services listed by the coalition; call first where it says so.', {
        size: 14,
        color: THEME.muted,
      }),
    ],
  });
  return renderDocx({
    title: 'Pocket resource card',
    coalitionName: doc.coalition.name,
    bare: true,
    body: [table, footnote],
  });
}
