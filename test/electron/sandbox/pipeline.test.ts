// The sandbox's request pipeline and its parts, driven without a socket: a request is a method, a
// URL, headers and a body stream, and the answer goes to a recording Responder.

import { once } from 'node:events';
import { Readable } from 'node:stream';
import { describe, expect, it, onTestFinished } from 'vitest';
import { lineErrorMessages } from '../../../shared/line/errors';
import { authenticate, bearerToken } from '../../../electron/sandbox/auth';
import { ChannelRegistry } from '../../../electron/sandbox/channels';
import { createManualClock } from '../../../electron/sandbox/clock';
import { LineApiError } from '../../../electron/sandbox/errors';
import { FaultInjector } from '../../../electron/sandbox/faults';
import { createIdSource } from '../../../electron/sandbox/ids';
import { lineRequestValidator } from '../../../electron/sandbox/openapi/load';
import {
  claimRetryKey,
  createRequestPipeline,
  validateRequest,
  type Responder,
} from '../../../electron/sandbox/pipeline';
import { RateLimiter } from '../../../electron/sandbox/rate-limits';
import { readBody } from '../../../electron/sandbox/request-body';
import { RequestLog } from '../../../electron/sandbox/request-log';
import { encodeResponse, loggedResponseBody } from '../../../electron/sandbox/response';
import type { SandboxResponse } from '../../../electron/sandbox/route';
import { Router } from '../../../electron/sandbox/router';
import { sandboxRoutes } from '../../../electron/sandbox/routes';
import { openSandboxDb } from '../../../electron/sandbox/store';
import { defaultTimings } from '../../../electron/sandbox/timings';

type Answer =
  | { readonly kind: 'answer'; readonly requestId: string; readonly response: SandboxResponse }
  | { readonly kind: 'drop' }
  | { readonly kind: 'hang'; readonly ms: number };

const seed = 3;

function harness() {
  const clock = createManualClock();
  const db = openSandboxDb(':memory:');
  onTestFinished(() => {
    db.close();
  });
  const ids = createIdSource(seed);
  const channels = new ChannelRegistry(db, defaultTimings, ids, clock);
  const channel = channels.add({ token: 'the-token', friends: 60, seed });
  const log = new RequestLog();
  const faults = new FaultInjector(seed);
  const pipeline = createRequestPipeline({
    router: new Router(sandboxRoutes),
    channelForToken: (token) => channels.forToken(token),
    validator: lineRequestValidator(),
    faults,
    rateLimits: new RateLimiter(clock, false),
    log,
    clock,
    scheduler: clock,
    requestIds: ids('requests'),
  });

  /** Runs one request; resolves with what the responder was told, and the body stream. */
  function request(
    method: string,
    url: string,
    options: { headers?: Record<string, string>; body?: string | Buffer; token?: string | null } = {},
  ) {
    const answers: Answer[] = [];
    const responder: Responder = {
      answer: (requestId, response) => answers.push({ kind: 'answer', requestId, response }),
      drop: () => answers.push({ kind: 'drop' }),
      hang: (ms) => answers.push({ kind: 'hang', ms }),
    };
    const body = Readable.from(options.body === undefined ? [] : [Buffer.from(options.body)]);
    const token = options.token === undefined ? 'the-token' : options.token;
    const done = pipeline(
      {
        method,
        url,
        headers: {
          ...(token === null ? {} : { authorization: `Bearer ${token}` }),
          ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...options.headers,
        },
        body,
      },
      responder,
    ).then(() => answers);
    return { done, answers, body };
  }

  const status = async (r: ReturnType<typeof request>) => {
    const [first] = await r.done;
    return first?.kind === 'answer' ? first.response.status : first?.kind;
  };

  return { clock, channel, log, faults, request, status };
}

const broadcast = JSON.stringify({ messages: [{ type: 'text', text: 'hi' }] });

describe('the request pipeline', () => {
  it('answers an unknown path 404 whatever the token, and a known one 401 without a valid token', async () => {
    const { request, status, log } = harness();
    expect(await status(request('GET', '/v2/bot/nowhere', { token: null }))).toBe(404);
    const none = await request('GET', '/v2/bot/info', { token: null }).done;
    const wrong = await request('GET', '/v2/bot/info', { token: 'other' }).done;
    expect(none.map((a) => a.kind === 'answer' && a.response.body)).toEqual([
      { message: lineErrorMessages.noToken },
    ]);
    expect(wrong.map((a) => a.kind === 'answer' && a.response.body)).toEqual([
      { message: lineErrorMessages.invalidToken },
    ]);
    expect(log.list().map((e) => [e.operationId, e.status])).toEqual([
      [undefined, 404],
      ['getBotInfo', 401],
      ['getBotInfo', 401],
    ]);
  });

  it('gives each request the next ID of the seeded stream, and logs it', async () => {
    const { request, log } = harness();
    const expected = createIdSource(seed)('requests');
    for (let i = 0; i < 3; i++) {
      const [answer] = await request('GET', '/v2/bot/message/quota').done;
      const id = expected.uuid();
      expect(answer).toMatchObject({ kind: 'answer', requestId: id });
      expect(log.list().at(-1)?.requestId).toBe(id);
    }
  });

  it('refuses a wrong content type, an oversized body and broken JSON, and logs what it read', async () => {
    const { request, status, log } = harness();
    expect(
      await status(
        request('POST', '/v2/bot/message/broadcast', {
          body: broadcast,
          headers: { 'content-type': 'text/plain' },
        }),
      ),
    ).toBe(415);
    expect(
      await status(
        request('POST', '/v2/bot/message/broadcast', { body: Buffer.alloc(2 * 1024 * 1024 + 1, 32) }),
      ),
    ).toBe(413);
    expect(await status(request('POST', '/v2/bot/message/broadcast', { body: '{"messages": [' }))).toBe(400);
    const invalid = await request('POST', '/v2/bot/message/broadcast', { body: '{"messages": []}' }).done;
    expect(invalid).toEqual([
      expect.objectContaining({
        response: expect.objectContaining({
          status: 400,
          body: expect.objectContaining({
            details: [expect.objectContaining({ property: 'messages' })],
          }) as unknown,
        }) as unknown,
      }),
    ]);
    expect(log.list().at(-1)?.body).toEqual({ messages: [] });
  });

  it('drains the body of a request it answers without reading it', async () => {
    const { request } = harness();
    const refused = request('POST', '/v2/bot/message/broadcast', { body: broadcast, token: null });
    const ended = once(refused.body, 'end');
    expect((await refused.done)[0]).toMatchObject({ response: { status: 401 } });
    await ended;
  });

  it('a slow fault waits on the scheduler before the request goes on', async () => {
    const { request, faults, clock } = harness();
    faults.add({ operation: 'getBotInfo', kind: 'slow', delayMs: 400 });
    const slow = request('GET', '/v2/bot/info');
    await clock.whenPending();
    clock.advance(399);
    expect(slow.answers).toEqual([]);
    clock.advance(1);
    expect((await slow.done)[0]).toMatchObject({ response: { status: 200 } });
  });

  it('a timeout fault leaves the request to hang for its delay; a drop cuts it; both are logged', async () => {
    const { request, faults, log } = harness();
    faults.add({ operation: 'getBotInfo', kind: 'timeout', delayMs: 7000, times: 1 });
    expect(await request('GET', '/v2/bot/info').done).toEqual([{ kind: 'hang', ms: 7000 }]);
    faults.add({ operation: 'getBotInfo', kind: 'drop', times: 1 });
    expect(await request('GET', '/v2/bot/info').done).toEqual([{ kind: 'drop' }]);
    expect(log.list().map((e) => [e.fault, e.status])).toEqual([
      ['timeout', 0],
      ['drop', 0],
    ]);
  });

  it('a 500 after the change: the broadcast is sent, the client hears 500, the retry key is kept', async () => {
    const { request, status, faults, channel, clock } = harness();
    faults.add({ operation: 'broadcast', kind: 'error500', when: 'after', times: 1 });
    const key = '0b7a2c52-0e1a-4a53-9c0e-7e1ba1c0f0aa';
    const first = request('POST', '/v2/bot/message/broadcast', {
      body: broadcast,
      headers: { 'x-line-retry-key': key },
    });
    expect(await status(first)).toBe(500);
    expect(channel.quota.consumption(clock.now())).toBe(channel.friends.targetReach());
    const retry = await request('POST', '/v2/bot/message/broadcast', {
      body: broadcast,
      headers: { 'x-line-retry-key': key },
    }).done;
    const [original] = await first.done;
    expect(retry[0]).toMatchObject({
      response: {
        status: 409,
        headers: { 'x-line-accepted-request-id': original?.kind === 'answer' ? original.requestId : '' },
      },
    });
  });
});

describe('the pipeline parts', () => {
  it('bearerToken and authenticate: no token, a wrong one, the right one', () => {
    expect(bearerToken(undefined)).toBeUndefined();
    expect(bearerToken('Basic abc')).toBeUndefined();
    expect(bearerToken('bearer  abc ')).toBe('abc');
    const channels = new Map([['abc', { id: 1 }]]);
    const lookup = (t: string) => channels.get(t) as never;
    expect(() => authenticate(undefined, lookup)).toThrow(lineErrorMessages.noToken);
    expect(() => authenticate('Bearer nope', lookup)).toThrow(lineErrorMessages.invalidToken);
    expect(authenticate('Bearer abc', lookup)).toEqual({ id: 1 });
  });

  it('claimRetryKey: only sending endpoints, UUIDs only, one request at a time', () => {
    const { channel, clock } = harness();
    const key = 'e1c5b6de-37a3-4d6b-bb1a-3c7d0b2f5c11';
    const refusal = (operation: string, k: string) => {
      try {
        claimRetryKey(k, operation, channel, clock.now());
        return undefined;
      } catch (error) {
        return error instanceof LineApiError ? [error.status, error.body.message] : error;
      }
    };
    expect(refusal('getMessageQuota', key)).toEqual([400, lineErrorMessages.retryKeyNotSupported]);
    expect(refusal('broadcast', 'not-a-uuid')).toEqual([400, lineErrorMessages.retryKeyInvalid]);
    expect(refusal('broadcast', key)).toBeUndefined();
    expect(refusal('broadcast', key.toUpperCase())).toEqual([409, lineErrorMessages.retryKeyAccepted]);
    channel.retryKeys.release(key);
    expect(refusal('broadcast', key)).toBeUndefined();
  });

  it('validateRequest names the query parameter LINE would', () => {
    const route = sandboxRoutes.find((r) => r.operationId === 'getAudienceGroups');
    if (!route) throw new Error('no getAudienceGroups route');
    expect(() =>
      validateRequest(lineRequestValidator(), route, undefined, new URLSearchParams('page=1&size=41')),
    ).toThrow(
      expect.objectContaining({
        status: 400,
        body: expect.objectContaining({
          details: [expect.objectContaining({ property: 'size' })],
        }) as unknown,
      }) as Error,
    );
  });

  it('encodeResponse: the request ID on every answer, `{}` for no body, bytes counted', () => {
    const empty = encodeResponse('rid', { status: 202 });
    expect(empty.headers).toEqual({
      'x-line-request-id': 'rid',
      'content-type': 'application/json',
      'content-length': '2',
    });
    expect(empty.data).toBe('{}');
    const text = encodeResponse('rid', { status: 200, body: { t: '台北' }, headers: { 'x-extra': '1' } });
    expect(text.headers['content-length']).toBe(String(Buffer.byteLength('{"t":"台北"}')));
    expect(text.headers['x-extra']).toBe('1');
    const png = encodeResponse('rid', {
      status: 200,
      binary: { contentType: 'image/png', data: Buffer.alloc(5) },
    });
    expect([png.headers['content-type'], png.headers['content-length']]).toEqual(['image/png', '5']);
    expect(
      loggedResponseBody({ status: 200, binary: { contentType: 'image/png', data: Buffer.alloc(5) } }),
    ).toEqual({
      bytes: 5,
    });
  });

  it('readBody stops keeping a body over its limit but reads it to the end', async () => {
    const stream = Readable.from([Buffer.alloc(6), Buffer.alloc(6)]);
    const ended = once(stream, 'end');
    expect(await readBody(stream, 10)).toBe('too-large');
    await ended;
    expect(await readBody(Readable.from([Buffer.from('ab'), Buffer.from('c')]), 3)).toEqual(
      Buffer.from('abc'),
    );
  });
});
