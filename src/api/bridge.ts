import type { MethodInput, MethodName, MethodOutput } from './contract';
import type { ApiReply } from './errors';
import type { AppEvent } from './platform';

/**
 * The shape of `window.cit`, the only thing the screen can reach of the main process. The
 * preload (electron/preload.ts) builds it in the app; the browser test host injects a shim of
 * the same shape. Types only: importing this file costs nothing at run time.
 *
 * A method whose input is all optional (most take `{}`) may be called with no argument; the
 * dispatcher treats a missing payload as `{}`.
 */
export type CitBridge = {
  [M in MethodName]: (
    ...input: Partial<MethodInput<M>> extends MethodInput<M> ? [input?: MethodInput<M>] : [input: MethodInput<M>]
  ) => Promise<ApiReply<MethodOutput<M>>>;
} & {
  /** Calls `callback` for each event the main process sends; returns a function that stops it. */
  onEvent(callback: (event: AppEvent) => void): () => void;
};

/** The IPC channel for a method, and the one channel for events. Shared by preload and main. */
export const METHOD_CHANNEL_PREFIX = 'cit:';
export const EVENT_CHANNEL = 'cit:event';
