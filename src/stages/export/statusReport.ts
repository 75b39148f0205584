import type { FileChild } from 'docx';
import { addDaysTo, relativeDue } from '../../actions';
import { MeetingKind } from '../../meetings';
import { clockLabel, startInstant } from '../../model/wallClock';
import type { ActionItem } from '../../actions';
import { PolicyKind } from '../../policies';
import { RecognitionStatus } from '../../recognition';
import { WorkgroupFocus, WorkgroupStatus } from '../../workgroups';
import type { WorkspaceDocument } from '../../workspace/document';
import { waitingOn } from '../../policies';
import { coalitionOverview, upcomingMeetings } from '../overview';
import { COVERAGE_STATUS_LABELS } from '../../stakeholders';
import { displayName, type Audience } from '../../stakeholders';
import { dataTable, emptyNote, heading, labelled, paragraph } from '../../export/docx/blocks';
import { renderDocx } from '../../export/docx/document';
import { THEME } from '../../export/docx/theme';
import { tableDay } from '../../model/dateFormats';

/**
 * The steering committee's status report, for the leadership of partner agencies: how far the
 * program has come, who is at the table, what was done and what is late, when the committee
 * meets, and where the workgroups, policies and recognition stand. It is meant to be forwarded,
 * so it is written for a shared audience unless the coalition asks for its own copy.
 */
export const STATUS_REPORT_TITLE = 'Steering committee status report';

export interface StatusReportOptions {
  today: string;
  /** The period the report covers: what was done between these days (inclusive). */
  from: string;
  to: string;
  audience: Audience;
}

/** How far ahead "upcoming" looks when the period ends today or earlier. */
const LOOK_AHEAD_DAYS = 60;

export async function statusReportDocx(doc: WorkspaceDocument, options: StatusReportOptions): Promise<Buffer> {
  const { today, from, to, audience } = options;
  const overview = coalitionOverview(doc, { today, audience });
  const { progress } = overview;
  // One index for the whole report: a find per row made a ten-year report grow with rows × people.
  const people = new Map(doc.stakeholders.map((s) => [s.id, s]));
  const person = (id: string | null) => {
    const found = id ? people.get(id) : undefined;
    return found ? displayName(found, audience) : '';
  };
  const owner = (item: ActionItem) => person(item.ownerId) || item.ownerName || 'No owner yet';

  // Core partners always appear; other sectors only once someone from them is on the list, so
  // the table stays short and the rest are named in one line below it.
  const shownRows = overview.coverage.filter((row) => row.core || row.stakeholderIds.length > 0);
  const unreached = overview.coverage.filter((row) => !shownRows.includes(row));
  const doneInPeriod = doc.actionItems
    .filter((a) => a.status === 'done' && a.completedOn !== null && a.completedOn >= from && a.completedOn <= to)
    .sort((a, b) => (a.completedOn ?? '').localeCompare(b.completedOn ?? ''));
  const horizon = to > today ? to : addDaysTo(today, LOOK_AHEAD_DAYS);
  const meetings = upcomingMeetings(doc, today, horizon);
  const workgroups = doc.workgroups.filter((w) => w.status !== 'completed').sort((a, b) => a.name.localeCompare(b.name));
  const policies = doc.policies
    .map((policy) => ({ policy, waiting: waitingOn(policy, doc) }))
    .filter(({ waiting }) => waiting.stage !== 'in-force')
    .sort((a, b) => a.policy.title.localeCompare(b.policy.title));
  const events = doc.recognitionEvents
    .filter((e) => (e.status === 'held' ? e.date >= from && e.date <= to : e.date >= today))
    .sort((a, b) => a.date.localeCompare(b.date));

  const body: FileChild[] = [
    labelled('Period', `${tableDay(from)} to ${tableDay(to)}`),
    labelled('Prepared', tableDay(today)),

    heading('Progress'),
    paragraph(
      `${progress.currentStep.title}, ${progress.currentStep.done} of ${progress.currentStep.applicable} items done. ${
        progress.currentStage ? `Current stage: ${progress.currentStage.title}.` : 'Every stage is complete.'
      }`,
    ),
    dataTable(
      [
        { header: 'Stage', weight: 4 },
        { header: 'Done', weight: 1.2, align: 'center' },
        { header: 'Under way', weight: 1.2, align: 'center' },
      ],
      progress.steps.flatMap((step) => step.stages.map((s) => [s.title, `${s.done} of ${s.applicable}`, String(s.inProgress)])),
    ),
    heading('Next steps', 3),
    ...(overview.nextSteps.length
      ? overview.nextSteps.map((step, i) => labelled(`${i + 1}. ${step.blocking ? 'Blocking: ' : ''}${step.title}`, step.why))
      : [emptyNote('Nothing is left on the checklist.')]),

    heading('Who is at the table'),
    paragraph(overview.coverageSummary),
    dataTable(
      [
        { header: 'Partner', weight: 3.2 },
        { header: 'Committed', weight: 1.2, align: 'center' },
        { header: 'Talking', weight: 1.2, align: 'center' },
        { header: 'Identified', weight: 1.2, align: 'center' },
        { header: 'Status', weight: 1.5 },
      ],
      shownRows.map((row) => [
        row.core ? `${row.label} (core)` : row.label,
        String(row.atTheTable),
        String(row.talking),
        String(row.identified),
        COVERAGE_STATUS_LABELS[row.status],
      ]),
    ),

    ...(unreached.length ? [paragraph(`Other partners not reached yet: ${unreached.map((r) => r.label).join(', ')}.`, { color: THEME.muted, spaceBefore: 120 })] : []),

    heading('Action items'),
    heading(`Overdue (${overview.overdue.length})`, 3),
    overview.overdue.length
      ? dataTable(
          [
            { header: 'Item', weight: 3.6 },
            { header: 'Owner', weight: 2 },
            { header: 'Due', weight: 1.3 },
            { header: 'Late by', weight: 1.3 },
          ],
          overview.overdue.map((item) => [item.title, owner(item), tableDay(item.dueDate!), relativeDue(item.dueDate!, today).replace(' overdue', '')]),
        )
      : emptyNote('Nothing is overdue.'),
    heading(`Done in this period (${doneInPeriod.length})`, 3),
    doneInPeriod.length
      ? dataTable(
          [
            { header: 'Item', weight: 3.6 },
            { header: 'Owner', weight: 2 },
            { header: 'Completed', weight: 1.4 },
          ],
          doneInPeriod.map((item) => [item.title, owner(item), tableDay(item.completedOn!)]),
        )
      : emptyNote('No action items were completed in this period.'),

    heading('Upcoming meetings'),
    meetings.length
      ? dataTable(
          [
            { header: 'Date', weight: 1.5 },
            { header: 'Time', weight: 1 },
            { header: 'Meeting', weight: 3 },
            { header: 'Where', weight: 2.4 },
          ],
          meetings.map((m) => [
            tableDay(m.date),
            clockLabel(startInstant(m.date, m.startTime, doc.coalition.timeZone)),
            `${m.title}\n${MeetingKind.labelOf(m.kind)}`,
            [m.location, m.videoLink ? 'Video link on the invitation' : ''].filter(Boolean).join('\n') || 'To be set',
          ]),
        )
      : emptyNote(`No meetings are planned before ${tableDay(horizon)}.`),

    heading('Workgroups'),
    workgroups.length
      ? dataTable(
          [
            { header: 'Workgroup', weight: 2.2 },
            { header: 'Lead', weight: 1.8 },
            { header: 'Status', weight: 1 },
            { header: 'Where things stand', weight: 3.6 },
          ],
          workgroups.map((w) => [
            `${w.name}\n${WorkgroupFocus.labelOf(w.focus)}`,
            person(w.leadId) || 'No lead named',
            WorkgroupStatus.labelOf(w.status),
            w.statusLine ? (w.statusUpdatedOn ? `${w.statusLine} (as of ${tableDay(w.statusUpdatedOn)})` : w.statusLine) : 'No status written yet.',
          ]),
        )
      : emptyNote('No workgroups are active.'),

    heading('Policies awaiting adoption'),
    policies.length
      ? dataTable(
          [
            { header: 'Policy', weight: 3 },
            { header: 'Kind', weight: 1.8 },
            { header: 'Where it stands', weight: 4 },
          ],
          policies.map(({ policy, waiting }) => [
            policy.title,
            PolicyKind.labelOf(policy.kind),
            waiting.since ? `${waiting.sentence} Since ${tableDay(waiting.since)}.` : waiting.sentence,
          ]),
        )
      : emptyNote(doc.policies.length ? 'Every policy is adopted and signed.' : 'No policies are listed yet.'),

    heading('Recognition'),
    events.length
      ? dataTable(
          [
            { header: 'Event', weight: 3.4 },
            { header: 'Date', weight: 1.5 },
            { header: 'Status', weight: 1.8 },
          ],
          events.map((e) => [e.venue ? `${e.title}\n${e.venue}` : e.title, tableDay(e.date), RecognitionStatus.labelOf(e.status)]),
        )
      : emptyNote('No recognition event was held in this period or is planned.'),

    paragraph(
      audience === 'shared'
        ? 'People who asked not to be named in shared documents are shown as such.'
        : 'This copy is for the coalition’s own use: it names everyone in the workspace. Do not forward it.',
      { color: THEME.muted, size: THEME.size.small, spaceBefore: 360 },
    ),
  ];
  return renderDocx({
    title: STATUS_REPORT_TITLE,
    coalitionName: doc.coalition.name,
    subtitle: [doc.coalition.community, `${tableDay(from)} to ${tableDay(to)}`].filter(Boolean).join('  ·  '),
    body,
  });
}
