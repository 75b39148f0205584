import type { FileChild } from 'docx';
import { ActionStatus } from '../../actions';
import { AgendaPurpose, type Meeting } from '../model';
import type { WorkspaceDocument } from '../../workspace/document';
import { agendaTiming, formatMinutes, labelFor, timingById } from '../agendaTiming';
import { nameLookup, ownerName, whenWhere } from '../meetingFacts';
import { shortDay } from '../../model/wallClock';
import { dataTable, emptyNote, heading, labelled, notesLines, paragraph, type TableRowSpec } from '../../export/docx/blocks';
import { renderDocx } from '../../export/docx/document';
import type { DocxPart } from '../../export/docx/part';
import { THEME } from '../../export/docx/theme';

/**
 * The printed agenda: the page a volunteer hands round at the first stakeholder meeting. One
 * page for a typical meeting: the details, the agenda with start times, the action items under
 * review, and ruled space for notes. Names follow each person's privacy choice ('shared').
 */
export function agendaPart(doc: WorkspaceDocument, meeting: Meeting): DocxPart {
  const zone = doc.coalition.timeZone;
  const facts = whenWhere(meeting, zone);
  const names = nameLookup(doc, 'shared');
  const timing = agendaTiming(meeting, zone);
  const timed = timingById(timing);
  const body: FileChild[] = [];

  body.push(labelled('When', `${facts.day}, ${facts.time}`));
  if (facts.place) body.push(labelled('Place', facts.place));
  if (facts.videoLink) body.push(labelled('Join online', facts.videoLink));
  if (!facts.place && !facts.videoLink) body.push(labelled('Place', 'To be announced'));
  if (meeting.status === 'cancelled')
    body.push(paragraph('This meeting has been cancelled.', { bold: true, color: 'A61B1B', spaceBefore: 120 }));

  body.push(heading('Agenda', 2));
  const itemCount = timing.items.length;
  if (itemCount === 0) {
    body.push(
      emptyNote(
        'The agenda has not been set yet. Bring the topics you want to raise; the chair will take them in turn.',
      ),
    );
  } else {
    const rows: TableRowSpec[] = [];
    const grouped = meeting.agenda.filter((s) => s.items.length > 0).length > 1;
    for (const section of meeting.agenda) {
      if (section.items.length === 0) continue;
      // The consent agenda is always set apart, so the room knows those items pass on one motion.
      if (section.consent) rows.push({ group: `${section.title}: approved together by one motion unless a member asks to discuss an item` });
      else if (grouped) rows.push({ group: section.title });
      for (const item of section.items) {
        const t = timed.get(item.id);
        const detail = [
          item.pulledById ? `Pulled from the consent agenda by ${names(item.pulledById)}` : '',
          item.description,
          ...item.attachments.map((a) => `Attachment: ${a.label ? `${a.label} (${a.target})` : a.target}`),
        ]
          .filter(Boolean)
          .join('\n');
        rows.push([
          t?.label ?? '',
          { text: `${t?.number ?? ''}. ${item.title}`, detail, bold: true },
          names(item.presenterId),
          AgendaPurpose.labelOf(item.purpose),
          item.timeboxMinutes ? `${item.timeboxMinutes} min` : '',
        ]);
      }
    }
    body.push(
      dataTable(
        [
          { header: 'Time', weight: 13 },
          { header: 'Item', weight: 47 },
          { header: 'Presenter', weight: 18 },
          { header: 'Purpose', weight: 12 },
          { header: 'Length', weight: 10, align: 'right' },
        ],
        rows,
      ),
    );
    body.push(
      paragraph(`Close by ${labelFor(timing.end, meeting.date)}`, {
        size: THEME.size.small,
        color: THEME.muted,
        spaceBefore: 80,
      }),
    );
    if (timing.warning)
      body.push(
        paragraph(`Note: the items add up to ${formatMinutes(timing.totalMinutes)}, longer than the meeting.`, {
          size: THEME.size.small,
          color: THEME.muted,
        }),
      );
  }

  const review = meeting.reviewActionItemIds
    .map((id) => doc.actionItems.find((a) => a.id === id))
    .filter((a) => a !== undefined);
  if (review.length > 0) {
    body.push(heading('Action items under review', 2));
    body.push(
      dataTable(
        [
          { header: 'Action item', weight: 50 },
          { header: 'Owner', weight: 22 },
          { header: 'Due', weight: 14 },
          { header: 'Status', weight: 14 },
        ],
        review.map((a) => [
          a.title,
          ownerName(a, names),
          a.dueDate ? shortDay(a.dueDate) : '—',
          ActionStatus.labelOf(a.status),
        ]),
      ),
    );
  }

  body.push(heading('Notes', 2));
  // Fill the rest of a one-page agenda with lines (a row of the agenda is about one line); a long
  // agenda still gets a few.
  const sectionRows = meeting.agenda.filter((s) => s.items.length > 0).length;
  const used = itemCount + sectionRows + (review.length ? review.length + 3 : 0);
  body.push(...notesLines(Math.max(3, Math.min(14, 19 - used))));

  return {
    title: meeting.title,
    subtitle: [facts.kind, doc.coalition.community].filter(Boolean).join('  ·  '),
    body,
  };
}

export async function agendaDocx(doc: WorkspaceDocument, meeting: Meeting): Promise<Buffer> {
  return renderDocx({ ...agendaPart(doc, meeting), coalitionName: doc.coalition.name });
}
