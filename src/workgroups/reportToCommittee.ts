import type { Meeting } from '../meetings';
import { LIMITS } from '../model/text';
import type { Workgroup } from './model';
import { byStart } from '../meetings';

/**
 * Workgroups report up to the steering committee through its agenda. These rules decide which
 * meeting receives a workgroup's report and what the item says; the command in
 * src/commands/workgroups.ts puts it there.
 */

/** The next steering committee meeting still to be held: planned, today or later, earliest first. */
export function nextSteeringMeeting<M extends Pick<Meeting, 'id' | 'kind' | 'status' | 'date' | 'startTime'>>(
  meetings: readonly M[],
  today: string,
): M | null {
  return (
    meetings
      .filter((m) => m.kind === 'steering-committee' && m.status === 'planned' && m.date >= today)
      .sort(byStart)[0] ?? null
  );
}

export const REPORT_PREFIX = 'Workgroup report: ';

/** "Workgroup report: Dispatch — drafting the protocol, review in March", cut to fit an item title. */
export function reportItemTitle(workgroup: Pick<Workgroup, 'name' | 'statusLine'>): string {
  const head = `${REPORT_PREFIX}${workgroup.name}`;
  if (!workgroup.statusLine) return head;
  const full = `${head} — ${workgroup.statusLine}`;
  return full.length <= LIMITS.title ? full : `${full.slice(0, LIMITS.title - 1).trimEnd()}…`;
}

/** Whether an agenda item is this workgroup's report (so a second request updates it rather than adding another). */
export function isReportItemFor(title: string, workgroup: Pick<Workgroup, 'name'>): boolean {
  const head = `${REPORT_PREFIX}${workgroup.name}`;
  return title === head || title.startsWith(`${head} — `);
}

/** The section reports go in: the agenda's "Reports" section when it has one. */
export const REPORTS_SECTION_TITLE = 'Reports';
