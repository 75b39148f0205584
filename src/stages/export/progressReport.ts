import type { FileChild } from 'docx';
import type { WorkspaceDocument } from '../../workspace/document';
import { nextSteps, type NextStep } from '../nextSteps';
import { computeProgress, ITEM_STATUS_LABELS, type ItemProgress, type StageProgress, type StepProgress } from '../progress';
import { AUDIENCE_FILE_LABEL, type Audience } from '../../stakeholders';
import { dataTable, emptyNote, heading, labelled, paragraph } from '../../export/docx/blocks';
import { renderDocx } from '../../export/docx/document';
import { THEME } from '../../export/docx/theme';
import { tableDay } from '../../model/dateFormats';

/**
 * "Where we are": every stage of building the program, each item with its status and the
 * evidence behind it, and the next steps. Written for the coalition and for anyone it wants to
 * bring along, so people appear only as the privacy rule allows for the chosen audience.
 */
export const PROGRESS_REPORT_TITLE = 'Where we are: building our CIT program';

/**
 * The name the save dialog suggests. The share-safe report and the coalition's copy of the same
 * day are told apart in it, so saving one never silently replaces the other.
 */
export function progressReportFileName(coalitionName: string, today: string, audience: Audience): string {
  return `Where we are - ${coalitionName} - ${today} ${AUDIENCE_FILE_LABEL[audience]}`;
}

export async function progressReportDocx(doc: WorkspaceDocument, options: { today: string; audience: Audience }): Promise<Buffer> {
  const progress = computeProgress(doc, options);
  const steps = nextSteps(progress, 5);
  const current = progress.currentStage;

  const body: FileChild[] = [
    labelled('Report date', tableDay(options.today)),
    labelled(progress.currentStep.short, `${progress.currentStep.done} of ${progress.currentStep.applicable} items done (${progress.currentStep.percent}%)`),
    labelled('Current stage', current ? `${current.title} (${current.done} of ${current.applicable} done)` : 'Every stage is complete'),
    paragraph(
      'Each item shows its status and what the coalition’s records show about it. Items worked out from the records update as the work is logged; items marked by hand say who marked them, when, and why.',
      { color: THEME.muted, size: THEME.size.small + 2, spaceBefore: 120 },
    ),
    heading('Next steps'),
    ...nextStepsBlock(steps),
    ...progress.steps.flatMap(stepBlock),
  ];
  return renderDocx({ title: PROGRESS_REPORT_TITLE, coalitionName: doc.coalition.name, subtitle: doc.coalition.community || undefined, body });
}

function nextStepsBlock(steps: NextStep[]): FileChild[] {
  if (steps.length === 0) return [emptyNote('Nothing is left on the checklist. Well done.')];
  return steps.map((step, index) => labelled(`${index + 1}. ${step.blocking ? 'Blocking: ' : ''}${step.title}`, step.why));
}

function stepBlock(step: StepProgress): FileChild[] {
  return [
    heading(step.title),
    paragraph(`${step.summary} ${step.done} of ${step.applicable} items done.`),
    ...step.stages.flatMap(stageBlock),
  ];
}

function stageBlock(stage: StageProgress): FileChild[] {
  return [
    heading(`${stage.title}: ${stage.done} of ${stage.applicable} done`, 3),
    paragraph(stage.summary, { italics: true, color: THEME.muted, keepNext: true }),
    dataTable(
      [
        { header: 'Item', weight: 3 },
        { header: 'Status', weight: 1.35 },
        { header: 'What the records show', weight: 4.35 },
      ],
      stage.items.map((item) => [item.title, statusCell(item), evidenceCell(item)]),
    ),
  ];
}

/** Worked out from the records is the normal case, explained once at the top; a hand mark is called out. */
const SOURCE_NOTE: Record<ItemProgress['source'], string> = {
  data: '',
  hand: 'marked by hand',
  override: 'set by hand',
  none: '',
};

export function statusCell(item: ItemProgress): string {
  const note = SOURCE_NOTE[item.source];
  return note ? `${ITEM_STATUS_LABELS[item.status]}\n(${note})` : ITEM_STATUS_LABELS[item.status];
}

export function evidenceCell(item: ItemProgress): string {
  switch (item.source) {
    case 'data':
      return item.derived?.evidence ?? '';
    case 'override':
      return `${item.markLine}\nThe records show: ${item.derived?.evidence ?? ''}`;
    case 'hand':
      return item.markLine ?? '';
    case 'none':
      return 'Nothing recorded yet.';
  }
}
