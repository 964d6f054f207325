// The browser-mode server over real HTTP on loopback, with real handlers over a temporary data folder.

import http from 'node:http';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createAppServices } from '../../../electron/app/services';
import { startBrowserServer, type BrowserServer } from '../../../electron/server/browser-server';
import { makeTempDir } from '../../helpers/temp-dir';

async function startServer(options: { launchCommand?: string } = {}): Promise<BrowserServer> {
  const renderer = makeTempDir();
  writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>OA Planner</title>');
  mkdirSync(path.join(renderer, 'assets'));
  writeFileSync(path.join(renderer, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(path.join(path.dirname(renderer), `${path.basename(renderer)}-secret.txt`), 'secret');
  const data = createAppServices({ shell: 'browser', dataDirectory: makeTempDir() });
  // Links inside the renderer folder that lead out of it: to a folder and to a file.
  symlinkSync('/etc', path.join(renderer, 'etc'));
  symlinkSync(
    path.join(path.dirname(renderer), `${path.basename(renderer)}-secret.txt`),
    path.join(renderer, 'secret.txt'),
  );
  // A link that stays inside the folder is fine.
  symlinkSync(path.join(renderer, 'assets', 'app.js'), path.join(renderer, 'app-link.js'));
  const server = await startBrowserServer({
    rendererDirectory: renderer,
    createHandlers: (emit) => {
      data.onEvent(emit);
      return data.handlers;
    },
    ...options,
  });
  onTestFinished(async () => {
    await server.close();
    await data.close();
  });
  return server;
}

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A raw request, so tests control Host and Origin exactly as another program could. */
function request(
  server: BrowserServer,
  method: string,
  pathAndQuery: string,
  headers: Record<string, string> = {},
  body?: string,
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: server.port,
        method,
        path: pathAndQuery,
        headers: { host: `127.0.0.1:${String(server.port)}`, ...headers },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const invoke = (server: BrowserServer, method: string, args: unknown, headers: Record<string, string> = {}) =>
  request(
    server,
    'POST',
    `/api/invoke/${method}`,
    { 'content-type': 'application/json', 'x-oa-planner-key': server.key, ...headers },
    JSON.stringify(args),
  );

describe('browser-mode server', () => {
  it('listens on 127.0.0.1 only, on a free port, with a long random key', async () => {
    const server = await startServer();
    expect(server.origin).toBe(`http://127.0.0.1:${String(server.port)}`);
    expect(server.port).toBeGreaterThan(0);
    expect(server.key.length).toBeGreaterThanOrEqual(40);
    expect(server.url).toBe(`${server.origin}/?key=${server.key}`);
    const other = await startServer();
    expect(other.key).not.toBe(server.key);
  });

  it('serves the page with the key and sets a strict cookie; refuses it without', async () => {
    const server = await startServer();
    const refused = await request(server, 'GET', '/');
    expect(refused.status).toBe(403);
    expect(refused.body).toContain('oa-planner serve');

    const page = await request(server, 'GET', `/?key=${server.key}`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>OA Planner</title>');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    const cookie = page.headers['set-cookie']?.[0] ?? '';
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');

    const asset = await request(server, 'GET', '/assets/app.js', { cookie: cookie.split(';')[0] ?? '' });
    expect(asset.status).toBe(200);
    expect(asset.headers['content-type']).toContain('text/javascript');
    expect(cookie.split('=')[0]).toBe(`oa_planner_page_${String(server.port)}`);
    // The cookie is not the API key: browsers send it to every port of the host.
    expect(cookie).not.toContain(server.key);
    const asCookie = `${cookie.split('=')[0] ?? ''}=${server.key}`;
    expect((await request(server, 'GET', '/assets/app.js', { cookie: asCookie })).status).toBe(403);
    expect((await request(server, 'GET', '/assets/app.js', { cookie: 'oa_planner_page=wrong' })).status).toBe(
      403,
    );
  });

  it('refuses foreign Host headers (DNS rebinding) and foreign origins', async () => {
    const server = await startServer();
    const port = String(server.port);
    expect(
      (await request(server, 'GET', `/?key=${server.key}`, { host: `evil.example:${port}` })).status,
    ).toBe(403);
    expect((await request(server, 'GET', `/?key=${server.key}`, { host: `localhost:${port}` })).status).toBe(
      200,
    );
    const foreign = await invoke(server, 'listChannels', [], { origin: 'http://evil.example' });
    expect(foreign.status).toBe(403);
    const otherPort = await invoke(server, 'listChannels', [], { origin: 'http://127.0.0.1:1' });
    expect(otherPort.status).toBe(403);
    const crossSite = await invoke(server, 'listChannels', [], { 'sec-fetch-site': 'cross-site' });
    expect(crossSite.status).toBe(403);
    const sameOrigin = await invoke(server, 'listChannels', [], { origin: server.origin });
    expect(sameOrigin.status).toBe(200);
  });

  it('answers API calls only with the key in the header, never from the cookie alone', async () => {
    const server = await startServer();
    const noKey = await request(
      server,
      'POST',
      '/api/invoke/listChannels',
      { 'content-type': 'application/json' },
      '[]',
    );
    expect(noKey.status).toBe(401);
    expect(JSON.parse(noKey.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    const cookieOnly = await request(
      server,
      'POST',
      '/api/invoke/listChannels',
      { 'content-type': 'application/json', cookie: `oa_planner_key=${server.key}` },
      '[]',
    );
    expect(cookieOnly.status).toBe(401);
    const wrongKey = await invoke(server, 'listChannels', [], { 'x-oa-planner-key': 'x'.repeat(43) });
    expect(wrongKey.status).toBe(401);
  });

  it('runs API calls against the data folder: a fresh one holds the Sandbox channel', async () => {
    const server = await startServer();
    const reply = await invoke(server, 'listChannels', []);
    expect(reply.status).toBe(200);
    const result = JSON.parse(reply.body) as { ok: boolean; value: { name: string; kind: string }[] };
    expect(result.ok).toBe(true);
    expect(result.value.map((c) => [c.name, c.kind])).toEqual([['Sandbox', 'sandbox']]);
  });

  it('validates arguments and refuses non-JSON bodies, unknown methods and form posts', async () => {
    const server = await startServer();
    const invalid = JSON.parse((await invoke(server, 'setPreferences', [{ locale: 'klingon' }])).body) as {
      error: { code: string; message: string };
    };
    expect(invalid.error.code).toBe('invalid-argument');
    expect(invalid.error.message).toContain('locale');
    const unknown = await invoke(server, 'dropAllTables', []);
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    const notJson = await request(
      server,
      'POST',
      '/api/invoke/listChannels',
      { 'content-type': 'application/json', 'x-oa-planner-key': server.key },
      '{oops',
    );
    expect(notJson.status).toBe(400);
    const form = await request(
      server,
      'POST',
      '/api/invoke/listChannels',
      { 'content-type': 'application/x-www-form-urlencoded', 'x-oa-planner-key': server.key },
      'a=1',
    );
    expect(form.status).toBe(415);
  });

  it('answers an expression nested thousands of levels deep with a validation error, not 500', async () => {
    const server = await startServer();
    const leaf = '{"type":"audience","audienceId":1}';
    for (const levels of [1_000, 100_000, 13]) {
      // Built as text: JSON.stringify itself would overflow the stack on such an object.
      const expression = `${'{"type":"not","operand":'.repeat(levels)}${leaf}${'}'.repeat(levels)}`;
      const reply = await request(
        server,
        'POST',
        '/api/invoke/countAudienceExpression',
        { 'content-type': 'application/json', 'x-oa-planner-key': server.key },
        `[1,${expression},{"targetReach":null}]`,
      );
      expect(reply.status, String(levels)).toBe(200);
      const result = JSON.parse(reply.body) as { ok: boolean; error: { code: string; message: string } };
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
      expect(result.error.message).toMatch(
        /^countAudienceExpression: argument 2 field "operand\.operand\..*": nested more than 12 levels$/,
      );
    }
    const shallow = JSON.parse(
      (
        await invoke(server, 'countAudienceExpression', [
          1,
          { type: 'not', operand: { type: 'audience', audienceId: 1 } },
          { targetReach: null },
        ])
      ).body,
    ) as { ok: boolean; error?: { message: string } };
    expect(shallow.error?.message ?? '').not.toContain('nested');
  });

  it('refuses bodies over the size limit with 413 and a JSON error, however large', async () => {
    const server = await startServer();
    for (const megabytes of [9, 17, 40]) {
      const huge = await invoke(server, 'setPreferences', ['x'.repeat(megabytes * 1024 * 1024)]);
      expect(huge.status, `${String(megabytes)} MB`).toBe(413);
      expect(JSON.parse(huge.body)).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    }
    // The connection stays usable for the next request.
    expect((await invoke(server, 'listChannels', [])).status).toBe(200);
  });

  it('takes the key for API calls from the header only; the query opens only the event stream', async () => {
    const server = await startServer();
    const inQuery = await request(
      server,
      'POST',
      `/api/invoke/listChannels?key=${server.key}`,
      { 'content-type': 'application/json' },
      '[]',
    );
    expect(inQuery.status).toBe(401);
    const events = await new Promise<number>((resolve, reject) => {
      const req = http.get(
        { host: '127.0.0.1', port: server.port, path: `/api/events?key=${server.key}` },
        (res) => {
          resolve(res.statusCode ?? 0);
          req.destroy();
        },
      );
      req.on('error', reject);
    });
    expect(events).toBe(200);
  });

  it('names the command that started it on the page shown without the key', async () => {
    const byDefault = await startServer();
    expect((await request(byDefault, 'GET', '/')).body).toContain('printed by `oa-planner serve`');
    const fromNpm = await startServer({ launchCommand: 'npm start' });
    const refused = await request(fromNpm, 'GET', '/');
    expect(refused.status).toBe(403);
    expect(refused.body).toContain('open the full address printed by `npm start`');
    expect(refused.body).not.toContain('oa-planner serve');
  });

  it('never serves files outside the renderer folder', async () => {
    const server = await startServer();
    const page = await request(server, 'GET', `/?key=${server.key}`);
    const cookie = { cookie: page.headers['set-cookie']?.[0]?.split(';')[0] ?? '' };
    for (const attempt of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/%00']) {
      const reply = await request(server, 'GET', attempt, cookie);
      expect(reply.status, attempt).toBe(404);
    }
    // Symbolic links inside the folder that lead out of it serve nothing, with the cookie or the key.
    for (const attempt of ['/etc/passwd', '/etc/hostname', '/secret.txt']) {
      for (const [how, pathAndQuery, headers] of [
        ['cookie', attempt, cookie],
        ['key', `${attempt}?key=${server.key}`, {}],
      ] as const) {
        const reply = await request(server, 'GET', pathAndQuery, headers);
        expect(reply.status, `${attempt} with the ${how}`).toBe(404);
        expect(reply.body).not.toContain('root:');
        expect(reply.body).not.toContain('secret');
      }
    }
    expect((await request(server, 'GET', '/app-link.js', cookie)).status).toBe(200);
  });

  it('pushes events to subscribers over server-sent events', async () => {
    const server = await startServer();
    const received = new Promise<string>((resolve, reject) => {
      const req = http.get(
        { host: '127.0.0.1', port: server.port, path: `/api/events?key=${server.key}` },
        (res) => {
          expect(res.headers['content-type']).toContain('text/event-stream');
          let text = '';
          res.on('data', (chunk: Buffer) => {
            text += chunk.toString();
            if (text.includes(': connected')) {
              void invoke(server, 'setPreferences', [{ locale: 'ja' }]);
            }
            if (text.includes('event: preferencesChanged')) {
              req.destroy();
              resolve(text);
            }
          });
        },
      );
      req.on('error', reject);
    });
    const text = await received;
    const data = /event: preferencesChanged\ndata: (.*)\n/.exec(text)?.[1] ?? '{}';
    expect(JSON.parse(data)).toMatchObject({ locale: 'ja' });
    expect((await request(server, 'GET', '/api/events')).status).toBe(401);
  });
});
