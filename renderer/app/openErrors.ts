import type { ApiErrorBody } from '../../src/api/errors';
import type { BackupOffer, OpenProblem } from '../../src/workspace/errors';

/**
 * A workspace that could not be opened, as the main process describes it (code 'file' with the
 * problem and the newest good backup in `data`), read defensively: the screen never trusts the
 * shape of what crosses the bridge.
 */
export interface OpenFailure {
  message: string;
  problem: OpenProblem;
  offer: BackupOffer | null;
  details: string[];
}

const PROBLEMS: readonly OpenProblem[] = ['missing', 'unreadable', 'not-json', 'invalid', 'newer-version'];

export function asOpenFailure(body: ApiErrorBody): OpenFailure | null {
  if (body.code !== 'file') return null;
  const data = body.data ?? {};
  const problem = PROBLEMS.find((p) => p === data.problem);
  if (!problem) return null;
  const offer = data.offer as Partial<BackupOffer> | null | undefined;
  return {
    message: body.message,
    problem,
    offer:
      offer && typeof offer.backupId === 'string' && typeof offer.savedAt === 'string'
        ? { backupId: offer.backupId, savedAt: offer.savedAt }
        : null,
    details: Array.isArray(body.details) ? body.details.filter((d): d is string => typeof d === 'string') : [],
  };
}

/** The dialog's heading, in the person's terms. */
export function failureHeading(problem: OpenProblem): string {
  switch (problem) {
    case 'missing':
      return 'This file could not be found';
    case 'newer-version':
      return 'This file needs a newer version of the app';
    case 'unreadable':
      return 'This file could not be read';
    default:
      return 'This file could not be opened';
  }
}
