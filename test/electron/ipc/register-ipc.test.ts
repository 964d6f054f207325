// The Electron transport's main side, with ipcMain replaced by a recorder (no Electron runtime here):
// the sender check, argument validation and result objects are the real code.

import { describe, expect, it } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';
import { apiMethodNames, ipcInvokeChannel } from '../../../shared/api/contract';
import { isTrustedSender, registerIpcHandlers } from '../../../electron/ipc/register-ipc';
import { openTestApp } from '../../helpers/test-handlers';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

function recordingIpcMain() {
  const handlers = new Map<string, Listener>();
  return {
    handlers,
    handle: (channel: string, listener: Listener) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, listener);
    },
    removeHandler: (channel: string) => handlers.delete(channel),
  };
}

function fakeEvent(url: string, { subframe = false } = {}): IpcMainInvokeEvent {
  const mainFrame = { url };
  const senderFrame = subframe ? { url } : mainFrame;
  return { sender: { mainFrame }, senderFrame } as unknown as IpcMainInvokeEvent;
}

describe('registerIpcHandlers', () => {
  it('registers exactly one channel per contract method and removes them all', () => {
    const ipc = recordingIpcMain();
    const dispose = registerIpcHandlers(ipc, openTestApp().handlers, () => undefined);
    expect([...ipc.handlers.keys()].sort()).toEqual(apiMethodNames.map(ipcInvokeChannel).sort());
    dispose();
    expect(ipc.handlers.size).toBe(0);
  });

  it('answers the app window with result objects', async () => {
    const ipc = recordingIpcMain();
    registerIpcHandlers(ipc, openTestApp().handlers, () => undefined);
    const listChannels = ipc.handlers.get(ipcInvokeChannel('listChannels'));
    const result = (await listChannels?.(fakeEvent('app://oa-planner/index.html'))) as {
      ok: boolean;
      value: { name: string }[];
    };
    expect(result.ok).toBe(true);
    expect(result.value.map((c) => c.name)).toEqual(['Sandbox']);
  });

  it('validates arguments from the renderer as untrusted input', async () => {
    const ipc = recordingIpcMain();
    const app = openTestApp();
    registerIpcHandlers(ipc, app.handlers, () => undefined);
    const setPreferences = ipc.handlers.get(ipcInvokeChannel('setPreferences'));
    const result = await setPreferences?.(fakeEvent('app://oa-planner/index.html'), { windowBounds: 'huge' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(app.data.preferences.get().windowBounds).toBeNull();
  });

  it('refuses calls from other origins and from subframes, and logs them', async () => {
    const ipc = recordingIpcMain();
    const logged: string[] = [];
    const app = openTestApp();
    registerIpcHandlers(ipc, app.handlers, (m) => logged.push(m));
    const setPreferences = ipc.handlers.get(ipcInvokeChannel('setPreferences'));
    for (const event of [
      fakeEvent('https://evil.example/'),
      fakeEvent('file:///tmp/x.html'),
      fakeEvent('app://oa-planner/index.html', { subframe: true }),
    ]) {
      const result = await setPreferences?.(event, { locale: 'ja' });
      expect(result).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    }
    expect(app.data.preferences.get().locale).toBeNull();
    expect(logged).toHaveLength(3);
  });
});

describe('isTrustedSender', () => {
  it('accepts only the app protocol and host', () => {
    expect(isTrustedSender(fakeEvent('app://oa-planner/index.html#/quota'))).toBe(true);
    expect(isTrustedSender(fakeEvent('app://other/index.html'))).toBe(false);
    expect(isTrustedSender(fakeEvent('not a url'))).toBe(false);
  });
});
