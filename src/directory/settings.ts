import type { WorkspaceDocument } from '../workspace/document';
import { DEFAULT_VERIFY_MONTHS } from './model';

/** Months after a check that an entry should be confirmed again (the coalition may change it). */
export function verifyAfterMonths(doc: Pick<WorkspaceDocument, 'directorySettings'>): number {
  return doc.directorySettings.find((s) => s.id === 'directory')?.verifyAfterMonths ?? DEFAULT_VERIFY_MONTHS;
}
