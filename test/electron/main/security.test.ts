// Window hardening with a stand-in for WebContents (an EventEmitter plus the window-open hook).

import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { WebContents } from 'electron';
import { isAppUrl } from '../../../electron/ipc/register-ipc';
import { hardenSession, hardenWebContents } from '../../../electron/main/security';

function fakeContents() {
  const emitter = new EventEmitter();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = Object.assign(emitter, {
    setWindowOpenHandler: (handler: typeof openHandler) => (openHandler = handler),
  });
  return {
    contents: contents as unknown as WebContents,
    emitter,
    open: (url: string) => openHandler?.({ url }),
  };
}

function navigate(emitter: EventEmitter, name: string, url: string): boolean {
  const event = { preventDefault: vi.fn() };
  emitter.emit(name, event, url);
  return event.preventDefault.mock.calls.length > 0;
}

describe('hardenWebContents', () => {
  it('blocks navigation and redirects away from the app', () => {
    const { contents, emitter } = fakeContents();
    hardenWebContents(contents, { openExternal: vi.fn() });
    expect(navigate(emitter, 'will-navigate', 'https://evil.example/')).toBe(true);
    expect(navigate(emitter, 'will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(navigate(emitter, 'will-redirect', 'http://127.0.0.1:9/')).toBe(true);
    expect(navigate(emitter, 'will-navigate', 'app://oa-planner/index.html#/quota')).toBe(false);
    expect(navigate(emitter, 'will-attach-webview', 'app://oa-planner/')).toBe(true);
  });

  it('denies every new window; https links go to the system browser, others nowhere', () => {
    const { contents, open } = fakeContents();
    const openExternal = vi.fn(() => Promise.resolve());
    hardenWebContents(contents, { openExternal });
    expect(open('https://developers.line.biz/')).toEqual({ action: 'deny' });
    expect(open('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(open('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://developers.line.biz/']]);
  });
});

describe('hardenSession', () => {
  it('denies every permission request and check', () => {
    let request: ((c: unknown, p: string, cb: (granted: boolean) => void) => void) | undefined;
    let check: (() => boolean) | undefined;
    let device: (() => boolean) | undefined;
    hardenSession({
      setPermissionRequestHandler: (h: typeof request) => (request = h),
      setPermissionCheckHandler: (h: typeof check) => (check = h),
      setDevicePermissionHandler: (h: typeof device) => (device = h),
    } as never);
    const granted = vi.fn();
    request?.(undefined, 'media', granted);
    expect(granted).toHaveBeenCalledWith(false);
    expect(check?.()).toBe(false);
    expect(device?.()).toBe(false);
  });
});

describe('isAppUrl', () => {
  it('recognises only the app origin', () => {
    expect(isAppUrl('app://oa-planner/index.html')).toBe(true);
    expect(isAppUrl('app://oa-planner.evil/index.html')).toBe(false);
    expect(isAppUrl('nonsense')).toBe(false);
  });
});
