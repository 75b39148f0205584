import type { FileChild } from 'docx';
import { paragraph, signatureRow } from '../../export/docx/blocks';
import { renderDocx } from '../../export/docx/document';
import { PAGE, THEME } from '../../export/docx/theme';
import { proseDay } from '../../model/dateFormats';
import type { WorkspaceDocument } from '../../workspace/document';
import { organizationName, peopleNames } from '../classView';
import type { Course, Trainee, TrainingClass } from '../model';

/** Sizes in half-points: framed and read at arm's length. */
const SIZE = { coalition: 22, title: 64, lead: 24, name: 56, agency: 26, course: 36, detail: 22 };

/** A long name is set smaller so that each certificate keeps to one page. */
function nameSize(name: string): number {
  if (name.length <= 36) return SIZE.name;
  if (name.length <= 70) return 42;
  return 30;
}

/**
 * One framed landscape page per trainee who completed the class. A certificate belongs to the
 * trainee, so it carries their name and agency as typed on the roster.
 */
export async function completionCertificatesDocx(
  doc: WorkspaceDocument,
  trainingClass: TrainingClass,
  course: Course,
): Promise<Buffer> {
  const instructor = peopleNames(doc, trainingClass.instructorIds)[0] ?? '';
  const signers = [
    { name: instructor, role: 'Lead instructor' },
    { name: '', role: 'CIT program coordinator' },
  ];
  const completed = trainingClass.trainees
    .filter((t) => t.status === 'completed')
    .sort((a, b) => a.name.localeCompare(b.name));
  return renderDocx({
    title: `Certificates: ${course.name}`,
    coalitionName: doc.coalition.name,
    orientation: 'landscape',
    bare: true,
    pageBorder: true,
    body: [],
    pages: completed.map((t) => certificate(doc, t, trainingClass, course, signers)),
  });
}

function certificate(
  doc: WorkspaceDocument,
  trainee: Trainee,
  trainingClass: TrainingClass,
  course: Course,
  signers: { name: string; role: string }[],
): FileChild[] {
  const serif = THEME.headingFont;
  const agency = organizationName(doc, trainee.organizationId);
  const on = trainee.completedOn ?? trainingClass.endsOn;
  return [
    paragraph(doc.coalition.name.toUpperCase(), {
      align: 'center',
      size: SIZE.coalition,
      color: THEME.accent,
      bold: true,
      spaceBefore: 800,
      spaceAfter: 400,
    }),
    paragraph('Certificate of Completion', {
      align: 'center',
      font: serif,
      size: SIZE.title,
      color: THEME.accent,
      spaceAfter: 420,
    }),
    paragraph('This certifies that', {
      align: 'center',
      italics: true,
      font: serif,
      size: SIZE.lead,
      color: THEME.muted,
      spaceAfter: 200,
    }),
    paragraph(trainee.name, {
      align: 'center',
      font: serif,
      size: nameSize(trainee.name),
      bold: true,
      color: '111111',
      spaceAfter: agency ? 100 : 400,
    }),
    ...(agency ? [paragraph(agency, { align: 'center', size: SIZE.agency, color: THEME.muted, spaceAfter: 400 })] : []),
    paragraph('has completed', {
      align: 'center',
      italics: true,
      font: serif,
      size: SIZE.lead,
      color: THEME.muted,
      spaceAfter: 160,
    }),
    paragraph(course.name, {
      align: 'center',
      font: serif,
      size: SIZE.course,
      bold: true,
      color: THEME.accent,
      spaceAfter: 160,
    }),
    paragraph(
      [`${course.hours} ${course.hours === 1 ? 'hour' : 'hours'}`, proseDay(on), trainingClass.place]
        .filter(Boolean)
        .join('  ·  '),
      { align: 'center', size: SIZE.detail, color: THEME.muted, spaceAfter: 320 },
    ),
    signatureRow(signers, Math.round(PAGE.landscapeContentWidth * 0.72)),
  ];
}
