import type { FileChild } from 'docx';
import { dataTable, emptyNote, heading, labelled, paragraph, type TableRowSpec } from '../../export/docx/blocks';
import { renderDocx } from '../../export/docx/document';
import type { DocxPart } from '../../export/docx/part';
import { THEME } from '../../export/docx/theme';
import { tableDay } from '../../model/dateFormats';
import type { WorkspaceDocument } from '../../workspace/document';
import { classDays, organizationName } from '../classView';
import { agencyCoverage } from '../coverage';
import { completions, courseById, isHeld } from '../held';
import { DUE_SOON_DAYS, refreshers } from '../inService';
import { TraineeRole } from '../model';

const count = (n: number, one: string, many: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

export interface Period {
  from: string;
  to: string;
}

/**
 * The training report for the steering committee: what was taught in a period, who from which
 * agency completed it, how each agency stands against its target, and how many people need a
 * refresher. It is handed round at a meeting, so trainees are counted, never named.
 */
export function trainingSummaryPart(doc: WorkspaceDocument, period: Period, today: string): DocxPart {
  const courses = courseById(doc);
  const inPeriod = (day: string) => day >= period.from && day <= period.to;
  const classes = doc.trainingClasses
    .filter((c) => inPeriod(c.startsOn) || inPeriod(c.endsOn))
    .sort((a, b) => a.startsOn.localeCompare(b.startsOn));
  const done = completions(doc).filter((c) => inPeriod(c.on));
  // The state of things at the end of the period, or today if the period has not ended.
  const asOf = period.to < today ? period.to : today;

  const classRows: TableRowSpec[] = classes.map((c) => {
    const course = courses.get(c.courseId);
    const completedHere = c.trainees.filter((t) => t.status === 'completed').length;
    const state = c.cancelled ? 'Cancelled' : isHeld(c, today) ? 'Held' : 'Planned';
    return [
      course?.name ?? 'Course deleted',
      classDays(c),
      c.place,
      state,
      { text: String(c.trainees.length) },
      { text: c.cancelled ? '–' : String(completedHere) },
    ];
  });

  const roles = TraineeRole.options;
  const byAgency = new Map<string, number[]>();
  for (const { trainee } of done) {
    const agency = organizationName(doc, trainee.organizationId) || 'No agency recorded';
    const counts = byAgency.get(agency) ?? roles.map(() => 0);
    counts[roles.indexOf(trainee.role)]! += 1;
    byAgency.set(agency, counts);
  }
  const agencyRows: TableRowSpec[] = [...byAgency.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([agency, counts]) => [agency, ...counts.map(String), String(counts.reduce((x, y) => x + y, 0))]);
  if (agencyRows.length > 1) {
    const totals = roles.map((_, i) => [...byAgency.values()].reduce((sum, counts) => sum + counts[i]!, 0));
    agencyRows.push([
      { text: 'All agencies', bold: true },
      ...totals.map((n) => ({ text: String(n), bold: true })),
      { text: String(done.length), bold: true },
    ]);
  }

  const coverage = agencyCoverage(doc, asOf);
  const coverageRows: TableRowSpec[] = coverage.map((line) => [
    line.organizationName,
    line.swornOfficers === null ? 'Not known' : String(line.swornOfficers),
    String(line.trainedOfficers),
    line.officerPercent === null ? '–' : `${line.officerPercent}%`,
    `${line.targetPercent}%`,
    line.meetsTarget === null
      ? 'Staffing not known'
      : line.meetsTarget
        ? 'Target met'
        : `${line.officersToTarget} more to train`,
    line.dispatchers === null ? String(line.trainedDispatchers) : `${line.trainedDispatchers} of ${line.dispatchers}`,
  ]);

  const refresh = refreshers(doc, asOf);
  const refreshByAgency = new Map<string, { overdue: number; soon: number }>();
  for (const line of refresh) {
    if (line.state === 'current') continue;
    const agency = organizationName(doc, line.organizationId) || 'No agency recorded';
    const counts = refreshByAgency.get(agency) ?? { overdue: 0, soon: 0 };
    if (line.state === 'overdue') counts.overdue += 1;
    else counts.soon += 1;
    refreshByAgency.set(agency, counts);
  }
  const overdue = refresh.filter((l) => l.state === 'overdue').length;
  const soon = refresh.filter((l) => l.state === 'due-soon').length;

  const body: FileChild[] = [
    labelled('Period', `${tableDay(period.from)} to ${tableDay(period.to)}`),
    labelled('Prepared', tableDay(today)),
    paragraph(
      `${count(classes.filter((c) => isHeld(c, today)).length, 'class', 'classes')} held, ` +
        `${count(done.length, 'completion', 'completions')}, ` +
        `${count(overdue, 'person', 'people')} overdue for refresher training.`,
      { bold: true, spaceBefore: 120 },
    ),

    heading('Classes in the period'),
    classRows.length
      ? dataTable(
          [
            { header: 'Course', weight: 2.6 },
            { header: 'Dates', weight: 2.2 },
            { header: 'Place', weight: 2 },
            { header: 'Status', weight: 1 },
            { header: 'Enrolled', weight: 0.9, align: 'right' },
            { header: 'Completed', weight: 1, align: 'right' },
          ],
          classRows,
        )
      : emptyNote('No classes were planned or held in this period.'),

    heading('Who completed training, by agency and role'),
    agencyRows.length
      ? dataTable(
          [
            { header: 'Agency', weight: 3 },
            ...roles.map((role) => ({ header: TraineeRole.labelOf(role), weight: 1.1, align: 'right' as const })),
            { header: 'Total', weight: 0.9, align: 'right' },
          ],
          agencyRows,
        )
      : emptyNote('No one completed a course in this period.'),

    heading('Officers trained against each agency’s target'),
    paragraph(
      `As of ${tableDay(asOf)}. An officer counts once, after completing the 40-hour course; dispatchers count after the dispatcher course or the 40-hour course.`,
      { color: THEME.muted, size: THEME.size.small },
    ),
    coverageRows.length
      ? dataTable(
          [
            { header: 'Agency', weight: 2.6 },
            { header: 'Sworn officers', weight: 1.1, align: 'right' },
            { header: 'Trained', weight: 0.9, align: 'right' },
            { header: 'Share', weight: 0.8, align: 'right' },
            { header: 'Target', weight: 0.8, align: 'right' },
            { header: 'Standing', weight: 1.6 },
            { header: 'Dispatchers trained', weight: 1.3, align: 'right' },
          ],
          coverageRows,
        )
      : emptyNote('No agency has staffing numbers or trained officers yet.'),

    heading('Refresher training'),
    paragraph(
      `${overdue} ${overdue === 1 ? 'person is' : 'people are'} overdue and ${soon} ${soon === 1 ? 'is' : 'are'} due within ${DUE_SOON_DAYS} days.`,
    ),
    refreshByAgency.size
      ? dataTable(
          [
            { header: 'Agency', weight: 3 },
            { header: 'Overdue', weight: 1, align: 'right' },
            { header: `Due within ${DUE_SOON_DAYS} days`, weight: 1.5, align: 'right' },
          ],
          [...refreshByAgency.entries()]
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([agency, c]) => [agency, String(c.overdue), String(c.soon)]),
        )
      : emptyNote('No one needs a refresher yet.'),
  ];

  return {
    title: 'Training summary',
    subtitle: doc.coalition.community,
    body,
  };
}

export async function trainingSummaryDocx(doc: WorkspaceDocument, period: Period, today: string): Promise<Buffer> {
  return renderDocx({ ...trainingSummaryPart(doc, period, today), coalitionName: doc.coalition.name });
}
