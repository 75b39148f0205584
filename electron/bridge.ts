import { EVENT_CHANNEL, METHOD_CHANNEL_PREFIX } from '../src/api/bridge';
import type { ApiReply } from '../src/api/errors';
import type { AppEvent } from '../src/api/platform';

/** Sends one call to the main process and resolves with its answer (ipcRenderer.invoke in the app). */
export type Invoke = (channel: string, input: unknown) => Promise<unknown>;
/**
 * Subscribes to a channel, handing the listener only the payload (never the IPC event, which
 * carries `sender` and would give the page a way back to ipcRenderer). Returns an unsubscribe.
 */
export type Subscribe = (channel: string, listener: (payload: unknown) => void) => () => void;

export type BridgeObject = Readonly<Record<string, unknown>>;

/**
 * Builds `window.cit`: one function per contract method plus `onEvent`. The object holds only
 * these functions, so the page never gets ipcRenderer, `send`, or a channel of its choosing.
 *
 * `methodNames` comes from the contract. The preload receives it as a constant written at build
 * time, so the sandboxed preload does not have to bundle the zod schemas to learn the names.
 */
export function buildBridge(invoke: Invoke, on: Subscribe, methodNames: readonly string[]): BridgeObject {
  const bridge: Record<string, unknown> = {};
  for (const name of methodNames) {
    if (name === 'onEvent' || Object.hasOwn(bridge, name)) {
      throw new Error(`The contract method name "${name}" cannot be exposed on window.cit.`);
    }
    const channel = METHOD_CHANNEL_PREFIX + name;
    bridge[name] = async (input?: unknown): Promise<ApiReply<unknown>> => {
      try {
        // The main process answers with the dispatcher's reply, which never throws; pass it on as is.
        return (await invoke(channel, input)) as ApiReply<unknown>;
      } catch (error) {
        // Only IPC itself fails here (an input that cannot be cloned, a handler missing while
        // the app quits). The screen expects a reply, never a rejected promise.
        return {
          ok: false,
          error: { code: 'internal', message: `The app could not answer: ${(error as Error)?.message ?? String(error)}` },
        };
      }
    };
  }
  bridge.onEvent = (callback: (event: AppEvent) => void): (() => void) => {
    if (typeof callback !== 'function') throw new TypeError('onEvent needs a function.');
    return on(EVENT_CHANNEL, (payload) => callback(payload as AppEvent));
  };
  return Object.freeze(bridge);
}
