import { METHOD_CHANNEL_PREFIX } from '../src/api/bridge';
import { METHOD_NAMES, type MethodName } from '../src/api/contract';
import { dispatch, type Handlers } from '../src/api/dispatcher';
import type { ApiReply } from '../src/api/errors';

/** The part of Electron's ipcMain this module uses, so a test can pass a plain object. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => Promise<unknown> | unknown): void;
}

/** What the sender check receives; Electron's IpcMainInvokeEvent has both. */
export interface IpcEventLike {
  readonly sender?: unknown;
  readonly senderFrame?: unknown;
}

export interface IpcOptions {
  /** Called after each answered call, e.g. to refresh the menu when the recent list changed. */
  afterCall?: (method: MethodName, reply: ApiReply<unknown>) => void;
}

export const REFUSED_SENDER_MESSAGE = 'This request did not come from the app’s own window and was refused.';

/**
 * One `ipcMain.handle('cit:<method>')` per contract method. Each call is answered only for our
 * own window (checked by `isTrustedSender`, which main.ts builds from security.ts), then goes
 * through the dispatcher, which checks the payload against the method's zod schema and turns
 * every failure into an error reply. A refused or malformed call never reaches the service.
 *
 * One channel per method (rather than one 'cit:call' channel carrying the name) means the
 * set of channels is fixed at start-up and can be listed and tested.
 */
export function registerIpc(
  ipcMain: IpcMainLike,
  service: { readonly handlers: Handlers },
  isTrustedSender: (event: IpcEventLike) => boolean,
  options: IpcOptions = {},
): string[] {
  const channels: string[] = [];
  for (const method of METHOD_NAMES) {
    const channel = METHOD_CHANNEL_PREFIX + method;
    ipcMain.handle(channel, async (event, payload) => {
      if (!isTrustedSender(event)) {
        console.warn(`Refused IPC call on ${channel} from an untrusted frame.`);
        return refused();
      }
      const reply = await dispatch(service.handlers, method, payload);
      try {
        options.afterCall?.(method, reply);
      } catch (error) {
        // A follow-up (the menu refresh) failing must not lose the answer to the screen.
        console.error(error);
      }
      return reply;
    });
    channels.push(channel);
  }
  return channels;
}

function refused(): ApiReply<never> {
  return { ok: false, error: { code: 'not-allowed', message: REFUSED_SENDER_MESSAGE } };
}
