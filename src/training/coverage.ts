import type { WorkspaceDocument } from '../workspace/document';
import { completions, personKey } from './held';
import { DEFAULT_TARGET_PERCENT, type AgencyStaffing } from './model';

/**
 * How much of each agency is trained. An officer counts once they completed the 40-hour course;
 * a call-taker or dispatcher once they completed the dispatcher course or the 40-hour course.
 * Each person counts once however many classes they took (held.ts: personKey), and the share of
 * sworn officers trained is set against the agency's own target.
 */

type CoverageDoc = Pick<WorkspaceDocument, 'trainingCourses' | 'trainingClasses' | 'agencyStaffing' | 'organizations'>;

export interface AgencyCoverage {
  organizationId: string;
  organizationName: string;
  swornOfficers: number | null;
  dispatchers: number | null;
  targetPercent: number;
  trainedOfficers: number;
  trainedDispatchers: number;
  /** Trained officers as a share (0–100, rounded down to a whole number) of sworn officers; null when their number is not known. */
  officerPercent: number | null;
  dispatcherPercent: number | null;
  /** Null when the share cannot be known. */
  meetsTarget: boolean | null;
  /** How many more officers to train to reach the target (0 when it is met). */
  officersToTarget: number | null;
}

/** The staffing line of an agency, if one was written. */
export function staffingOf(
  doc: Pick<WorkspaceDocument, 'agencyStaffing'>,
  organizationId: string,
): AgencyStaffing | undefined {
  return doc.agencyStaffing.find((s) => s.organizationId === organizationId);
}

const percent = (part: number, whole: number | null): number | null =>
  whole ? Math.floor((part * 100) / whole) : null;

/**
 * One line per agency that has a staffing line or anyone trained, in the order of the
 * organization list. Completions up to `today` count.
 */
export function agencyCoverage(doc: CoverageDoc, today: string): AgencyCoverage[] {
  const officers = new Map<string, Set<string>>();
  const dispatchers = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, organizationId: string, key: string) => {
    let people = map.get(organizationId);
    if (!people) map.set(organizationId, (people = new Set()));
    people.add(key);
  };
  for (const { trainee, course, on } of completions(doc)) {
    if (on > today || !trainee.organizationId) continue;
    const key = personKey(trainee);
    if (course.kind === 'cit-40' && trainee.role === 'officer') add(officers, trainee.organizationId, key);
    if (course.kind === 'dispatch' || (course.kind === 'cit-40' && trainee.role === 'dispatcher'))
      add(dispatchers, trainee.organizationId, key);
  }

  const lines: AgencyCoverage[] = [];
  for (const organization of doc.organizations) {
    const staffing = staffingOf(doc, organization.id);
    const trainedOfficers = officers.get(organization.id)?.size ?? 0;
    const trainedDispatchers = dispatchers.get(organization.id)?.size ?? 0;
    if (!staffing && !trainedOfficers && !trainedDispatchers) continue;
    const swornOfficers = staffing?.swornOfficers ?? null;
    const targetPercent = staffing?.targetPercent ?? DEFAULT_TARGET_PERCENT;
    const needed = swornOfficers ? Math.ceil((swornOfficers * targetPercent) / 100) : null;
    lines.push({
      organizationId: organization.id,
      organizationName: organization.name,
      swornOfficers,
      dispatchers: staffing?.dispatchers ?? null,
      targetPercent,
      trainedOfficers,
      trainedDispatchers,
      officerPercent: percent(trainedOfficers, swornOfficers),
      dispatcherPercent: percent(trainedDispatchers, staffing?.dispatchers ?? null),
      meetsTarget: needed === null ? null : trainedOfficers >= needed,
      officersToTarget: needed === null ? null : Math.max(0, needed - trainedOfficers),
    });
  }
  return lines;
}
