import { describe, expect, it, vi } from 'vitest';
import { METHOD_NAMES } from '../../src/api/contract';
import type { Handlers } from '../../src/api/dispatcher';
import { registerIpc, REFUSED_SENDER_MESSAGE, type IpcEventLike, type IpcMainLike } from '../../electron/ipc';

type Listener = (event: IpcEventLike, ...args: unknown[]) => unknown;

/** A plain object in place of ipcMain, recording each handler by channel. */
function fakeIpcMain() {
  const handlers = new Map<string, Listener>();
  const ipcMain: IpcMainLike = {
    handle: (channel, listener) => {
      if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      handlers.set(channel, listener);
    },
  };
  return { ipcMain, handlers };
}

/** A service whose every handler is a spy answering "reached". */
function spyService() {
  const handlers = Object.fromEntries(METHOD_NAMES.map((name) => [name, vi.fn(async () => ({ reached: name }))]));
  return { handlers: handlers as unknown as Handlers, spies: handlers };
}

const trusted = { senderFrame: { url: 'app://cit/index.html' } };
const untrusted = { senderFrame: { url: 'https://evil.example/' } };
const isTrusted = (event: IpcEventLike) => event === trusted;

describe('registerIpc', () => {
  it('registers exactly one handler per contract method, on cit:<method>', () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const channels = registerIpc(ipcMain, spyService(), isTrusted);
    const expected = METHOD_NAMES.map((name) => `cit:${name}`);
    expect([...handlers.keys()].sort()).toEqual([...expected].sort());
    expect(channels.sort()).toEqual([...expected].sort());
    expect(handlers.size).toBeGreaterThan(10);
  });

  it('answers a trusted call through the dispatcher and the service', async () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const service = spyService();
    registerIpc(ipcMain, service, isTrusted);
    const reply = await handlers.get('cit:getWorkspace')?.(trusted, {});
    expect(reply).toEqual({ ok: true, value: { reached: 'getWorkspace' } });
    expect(service.spies.getWorkspace).toHaveBeenCalledTimes(1);
  });

  it('refuses a call from an untrusted frame and never reaches the service', async () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const service = spyService();
    registerIpc(ipcMain, service, isTrusted);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const [channel, listener] of handlers) {
      const reply = await listener(untrusted, { url: 'https://example.org', path: '/x', id: 'a', target: 'current' });
      expect(reply, channel).toEqual({ ok: false, error: { code: 'not-allowed', message: REFUSED_SENDER_MESSAGE } });
    }
    warn.mockRestore();
    for (const spy of Object.values(service.spies)) expect(spy).not.toHaveBeenCalled();
  });

  it('answers a malformed payload with invalid-input, without calling the handler', async () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const service = spyService();
    registerIpc(ipcMain, service, isTrusted);

    const wrongType = await handlers.get('cit:openExternalLink')?.(trusted, { url: 42 });
    expect(wrongType).toMatchObject({ ok: false, error: { code: 'invalid-input' } });

    const extraKey = await handlers.get('cit:getWorkspace')?.(trusted, { __proto__: { polluted: true }, sneaky: 1 });
    expect(extraKey).toMatchObject({ ok: false, error: { code: 'invalid-input' } });

    const notAnObject = await handlers.get('cit:openRecentWorkspace')?.(trusted, 'C:/Windows/system.ini');
    expect(notAnObject).toMatchObject({ ok: false, error: { code: 'invalid-input' } });

    expect(service.spies.openExternalLink).not.toHaveBeenCalled();
    expect(service.spies.getWorkspace).not.toHaveBeenCalled();
    expect(service.spies.openRecentWorkspace).not.toHaveBeenCalled();
  });

  it('turns a failing handler into an error reply rather than a rejected invoke', async () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const service = spyService();
    service.spies.getWorkspace?.mockRejectedValueOnce(new Error('disk on fire'));
    registerIpc(ipcMain, service, isTrusted);
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const reply = await handlers.get('cit:getWorkspace')?.(trusted, {});
    error.mockRestore();
    expect(reply).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('tells afterCall which method was answered, and a failing afterCall does not lose the reply', async () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const afterCall = vi.fn(() => {
      throw new Error('menu broke');
    });
    registerIpc(ipcMain, spyService(), isTrusted, { afterCall });
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const reply = await handlers.get('cit:closeWorkspace')?.(trusted, {});
    error.mockRestore();
    expect(reply).toEqual({ ok: true, value: { reached: 'closeWorkspace' } });
    expect(afterCall).toHaveBeenCalledWith('closeWorkspace', reply);
  });
});
