// The outbox against the real LINE sandbox over HTTP, through @line/bot-sdk: a send goes out once
// under the retry key stored before its first attempt, whatever LINE's faults; refusals are recorded
// with LINE's words and not retried; multicasts go in requests of 500; narrowcasts are followed to
// the end; past the 24-hour retry-key window an unconfirmed send waits for the user; one worker runs
// at a time.

import { describe, expect, it } from 'vitest';
import { getCampaign } from '../../../electron/campaigns/repository';
import {
  acquireLease,
  deleteOutboxEntries,
  getOutboxEntry,
  listOutbox,
  markFailure,
  moveCampaignStatus,
  readLease,
} from '../../../electron/sync/outbox-store';
import { queueCampaignSend } from '../../../electron/sync/queue';
import { ApiError } from '../../../shared/api/result';
import { lineErrorMessages, narrowcastErrorCodes } from '../../../shared/line/errors';
import { retryKeyWindowMs } from '../../../shared/sync/outbox';
import type { DrainReport } from '../../../electron/sync/worker';
import type { TestLineSandbox } from '../../helpers/line-sandbox';
import { userId } from '../campaigns/fixtures';
import { consumption, sandboxChannelId, syncFixture, type SyncFixture } from './helpers';

const friendsOf = (sandbox: TestLineSandbox): string[] =>
  sandbox
    .channel()
    .friends.reachable()
    .map((f) => f.userId);

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('queueing a send', () => {
  it('writes the entries with their retry keys in the same transaction as the status', async () => {
    const { database, campaign } = await syncFixture();
    const id = campaign({ sendKind: 'multicast', to: Array.from({ length: 1200 }, (_, i) => userId(i + 1)) });
    const entries = queueCampaignSend(database.db, id);
    expect(entries).toHaveLength(3);
    expect(getCampaign(database.db, id)?.status).toBe('sending');
    const outbox = listOutbox(database.db);
    expect(outbox.map((e) => [e.kind, e.part, e.state, e.attempts, e.cost])).toEqual([
      ['multicast', 0, 'pending', 0, 500],
      ['multicast', 1, 'pending', 0, 500],
      ['multicast', 2, 'pending', 0, 200],
    ]);
    for (const e of outbox) expect(e.retryKey).toMatch(uuidPattern);
    expect(new Set(outbox.map((e) => e.retryKey)).size).toBe(3);
    // Queued twice: refused, and nothing more is written.
    expect(() => queueCampaignSend(database.db, id)).toThrow(ApiError);
    expect(listOutbox(database.db)).toHaveLength(3);
  });

  it('leaves the campaign as it was when one of its parts cannot be written', async () => {
    const { database, campaign } = await syncFixture();
    const id = campaign({ sendKind: 'multicast', to: Array.from({ length: 600 }, (_, i) => userId(i + 1)) });
    // The same retry key twice breaks the unique index on the second part.
    expect(() =>
      queueCampaignSend(database.db, id, { uuid: () => '11111111-1111-4111-8111-111111111111' }),
    ).toThrow(/UNIQUE/);
    expect(getCampaign(database.db, id)?.status).toBe('ready');
    expect(listOutbox(database.db)).toEqual([]);
  });

  it('refuses a campaign naming an audience LINE does not have yet, with the path', async () => {
    const { database, campaign } = await syncFixture();
    const id = campaign({ sendKind: 'narrowcast', recipient: { type: 'audience', audienceId: 42 } });
    let error: unknown;
    try {
      queueCampaignSend(database.db, id);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).key).toBe('errors.sync.unresolved');
    expect((error as ApiError).details).toEqual([
      { key: 'errors.sync.unresolvedAudience', params: { id: 42, path: 'recipient' } },
    ]);
    expect(getCampaign(database.db, id)?.status).toBe('ready');
  });
});

describe('sending', () => {
  it('sends a broadcast once: validated, quota checked, sent under its retry key, recorded', async () => {
    const { sandbox, database, drain, campaign } = await syncFixture();
    const id = campaign({});
    const [entryId] = queueCampaignSend(database.db, id);
    const report = await drain();
    expect(report).toEqual({ leased: true, done: [entryId], failed: [], needsUser: [], waiting: [] });

    const order = sandbox.log.list().map((r) => r.operationId);
    expect(order).toEqual([
      'validateBroadcast',
      'getMessageQuota',
      'getMessageQuotaConsumption',
      'broadcast',
    ]);
    const [sent] = sandbox.log.list('broadcast');
    const [entry] = listOutbox(database.db);
    expect(sent?.retryKey).toBe(entry?.retryKey);
    expect(sent?.status).toBe(200);
    expect(entry).toMatchObject({
      state: 'done',
      attempts: 1,
      requestId: sent?.requestId,
      acceptedRequestId: null,
    });
    expect(getCampaign(database.db, id)).toMatchObject({
      status: 'sent',
      delivery: { requestId: sent?.requestId, sentAt: new Date(sandbox.clock.now()).toISOString() },
    });
    expect(consumption(sandbox)).toBe(sandbox.channel().friends.targetReach());

    // Nothing is left to send.
    expect(await drain()).toMatchObject({ done: [], failed: [] });
    expect(sandbox.log.count('broadcast')).toBe(1);
  });

  it.each([
    { kind: 'error429', when: 'before', first: 'error429', accepted: 2 },
    { kind: 'error500', when: 'before', first: 'error500', accepted: 2 },
    { kind: 'drop', when: 'before', first: 'drop', accepted: 2 },
    // Processed, then the answer is lost: only the retry key stops a second send (LINE answers 409).
    { kind: 'error500', when: 'after', first: 'error500', accepted: 0 },
    { kind: 'drop', when: 'after', first: 'drop', accepted: 0 },
  ] as const)(
    'retries a $kind ($when the change) under the same key, and LINE takes it once',
    async (fault) => {
      const { sandbox, database, drain, campaign } = await syncFixture();
      const id = campaign({});
      queueCampaignSend(database.db, id);
      sandbox.faults.set([{ operation: 'broadcast', kind: fault.kind, when: fault.when, times: 2 }]);
      const report = await drain();
      expect(report.done).toHaveLength(1);

      const attempts = sandbox.log.list('broadcast');
      const [entry] = listOutbox(database.db);
      expect(attempts.map((r) => r.retryKey)).toEqual(Array(attempts.length).fill(entry?.retryKey));
      const accepted = attempts[fault.accepted];
      if (fault.when === 'before') {
        expect(attempts.map((r) => r.fault ?? r.status)).toEqual([fault.first, fault.first, 200]);
        expect(entry).toMatchObject({
          state: 'done',
          attempts: 3,
          requestId: accepted?.requestId,
          acceptedRequestId: null,
        });
      } else {
        // The second strike never comes: the repeat is answered 409 before anything is processed.
        expect(attempts.map((r) => r.fault ?? r.status)).toEqual([fault.first, 409]);
        expect(entry).toMatchObject({ state: 'done', attempts: 2, acceptedRequestId: accepted?.requestId });
        expect(entry?.requestId).toBe(attempts[1]?.requestId);
      }
      expect(getCampaign(database.db, id)?.delivery.requestId).toBe(accepted?.requestId);
      expect(consumption(sandbox)).toBe(sandbox.channel().friends.targetReach());
    },
  );

  it('counts an answer that never comes as lost, and retries it under the same key', async () => {
    const { sandbox, database, drain, campaign } = await syncFixture();
    queueCampaignSend(database.db, campaign({}));
    sandbox.faults.set([{ operation: 'broadcast', kind: 'timeout', delayMs: 120_000, times: 1 }]);
    const running = drain({ requestTimeoutMs: 30_000 });
    // The worker's timer and the sandbox's hanging request are both on the sandbox's clock.
    await sandbox.clock.whenPending(2);
    sandbox.advance(30_000);
    const report = await running;
    expect(report.done).toHaveLength(1);
    const attempts = sandbox.log.list('broadcast');
    expect(attempts.map((r) => r.fault ?? r.status)).toEqual(['timeout', 200]);
    expect(new Set(attempts.map((r) => r.retryKey)).size).toBe(1);
    sandbox.advance(120_000);
    expect(consumption(sandbox)).toBe(sandbox.channel().friends.targetReach());
  });

  it('records a 400 with LINE’s message and details and does not retry it', async () => {
    const { sandbox, database, drain, campaign } = await syncFixture();
    const id = campaign({ messages: [{ type: 'text', text: '' }] });
    const [entryId] = queueCampaignSend(database.db, id);
    const report = await drain();
    expect(report).toMatchObject({ done: [], failed: [entryId] });
    expect(sandbox.log.list().map((r) => r.operationId)).toEqual(['validateBroadcast']);
    const [entry] = listOutbox(database.db);
    expect(entry?.state).toBe('failed');
    expect(entry?.lastError).toMatchObject({
      key: 'errors.sync.lineRefused',
      status: 400,
      lineMessage: expect.any(String) as string,
      details: [expect.objectContaining({ property: 'messages[0].text' })],
    });
    expect(entry?.lastError?.params).toMatchObject({ status: 400 });
    expect(JSON.stringify(listOutbox(database.db))).not.toContain(sandbox.token);
    expect(getCampaign(database.db, id)?.status).toBe('failed');
    // A later run does not try it again.
    await drain();
    expect(sandbox.log.count()).toBe(1);
    expect(consumption(sandbox)).toBe(0);
  });

  it('refuses a send that does not fit the month’s quota, spending nothing', async () => {
    const { sandbox, database, drain, campaign } = await syncFixture({
      quota: { type: 'limited', value: 50 },
    });
    const [entryId] = queueCampaignSend(database.db, campaign({}, 120));
    const report = await drain();
    expect(report.failed).toEqual([entryId]);
    expect(listOutbox(database.db)[0]?.lastError).toEqual({
      key: 'errors.sync.quotaExceeded',
      params: { needed: 120, remaining: 50 },
    });
    expect(sandbox.log.count('broadcast')).toBe(0);
  });

  it('does not retry a 429 that says the monthly limit is reached', async () => {
    // Planned low, so the quota check lets it through; LINE reserves the whole reach and refuses.
    const { sandbox, database, drain, campaign } = await syncFixture({
      quota: { type: 'limited', value: 50 },
    });
    const [entryId] = queueCampaignSend(database.db, campaign({ sendKind: 'narrowcast' }, 10));
    expect((await drain()).failed).toEqual([entryId]);
    expect(sandbox.log.list('narrowcast').map((r) => r.status)).toEqual([429]);
    expect(listOutbox(database.db)[0]?.lastError).toMatchObject({
      key: 'errors.sync.lineRefused',
      status: 429,
      lineMessage: lineErrorMessages.monthlyLimit,
    });
  });

  it('records a narrowcast LINE accepted but could not deliver', async () => {
    const { sandbox, database, drain, campaign } = await syncFixture();
    const id = campaign(
      { sendKind: 'narrowcast', limit: { max: 10, upToRemainingQuota: true, forbidPartialDelivery: true } },
      10,
    );
    const [entryId] = queueCampaignSend(database.db, id);
    expect((await drain()).failed).toEqual([entryId]);
    const [entry] = listOutbox(database.db);
    expect(entry).toMatchObject({
      state: 'failed',
      progress: { phase: 'failed', errorCode: narrowcastErrorCodes.partialDeliveryForbidden },
      lastError: {
        key: 'errors.sync.narrowcastFailed',
        params: { code: narrowcastErrorCodes.partialDeliveryForbidden },
      },
    });
    expect(entry?.requestId).not.toBeNull();
    expect(sandbox.log.count('narrowcast')).toBe(1);
    expect(getCampaign(database.db, id)?.status).toBe('failed');
  });

  it('sends a multicast of 1,200 IDs as three requests, each under its own key', async () => {
    const { sandbox, database, drain, campaign } = await syncFixture();
    const friends = sandbox
      .channel()
      .friends.reachable()
      .map((f) => f.userId);
    const to = Array.from({ length: 1200 }, (_, i) => friends[i] ?? userId(i + 1));
    const id = campaign({ sendKind: 'multicast', to }, 1200);
    queueCampaignSend(database.db, id);
    sandbox.faults.set([{ operation: 'multicast', kind: 'error500', when: 'after', times: 1 }]);
    const report = await drain();
    expect(report.done).toHaveLength(3);
    const outbox = listOutbox(database.db);
    const accepted = sandbox.log.list('multicast').filter((r) => r.status === 200 || r.fault === 'error500');
    expect(accepted.map((r) => (r.body as { to: string[] }).to.length)).toEqual([500, 500, 200]);
    expect(accepted.map((r) => r.retryKey)).toEqual(outbox.map((e) => e.retryKey));
    expect(accepted.map((r) => (r.body as { to: string[] }).to)).toEqual([
      to.slice(0, 500),
      to.slice(500, 1000),
      to.slice(1000),
    ]);
    expect(getCampaign(database.db, id)).toMatchObject({
      status: 'sent',
      delivery: { requestId: outbox[0]?.acceptedRequestId },
    });
    expect(consumption(sandbox)).toBe(new Set(to.filter((u) => friends.includes(u))).size);
  });

  it('follows a narrowcast’s progress until LINE reports it done', async () => {
    const { sandbox, database, drain, campaign } = await syncFixture();
    const id = campaign({ sendKind: 'narrowcast', limit: { max: 50 } }, 50);
    queueCampaignSend(database.db, id);
    const report = await drain({ progressIntervalMs: 5000 });
    expect(report.done).toHaveLength(1);
    const [entry] = listOutbox(database.db);
    expect(entry?.progress).toMatchObject({ phase: 'succeeded', successCount: 50 });
    const polls = sandbox.log.list('getNarrowcastProgress');
    expect(polls.length).toBeGreaterThan(1);
    for (const poll of polls) expect(poll.query).toEqual({ requestId: entry?.requestId });
    expect(getCampaign(database.db, id)).toMatchObject({
      status: 'sent',
      delivery: { requestId: entry?.requestId },
    });
  });

  it('leaves an unanswered narrowcast running for the next run, which follows it without sending again', async () => {
    const { sandbox, database, drain, campaign } = await syncFixture();
    queueCampaignSend(database.db, campaign({ sendKind: 'narrowcast', limit: { max: 20 } }, 20));
    const first = await drain({ maxProgressPolls: 1 });
    expect(first.waiting).toHaveLength(1);
    expect(listOutbox(database.db)[0]?.state).toBe('running');
    const second = await drain();
    expect(second.done).toHaveLength(1);
    expect(sandbox.log.count('narrowcast')).toBe(1);
  });
  it('does not send what was discarded from elsewhere after the worker read it', async () => {
    const { sandbox, database, drain, campaign } = await syncFixture();
    const { db } = database;
    const friends = friendsOf(sandbox);
    const ids = [0, 1, 2].map((i) => campaign({ sendKind: 'push', to: [friends[i] ?? userId(i + 1)] }, 1));
    const narrowcast = campaign({ sendKind: 'narrowcast', limit: { max: 5 } }, 5);
    for (const id of [...ids, narrowcast]) queueCampaignSend(db, id);
    const [first, second, third, fourth] = listOutbox(db);
    // Discarded in the app (another process) while the worker checks it, before its attempt: the
    // third push as its quota is read, the narrowcast as it is validated.
    const discard = (entry: typeof third) => {
      if (!entry?.campaignId) return;
      deleteOutboxEntries(db, [entry.id]);
      moveCampaignStatus(db, entry.campaignId, ['sending'], 'ready');
    };
    const add = sandbox.log.add.bind(sandbox.log);
    let quotaChecks = 0;
    sandbox.log.add = (request) => {
      add(request);
      if (request.operationId === 'getMessageQuotaConsumption' && ++quotaChecks === 3) discard(third);
      if (request.operationId === 'validateNarrowcast') discard(fourth);
    };
    const report = await drain();
    expect(report).toEqual({
      leased: true,
      done: [first?.id, second?.id],
      failed: [],
      needsUser: [],
      waiting: [],
    });
    expect(sandbox.log.list('pushMessage').map((r) => r.retryKey)).toEqual([
      first?.retryKey,
      second?.retryKey,
    ]);
    expect(sandbox.log.count('narrowcast')).toBe(0);
    expect(listOutbox(db).map((e) => e.state)).toEqual(['done', 'done']);
    expect([third, fourth].map((e) => getCampaign(db, e?.campaignId ?? 0)?.status)).toEqual([
      'ready',
      'ready',
    ]);
  });
});

describe('sends in groups', () => {
  /** Three campaigns of a multicast to 3 friends each, queued: the first alone, then a group of two. */
  const threeMulticasts = ({ sandbox, database, campaign }: SyncFixture) => {
    const friends = friendsOf(sandbox);
    const ids = [0, 1, 2].map((i) =>
      campaign({ sendKind: 'multicast', to: friends.slice(i * 3, i * 3 + 3) }, 3),
    );
    for (const id of ids) queueCampaignSend(database.db, id);
    return { ids, entries: listOutbox(database.db) };
  };

  it('counts the sends checked before it in its group against the quota', async () => {
    // 8 messages left: the first multicast of 3 goes alone; the second and third are checked
    // together, and the third no longer fits once the second is counted.
    const fixture = await syncFixture({ quota: { type: 'limited', value: 8 } });
    const { sandbox, database, drain } = fixture;
    const [first, second, third] = threeMulticasts(fixture).entries.map((e) => e.id);
    const report = await drain();
    expect(report).toMatchObject({ done: [first, second], failed: [third] });
    expect(getOutboxEntry(database.db, third ?? 0)?.lastError).toEqual({
      key: 'errors.sync.quotaExceeded',
      params: { needed: 3, remaining: 2 },
    });
    expect(sandbox.log.list('multicast').map((r) => r.status)).toEqual([200, 200]);
    expect(consumption(sandbox)).toBe(6);
  });

  it('records a member LINE never answered as its own, and the members around it as theirs', async () => {
    const fixture = await syncFixture();
    const { sandbox, database, drain } = fixture;
    const { db } = database;
    const { ids, entries } = threeMulticasts(fixture);
    const [first, second, third] = entries;
    // Once the first group (the first multicast) is through, LINE fails every try of the next
    // multicast to arrive (the second group's first member) with 500s.
    const add = sandbox.log.add.bind(sandbox.log);
    sandbox.log.add = (request) => {
      add(request);
      if (request.operationId === 'multicast' && request.retryKey === first?.retryKey)
        sandbox.faults.add({ operation: 'multicast', kind: 'error500', times: 6 });
    };
    const report = await drain();
    expect(report).toMatchObject({ done: [first?.id, third?.id], failed: [], waiting: [second?.id] });
    expect(listOutbox(db).map((e) => [e.state, e.attempts, e.firstAttemptAt !== null])).toEqual([
      ['done', 1, true],
      ['pending', 6, true],
      ['done', 1, true],
    ]);
    expect(ids.map((id) => getCampaign(db, id)?.status)).toEqual(['sent', 'sending', 'sent']);
    // The next run sends it under the same key, without its checks again.
    const validations = sandbox.log.count('validateMulticast');
    expect((await drain()).done).toEqual([second?.id]);
    expect(sandbox.log.count('validateMulticast')).toBe(validations);
    expect(
      sandbox.log
        .list('multicast')
        .filter((r) => r.status === 200)
        .map((r) => r.retryKey),
    ).toEqual([first?.retryKey, third?.retryKey, second?.retryKey]);
    expect(getCampaign(db, ids[1] ?? 0)?.status).toBe('sent');
  });

  it('stops at once when the lease is lost mid-group, leaving the rest to the next worker', async () => {
    const fixture = await syncFixture();
    const { sandbox, database, drain } = fixture;
    const { db } = database;
    const { ids, entries } = threeMulticasts(fixture);
    const [first, second, third] = entries;
    // Once LINE took the second group's first member, the worker stalls past its lease and
    // another takes it over.
    const afterAccepted = (entry: { id: number }): void => {
      if (entry.id !== second?.id) return;
      sandbox.advance(60_000);
      expect(acquireLease(db, 'next', sandbox.clock.now(), 60_000).holder).toBe('next');
    };
    const report = await drain({ holder: 'stalled', leaseMs: 60_000, afterAccepted });
    expect(report).toMatchObject({ leased: true, lostLease: true, done: [first?.id, second?.id] });
    // What LINE took is recorded; the third, marked with its group, waits unsent under its key.
    expect(listOutbox(db).map((e) => [e.state, e.attempts])).toEqual([
      ['done', 1],
      ['done', 1],
      ['running', 1],
    ]);
    expect(sandbox.log.list('multicast').map((r) => r.retryKey)).toEqual([first?.retryKey, second?.retryKey]);
    expect(readLease(db)?.holder).toBe('next');

    expect((await drain({ holder: 'next' })).done).toEqual([third?.id]);
    expect(sandbox.log.list('multicast').map((r) => [r.retryKey, r.status])).toEqual([
      [first?.retryKey, 200],
      [second?.retryKey, 200],
      [third?.retryKey, 200],
    ]);
    expect(ids.map((id) => getCampaign(db, id)?.status)).toEqual(['sent', 'sent', 'sent']);
  });

  it('does not send a member failed from elsewhere while the sends before it in its group left', async () => {
    const { sandbox, database, drain, campaign } = await syncFixture();
    const { db } = database;
    const friends = friendsOf(sandbox);
    // Three parts of 500: the first alone, then the second and third as one group.
    const to = Array.from({ length: 1500 }, (_, i) => friends[i] ?? userId(i + 1));
    queueCampaignSend(db, campaign({ sendKind: 'multicast', to }, 1500));
    const [first, second, third] = listOutbox(db).map((e) => e.id);
    // The campaign discarded in the app as the second part leaves: part of it went out, so each
    // entry not done is failed (as the Sync screen's Discard does), the third part among them.
    const add = sandbox.log.add.bind(sandbox.log);
    sandbox.log.add = (request) => {
      add(request);
      if (request.operationId !== 'multicast' || sandbox.log.count('multicast') !== 2) return;
      expect(getOutboxEntry(db, third ?? 0)).toMatchObject({ state: 'running', attempts: 1 });
      for (const e of listOutbox(db))
        if (e.state !== 'done') markFailure(db, e.id, 'failed', { key: 'errors.sync.discarded', params: {} });
    };
    const told: number[] = [];
    const report = await drain({ changed: (e) => told.push(e.id) });
    expect(report).toMatchObject({ done: [first, second], failed: [], needsUser: [], waiting: [] });
    expect(sandbox.log.count('multicast')).toBe(2);
    // LINE took the second part: it is done; the third stays as the discard left it.
    expect(listOutbox(db).map((e) => [e.id, e.state, e.lastError?.key ?? null])).toEqual([
      [first, 'done', null],
      [second, 'done', null],
      [third, 'failed', 'errors.sync.discarded'],
    ]);
    expect(told).toContain(third);
  });
});

describe('a campaign and its entries', () => {
  it('are settled together: a campaign left sending with every entry finished is settled by the next run', async () => {
    const { database, drain, campaign } = await syncFixture();
    const id = campaign({});
    queueCampaignSend(database.db, id);
    // As a crash between the two writes of an earlier version could have left them.
    database.db
      .prepare(
        `UPDATE outbox SET state = 'done', request_id = 'r-1', finished_at = 'x' WHERE campaign_id = ?`,
      )
      .run(id);
    expect(getCampaign(database.db, id)?.status).toBe('sending');
    await drain();
    expect(getCampaign(database.db, id)).toMatchObject({ status: 'sent', delivery: { requestId: 'r-1' } });
  });

  it('a send LINE took stays done, whatever a late failure from elsewhere says', async () => {
    const { database, drain, campaign } = await syncFixture();
    const id = campaign({});
    queueCampaignSend(database.db, id);
    await drain();
    const [entry] = listOutbox(database.db);
    markFailure(database.db, entry?.id ?? 0, 'needs-user', {
      key: 'errors.sync.retryWindowPassed',
      params: {},
    });
    expect(getOutboxEntry(database.db, entry?.id ?? 0)).toMatchObject({ state: 'done', lastError: null });
    expect(getCampaign(database.db, id)?.status).toBe('sent');
  });

  // Sends go in groups, each put on record as tried in one commit before its first member leaves:
  // the first group of a run is one send, the next two, then four. A send's acceptance is recorded
  // with the next write (the next group's attempts, a refusal, the end of the run); a worker killed
  // before that is covered by crash.test.ts, killed at each request.
  it('are recorded with the next write at the latest, each attempt before its send, all before the run ends', async () => {
    const { sandbox, database, drain, campaign } = await syncFixture();
    const { db } = database;
    const friends = sandbox
      .channel()
      .friends.reachable()
      .map((f) => f.userId);
    const to = Array.from({ length: 700 }, (_, i) => friends[i] ?? userId(i + 1));
    const campaigns = [
      campaign({ sendKind: 'multicast', to }, 700),
      campaign({ sendKind: 'push', to: [to[0] ?? userId(1)] }, 1),
      campaign({ messages: [{ type: 'text', text: '' }] }),
      campaign({}),
    ];
    for (const id of campaigns) queueCampaignSend(db, id);
    const ids = listOutbox(db).map((e) => e.id);
    expect(ids).toHaveLength(5);

    // What the database holds as LINE receives each send: the send's own attempt and key, and every
    // entry before it finished.
    const atSend: { attempt: unknown; before: string[] }[] = [];
    const add = sandbox.log.add.bind(sandbox.log);
    sandbox.log.add = (request) => {
      add(request);
      if (!['multicast', 'pushMessage', 'broadcast'].includes(request.operationId ?? '')) return;
      const entries = listOutbox(db);
      const entry = entries.find((e) => e.retryKey === request.retryKey);
      atSend.push({
        attempt: entry && {
          state: entry.state,
          attempts: entry.attempts,
          tried: entry.firstAttemptAt !== null,
        },
        before: entries.filter((e) => entry && e.id < entry.id).map((e) => e.state),
      });
    };
    const told: { id: number; state: string | undefined }[] = [];
    const report = await drain({
      changed: (e) => told.push({ id: e.id, state: getOutboxEntry(db, e.id)?.state }),
    });

    const [m1, m2, push, refused, broadcast] = ids;
    expect(report).toMatchObject({ done: [m1, m2, push, broadcast], failed: [refused] });
    const attempt = { state: 'running', attempts: 1, tried: true };
    expect(atSend).toEqual([
      // The first group: the first part of the multicast.
      { attempt, before: [] },
      // The second group, the second part and the push: the first part recorded with its attempts,
      // the second part's acceptance waiting for the next write as the push leaves.
      { attempt, before: ['done'] },
      { attempt, before: ['done', 'running'] },
      // The refusal recorded both; the broadcast is the third group.
      { attempt, before: ['done', 'done', 'done', 'failed'] },
    ]);
    // Each change is told once it is on record, and the last send is recorded before the run ends.
    expect(told).toEqual(ids.map((id) => ({ id, state: id === refused ? 'failed' : 'done' })));
    const outbox = listOutbox(db);
    expect(outbox.map((e) => e.state)).toEqual(['done', 'done', 'done', 'failed', 'done']);
    const sent = sandbox.log.list().filter((r) => r.status === 200 && r.retryKey);
    expect(outbox.filter((e) => e.state === 'done').map((e) => [e.retryKey, e.requestId])).toEqual(
      sent.map((r) => [r.retryKey, r.requestId]),
    );
    expect(campaigns.map((id) => getCampaign(db, id)?.status)).toEqual(['sent', 'sent', 'failed', 'sent']);
  });
});

describe('LINE’s 24-hour retry-key window', () => {
  it('keeps trying under the key within the window, then leaves an unconfirmed send to the user', async () => {
    const { sandbox, database, drain, campaign } = await syncFixture();
    const id = campaign({});
    queueCampaignSend(database.db, id);
    sandbox.faults.set([{ operation: 'broadcast', kind: 'drop' }]);
    // Out of retries: it waits for the next run, its key kept.
    const first = await drain({ retry: { retries: 2, minTimeout: 0, maxTimeout: 0 } });
    expect(first.waiting).toHaveLength(1);
    expect(listOutbox(database.db)[0]).toMatchObject({
      state: 'pending',
      attempts: 3,
      lastError: { key: 'errors.sync.lineUnreachable' },
    });
    sandbox.advance(retryKeyWindowMs / 2);
    await drain({ retry: { retries: 0 } });
    expect(sandbox.log.count('broadcast')).toBe(4);

    sandbox.faults.clear();
    sandbox.advance(retryKeyWindowMs / 2);
    const late = await drain();
    expect(late.needsUser).toHaveLength(1);
    expect(sandbox.log.count('broadcast')).toBe(4);
    expect(listOutbox(database.db)[0]).toMatchObject({
      state: 'needs-user',
      lastError: { key: 'errors.sync.retryWindowPassed' },
    });
    // Never again without the user.
    await drain();
    expect(sandbox.log.count('broadcast')).toBe(4);
    expect(getCampaign(database.db, id)?.status).toBe('sending');
  });
});

describe('the lease', () => {
  it('lets only one of two workers run, and frees it when done', async () => {
    const { sandbox, database, drain, campaign } = await syncFixture();
    queueCampaignSend(database.db, campaign({}));
    const first = drain({ holder: 'first' });
    const second = await drain({ holder: 'second' });
    expect(second).toMatchObject({ leased: false, heldBy: 'first', done: [] });
    expect((await first).done).toHaveLength(1);
    expect(sandbox.log.count('broadcast')).toBe(1);
    expect(readLease(database.db)).toBeUndefined();
  });

  it('takes over a lease only once it has expired', async () => {
    const { sandbox, database, drain, campaign } = await syncFixture();
    queueCampaignSend(database.db, campaign({}));
    const at = sandbox.clock.now();
    acquireLease(database.db, 'crashed', at, 60_000);
    expect(await drain({ holder: 'new' })).toMatchObject({ leased: false, heldBy: 'crashed' });
    expect(sandbox.log.count()).toBe(0);
    sandbox.advance(60_000);
    expect((await drain({ holder: 'new' })).done).toHaveLength(1);
  });

  it('stops a stalled worker whose lease was taken over, leaving its entry to the new holder', async () => {
    const { sandbox, database, drain, campaign } = await syncFixture();
    queueCampaignSend(database.db, campaign({ sendKind: 'narrowcast', limit: { max: 30 } }, 30));
    const report = await drain({
      holder: 'stalled',
      leaseMs: 60_000,
      // Between two progress polls it stalls past its lease, and another worker takes over.
      sleep: () => {
        sandbox.advance(60_000);
        expect(acquireLease(database.db, 'next', sandbox.clock.now(), 60_000).holder).toBe('next');
        return Promise.resolve();
      },
    });
    expect(report).toMatchObject({ leased: true, lostLease: true, done: [] });
    expect(sandbox.log.count('getNarrowcastProgress')).toBe(1);
    expect(readLease(database.db)?.holder).toBe('next');
    expect(listOutbox(database.db)[0]).toMatchObject({ state: 'running' });
    // The new holder follows it to the end without sending it again.
    expect((await drain({ holder: 'next' })).done).toHaveLength(1);
    expect(sandbox.log.count('narrowcast')).toBe(1);
  });

  it('stops a stalled worker whose lease another worker took over and let go again', async () => {
    const { sandbox, database, drain, campaign } = await syncFixture();
    const { db } = database;
    queueCampaignSend(db, campaign({ sendKind: 'narrowcast', limit: { max: 30 } }, 30));
    let next: Promise<DrainReport> | undefined;
    const report = await drain({
      holder: 'stalled',
      leaseMs: 60_000,
      // It stalls past its lease; meanwhile another worker follows the narrowcast to the end.
      sleep: async () => {
        sandbox.advance(60_000);
        next = drain({ holder: 'next' });
        expect((await next).done).toHaveLength(1);
        expect(readLease(db)).toBeUndefined();
      },
    });
    expect(next).toBeDefined();
    expect(report).toMatchObject({ leased: true, lostLease: true, done: [] });
    expect(listOutbox(db)[0]).toMatchObject({ state: 'done' });
    expect(readLease(db)).toBeUndefined();
    expect(sandbox.log.count('narrowcast')).toBe(1);
  });

  it('is one per data folder: the channel filter does not let a second worker in', async () => {
    const { database, drain } = await syncFixture();
    acquireLease(database.db, 'other', Date.now(), 60_000);
    expect(await drain({ channelId: sandboxChannelId, now: Date.now })).toMatchObject({ leased: false });
  });
});
