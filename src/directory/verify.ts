import { addDays, addMonths } from 'date-fns';
import { dateAsDay, dayAsDate } from '../model/wallClock';
import type { WorkspaceDocument } from '../workspace/document';
import type { Service } from './model';
import { verifyAfterMonths } from './settings';

/**
 * Which entries are due for a call to the provider. A phone number that changed, or a facility
 * that stopped taking people at night, is what sends an officer to a locked door, so an entry not
 * confirmed for N months (six unless the coalition says otherwise) is listed for the coordinator.
 */

export interface VerifyDue {
  service: Service;
  /** The day the check falls due; null for an entry never checked (due from the start). */
  dueOn: string | null;
  overdue: boolean;
}

/** The day a service's next check falls due; null when it was never checked. */
export function checkDueOn(service: Pick<Service, 'lastChecked'>, months: number): string | null {
  return service.lastChecked === null ? null : dateAsDay(addMonths(dayAsDate(service.lastChecked), months));
}

/** Due on or before the day given (or never checked). */
export function needsChecking(service: Pick<Service, 'lastChecked'>, months: number, today: string): boolean {
  const due = checkDueOn(service, months);
  return due === null || due <= today;
}

/**
 * Services whose check is overdue or falls due within the next seven days, most pressing first
 * (never checked, then by the day due), for the dashboard's "This week" and the directory screen.
 */
export function servicesToVerify(
  doc: Pick<WorkspaceDocument, 'services' | 'directorySettings'>,
  today: string,
): VerifyDue[] {
  const months = verifyAfterMonths(doc);
  const horizon = dateAsDay(addDays(dayAsDate(today), 7));
  const due: VerifyDue[] = [];
  for (const service of doc.services) {
    const dueOn = checkDueOn(service, months);
    if (dueOn !== null && dueOn > horizon) continue;
    due.push({ service, dueOn, overdue: dueOn === null || dueOn <= today });
  }
  return due.sort((a, b) => (a.dueOn ?? '').localeCompare(b.dueOn ?? ''));
}
