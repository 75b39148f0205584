import { contextBridge, ipcRenderer } from 'electron';
import { buildBridge } from './bridge';

/**
 * The list of contract method names, written in by electron.vite.config.ts (`define`) when the
 * preload is built. A sandboxed preload can require only `electron` and a few built-ins, so it
 * is bundled into one CommonJS file; taking the names as a constant keeps zod and the whole
 * domain model out of that file.
 */
declare const __CIT_METHOD_NAMES__: readonly string[];

const bridge = buildBridge(
  (channel, input) => ipcRenderer.invoke(channel, input),
  (channel, listener) => {
    // Strip the IPC event: the page receives the payload alone.
    const forward = (_event: Electron.IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(channel, forward);
    return () => {
      ipcRenderer.removeListener(channel, forward);
    };
  },
  __CIT_METHOD_NAMES__,
);

contextBridge.exposeInMainWorld('cit', bridge);
