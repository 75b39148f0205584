import { describe, expect, it, vi } from 'vitest';
import { EVENT_CHANNEL } from '../../src/api/bridge';
import { METHOD_NAMES } from '../../src/api/contract';
import { buildBridge, type Invoke, type Subscribe } from '../../electron/bridge';

function setup(names: readonly string[] = METHOD_NAMES) {
  const invoke = vi.fn<Invoke>(async (channel, input) => ({ ok: true, value: { channel, input } }));
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const on = vi.fn<Subscribe>((channel, listener) => {
    const set = listeners.get(channel) ?? new Set();
    set.add(listener);
    listeners.set(channel, set);
    return () => set.delete(listener);
  });
  const emit = (channel: string, payload: unknown) => listeners.get(channel)?.forEach((listener) => listener(payload));
  return { bridge: buildBridge(invoke, on, names), invoke, on, emit };
}

describe('buildBridge: window.cit', () => {
  it('has exactly one function per contract method plus onEvent', () => {
    const { bridge } = setup();
    expect(Object.keys(bridge).sort()).toEqual([...METHOD_NAMES, 'onEvent'].sort());
    for (const key of Object.keys(bridge)) expect(typeof bridge[key], key).toBe('function');
  });

  it('exposes nothing that reaches IPC directly', () => {
    const { bridge } = setup();
    for (const name of ['ipcRenderer', 'send', 'sendSync', 'invoke', 'on', 'once', 'postMessage', 'removeListener']) {
      expect(name in bridge, name).toBe(false);
    }
  });

  it('cannot be changed by the page', () => {
    const { bridge } = setup();
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it('sends each method on its own cit: channel and returns the reply unchanged', async () => {
    const { bridge, invoke } = setup();
    const call = bridge.openExternalLink as (input: unknown) => Promise<unknown>;
    await expect(call({ url: 'https://example.org' })).resolves.toEqual({
      ok: true,
      value: { channel: 'cit:openExternalLink', input: { url: 'https://example.org' } },
    });
    expect(invoke).toHaveBeenCalledWith('cit:openExternalLink', { url: 'https://example.org' });

    invoke.mockResolvedValueOnce({ ok: false, error: { code: 'not-allowed', message: 'No.' } });
    await expect((bridge.getWorkspace as () => Promise<unknown>)()).resolves.toEqual({
      ok: false,
      error: { code: 'not-allowed', message: 'No.' },
    });
  });

  it('turns an IPC failure into an error reply instead of a rejected promise', async () => {
    const { bridge, invoke } = setup();
    invoke.mockRejectedValueOnce(new Error('An object could not be cloned.'));
    await expect((bridge.getWorkspace as (input: unknown) => Promise<unknown>)({ fn: () => 1 })).resolves.toMatchObject({
      ok: false,
      error: { code: 'internal', message: expect.stringContaining('could not be cloned') },
    });
  });

  it('onEvent delivers payloads from cit:event only, and unsubscribes', () => {
    const { bridge, on, emit } = setup();
    const callback = vi.fn();
    const stop = (bridge.onEvent as (cb: (e: unknown) => void) => () => void)(callback);
    expect(on).toHaveBeenCalledWith(EVENT_CHANNEL, expect.any(Function));

    emit(EVENT_CHANNEL, { type: 'workspace-changed' });
    emit('cit:other', { type: 'menu', action: 'undo' });
    expect(callback.mock.calls).toEqual([[{ type: 'workspace-changed' }]]);

    stop();
    emit(EVENT_CHANNEL, { type: 'save-state' });
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it('onEvent refuses a non-function', () => {
    const { bridge } = setup();
    expect(() => (bridge.onEvent as (cb: unknown) => void)('alert(1)')).toThrow(TypeError);
  });

  it('refuses a method name that would shadow onEvent or repeat', () => {
    expect(() => setup(['getWorkspace', 'onEvent'])).toThrow(/onEvent/);
    expect(() => setup(['getWorkspace', 'getWorkspace'])).toThrow(/getWorkspace/);
  });

  it('the contract has no method named onEvent', () => {
    expect(METHOD_NAMES).not.toContain('onEvent');
  });
});
