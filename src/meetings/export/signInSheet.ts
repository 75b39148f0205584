import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type FileChild,
} from 'docx';
import type { Meeting } from '../model';
import type { WorkspaceDocument } from '../../workspace/document';
import { whenWhere } from '../meetingFacts';
import { mayShowName, organizationsById } from '../../stakeholders';
import { labelled, paragraph } from '../../export/docx/blocks';
import { cleanForWord } from '../../export/docx/cleanText';
import { renderDocx } from '../../export/docx/document';
import { PAGE, THEME } from '../../export/docx/theme';

/**
 * The sign-in sheet that lies by the door: invitees pre-printed (name and organization) with a
 * line to sign, then blank rows for guests and anyone not listed. Landscape, so a signature has
 * room. It is left in the open, so it follows the rule for shared documents: a person who asked
 * to stay private is not printed; their row is one of the blank ones, where they may sign or not.
 */
export interface SignInRow {
  name: string;
  organization: string;
}

/** Invitees as the sheet prints them, by name; the private are counted, not listed. */
export function signInRows(doc: WorkspaceDocument, meeting: Meeting): { rows: SignInRow[]; withheld: number } {
  const people = new Map(doc.stakeholders.map((s) => [s.id, s]));
  const organizations = organizationsById(doc.organizations);
  const rows: SignInRow[] = [];
  let withheld = 0;
  for (const id of meeting.inviteeIds) {
    const person = people.get(id);
    if (!person) continue;
    if (!mayShowName(person, 'shared')) {
      withheld += 1;
      continue;
    }
    rows.push({ name: person.name, organization: (person.organizationId && organizations.get(person.organizationId)?.name) || '' });
  }
  rows.sort((a, b) => a.name.localeCompare(b.name));
  return { rows, withheld };
}

const WIDTH = PAGE.landscapeContentWidth;
const COLUMNS = [
  { header: '', weight: 4 },
  { header: 'Name', weight: 28 },
  { header: 'Organization', weight: 28 },
  { header: 'Signature', weight: 40 },
];
const widths = COLUMNS.map((c) => Math.floor((c.weight / 100) * WIDTH));
const rule = { style: BorderStyle.SINGLE, size: 4, color: THEME.rule };

function cell(width: number, text: string, options: { header?: boolean; muted?: boolean } = {}): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    shading: options.header ? { type: ShadingType.CLEAR, fill: THEME.headerFill, color: 'auto' } : undefined,
    children: [
      new Paragraph({
        alignment: options.muted ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [
          new TextRun({
            text: cleanForWord(text),
            bold: options.header,
            size: options.header ? THEME.size.small + 2 : options.muted ? THEME.size.small : THEME.size.body,
            color: options.muted ? THEME.muted : undefined,
          }),
        ],
      }),
    ],
  });
}

/**
 * Blank rows: at least four (and one more for each invitee not printed), then enough to fill the
 * last page. A landscape page holds ten rows under the heading, thirteen on a later page.
 */
export function guestRowCount(listed: number, withheld: number): number {
  const least = 4 + withheld;
  const needed = listed + least;
  if (needed <= FIRST_PAGE_ROWS) return FIRST_PAGE_ROWS - listed;
  const onLastPage = (needed - FIRST_PAGE_ROWS) % LATER_PAGE_ROWS;
  return least + (onLastPage === 0 ? 0 : LATER_PAGE_ROWS - onLastPage);
}
const FIRST_PAGE_ROWS = 10;
const LATER_PAGE_ROWS = 13;

export async function signInSheetDocx(doc: WorkspaceDocument, meeting: Meeting): Promise<Buffer> {
  const facts = whenWhere(meeting, doc.coalition.timeZone);
  const { rows, withheld } = signInRows(doc, meeting);
  const row = (cells: TableCell[], header = false) =>
    new TableRow({ tableHeader: header, cantSplit: true, height: { value: header ? 400 : 620, rule: HeightRule.ATLEAST }, children: cells });
  const blank = guestRowCount(rows.length, withheld);
  const table = new Table({
    layout: TableLayoutType.FIXED,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    margins: { top: 40, bottom: 40, left: 100, right: 100, marginUnitType: WidthType.DXA },
    borders: { top: rule, bottom: rule, left: rule, right: rule, insideHorizontal: rule, insideVertical: rule },
    rows: [
      row(COLUMNS.map((c, i) => cell(widths[i]!, c.header, { header: true })), true),
      ...rows.map((r, i) => row([cell(widths[0]!, String(i + 1), { muted: true }), cell(widths[1]!, r.name), cell(widths[2]!, r.organization), cell(widths[3]!, '')])),
      ...Array.from({ length: blank }, (_, i) =>
        row([cell(widths[0]!, String(rows.length + i + 1), { muted: true }), cell(widths[1]!, ''), cell(widths[2]!, ''), cell(widths[3]!, '')]),
      ),
    ],
  });
  const body: FileChild[] = [
    labelled('When', `${facts.day}, ${facts.time}`),
    ...(facts.place ? [labelled('Place', facts.place)] : []),
    paragraph(
      rows.length
        ? 'Please sign beside your name. Not listed? Write your name and organization on a blank line.'
        : 'Please write your name and organization, and sign.',
      { color: THEME.muted, spaceBefore: 80, spaceAfter: 160 },
    ),
    table,
  ];
  return renderDocx({
    title: `Sign-in sheet: ${meeting.title}`,
    coalitionName: doc.coalition.name,
    subtitle: [facts.kind, doc.coalition.community].filter(Boolean).join('  ·  '),
    orientation: 'landscape',
    body,
  });
}
