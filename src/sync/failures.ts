import { PASSWORD_REFUSED } from './errors';

/**
 * What went wrong talking to the server, in the header's words. A server that cannot be reached
 * is not a failure: the laptop is offline, keeps working, and sends its changes when it can.
 */
export function describeSyncError(error: unknown): { offline: boolean; message: string } {
  const e = (error ?? {}) as { status?: number; name?: string; message?: string; code?: string; reason?: string };
  if (e.status === 401) return { offline: false, message: PASSWORD_REFUSED };
  if (e.status === 403) return { offline: false, message: 'this account may not change the coalition on the server' };
  if (e.status === 404) return { offline: false, message: 'the coalition’s database is no longer on the server' };
  if (e.status === undefined || e.status === 0 || e.status >= 500 || isNetworkError(e))
    return { offline: true, message: 'the server cannot be reached' };
  return { offline: false, message: e.reason ?? e.message ?? 'the server refused the change' };
}

function isNetworkError(e: { name?: string; message?: string; code?: string }): boolean {
  const text = `${e.name ?? ''} ${e.message ?? ''} ${e.code ?? ''}`;
  return /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ECONNRESET|ETIMEDOUT|fetch failed|network|Failed to fetch/i.test(text);
}
