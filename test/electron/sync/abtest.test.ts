// A/B tests through the outbox against the LINE sandbox, with the real SDK: the variants go out
// first, the winner waits for the test's wait (on the sandbox's clock), is picked from LINE's
// message-event statistics of the variants, and goes to the rest of the target (everyone the
// variants reached excluded) once, under its own retry key, also when the worker stops right after
// LINE accepted it.

import { insight } from '@line/bot-sdk';
import { describe, expect, it } from 'vitest';
import { getCampaign } from '../../../electron/campaigns/repository';
import { createSyncEngine, syncEntries } from '../../../electron/sync/handlers';
import { describeOutbox } from '../../../electron/sync/push';
import { getOutboxEntry, listOutbox } from '../../../electron/sync/outbox-store';
import { queueCampaignSend } from '../../../electron/sync/queue';
import type { AbTestDecision } from '../../../electron/sync/run-abtest';
import { pickAbTestWinner } from '../../../shared/campaigns/ab-test';
import type { CampaignDraft } from '../../../shared/campaigns/model';
import { acceptedByLine, sandboxChannelId, syncFixture, type SyncFixture } from './helpers';

const hourMs = 3_600_000;

const abTest: CampaignDraft['abTest'] = {
  metric: 'open',
  decideAfterHours: 4,
  variants: [
    { share: 0.2, messages: [{ type: 'text', text: 'Variant A: 10% off' }] },
    { share: 0.2, messages: [{ type: 'text', text: 'Variant B: free shipping' }] },
  ],
};

async function abFixture(
  test: CampaignDraft['abTest'] = abTest,
): Promise<SyncFixture & { campaignId: number; entries: number[] }> {
  const fixture = await syncFixture({ friends: 1000 });
  const campaignId = fixture.campaign({ sendKind: 'narrowcast', messages: [], abTest: test }, 1000);
  const entries = queueCampaignSend(fixture.database.db, campaignId);
  return { ...fixture, campaignId, entries };
}

/** What LINE says of a send, read with the SDK like any client would. */
async function statisticsOf(fixture: SyncFixture, requestId: string) {
  const client = new insight.InsightClient({
    channelAccessToken: fixture.sandbox.token,
    baseURL: fixture.sandbox.origin,
  });
  const { overview } = await client.getMessageEvent(requestId);
  return {
    delivered: overview?.delivered ?? null,
    uniqueImpressions: overview?.uniqueImpression ?? null,
    uniqueClicks: overview?.uniqueClick ?? null,
  };
}

describe('A/B tests through the outbox', { timeout: 60_000 }, () => {
  it('queues the variants and a winner with its own retry key, in one transaction', async () => {
    const { database, entries, campaignId } = await abFixture();
    const outbox = listOutbox(database.db);
    expect(entries).toHaveLength(3);
    expect(outbox.map((e) => [e.kind, e.part, e.cost])).toEqual([
      ['narrowcast', 0, 200],
      ['narrowcast', 1, 200],
      ['abTestWinner', 2, 600],
    ]);
    expect(new Set(outbox.map((e) => e.retryKey)).size).toBe(3);
    expect(getCampaign(database.db, campaignId)?.status).toBe('sending');
  });

  it('sends the variants, waits for the test, then sends the better variant to the rest, once', async () => {
    const fixture = await abFixture();
    const { database, sandbox, drain, campaignId, entries } = fixture;
    const winnerEntry = entries[2]!;

    const first = await drain();
    expect(first.done).toEqual(entries.slice(0, 2));
    expect(first.waiting).toEqual([winnerEntry]);
    expect(sandbox.log.count('narrowcast')).toBe(2);
    const waiting = getOutboxEntry(database.db, winnerEntry)!;
    expect(waiting.state).toBe('pending');
    expect(waiting.lastError?.key).toBe('errors.sync.abTestWaiting');
    expect(waiting.lastError?.waiting).toBe(true);
    const variants = listOutbox(database.db).filter((e) => e.part < 2);
    const decideAt = Math.max(...variants.map((v) => v.firstAttemptAt!)) + 4 * hourMs;
    expect(waiting.lastError?.params?.at).toBe(new Date(decideAt).toISOString());
    expect(first.nextWinnerAt).toBe(decideAt);
    expect(getCampaign(database.db, campaignId)?.status).toBe('sending');

    // Not yet: an hour before the wait is over, nothing is read or sent.
    sandbox.clock.set(decideAt - hourMs);
    await drain();
    expect(sandbox.log.count('narrowcast')).toBe(2);
    expect(sandbox.log.count('getMessageEvent')).toBe(0);

    sandbox.clock.set(decideAt);
    const decided = await drain();
    expect(decided.done).toEqual([winnerEntry]);
    expect(sandbox.log.count('narrowcast')).toBe(3);
    expect(sandbox.log.count('getMessageEvent')).toBe(2);

    // The better open rate, by LINE's own figures.
    const stats = await Promise.all(variants.map((v) => statisticsOf(fixture, v.requestId!)));
    const expected = pickAbTestWinner('open', stats);
    const entry = getOutboxEntry(database.db, winnerEntry)!;
    const decision = entry.result as AbTestDecision;
    expect(decision.winner).toBe(expected);
    expect(decision.statistics).toEqual(stats);
    // The Sync screen and `sync --json` say which variant won; the variants' entries name none.
    expect(syncEntries(database.db, sandboxChannelId).map((e) => e.abTestWinner)).toEqual([
      null,
      null,
      expected,
    ]);
    expect(describeOutbox(database.db, sandboxChannelId).at(-1)?.abTestWinner).toBe(expected);

    // The winner's bubbles, to everyone but the variants' recipients.
    const sent = sandbox.log.list('narrowcast').at(-1)!;
    const body = sent.body as Record<string, unknown>;
    expect(body.messages).toEqual(abTest?.variants[expected]?.messages);
    expect(body.recipient).toEqual({
      type: 'operator',
      not: {
        type: 'operator',
        or: variants.map((v) => ({ type: 'redelivery', requestId: v.requestId })),
      },
    });
    expect(sent.retryKey).toBe(entry.retryKey);
    expect(getCampaign(database.db, campaignId)?.status).toBe('sent');

    // Once: a later run sends nothing more.
    await drain();
    expect(sandbox.log.count('narrowcast')).toBe(3);
    expect(acceptedByLine(sandbox).sends).toHaveLength(3);
  });

  it('while the app runs, the winner goes when the test’s wait is over, without another push', async () => {
    const { database, sandbox, entries } = await abFixture();
    // The engine's timer, on the sandbox's clock: the test decides when a wait is over.
    const timers = new Map<number, { at: number; run: () => void }>();
    let next = 0;
    const timer = {
      schedule(ms: number, run: () => void) {
        const id = next++;
        timers.set(id, { at: sandbox.clock.now() + ms, run });
        return () => void timers.delete(id);
      },
    };
    const engine = createSyncEngine({
      database,
      emit: () => undefined,
      sources: {
        sandbox: { connection: () => Promise.resolve({ origin: sandbox.origin, token: sandbox.token }) },
      },
      now: () => sandbox.clock.now(),
      timer,
      worker: {
        retry: { minTimeout: 0, maxTimeout: 0, randomize: false },
        timer: sandbox.clock,
        // Narrowcast progress is followed on the sandbox's clock.
        sleep: (ms) => {
          sandbox.advance(ms);
          return Promise.resolve();
        },
      },
    });
    try {
      await engine.run(sandboxChannelId);
      expect(sandbox.log.count('narrowcast')).toBe(2);
      const variants = listOutbox(database.db).filter((e) => e.part < 2);
      const decideAt = Math.max(...variants.map((v) => v.firstAttemptAt!)) + 4 * hourMs;
      const [wake] = [...timers.values()];
      expect(timers.size).toBe(1);
      expect(wake?.at).toBe(decideAt);

      sandbox.clock.set(decideAt);
      timers.clear();
      wake!.run();
      await engine.idle();
      expect(sandbox.log.count('narrowcast')).toBe(3);
      expect(getOutboxEntry(database.db, entries[2]!)?.state).toBe('done');
      // Nothing left to wake up for.
      expect(timers.size).toBe(0);
    } finally {
      await engine.stop();
    }
  });

  it('a worker stopped right after LINE accepted the winner: the next run confirms it, nothing sent twice', async () => {
    const { database, sandbox, drain, entries } = await abFixture();
    const winnerEntry = entries[2]!;
    await drain();
    const variants = listOutbox(database.db).filter((e) => e.part < 2);
    sandbox.clock.set(Math.max(...variants.map((v) => v.firstAttemptAt!)) + 4 * hourMs);

    const crashed = await drain({
      afterAccepted: (entry) => {
        if (entry.id === winnerEntry) throw new Error('killed');
      },
    });
    expect(crashed.waiting).toEqual([winnerEntry]);
    const decision = getOutboxEntry(database.db, winnerEntry)!.result as AbTestDecision;
    expect(acceptedByLine(sandbox).sends).toHaveLength(3);

    const after = await drain();
    expect(after.done).toEqual([winnerEntry]);
    // The recorded decision was sent again under the same key; LINE answered 409, nothing new.
    expect(sandbox.log.list('narrowcast').map((r) => r.status)).toEqual([202, 202, 202, 409]);
    expect(acceptedByLine(sandbox).sends).toHaveLength(3);
    expect(sandbox.log.count('getMessageEvent')).toBe(2);
    const entry = getOutboxEntry(database.db, winnerEntry)!;
    expect((entry.result as AbTestDecision).winner).toBe(decision.winner);
    expect(entry.acceptedRequestId).not.toBeNull();
  });

  it('a variant LINE refused: the winner fails with the reason and is never sent', async () => {
    const { database, sandbox, drain, entries } = await abFixture({
      ...abTest!,
      variants: [abTest!.variants[0]!, { share: 0.2, messages: [{ type: 'text', text: '' }] }],
    });
    await drain();
    expect(getOutboxEntry(database.db, entries[1]!)?.state).toBe('failed');
    sandbox.clock.set(sandbox.clock.now() + 5 * hourMs);
    await drain();
    const winner = getOutboxEntry(database.db, entries[2]!)!;
    expect(winner.state).toBe('failed');
    expect(winner.lastError?.key).toBe('errors.sync.abTestVariantFailed');
    expect(sandbox.log.count('narrowcast')).toBe(1);
  });
});
