import type { FileChild } from 'docx';
import type { Decision, Meeting } from '../model';
import { voteWords } from '../votes';
import { recusalWords } from '../recusal';
import { consentApprovalWords, pulledWords } from '../consent';
import type { WorkspaceDocument } from '../../workspace/document';
import { attendanceGroups } from '../attendance';
import { nextMeetingOfBody } from '../body';
import { nameLookup, ownerName, whenWhere } from '../meetingFacts';
import { approvalWords } from '../approvalWords';
import { shortDay } from '../../model/wallClock';
import { quorumStatus } from '../quorum';
import { WITHHELD_NAME } from '../../stakeholders';
import { dataTable, emptyNote, heading, labelled, paragraph, signatureBlock } from '../../export/docx/blocks';
import { renderDocx } from '../../export/docx/document';
import type { DocxPart } from '../../export/docx/part';
import { THEME } from '../../export/docx/theme';

/**
 * The minutes as a clerk would circulate them: attendance, quorum, each item's notes and
 * decisions (with the vote where one was taken), the new action items, and the next meeting.
 * Names follow each person's privacy choice ('shared'); private people are counted, not named.
 */
export function minutesPart(doc: WorkspaceDocument, meeting: Meeting): DocxPart {
  const zone = doc.coalition.timeZone;
  const facts = whenWhere(meeting, zone);
  const names = nameLookup(doc, 'shared');
  const minutes = meeting.minutes;
  const body: FileChild[] = [];

  body.push(
    paragraph(
      minutes?.status === 'approved'
        ? approvalWords(minutes, doc.meetings)
        : 'DRAFT: not yet approved',
      { bold: true, color: minutes?.status === 'approved' ? THEME.accent : 'A61B1B', spaceAfter: 160 },
    ),
  );
  body.push(labelled('Date', facts.day));
  body.push(labelled('Time', facts.time));
  if (facts.place) body.push(labelled('Place', facts.place));
  if (facts.videoLink) body.push(labelled('Online', facts.videoLink));
  if (minutes?.recorder) body.push(labelled('Minutes taken by', minutes.recorder));

  body.push(heading('Attendance', 2));
  const groups = attendanceGroups(meeting);
  const list = (ids: string[]) => nameList(ids.map(names));
  body.push(labelled('Present', list([...groups.present, ...groups.late]) || 'No one recorded'));
  if (groups.late.length) body.push(labelled('Arrived late', list(groups.late)));
  body.push(labelled('Sent regrets', list(groups.regrets) || 'None'));
  body.push(labelled('Absent', list(groups.absent) || 'None'));
  if (groups.unrecorded.length) body.push(labelled('Attendance not recorded', list(groups.unrecorded)));
  body.push(
    labelled(
      'Guests',
      meeting.guests.map((g) => (g.organization ? `${g.name} (${g.organization})` : g.name)).join('; ') || 'None',
    ),
  );
  const quorum = quorumStatus(meeting, doc);
  if (quorum.applies) body.push(labelled('Quorum', `${quorum.met ? 'Present' : 'Not present'}: ${quorum.detail}`));

  body.push(heading('Proceedings', 2));
  const items = minutes?.items ?? [];
  if (items.length === 0)
    body.push(emptyNote(minutes ? 'No items were recorded.' : 'Minutes have not been taken for this meeting.'));
  let section = '';
  const consentWords = minutes ? consentApprovalWords(minutes) : null;
  items.forEach((item, index) => {
    if (item.sectionTitle && item.sectionTitle !== section) {
      section = item.sectionTitle;
      body.push(
        paragraph(section.toUpperCase(), {
          bold: true,
          color: THEME.muted,
          size: THEME.size.small,
          spaceBefore: 200,
          spaceAfter: 40,
        }),
      );
      // The one motion is recorded once, at the head of the consent agenda's items.
      if (item.consent)
        body.push(
          paragraph(consentWords ? `${consentWords}, by one motion.` : 'Consent agenda: not yet approved.', {
            bold: true,
            spaceAfter: 80,
          }),
        );
    }
    body.push(heading(`${index + 1}. ${item.title}`, 3));
    if (item.presenterId) body.push(labelled('Presented by', names(item.presenterId)));
    if (item.pulledById) body.push(paragraph(`${pulledWords(names(item.pulledById))}.`, { italics: true }));
    if (item.notes.trim()) body.push(paragraph(item.notes));
    else if (item.decisions.length === 0 && !item.consent) body.push(emptyNote('No notes recorded.'));
    for (const decision of item.decisions) body.push(labelled('Decision', decisionLine(decision, names)));
    const made = item.actionItemIds
      .map((id) => doc.actionItems.find((a) => a.id === id))
      .filter((a) => a !== undefined);
    for (const a of made)
      body.push(
        labelled('Action', `${a.title}: ${ownerName(a, names)}${a.dueDate ? `, by ${shortDay(a.dueDate)}` : ''}`),
      );
    if (item.outcome === 'pending')
      body.push(paragraph('Not yet discussed.', { italics: true, color: THEME.muted }));
    if (item.outcome === 'unfinished')
      body.push(paragraph('Not finished: carried forward to the next meeting.', { italics: true, color: THEME.muted }));
  });

  const newActions = items
    .flatMap((i) => i.actionItemIds)
    .map((id) => doc.actionItems.find((a) => a.id === id))
    .filter((a) => a !== undefined);
  body.push(heading('New action items', 2));
  if (newActions.length === 0) body.push(emptyNote('No action items were assigned at this meeting.'));
  else
    body.push(
      dataTable(
        [
          { header: 'Action item', weight: 56 },
          { header: 'Owner', weight: 26 },
          { header: 'Due', weight: 18 },
        ],
        newActions.map((a) => [a.title, ownerName(a, names), a.dueDate ? shortDay(a.dueDate) : 'No date set']),
      ),
    );

  body.push(heading('Next meeting', 2));
  const next = nextMeetingOfBody(doc.meetings, meeting);
  if (next) {
    const nextFacts = whenWhere(next, zone);
    body.push(
      paragraph(
        [`${nextFacts.day}, ${nextFacts.time}`, nextFacts.place, nextFacts.videoLink].filter(Boolean).join('\n'),
      ),
    );
  } else body.push(paragraph('To be set.'));

  body.push(paragraph('', { spaceBefore: 240 }));
  body.push(signatureBlock(minutes?.recorder ? `Recorded by ${minutes.recorder}` : 'Recorder'));

  return {
    title: `Minutes: ${meeting.title}`,
    subtitle: [facts.kind, doc.coalition.community].filter(Boolean).join('  ·  '),
    body,
  };
}

/**
 * A decision with its vote. With recusals it reads "Carried 5–2; Dana Ortiz recused" (recusal.ts);
 * without, as it always has. A withheld name is not repeated for each recusal.
 */
function decisionLine(decision: Decision, names: (id: string | null) => string): string {
  if (decision.recusedIds.length === 0)
    return `${decision.text}${decision.vote ? `  (${voteWords(decision.vote)})` : ''}`;
  const list = decision.recusedIds.map(names);
  const withheld = list.filter((n) => n === WITHHELD_NAME).length;
  const shown = list.filter((n) => n !== WITHHELD_NAME);
  if (withheld) shown.push(withheld === 1 ? '1 member whose name is withheld' : `${withheld} members whose names are withheld`);
  return `${decision.text}  (${recusalWords(decision.vote, shown)})`;
}

/**
 * Names joined for a line of the minutes. Withheld names are counted rather than repeated
 * ("and 2 people whose names are withheld"), which reads better and reveals nothing more.
 */
function nameList(list: string[]): string {
  const withheld = list.filter((n) => n === WITHHELD_NAME).length;
  const shown = list.filter((n) => n !== WITHHELD_NAME);
  if (withheld === 0) return shown.join(', ');
  const phrase = withheld === 1 ? '1 person whose name is withheld' : `${withheld} people whose names are withheld`;
  return shown.length ? `${shown.join(', ')}, and ${phrase}` : phrase;
}

export async function minutesDocx(doc: WorkspaceDocument, meeting: Meeting): Promise<Buffer> {
  return renderDocx({ ...minutesPart(doc, meeting), coalitionName: doc.coalition.name });
}
