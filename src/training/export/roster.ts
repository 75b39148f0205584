import { dataTable, heading, labelled, paragraph, type TableRowSpec } from '../../export/docx/blocks';
import { renderDocx } from '../../export/docx/document';
import { THEME } from '../../export/docx/theme';
import type { WorkspaceDocument } from '../../workspace/document';
import { classDays, organizationName, peopleNames } from '../classView';
import { CourseKind, TraineeRole, type Course, type TrainingClass } from '../model';

/** Blank lines under the roster for people who arrive without being enrolled. */
const WALK_IN_LINES = 4;

/**
 * The class roster, printed for the first morning: the class's details, then one line per
 * trainee with room to sign in, and a few blank lines for walk-ins. Trainees sign their own
 * line, so their names are printed as typed.
 */
export async function rosterDocx(
  doc: WorkspaceDocument,
  trainingClass: TrainingClass,
  course: Course,
): Promise<Buffer> {
  const trainees = [...trainingClass.trainees].sort((a, b) => a.name.localeCompare(b.name));
  const instructors = peopleNames(doc, trainingClass.instructorIds);
  const speakers = peopleNames(doc, trainingClass.panelSpeakerIds);
  const rows: TableRowSpec[] = trainees.map((t, i) => [
    String(i + 1),
    t.name,
    organizationName(doc, t.organizationId),
    TraineeRole.labelOf(t.role),
    '',
  ]);
  for (let i = 0; i < WALK_IN_LINES; i += 1) rows.push([String(trainees.length + i + 1), '', '', '', '']);
  return renderDocx({
    title: `Class roster: ${course.name}`,
    coalitionName: doc.coalition.name,
    subtitle: doc.coalition.community,
    body: [
      labelled('Course', `${course.name} (${CourseKind.labelOf(course.kind)}, ${course.hours} hours)`),
      labelled('Dates', classDays(trainingClass)),
      labelled('Place', trainingClass.place || 'Not set yet'),
      labelled('Instructors', instructors.join(', ') || 'Not named yet'),
      ...(speakers.length ? [labelled('Panel speakers', speakers.join(', '))] : []),
      labelled('Enrolled', `${trainees.length} of ${trainingClass.capacity} places`),
      heading('Sign-in sheet'),
      paragraph(
        'Please sign beside your name each day you attend. If your name is missing, write it on a blank line.',
        {
          color: THEME.muted,
        },
      ),
      dataTable(
        [
          { header: 'No.', weight: 0.5, align: 'right' },
          { header: 'Name', weight: 2.4 },
          { header: 'Agency', weight: 2.4 },
          { header: 'Role', weight: 1.4 },
          { header: 'Signature', weight: 2.8 },
        ],
        rows,
      ),
    ],
  });
}
