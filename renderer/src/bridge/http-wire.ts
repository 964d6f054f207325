// The browser-mode transport: each API call is a POST to the local server, events arrive as
// server-sent events. The per-launch key comes in the page URL once and is kept for the tab.

import type { ApiEventName, ApiMethodName, WireApi } from '../../../shared/api/contract';
import { apiEventNames, apiMethodNames } from '../../../shared/api/contract';
import { fail, type ApiResult } from '../../../shared/api/result';
import { browserKeyHeader, browserKeyParam } from '../../../shared/api/browser-protocol';

const storageKey = 'oa-planner-key';

/** Reads the launch key from `?key=` (then removes it from the address bar) or from this tab's storage. */
export function takeLaunchKey(location: Location, storage: Storage, history: History): string | null {
  const url = new URL(location.href);
  const fromUrl = url.searchParams.get(browserKeyParam);
  if (fromUrl) {
    storage.setItem(storageKey, fromUrl);
    url.searchParams.delete(browserKeyParam);
    history.replaceState(history.state, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return storage.getItem(storageKey);
}

/** Chromium, Firefox and Safari keep at most 64 KB of keepalive request bodies in flight. */
export const keepaliveBodyMaxBytes = 64 * 1024;

/**
 * One API call on a request that outlives the page (`keepalive`), for saving while it unloads.
 * Returns null without sending when the body is over the browsers' limit.
 */
export function keepaliveCall(
  key: string,
  method: ApiMethodName,
  args: readonly unknown[],
  base = '',
): Promise<ApiResult<unknown>> | null {
  const body = JSON.stringify(args);
  // Headers count against the budget too: leave them a kilobyte.
  if (new TextEncoder().encode(body).length > keepaliveBodyMaxBytes - 1024) return null;
  return fetch(`${base}/api/invoke/${method}`, {
    method: 'POST',
    keepalive: true,
    headers: { 'content-type': 'application/json', [browserKeyHeader]: key },
    body,
  }).then(
    async (response) =>
      response.headers.get('content-type')?.startsWith('application/json')
        ? ((await response.json()) as ApiResult<unknown>)
        : fail('unavailable', { key: 'errors.api.serverAnswered', params: { status: response.status } }),
    (error: unknown) =>
      fail('unavailable', {
        key: 'errors.api.serverUnreachable',
        params: { detail: error instanceof Error ? error.message : String(error) },
      }),
  );
}

export interface HttpWireOptions {
  /** Origin of the server; '' (the page's own) in the app. */
  readonly base?: string;
  /** The browser's EventSource; Node tests pass undici's, the same implementation Node 22 ships. */
  readonly EventSource?: new (url: string) => EventSource;
}

export function createHttpWireApi(key: string, options: HttpWireOptions = {}): WireApi {
  const base = options.base ?? '';
  const EventSourceImpl = options.EventSource ?? globalThis.EventSource;
  const methods: Record<string, (...args: unknown[]) => Promise<ApiResult<unknown>>> = {};
  for (const name of apiMethodNames) {
    methods[name] = async (...args) => {
      let response: Response;
      try {
        response = await fetch(`${base}/api/invoke/${name}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [browserKeyHeader]: key },
          body: JSON.stringify(args),
        });
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        return fail('unavailable', { key: 'errors.api.serverUnreachable', params: { detail } });
      }
      if (response.headers.get('content-type')?.startsWith('application/json')) {
        return (await response.json()) as ApiResult<unknown>;
      }
      return fail('unavailable', { key: 'errors.api.serverAnswered', params: { status: response.status } });
    };
  }

  // One EventSource for all events, opened on the first subscription.
  let source: EventSource | null = null;
  const listeners = new Map<ApiEventName, Set<(payload: never) => void>>();
  const ensureSource = (): EventSource => {
    if (source) return source;
    const opened = new EventSourceImpl(`${base}/api/events?${browserKeyParam}=${encodeURIComponent(key)}`);
    for (const event of apiEventNames) {
      opened.addEventListener(event, (message) => {
        const payload = JSON.parse((message as MessageEvent<string>).data) as never;
        for (const listener of listeners.get(event) ?? []) listener(payload);
      });
    }
    source = opened;
    return opened;
  };
  const on: Record<string, (listener: (payload: never) => void) => () => void> = {};
  for (const event of apiEventNames) {
    on[event] = (listener) => {
      ensureSource();
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener);
      return () => set.delete(listener);
    };
  }
  return { ...methods, on } as unknown as WireApi;
}
