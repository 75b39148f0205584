import type { ReadOnlyInfo } from '../../src/workspace/lock';
import { ApiError } from '../api/client';

/**
 * The holder named in a change refused because another copy of the app has the file open
 * (ApiError 'not-allowed' carrying data.readOnly), or null for any other error.
 */
export function readOnlyRefusal(error: unknown): ReadOnlyInfo | null {
  if (!(error instanceof ApiError) || error.body.code !== 'not-allowed') return null;
  const info = error.body.data?.readOnly;
  return typeof info === 'object' && info !== null ? (info as ReadOnlyInfo) : null;
}

/** One notification id, so several refused changes in a row show one message rather than a stack. */
export const READ_ONLY_NOTICE_ID = 'workspace-read-only-refusal';
