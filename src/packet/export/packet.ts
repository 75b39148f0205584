import type { FileChild } from 'docx';
import { ActionStatus, addDaysTo, relativeDue, type ActionItem } from '../../actions';
import { dataTable, emptyNote, heading, paragraph } from '../../export/docx/blocks';
import { renderDocx } from '../../export/docx/document';
import type { DocxPart } from '../../export/docx/part';
import { THEME } from '../../export/docx/theme';
import { agendaPart, minutesPart, nameLookup, ownerName, whenWhere, type Meeting } from '../../meetings';
import { tableDay } from '../../model/dateFormats';
import { programDataReportPart, quartersEntered } from '../../programData';
import { trainingSummaryPart } from '../../training';
import { workgroupReportPart } from '../../workgroups';
import type { WorkspaceDocument } from '../../workspace/document';
import { namedReports } from '../namedReports';
import { packetActionItems } from '../openActions';
import { minutesForApproval } from '../previousMinutes';
import { contentsPage, partHeading, type ContentsEntry } from './contents';

/**
 * The meeting packet: everything a member reads before the meeting, in one Word file. A contents
 * page; the agenda; the previous meeting's draft minutes for approval; the open and overdue
 * action items; and the reports the agenda names, each built by its own feature's print so the
 * packet says exactly what the separate prints say. Every part starts on a new page. It is sent
 * to members and guests, so names follow each person's privacy choice for shared documents, and
 * program data is the share-safe version.
 */
export interface PacketPart extends DocxPart {
  entry: ContentsEntry;
}

export function packetParts(doc: WorkspaceDocument, meeting: Meeting, today: string): { parts: PacketPart[]; notes: string[] } {
  const parts: PacketPart[] = [];
  const notes: string[] = [];
  const add = (anchor: string, title: string, part: DocxPart, note?: string) =>
    parts.push({ ...part, title, entry: { anchor, title, note } });

  add('agenda', 'Agenda', agendaPart(doc, meeting), `${whenWhere(meeting, doc.coalition.timeZone).day}`);

  const approval = minutesForApproval(doc.meetings, meeting);
  if (approval.previous && approval.draft)
    add(
      'minutes',
      `Minutes for approval: ${approval.previous.title}`,
      minutesPart(doc, approval.previous),
      `Draft minutes of ${tableDay(approval.previous.date)}, to approve or correct`,
    );
  else if (approval.previous)
    notes.push(
      approval.previous.minutes
        ? `The minutes of ${approval.previous.title} (${tableDay(approval.previous.date)}) are already approved, so they are not included.`
        : `No minutes were taken at ${approval.previous.title} (${tableDay(approval.previous.date)}), so there are none to approve.`,
    );
  else notes.push('There is no earlier meeting of this group, so there are no minutes to approve.');

  const actions = packetActionItems(doc.actionItems, meeting, meeting.date < today ? today : meeting.date);
  add('actions', 'Open and overdue action items', actionItemsPart(doc, actions, meeting.date < today ? today : meeting.date), 
    `${actions.overdue.length} overdue, ${actions.open.length} open`);

  const named = namedReports(meeting, doc.workgroups);
  for (const id of named.workgroupIds) {
    const workgroup = doc.workgroups.find((w) => w.id === id)!;
    add(`workgroup-${id}`, `Workgroup report: ${workgroup.name}`, workgroupReportPart(doc, workgroup, today));
  }
  if (named.training) {
    if (doc.trainingClasses.length) {
      const previous = approval.previous;
      const to = meeting.date < today ? meeting.date : today;
      const from = previous && previous.date < to ? addDaysTo(previous.date, 1) : addDaysTo(to, -364);
      add('training', 'Training summary', trainingSummaryPart(doc, { from, to }, today), `${tableDay(from)} to ${tableDay(to)}`);
    } else notes.push('The agenda speaks of training, but no training class is recorded yet, so there is no training summary.');
  }
  if (named.programData) {
    if (quartersEntered(doc.programQuarters).length)
      add('program-data', 'Program data report', programDataReportPart(doc, { today, audience: 'shared' }), 'Share-safe version');
    else notes.push('The agenda speaks of program data, but no quarter has numbers yet, so there is no program data report.');
  }
  return { parts, notes };
}

function actionItemsPart(doc: WorkspaceDocument, actions: { overdue: ActionItem[]; open: ActionItem[] }, day: string): DocxPart {
  const names = nameLookup(doc, 'shared');
  const workgroupName = new Map(doc.workgroups.map((w) => [w.id, w.name]));
  const rows = (items: ActionItem[]) =>
    items.map((a) => [
      a.title,
      ownerName(a, names),
      a.workgroupId ? (workgroupName.get(a.workgroupId) ?? '') : 'Steering committee',
      a.dueDate ? `${tableDay(a.dueDate)}\n${relativeDue(a.dueDate, day)}` : 'No date set',
      ActionStatus.labelOf(a.status),
    ]);
  const columns = [
    { header: 'Action item', weight: 38 },
    { header: 'Owner', weight: 18 },
    { header: 'For', weight: 16 },
    { header: 'Due', weight: 16 },
    { header: 'Status', weight: 12 },
  ];
  const body: FileChild[] = [
    paragraph(`As of ${tableDay(day)}. Owners: please come ready to say done, in progress, stuck, or no longer needed.`, {
      color: THEME.muted,
      size: THEME.size.small + 2,
    }),
    heading('Overdue', 2),
    actions.overdue.length ? dataTable(columns, rows(actions.overdue)) : emptyNote('Nothing is overdue.'),
    heading('Open', 2),
    actions.open.length ? dataTable(columns, rows(actions.open)) : emptyNote('No other action items are open.'),
  ];
  return { title: 'Open and overdue action items', body };
}

export async function meetingPacketDocx(doc: WorkspaceDocument, meeting: Meeting, today: string): Promise<Buffer> {
  const { parts, notes } = packetParts(doc, meeting, today);
  const facts = whenWhere(meeting, doc.coalition.timeZone);
  const contents = contentsPage(
    parts.map((p) => p.entry),
    notes,
  );
  const intro = paragraph(`${facts.day}, ${facts.time}${facts.place ? `\n${facts.place}` : ''}`, { spaceAfter: 200 });
  return renderDocx({
    title: `Meeting packet: ${meeting.title}`,
    coalitionName: doc.coalition.name,
    subtitle: [facts.kind, doc.coalition.community].filter(Boolean).join('  ·  '),
    body: [],
    pages: [[intro, ...contents], ...parts.map((part, index) => [...partHeading(index + 1, part.entry, part.subtitle), ...part.body])],
  });
}
