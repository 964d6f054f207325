// Electron transport, renderer side. Runs sandboxed with context isolation and exposes exactly the
// contract's named methods and event subscriptions on `window.oaPlanner`: no raw ipcRenderer.

import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { apiEventNames, apiMethodNames, ipcEventChannel, ipcInvokeChannel } from '../../shared/api/contract';

const methods: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
for (const method of apiMethodNames) {
  const channel = ipcInvokeChannel(method);
  methods[method] = (...args) => ipcRenderer.invoke(channel, ...args);
}

const on: Record<string, (listener: (payload: unknown) => void) => () => void> = {};
for (const event of apiEventNames) {
  const channel = ipcEventChannel(event);
  on[event] = (listener) => {
    if (typeof listener !== 'function') throw new TypeError(`on.${event} needs a function`);
    const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(channel, forward);
    return () => {
      ipcRenderer.removeListener(channel, forward);
    };
  };
}

contextBridge.exposeInMainWorld('oaPlanner', { ...methods, on });
