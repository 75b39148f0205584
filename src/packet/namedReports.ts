import type { Meeting } from '../meetings';
import { isReportItemFor, REPORT_PREFIX, type Workgroup } from '../workgroups';

/**
 * The reports a meeting's agenda names, so the packet carries them: a workgroup's report where
 * an item is that workgroup's report ("Workgroup report: Dispatch — ..."), every active
 * workgroup's where an item is the standing "Workgroup reports", the training summary where an
 * item (its title, description or guidance) speaks of training, and the program data report
 * where one speaks of program or crisis-call data. The words are
 * the ones the agenda templates and the "report to the committee" command write.
 */
export interface NamedReports {
  workgroupIds: string[];
  training: boolean;
  programData: boolean;
}

const STANDING_WORKGROUP_REPORTS = /^workgroup reports?\b/i;
const TRAINING = /\btraining\b/i;
const DATA = /\b(program|crisis[- ]call|call)\s+data\b|\bdata report\b/i;

export function namedReports(meeting: Pick<Meeting, 'agenda'>, workgroups: readonly Workgroup[]): NamedReports {
  const workgroupIds = new Set<string>();
  let training = false;
  let programData = false;
  for (const section of meeting.agenda)
    for (const item of section.items) {
      // A template's guidance says what a standing item covers ("Training dates and seats, crisis-call data").
      const words = `${item.title}\n${item.description}\n${item.guidance}`;
      if (item.title.startsWith(REPORT_PREFIX)) {
        for (const workgroup of workgroups) if (isReportItemFor(item.title, workgroup)) workgroupIds.add(workgroup.id);
      } else if (STANDING_WORKGROUP_REPORTS.test(item.title)) {
        for (const workgroup of workgroups) if (workgroup.status === 'active') workgroupIds.add(workgroup.id);
      }
      if (TRAINING.test(words)) training = true;
      if (DATA.test(words)) programData = true;
    }
  // In the order the workgroups are kept, so the packet's order does not depend on the agenda's wording.
  return { workgroupIds: workgroups.filter((w) => workgroupIds.has(w.id)).map((w) => w.id), training, programData };
}
