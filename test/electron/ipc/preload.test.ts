// The preload with Electron's contextBridge and ipcRenderer mocked at the module boundary: it must
// expose exactly the contract's methods and event subscriptions, and nothing else.

import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  apiEventNames,
  apiMethodNames,
  ipcEventChannel,
  ipcInvokeChannel,
} from '../../../shared/api/contract';

const exposed = new Map<string, unknown>();
const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
const invoke = vi.fn((...args: unknown[]) => Promise.resolve({ ok: true, value: args }));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
  ipcRenderer: {
    invoke,
    on: (channel: string, listener: (...args: unknown[]) => void) => {
      const set = listeners.get(channel) ?? new Set();
      listeners.set(channel, set);
      set.add(listener);
    },
    removeListener: (channel: string, listener: (...args: unknown[]) => void) =>
      listeners.get(channel)?.delete(listener),
  },
}));

type Exposed = Record<string, (...args: unknown[]) => Promise<unknown>> & {
  on: Record<string, (listener: (payload: unknown) => void) => () => void>;
};

describe('preload', () => {
  beforeEach(async () => {
    exposed.clear();
    vi.resetModules();
    await import('../../../electron/preload/preload');
  });

  it('exposes one object with exactly the contract methods plus `on`', () => {
    expect([...exposed.keys()]).toEqual(['oaPlanner']);
    const api = exposed.get('oaPlanner') as Exposed;
    expect(Object.keys(api).sort()).toEqual([...apiMethodNames, 'on'].sort());
    expect(Object.keys(api.on).sort()).toEqual([...apiEventNames].sort());
  });

  it('forwards a call to its own invoke channel', async () => {
    const api = exposed.get('oaPlanner') as Exposed;
    await api.setPreferences?.({ locale: 'th' });
    expect(invoke).toHaveBeenLastCalledWith(ipcInvokeChannel('setPreferences'), { locale: 'th' });
  });

  it('passes event payloads without the IPC event and unsubscribes', () => {
    const api = exposed.get('oaPlanner') as Exposed;
    const seen: unknown[] = [];
    const unsubscribe = api.on.navigate?.((payload) => seen.push(payload));
    const channel = ipcEventChannel('navigate');
    for (const listener of listeners.get(channel) ?? []) listener({ sender: 'ipc-event' }, 'quota');
    unsubscribe?.();
    expect(listeners.get(channel)?.size).toBe(0);
    expect(seen).toEqual(['quota']);
    expect(() => api.on.navigate?.('not a function' as never)).toThrow(TypeError);
  });
});
