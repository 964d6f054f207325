// The browser-mode transport, run in Node against the real browser-mode server on loopback: calls,
// refusals, an unreachable or foreign server, server-sent events, and how the launch key is taken.

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { EventSource as UndiciEventSource } from 'undici';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { ApiEventName } from '../../../shared/api/contract';
import { createHttpWireApi, takeLaunchKey } from '../../../renderer/src/bridge/http-wire';
import { startBrowserServer } from '../../../electron/server/browser-server';
import { openTestApp } from '../../helpers/test-handlers';
import { makeTempDir } from '../../helpers/temp-dir';

async function serve() {
  const app = openTestApp();
  const server = await startBrowserServer({
    rendererDirectory: makeTempDir(),
    createHandlers: (emit) => {
      app.data.onEvent(emit);
      return app.handlers;
    },
  });
  onTestFinished(() => server.close());
  return server;
}

/** An EventSource class that reports each instance, so a test can wait until the stream is open. */
function observedEventSource() {
  const opened: Promise<void>[] = [];
  class Observed extends UndiciEventSource {
    constructor(url: string) {
      super(url);
      opened.push(new Promise((resolve) => this.addEventListener('open', () => resolve(), { once: true })));
    }
  }
  return { EventSource: Observed as unknown as new (url: string) => EventSource, opened };
}

describe('HTTP wire API', () => {
  it('calls main over HTTP with the key in a header, and returns its values', async () => {
    const server = await serve();
    const wire = createHttpWireApi(server.key, { base: server.origin });
    const channels = await wire.listChannels();
    expect(channels).toMatchObject({ ok: true, value: [{ name: 'Sandbox', kind: 'sandbox' }] });
    const updated = await wire.setPreferences({ locale: 'th' });
    expect(updated).toMatchObject({ ok: true, value: { locale: 'th' } });
  });

  it('passes main’s refusals through with their key and parameters', async () => {
    const server = await serve();
    const wire = createHttpWireApi(server.key, { base: server.origin });
    expect(await wire.getProject(31337)).toEqual({
      ok: false,
      error: {
        code: 'not-found',
        key: 'errors.projects.notFound',
        params: { id: 31337 },
        message: 'There is no project 31337; it may have been deleted.',
      },
    });
    const wrongKey = createHttpWireApi('not-the-key', { base: server.origin });
    expect(await wrongKey.listChannels()).toMatchObject({
      ok: false,
      error: { code: 'unauthorized', key: 'errors.api.wrongKey' },
    });
  });

  it('says the server is unreachable, or what a server that is not OA Planner answered', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const unreachable = createHttpWireApi('k', { base: `http://127.0.0.1:${String(port)}` });
    expect(await unreachable.listChannels()).toMatchObject({
      ok: false,
      error: { code: 'unavailable', key: 'errors.api.serverUnreachable' },
    });

    const foreign = http.createServer((_req, res) => {
      res.writeHead(502, { 'content-type': 'text/html' });
      res.end('<h1>Bad gateway</h1>');
    });
    await new Promise<void>((resolve) => foreign.listen(0, '127.0.0.1', resolve));
    onTestFinished(() => new Promise<void>((resolve) => foreign.close(() => resolve())));
    const other = createHttpWireApi('k', {
      base: `http://127.0.0.1:${String((foreign.address() as AddressInfo).port)}`,
    });
    expect(await other.listChannels()).toMatchObject({
      ok: false,
      error: { code: 'unavailable', key: 'errors.api.serverAnswered', params: { status: 502 } },
    });
  });

  it('delivers server-sent events to each subscriber until it unsubscribes', async () => {
    const server = await serve();
    const observed = observedEventSource();
    const wire = createHttpWireApi(server.key, { base: server.origin, EventSource: observed.EventSource });
    const seen: { event: ApiEventName; locale: unknown }[] = [];
    let resolveTwo: () => void = () => undefined;
    const two = new Promise<void>((resolve) => (resolveTwo = resolve));
    const stop = wire.on.preferencesChanged((prefs) => {
      seen.push({ event: 'preferencesChanged', locale: prefs.locale });
      if (seen.length === 2) resolveTwo();
    });
    const stopAudiences = wire.on.audiencesChanged(() => undefined);
    expect(observed.opened).toHaveLength(1); // one stream for every event
    await observed.opened[0];

    await wire.setPreferences({ locale: 'ja' });
    await wire.setPreferences({ locale: 'zh-TW' });
    await two;
    expect(seen).toEqual([
      { event: 'preferencesChanged', locale: 'ja' },
      { event: 'preferencesChanged', locale: 'zh-TW' },
    ]);

    stop();
    let resolveAudience: () => void = () => undefined;
    const audienceEvent = new Promise<void>((resolve) => (resolveAudience = resolve));
    stopAudiences();
    wire.on.audiencesChanged(() => resolveAudience());
    await wire.setPreferences({ locale: 'en' });
    await wire.createChatTag(1, 'VIP'); // emits audiencesChanged after the preferences event
    await audienceEvent;
    expect(seen).toHaveLength(2);
  });
});

describe('takeLaunchKey', () => {
  function page(href: string) {
    const stored = new Map<string, string>();
    const replaced: string[] = [];
    const location = { href } as Location;
    const storage = {
      getItem: (k: string) => stored.get(k) ?? null,
      setItem: (k: string, v: string) => void stored.set(k, v),
    } as Storage;
    const history = {
      state: null,
      replaceState: (_s: unknown, _t: string, url: string) => void replaced.push(url),
    } as unknown as History;
    return { location, storage, history, replaced };
  }

  it('takes the key from the address once, removes it from the address bar, and keeps it for the tab', () => {
    const first = page('http://127.0.0.1:5000/?key=abc&lang=ja#editor');
    expect(takeLaunchKey(first.location, first.storage, first.history)).toBe('abc');
    expect(first.replaced).toEqual(['/?lang=ja#editor']);

    const reload = { ...first, location: { href: 'http://127.0.0.1:5000/?lang=ja#editor' } as Location };
    expect(takeLaunchKey(reload.location, reload.storage, reload.history)).toBe('abc');
  });

  it('has no key for a page opened without one', () => {
    const bare = page('http://127.0.0.1:5000/');
    expect(takeLaunchKey(bare.location, bare.storage, bare.history)).toBeNull();
    expect(bare.replaced).toEqual([]);
  });
});
