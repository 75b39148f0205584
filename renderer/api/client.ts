import type { CitBridge } from '../../src/api/bridge';
import type { ApiErrorBody, ApiReply } from '../../src/api/errors';
import type { MethodInput, MethodName, MethodOutput } from '../../src/api/contract';
import type { AppEvent } from '../../src/api/platform';

/**
 * The screen's only way to the workspace: `window.cit`, put there by the Electron preload (or by
 * the browser test host's shim). Replies arrive as { ok, value } or { ok: false, error }; here
 * they become a value or a thrown ApiError carrying the message written for the person.
 */
declare global {
  interface Window {
    /** Typed from the contract (src/api/bridge.ts); a method may still be missing in an older build. */
    cit: Partial<CitBridge> & Pick<CitBridge, 'onEvent'>;
  }
}

export class ApiError extends Error {
  constructor(readonly body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiError';
  }

  /** Messages per form field, keyed by the field's path ("email", "agenda.0.title"). */
  get fields(): Record<string, string> {
    return this.body.fields ?? {};
  }
}

export async function call<M extends MethodName>(method: M, ...args: Record<never, never> extends MethodInput<M> ? [input?: MethodInput<M>] : [input: MethodInput<M>]): Promise<MethodOutput<M>> {
  // One method of a union the compiler cannot call as a whole: seen here as what every method is.
  const fn = window.cit[method] as ((input?: unknown) => Promise<ApiReply<MethodOutput<M>>>) | undefined;
  if (typeof fn !== 'function') throw new ApiError({ code: 'not-found', message: `The app cannot do "${method}" yet.` });
  const reply = await fn(args[0] ?? {});
  if (!reply?.ok) throw new ApiError(reply?.error ?? { code: 'internal', message: 'The app did not answer.' });
  return reply.value;
}

export function onAppEvent(callback: (event: AppEvent) => void): () => void {
  return window.cit.onEvent(callback);
}
