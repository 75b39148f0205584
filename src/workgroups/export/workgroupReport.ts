import type { FileChild } from 'docx';
import { ActionStatus, type ActionItem } from '../../actions';
import { MeetingStatus } from '../../meetings';
import { PolicyKind, RevisionStatus } from '../../policies';
import { WorkgroupFocus, WorkgroupStatus, type Workgroup } from '../model';
import type { WorkspaceDocument } from '../../workspace/document';
import { displayName, exportableAffiliation } from '../../stakeholders';
import { workgroupOverview } from '../overview';
import { dataTable, emptyNote, heading, labelled, paragraph } from '../../export/docx/blocks';
import { renderDocx } from '../../export/docx/document';
import type { DocxPart } from '../../export/docx/part';
import { tableDay } from '../../model/dateFormats';

/**
 * A workgroup's report to the steering committee: its charge, who is in it, where things stand,
 * its action items and the policies it is responsible for. It is handed out at meetings, so
 * people appear as the privacy rule allows for a shared document.
 */
export function workgroupReportPart(doc: WorkspaceDocument, workgroup: Workgroup, today: string): DocxPart {
  const view = workgroupOverview(doc, workgroup, today);
  const person = (id: string | null) => {
    const found = id ? doc.stakeholders.find((s) => s.id === id) : undefined;
    return found ? displayName(found, 'shared') : '';
  };
  const owner = (item: ActionItem) => person(item.ownerId) || item.ownerName || 'No owner yet';

  const body: FileChild[] = [
    labelled('Focus', WorkgroupFocus.labelOf(workgroup.focus)),
    labelled('Status', WorkgroupStatus.labelOf(workgroup.status)),
    labelled('Lead', view.lead ? displayName(view.lead, 'shared') : 'No lead named'),
    labelled('Formed', workgroup.formedOn ? tableDay(workgroup.formedOn) : 'Not recorded'),
    ...(workgroup.closedOn ? [labelled('Closed', tableDay(workgroup.closedOn))] : []),
    labelled('Report prepared', tableDay(today)),

    heading('Where things stand'),
    workgroup.statusLine
      ? paragraph(
          workgroup.statusUpdatedOn
            ? `${workgroup.statusLine} (as of ${tableDay(workgroup.statusUpdatedOn)})`
            : workgroup.statusLine,
        )
      : emptyNote('The lead has not written a status line yet.'),

    heading('Charge'),
    workgroup.charge.trim()
      ? paragraph(workgroup.charge)
      : emptyNote('The steering committee’s charge to this workgroup has not been written down yet.'),

    heading('Members'),
    view.members.length
      ? dataTable(
          [
            { header: 'Name', weight: 2.2 },
            { header: 'Title and organization', weight: 3.4 },
            { header: 'Role', weight: 1 },
          ],
          view.members.map(({ stakeholder, organization, isLead }) => {
            const affiliation = exportableAffiliation(stakeholder, organization?.name ?? '', 'shared');
            return [
              displayName(stakeholder, 'shared'),
              [affiliation.title, affiliation.organization].filter(Boolean).join(', '),
              isLead ? 'Lead' : 'Member',
            ];
          }),
        )
      : emptyNote('No members have been added yet.'),

    heading('Action items'),
    heading('Open', 3),
    view.openItems.length
      ? dataTable(
          [
            { header: 'Item', weight: 3.6 },
            { header: 'Owner', weight: 2 },
            { header: 'Due', weight: 1.2 },
            { header: 'Status', weight: 1.1 },
          ],
          view.openItems.map((item) => [
            item.title,
            owner(item),
            item.dueDate ? tableDay(item.dueDate) : 'No date',
            ActionStatus.labelOf(item.status),
          ]),
        )
      : emptyNote('Nothing open.'),
    heading('Done', 3),
    view.doneItems.length
      ? dataTable(
          [
            { header: 'Item', weight: 3.6 },
            { header: 'Owner', weight: 2 },
            { header: 'Completed', weight: 1.4 },
          ],
          view.doneItems.map((item) => [item.title, owner(item), item.completedOn ? tableDay(item.completedOn) : '']),
        )
      : emptyNote('Nothing finished yet.'),

    heading('Meetings'),
    view.meetings.upcoming.length + view.meetings.past.length
      ? dataTable(
          [
            { header: 'Date', weight: 1.3 },
            { header: 'Meeting', weight: 4 },
            { header: 'Status', weight: 1.2 },
          ],
          [...view.meetings.upcoming, ...view.meetings.past].map((m) => [
            tableDay(m.date),
            m.title,
            MeetingStatus.labelOf(m.status),
          ]),
        )
      : emptyNote('No meetings of this workgroup are recorded.'),

    heading('Policies'),
    view.policies.length
      ? dataTable(
          [
            { header: 'Policy', weight: 2.6 },
            { header: 'Kind', weight: 1.6 },
            { header: 'Current version', weight: 1.6 },
            { header: 'Waiting on', weight: 2.8 },
          ],
          view.policies.map(({ policy, current, waiting }) => [
            policy.title,
            PolicyKind.labelOf(policy.kind),
            current ? `${current.version}, ${RevisionStatus.labelOf(current.status).toLowerCase()}` : 'None yet',
            waiting.sentence,
          ]),
        )
      : emptyNote('This workgroup is not responsible for any policy.'),
  ];

  return {
    title: `Workgroup report: ${workgroup.name}`,
    subtitle: doc.coalition.community || undefined,
    body,
  };
}

export async function workgroupReportDocx(doc: WorkspaceDocument, workgroup: Workgroup, today: string): Promise<Buffer> {
  return renderDocx({ ...workgroupReportPart(doc, workgroup, today), coalitionName: doc.coalition.name });
}
