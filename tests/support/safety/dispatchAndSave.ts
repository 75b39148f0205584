import { dispatch, type Handlers } from '../../../src/api/dispatcher';
import type { ApiReply } from '../../../src/api/errors';

/**
 * Calls a method through the API as the screen does, then waits for the save that follows a
 * change (the app answers a change at once and saves it a moment later). The reply's `save` is
 * the state after that save.
 */
export async function dispatchAndSave(handlers: Handlers, method: string, input: unknown): Promise<ApiReply<unknown>> {
  const reply = await dispatch(handlers, method, input);
  if (!reply.ok) return reply;
  const saved = await dispatch(handlers, 'saveWorkspace', {});
  if (!saved.ok) return saved;
  const value = reply.value as Record<string, unknown> | null;
  return { ok: true, value: value && typeof value === 'object' ? { ...value, save: saved.value } : value };
}
