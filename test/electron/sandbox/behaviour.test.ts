// The sandbox behaves like LINE beyond the schemas: retry keys, quota and reservations, narrowcast
// outcomes, audience lifecycle and limits, rich-menu rules, body limits, rate limits, faults, the
// request log, and state kept in a SQLite file.

import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lineErrorMessages } from '../../../shared/line/errors';
import { requestIdPattern, richMenuIdPattern } from '../../../shared/line/ids';
import { privacyThreshold, requestLimits } from '../../../shared/line/limits';
import { startLineSandbox } from '../../../electron/sandbox/server';
import { createManualClock } from '../../../electron/sandbox/clock';
import { startTestLineSandbox, type TestLineSandbox } from '../../helpers/line-sandbox';
import { makeTempDir } from '../../helpers/temp-dir';

interface Answer {
  status: number;
  body: Record<string, unknown>;
  headers: Headers;
}

function api(sandbox: { origin: string; token: string }) {
  return async (
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Answer> => {
    const res = await fetch(`${sandbox.origin}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${sandbox.token}`,
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    return {
      status: res.status,
      body: text ? (JSON.parse(text) as Record<string, unknown>) : {},
      headers: res.headers,
    };
  };
}

const text = (t: string) => ({ messages: [{ type: 'text', text: t }] });
const usage = async (call: ReturnType<typeof api>) =>
  (await call('GET', '/v2/bot/message/quota/consumption')).body.totalUsage as number;

async function readyUploadAudience(sandbox: TestLineSandbox, userIds: string[]): Promise<number> {
  const call = api(sandbox);
  const created = await call('POST', '/v2/bot/audienceGroup/upload', {
    description: `a ${randomUUID()}`,
    audiences: userIds.map((id) => ({ id })),
  });
  expect(created.status).toBe(202);
  sandbox.advance(sandbox.timings.audienceReadyMs);
  return created.body.audienceGroupId as number;
}

/** One campaign's worth of requests, answered one after another; what it returns must not vary. */
async function campaignScenario(seed: number) {
  const sandbox = await startTestLineSandbox({ seed, friends: 300 });
  const call = api(sandbox);
  const requestIds: (string | null)[] = [];
  const send = async (method: string, path: string, body?: unknown) => {
    const answer = await call(method, path, body);
    requestIds.push(answer.headers.get('x-line-request-id'));
    return answer;
  };
  const broadcast = await send('POST', '/v2/bot/message/broadcast', text('Sale: https://example.com/sale'));
  const requestId = broadcast.headers.get('x-line-request-id');
  const click = await send('POST', '/v2/bot/audienceGroup/click', { description: 'clicked', requestId });
  const imp = await send('POST', '/v2/bot/audienceGroup/imp', { description: 'opened', requestId });
  const push = await send('POST', '/v2/bot/message/push', {
    to: sandbox.channel().friends.all.find((f) => !f.blocked)?.userId,
    ...text('hello'),
  });
  const menu = await send('POST', '/v2/bot/richmenu', {
    size: { width: 2500, height: 843 },
    selected: false,
    name: 'm',
    chatBarText: 'Menu',
    areas: [],
  });
  const narrowcast = await send('POST', '/v2/bot/message/narrowcast', {
    ...text('some'),
    limit: { max: 60 },
  });
  sandbox.advance(sandbox.timings.audienceReadyMs + 10_000);
  const audience = async (id: unknown) =>
    (await send('GET', `/v2/bot/audienceGroup/${String(id)}`)).body.audienceGroup as Record<string, unknown>;
  const event = await send('GET', `/v2/bot/insight/message/event?requestId=${requestId ?? ''}`);
  const progress = await send(
    'GET',
    `/v2/bot/message/progress/narrowcast?requestId=${narrowcast.headers.get('x-line-request-id') ?? ''}`,
  );
  return {
    requestIds,
    click: await audience(click.body.audienceGroupId),
    imp: await audience(imp.body.audienceGroupId),
    sentMessages: push.body.sentMessages,
    richMenuId: menu.body.richMenuId,
    event: event.body,
    progress: progress.body,
  };
}

describe('determinism', () => {
  it('gives the same IDs and the same outcomes for the same seed and requests', async () => {
    const first = await campaignScenario(11);
    const second = await campaignScenario(11);
    expect(second).toEqual(first);
    for (const id of first.requestIds) expect(id).toMatch(requestIdPattern);
    expect(first.richMenuId).toMatch(richMenuIdPattern);
    expect(new Set(first.requestIds).size).toBe(first.requestIds.length);
  });

  it('gives other IDs for another seed', async () => {
    const first = await campaignScenario(11);
    const other = await campaignScenario(12);
    expect(other.requestIds.filter((id) => first.requestIds.includes(id))).toEqual([]);
    expect(other.richMenuId).not.toBe(first.richMenuId);
    expect(other.click.audienceGroupId).not.toBe(first.click.audienceGroupId);
    expect(other.sentMessages).not.toEqual(first.sentMessages);
  });
});

describe('retry keys', () => {
  it('answers a repeat within 24 hours with 409 and the accepted request ID, and sends once', async () => {
    const sandbox = await startTestLineSandbox();
    const call = api(sandbox);
    const key = randomUUID();
    const first = await call('POST', '/v2/bot/message/broadcast', text('hi'), { 'x-line-retry-key': key });
    expect(first.status).toBe(200);
    const sent = await usage(call);
    expect(sent).toBe(sandbox.channel().friends.targetReach());
    const again = await call('POST', '/v2/bot/message/broadcast', text('hi'), { 'x-line-retry-key': key });
    expect(again.status).toBe(409);
    expect(again.body).toEqual({ message: lineErrorMessages.retryKeyAccepted });
    expect(again.headers.get('x-line-accepted-request-id')).toBe(first.headers.get('x-line-request-id'));
    expect(again.headers.get('x-line-request-id')).not.toBe(first.headers.get('x-line-request-id'));
    expect(await usage(call)).toBe(sent);
    sandbox.advance(requestLimits.retryKeyWindowMs);
    expect(
      (await call('POST', '/v2/bot/message/broadcast', text('hi'), { 'x-line-retry-key': key })).status,
    ).toBe(200);
    expect(await usage(call)).toBe(2 * sent);
  });

  it('returns the original sentMessages on a repeated push', async () => {
    const sandbox = await startTestLineSandbox();
    const call = api(sandbox);
    const key = randomUUID();
    const to = sandbox.channel().friends.reachable()[0]?.userId;
    const first = await call(
      'POST',
      '/v2/bot/message/push',
      { to, ...text('x') },
      { 'x-line-retry-key': key },
    );
    const again = await call(
      'POST',
      '/v2/bot/message/push',
      { to, ...text('x') },
      { 'x-line-retry-key': key },
    );
    expect(again.status).toBe(409);
    expect(again.body.sentMessages).toEqual(first.body.sentMessages);
  });

  it('refuses a key on endpoints that do not take one, and a malformed key', async () => {
    const sandbox = await startTestLineSandbox();
    const call = api(sandbox);
    const quota = await call('GET', '/v2/bot/message/quota', undefined, { 'x-line-retry-key': randomUUID() });
    expect(quota.status).toBe(400);
    expect(quota.body.message).toBe(lineErrorMessages.retryKeyNotSupported);
    const bad = await call('POST', '/v2/bot/message/broadcast', text('x'), {
      'x-line-retry-key': 'not-a-uuid',
    });
    expect(bad.status).toBe(400);
    expect(await usage(call)).toBe(0);
  });

  it('a 500 after processing, then the retry: 409, delivered once', async () => {
    const sandbox = await startTestLineSandbox();
    const call = api(sandbox);
    sandbox.faults.add({ operation: 'narrowcast', kind: 'error500', when: 'after', times: 1 });
    const key = randomUUID();
    const first = await call('POST', '/v2/bot/message/narrowcast', text('x'), { 'x-line-retry-key': key });
    expect(first.status).toBe(500);
    const retry = await call('POST', '/v2/bot/message/narrowcast', text('x'), { 'x-line-retry-key': key });
    expect(retry.status).toBe(409);
    expect(retry.headers.get('x-line-accepted-request-id')).toBe(first.headers.get('x-line-request-id'));
    sandbox.advance(10_000);
    expect(await usage(call)).toBe(sandbox.channel().friends.targetReach());
  });

  it('a 500 before processing leaves the key unused, so the retry is sent', async () => {
    const sandbox = await startTestLineSandbox();
    const call = api(sandbox);
    sandbox.faults.add({ operation: 'broadcast', kind: 'error500', times: 1 });
    const key = randomUUID();
    expect(
      (await call('POST', '/v2/bot/message/broadcast', text('x'), { 'x-line-retry-key': key })).status,
    ).toBe(500);
    expect(await usage(call)).toBe(0);
    expect(
      (await call('POST', '/v2/bot/message/broadcast', text('x'), { 'x-line-retry-key': key })).status,
    ).toBe(200);
  });
});

describe('quota', () => {
  it('answers 429 "You have reached your monthly limit." and sends nothing past the limit', async () => {
    const sandbox = await startTestLineSandbox({ quota: { type: 'limited', value: 100 } });
    const call = api(sandbox);
    const answer = await call('POST', '/v2/bot/message/broadcast', text('x'));
    expect(answer.status).toBe(429);
    expect(answer.body).toEqual({ message: lineErrorMessages.monthlyLimit });
    expect(await usage(call)).toBe(0);
    const push = await call('POST', '/v2/bot/message/push', {
      to: sandbox.channel().friends.reachable()[0]?.userId,
      ...text('x'),
    });
    expect(push.status).toBe(200);
    expect(await usage(call)).toBe(1);
  });

  it('a narrowcast reserves the target reach while it delivers, then bills what it delivered', async () => {
    const sandbox = await startTestLineSandbox({ quota: { type: 'limited', value: 240 } });
    const call = api(sandbox);
    const reach = sandbox.channel().friends.targetReach();
    const narrowcast = await call('POST', '/v2/bot/message/narrowcast', { ...text('x'), limit: { max: 60 } });
    expect(narrowcast.status).toBe(202);
    expect(sandbox.channel().quota.reserved(sandbox.clock.now())).toBe(60);
    // 240 - 60 reserved leaves 180: a broadcast to the whole reach no longer fits.
    expect(reach).toBeGreaterThan(180);
    expect(reach).toBeLessThanOrEqual(240);
    expect((await call('POST', '/v2/bot/message/broadcast', text('y'))).status).toBe(429);
    sandbox.advance(10_000);
    expect(sandbox.channel().quota.reserved(sandbox.clock.now())).toBe(0);
    expect(await usage(call)).toBe(60);
  });

  it('counts one message per reachable recipient, not per message object', async () => {
    const sandbox = await startTestLineSandbox();
    const call = api(sandbox);
    const friends = sandbox.channel().friends.all;
    const blocked = friends.find((f) => f.blocked);
    const open = friends.filter((f) => !f.blocked).slice(0, 3);
    const to = [...open.map((f) => f.userId), blocked?.userId ?? open[0]?.userId, `U${'0'.repeat(32)}`];
    const answer = await call('POST', '/v2/bot/message/multicast', {
      to,
      messages: [
        { type: 'text', text: 'a' },
        { type: 'text', text: 'b' },
      ],
    });
    expect(answer.status).toBe(200);
    expect(await usage(call)).toBe(3);
  });
});

describe('narrowcast outcomes', () => {
  it('fails with errorCode 2 when attribute filters leave fewer than 50 recipients', async () => {
    const sandbox = await startTestLineSandbox();
    const call = api(sandbox);
    const sent = await call('POST', '/v2/bot/message/narrowcast', {
      ...text('x'),
      filter: { demographic: { type: 'area', oneOf: ['th_08'] } },
    });
    expect(sent.status).toBe(202);
    sandbox.advance(1000);
    const progress = await call(
      'GET',
      `/v2/bot/message/progress/narrowcast?requestId=${sent.headers.get('x-line-request-id') ?? ''}`,
    );
    expect(progress.body).toMatchObject({ phase: 'failed', errorCode: 2 });
    expect(await usage(call)).toBe(0);
  });

  it('fails with errorCode 5 when forbidPartialDelivery meets a smaller remaining quota', async () => {
    const sandbox = await startTestLineSandbox({ quota: { type: 'limited', value: 80 } });
    const call = api(sandbox);
    const sent = await call('POST', '/v2/bot/message/narrowcast', {
      ...text('x'),
      limit: { upToRemainingQuota: true, forbidPartialDelivery: true },
    });
    expect(sent.status).toBe(202);
    sandbox.advance(1000);
    const progress = await call(
      'GET',
      `/v2/bot/message/progress/narrowcast?requestId=${sent.headers.get('x-line-request-id') ?? ''}`,
    );
    expect(progress.body).toMatchObject({ phase: 'failed', errorCode: 5 });
    expect(typeof progress.body.failedDescription).toBe('string');
  });

  it('refuses attribute filters with 403 below a target reach of 100', async () => {
    const sandbox = await startTestLineSandbox({ friends: 60 });
    const answer = await api(sandbox)('POST', '/v2/bot/message/narrowcast', {
      ...text('x'),
      filter: { demographic: { type: 'gender', oneOf: ['male'] } },
    });
    expect(answer.status).toBe(403);
  });

  it('refuses an audience that is not READY, and a malformed operator', async () => {
    const sandbox = await startTestLineSandbox();
    const call = api(sandbox);
    const created = await call('POST', '/v2/bot/audienceGroup/upload', {
      description: 'new',
      audiences: [{ id: sandbox.channel().friends.at(0)?.userId }],
    });
    const audienceGroupId = created.body.audienceGroupId;
    const notReady = await call('POST', '/v2/bot/message/narrowcast', {
      ...text('x'),
      recipient: { type: 'audience', audienceGroupId },
    });
    expect(notReady.status).toBe(400);
    const both = await call('POST', '/v2/bot/message/narrowcast', {
      ...text('x'),
      recipient: { type: 'operator', and: [], or: [] },
    });
    expect(both.status).toBe(400);
    const partial = await call('POST', '/v2/bot/message/narrowcast', {
      ...text('x'),
      limit: { forbidPartialDelivery: true },
    });
    expect(partial.body.details).toEqual([
      expect.objectContaining({ property: 'limit.forbidPartialDelivery' }),
    ]);
  });

  it('sends to an audience AND NOT a redelivery of an earlier narrowcast', async () => {
    const sandbox = await startTestLineSandbox();
    const call = api(sandbox);
    const reachable = sandbox
      .channel()
      .friends.reachable()
      .map((f) => f.userId);
    const audienceGroupId = await readyUploadAudience(sandbox, reachable.slice(0, 80));
    const first = await call('POST', '/v2/bot/message/narrowcast', {
      ...text('1'),
      recipient: { type: 'audience', audienceGroupId },
      limit: { max: 30 },
    });
    sandbox.advance(10_000);
    const second = await call('POST', '/v2/bot/message/narrowcast', {
      ...text('2'),
      recipient: {
        type: 'operator',
        and: [
          { type: 'audience', audienceGroupId },
          {
            type: 'operator',
            not: { type: 'redelivery', requestId: first.headers.get('x-line-request-id') },
          },
        ],
      },
    });
    expect(second.status).toBe(202);
    sandbox.advance(10_000);
    const progress = await call(
      'GET',
      `/v2/bot/message/progress/narrowcast?requestId=${second.headers.get('x-line-request-id') ?? ''}`,
    );
    expect(progress.body).toMatchObject({ phase: 'succeeded', successCount: 50, targetCount: 50 });
  });
});

describe('audiences', () => {
  it('a click audience of fewer than 50 users FAILS once processed', async () => {
    const sandbox = await startTestLineSandbox({ friends: 100 });
    const call = api(sandbox);
    const broadcast = await call('POST', '/v2/bot/message/broadcast', text('see https://example.com/x'));
    const created = await call('POST', '/v2/bot/audienceGroup/click', {
      description: 'clicked',
      requestId: broadcast.headers.get('x-line-request-id'),
    });
    expect(created.status).toBe(202);
    const id = created.body.audienceGroupId as number;
    expect(
      ((await call('GET', `/v2/bot/audienceGroup/${String(id)}`)).body.audienceGroup as { status: string })
        .status,
    ).toBe('IN_PROGRESS');
    sandbox.advance(sandbox.timings.audienceReadyMs);
    const after = (await call('GET', `/v2/bot/audienceGroup/${String(id)}`)).body.audienceGroup;
    expect(after).toMatchObject({
      status: 'FAILED',
      failedType: 'AUDIENCE_GROUP_AUDIENCE_INSUFFICIENT',
      audienceCount: 0,
    });
  });

  it('click and impression audiences hold exactly the clickers and openers of the message-event statistics', async () => {
    const sandbox = await startTestLineSandbox({ friends: 1000 });
    const call = api(sandbox);
    const sent = await call(
      'POST',
      '/v2/bot/message/broadcast',
      text('https://example.com/a or https://example.com/b'),
    );
    const requestId = sent.headers.get('x-line-request-id') ?? '';
    const audience = async (path: string, extra: Record<string, string> = {}) => {
      const created = await call('POST', `/v2/bot/audienceGroup/${path}`, {
        description: path,
        requestId,
        ...extra,
      });
      return created.body.audienceGroupId as number;
    };
    const anyLink = await audience('click');
    const linkB = await audience('click', { clickUrl: 'https://example.com/b' });
    const opened = await audience('imp');
    sandbox.advance(sandbox.timings.audienceReadyMs);
    const count = async (id: number) =>
      (
        (await call('GET', `/v2/bot/audienceGroup/${String(id)}`)).body.audienceGroup as {
          audienceCount: number;
        }
      ).audienceCount;
    const event = (await call('GET', `/v2/bot/insight/message/event?requestId=${requestId}`)).body as {
      overview: { uniqueImpression: number; uniqueClick: number };
      clicks: { url: string; uniqueClick: number }[];
    };
    expect(event.overview.uniqueClick).toBeGreaterThan(event.clicks[1]?.uniqueClick ?? 0);
    expect(await count(anyLink)).toBe(event.overview.uniqueClick);
    expect(await count(linkB)).toBe(event.clicks.find((c) => c.url === 'https://example.com/b')?.uniqueClick);
    expect(await count(opened)).toBe(event.overview.uniqueImpression);
  });

  it('an impression audience of a large broadcast becomes READY', async () => {
    const sandbox = await startTestLineSandbox({ friends: 1000 });
    const call = api(sandbox);
    const broadcast = await call('POST', '/v2/bot/message/broadcast', text('hello'));
    const created = await call('POST', '/v2/bot/audienceGroup/imp', {
      description: 'opened',
      requestId: broadcast.headers.get('x-line-request-id'),
    });
    sandbox.advance(sandbox.timings.audienceReadyMs);
    const after = (await call('GET', `/v2/bot/audienceGroup/${String(created.body.audienceGroupId)}`)).body
      .audienceGroup as { status: string; audienceCount: number };
    expect(after.status).toBe('READY');
    expect(after.audienceCount).toBeGreaterThan(300);
    const duplicate = await call('POST', '/v2/bot/audienceGroup/imp', {
      description: 'again',
      requestId: broadcast.headers.get('x-line-request-id'),
    });
    expect(duplicate.body.details).toEqual([
      expect.objectContaining({ message: 'AUDIENCE_GROUP_REQUESTID_DUPLICATE' }),
    ]);
    const unknown = await call('POST', '/v2/bot/audienceGroup/imp', {
      description: 'x',
      requestId: randomUUID(),
    });
    expect(unknown.status).toBe(400);
  });

  it('an empty upload audience stays IN_PROGRESS; a bad ID fails the whole request', async () => {
    const sandbox = await startTestLineSandbox();
    const call = api(sandbox);
    const empty = await call('POST', '/v2/bot/audienceGroup/upload', { description: 'empty' });
    sandbox.advance(3600_000);
    expect(
      (
        (await call('GET', `/v2/bot/audienceGroup/${String(empty.body.audienceGroupId)}`)).body
          .audienceGroup as { status: string }
      ).status,
    ).toBe('IN_PROGRESS');
    const bad = await call('POST', '/v2/bot/audienceGroup/upload', {
      description: 'bad',
      audiences: [{ id: sandbox.channel().friends.at(0)?.userId }, { id: 'nope' }],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.details).toEqual([
      expect.objectContaining({ message: 'UPLOAD_AUDIENCE_GROUP_INVALID_AUDIENCE_ID_FORMAT' }),
    ]);
    const blank = await call('POST', '/v2/bot/audienceGroup/upload', { description: '   ' });
    expect(blank.body.details).toEqual([expect.objectContaining({ message: 'AUDIENCE_GROUP_NAME_EMPTY' })]);
  });

  it('allows at most 1,000 audiences and 10 running jobs per audience', async () => {
    const sandbox = await startTestLineSandbox();
    const call = api(sandbox);
    const channel = sandbox.channel();
    for (let i = 0; i < 999; i++)
      channel.audiences.create({
        type: 'UPLOAD',
        description: `a${String(i)}`,
        isIfa: false,
        now: sandbox.clock.now(),
        members: [],
      });
    const last = await call('POST', '/v2/bot/audienceGroup/upload', { description: 'the 1000th' });
    expect(last.status).toBe(202);
    const over = await call('POST', '/v2/bot/audienceGroup/upload', { description: 'the 1001st' });
    expect(over.body.details).toEqual([
      expect.objectContaining({ message: 'AUDIENCE_GROUP_COUNT_MAX_OVER' }),
    ]);
    const id = last.body.audienceGroupId;
    const ids = [{ id: channel.friends.at(0)?.userId }];
    for (let i = 0; i < 10; i++)
      expect(
        (await call('PUT', '/v2/bot/audienceGroup/upload', { audienceGroupId: id, audiences: ids })).status,
      ).toBe(202);
    expect(
      (await call('PUT', '/v2/bot/audienceGroup/upload', { audienceGroupId: id, audiences: ids })).status,
    ).toBe(429);
  });

  it('uploads a file of 200,000 IDs, counting only the channel’s friends once each', async () => {
    const sandbox = await startTestLineSandbox({ friends: 500 });
    const friends = sandbox
      .channel()
      .friends.all.slice(0, 120)
      .map((f) => f.userId);
    const lines = Array.from({ length: 200_000 }, (_, i) =>
      i % 1000 < 120 ? friends[i % 1000] : `U${i.toString(16).padStart(32, 'a')}`,
    );
    const form = new FormData();
    form.append('description', 'big file');
    form.append('file', new Blob([lines.join('\n')], { type: 'text/plain' }), 'ids.txt');
    const res = await fetch(`${sandbox.origin}/v2/bot/audienceGroup/upload/byFile`, {
      method: 'POST',
      headers: { authorization: `Bearer ${sandbox.token}` },
      body: form,
    });
    expect(res.status).toBe(202);
    const { audienceGroupId } = (await res.json()) as { audienceGroupId: number };
    sandbox.advance(sandbox.timings.audienceReadyMs);
    const data = (await api(sandbox)('GET', `/v2/bot/audienceGroup/${String(audienceGroupId)}`)).body;
    expect(data.audienceGroup).toMatchObject({ status: 'READY', audienceCount: 120 });
  });
});

describe('privacy threshold', () => {
  it('shows demographics only from a target reach of the threshold', async () => {
    const sandbox = await startTestLineSandbox({ friends: privacyThreshold + 5 });
    const call = api(sandbox);
    const channel = sandbox.channel();
    for (const friend of channel.friends.all.slice(privacyThreshold - 1))
      channel.friends.setBlocked(friend.userId, true);
    for (const friend of channel.friends.all.slice(0, privacyThreshold - 1))
      channel.friends.setBlocked(friend.userId, false);
    expect(channel.friends.targetReach()).toBe(privacyThreshold - 1);
    expect((await call('GET', '/v2/bot/insight/demographic')).body.available).toBe(false);
    channel.friends.setBlocked(channel.friends.at(privacyThreshold - 1)?.userId ?? '', false);
    expect((await call('GET', '/v2/bot/insight/demographic')).body.available).toBe(true);
  });
});

describe('rich menus', () => {
  const menu = {
    size: { width: 2500, height: 843 },
    selected: false,
    name: 'm',
    chatBarText: 'Menu',
    areas: [],
  };
  const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');

  it('takes an image once, PNG or JPEG only, at most 1 MB; links need the image', async () => {
    const sandbox = await startTestLineSandbox();
    const call = api(sandbox);
    const id = (await call('POST', '/v2/bot/richmenu', menu)).body.richMenuId as string;
    const upload = (body: Buffer, type: string) =>
      fetch(`${sandbox.origin}/v2/bot/richmenu/${id}/content`, {
        method: 'POST',
        headers: { authorization: `Bearer ${sandbox.token}`, 'content-type': type },
        body: new Uint8Array(body),
      });
    expect((await call('POST', `/v2/bot/user/all/richmenu/${id}`)).status).toBe(400);
    expect((await upload(png, 'text/plain')).status).toBe(415);
    expect((await upload(Buffer.concat([png, Buffer.alloc(1024 * 1024)]), 'image/png')).status).toBe(413);
    expect((await upload(png, 'image/png')).status).toBe(200);
    const twice = await upload(png, 'image/png');
    expect(twice.status).toBe(400);
    expect(((await twice.json()) as { message: string }).message).toBe(lineErrorMessages.imageAlreadySet);
    expect((await call('POST', `/v2/bot/user/all/richmenu/${id}`)).status).toBe(200);
  });

  it('refuses a menu too narrow or with more than 20 areas, and answers 404 for unknown menus', async () => {
    const sandbox = await startTestLineSandbox();
    const call = api(sandbox);
    const narrow = await call('POST', '/v2/bot/richmenu', { ...menu, size: { width: 700, height: 400 } });
    expect(narrow.status).toBe(400);
    expect(narrow.body.details).toEqual(
      expect.arrayContaining([expect.objectContaining({ property: 'size.width' })]),
    );
    const area = { bounds: { x: 0, y: 0, width: 10, height: 10 }, action: { type: 'postback', data: 'x' } };
    expect(
      (
        await call('POST', '/v2/bot/richmenu/validate', {
          ...menu,
          areas: Array.from({ length: 21 }, () => area),
        })
      ).status,
    ).toBe(400);
    expect((await call('GET', '/v2/bot/richmenu/richmenu-00000000000000000000000000000000')).status).toBe(
      404,
    );
  });
});

describe('requests LINE refuses', () => {
  it('415 for a wrong content type, 413 above 2 MB, 400 for broken JSON, 404 for unknown paths', async () => {
    const sandbox = await startTestLineSandbox();
    const call = api(sandbox);
    expect(
      (await call('POST', '/v2/bot/message/broadcast', 'x', { 'content-type': 'text/plain' })).status,
    ).toBe(415);
    const huge = JSON.stringify({ messages: [{ type: 'text', text: 'x'.repeat(2 * 1024 * 1024) }] });
    expect((await call('POST', '/v2/bot/message/broadcast', huge)).status).toBe(413);
    const broken = await call('POST', '/v2/bot/message/broadcast', '{"messages": [');
    expect(broken.status).toBe(400);
    expect(broken.body.message).toMatch(/could not be parsed as JSON/);
    expect((await call('GET', '/v2/bot/nothing-here')).status).toBe(404);
    const long = await call('POST', '/v2/bot/message/broadcast', text('x'.repeat(5001)));
    expect(long.body.details).toEqual([
      { message: 'Length must be between 0 and 5000', property: 'messages[0].text' },
    ]);
    expect(sandbox.log.count()).toBe(5);
  });
});

describe('rate limits', () => {
  it('follows LINE’s per-endpoint limits, refills with time, and can be switched off', async () => {
    const sandbox = await startTestLineSandbox({ rateLimits: true });
    const call = api(sandbox);
    for (let i = 0; i < 10; i++) expect((await call('GET', '/v2/bot/richmenu/list')).status).toBe(200);
    const limited = await call('GET', '/v2/bot/richmenu/list');
    expect(limited.status).toBe(429);
    expect(limited.body).toEqual({ message: lineErrorMessages.rateLimited });
    sandbox.advance(1000);
    expect((await call('GET', '/v2/bot/richmenu/list')).status).toBe(200);
    sandbox.rateLimits.setEnabled(false);
    for (let i = 0; i < 20; i++) expect((await call('GET', '/v2/bot/richmenu/list')).status).toBe(200);
    sandbox.rateLimits.setEnabled(true);
    sandbox.rateLimits.setLimit('broadcast', { limit: 1, windowMs: 3600_000 });
    expect((await call('POST', '/v2/bot/message/broadcast', text('a'))).status).toBe(200);
    expect((await call('POST', '/v2/bot/message/broadcast', text('b'))).status).toBe(429);
  });
});

describe('fault injection and the request log', () => {
  it('injects 429s, slow answers, dropped connections and timeouts per endpoint', async () => {
    const sandbox = await startTestLineSandbox();
    const call = api(sandbox);
    sandbox.faults.add({ operation: 'getMessageQuota', kind: 'error429', times: 1 });
    expect((await call('GET', '/v2/bot/message/quota')).status).toBe(429);
    expect((await call('GET', '/v2/bot/message/quota')).status).toBe(200);
    // A slow answer waits on the sandbox clock: nothing is answered until 150 ms have passed on it.
    sandbox.faults.add({ operation: 'getBotInfo', kind: 'slow', delayMs: 150, times: 1 });
    const slow = call('GET', '/v2/bot/info');
    await sandbox.clock.whenPending();
    sandbox.advance(149);
    expect(sandbox.clock.pending).toBe(1);
    expect(sandbox.log.list('getBotInfo')).toEqual([]);
    sandbox.advance(1);
    expect((await slow).status).toBe(200);
    sandbox.faults.add({ operation: 'getBotInfo', kind: 'drop', times: 1 });
    await expect(call('GET', '/v2/bot/info')).rejects.toThrow();
    // A timeout leaves the request unanswered until its delay has passed, then cuts the connection.
    sandbox.faults.add({ operation: 'getBotInfo', kind: 'timeout', delayMs: 5000, times: 1 });
    const hung = fetch(`${sandbox.origin}/v2/bot/info`, {
      headers: { authorization: `Bearer ${sandbox.token}` },
    });
    await sandbox.clock.whenPending();
    sandbox.advance(4999);
    expect(sandbox.clock.pending).toBe(1);
    sandbox.advance(1);
    await expect(hung).rejects.toThrow();
    expect(sandbox.clock.pending).toBe(0);
    sandbox.faults.set([{ operation: '*', kind: 'error500', share: 0 }]);
    expect((await call('GET', '/v2/bot/info')).status).toBe(200);
    const log = sandbox.log.list('getBotInfo');
    expect(log.map((e) => e.fault ?? e.status)).toEqual(
      ['slow', 'drop', 'timeout', 200].map((x) => (x === 'slow' ? 200 : x)),
    );
    expect(sandbox.log.list('getMessageQuota').map((e) => e.status)).toEqual([429, 200]);
  });

  it('logs what was sent: operation, retry key, body and answer', async () => {
    const sandbox = await startTestLineSandbox();
    const key = randomUUID();
    await api(sandbox)('POST', '/v2/bot/message/broadcast', text('logged'), { 'x-line-retry-key': key });
    const [entry] = sandbox.log.list('broadcast');
    expect(entry).toMatchObject({
      method: 'POST',
      path: '/v2/bot/message/broadcast',
      retryKey: key,
      status: 200,
      body: text('logged'),
      channelId: sandbox.channel().id,
    });
  });
});

describe('control endpoints', () => {
  it('show the log, faults and state, take the token, and leave the API request IDs alone', async () => {
    const sandbox = await startTestLineSandbox();
    const call = api(sandbox);
    const first = await call('GET', '/v2/bot/message/quota');
    expect((await call('GET', '/__sandbox/state')).body).toMatchObject({
      friends: 200,
      targetReach: sandbox.channel().friends.targetReach(),
      consumption: 0,
    });
    const rules = [{ operation: 'broadcast', kind: 'error429', times: 1 }];
    expect((await call('PUT', '/__sandbox/faults', rules)).body).toEqual({ faults: rules });
    expect((await call('PUT', '/__sandbox/faults', '[{')).status).toBe(400);
    const log = (await call('GET', '/__sandbox/requests?operationId=getMessageQuota')).body.requests as {
      requestId: string;
    }[];
    expect(log.map((e) => e.requestId)).toEqual([first.headers.get('x-line-request-id')]);
    expect((await api({ origin: sandbox.origin, token: 'nope' })('GET', '/__sandbox/state')).status).toBe(
      401,
    );
    // Control requests are not LINE's: not logged, and the next API request gets the ID it would have.
    const twin = await startTestLineSandbox();
    await api(twin)('GET', '/v2/bot/message/quota');
    const [second, twinSecond] = await Promise.all([
      call('GET', '/v2/bot/info'),
      api(twin)('GET', '/v2/bot/info'),
    ]);
    expect(second.headers.get('x-line-request-id')).toBe(twinSecond.headers.get('x-line-request-id'));
    expect(sandbox.log.count()).toBe(2);
  });
});

describe('state', () => {
  it('lives in a SQLite file across restarts, with the same friends and token', async () => {
    const file = path.join(makeTempDir(), 'sandbox.sqlite');
    const clock = createManualClock();
    const first = await startLineSandbox({ dataFile: file, friends: 150, seed: 3, clock });
    const friends = first.channel().friends.all.map((f) => f.userId);
    const created = await api(first)('POST', '/v2/bot/audienceGroup/upload', { description: 'kept' });
    await first.close();
    const second = await startLineSandbox({ dataFile: file, clock });
    try {
      expect(second.token).toBe(first.token);
      expect(second.channel().friends.all.map((f) => f.userId)).toEqual(friends);
      expect(
        (await api(second)('GET', `/v2/bot/audienceGroup/${String(created.body.audienceGroupId)}`)).status,
      ).toBe(200);
    } finally {
      await second.close();
    }
  });

  it('never hands out an ID again after a restart over the same file', async () => {
    const file = path.join(makeTempDir(), 'sandbox.sqlite');
    const clock = createManualClock();
    const menu = {
      size: { width: 2500, height: 843 },
      selected: false,
      name: 'm',
      chatBarText: 'M',
      areas: [],
    };
    const run = async () => {
      const sandbox = await startLineSandbox({ dataFile: file, friends: 150, seed: 3, clock });
      try {
        const broadcast = await api(sandbox)('POST', '/v2/bot/message/broadcast', text('again'));
        const created = await api(sandbox)('POST', '/v2/bot/richmenu', menu);
        expect([broadcast.status, created.status]).toEqual([200, 200]);
        return [broadcast.headers.get('x-line-request-id'), created.body.richMenuId];
      } finally {
        await sandbox.close();
      }
    };
    const first = await run();
    const second = await run();
    expect(second.filter((id) => first.includes(id))).toEqual([]);
  });

  it('keeps channels apart: each token sees its own state', async () => {
    const sandbox = await startTestLineSandbox({
      extraChannels: [{ token: 'second-token', friends: 120, seed: 9 }],
    });
    await api(sandbox)('POST', '/v2/bot/message/broadcast', text('first'));
    const other = api({ origin: sandbox.origin, token: 'second-token' });
    expect(await usage(other)).toBe(0);
    expect(await usage(api(sandbox))).toBeGreaterThan(0);
  });
});
