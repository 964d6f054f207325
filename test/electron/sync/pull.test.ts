// Pulling LINE's state from the sandbox through the real SDK: each figure stored and dated, the
// forecast taking the pulled consumption and quota, an audience made in Official Account Manager
// appearing read-only, statistics landing on a sent campaign, narrowcast progress followed, the local
// insight budget refusing the 61st call within the hour, and an offline pull changing nothing.

import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { deleteAudience, listAudiences, renameAudience } from '../../../electron/audiences/repository';
import { getCampaign } from '../../../electron/campaigns/repository';
import { forecastChannelMonth } from '../../../electron/quota/channel-forecast';
import { getChannelPlanning, saveChannelPlanning } from '../../../electron/quota/planning';
import { channelConnection } from '../../../electron/sync/connection';
import { listOutbox } from '../../../electron/sync/outbox-store';
import { PullOffline, pullChannel } from '../../../electron/sync/pull';
import { queueCampaignSend } from '../../../electron/sync/queue';
import type { SqliteDatabase } from '../../../electron/storage/database';
import { monthOf } from '../../../shared/campaigns/time';
import {
  budgetState,
  capFromQuota,
  demographicShares,
  pullBudgets,
  type LineDemographics,
} from '../../../shared/sync/pull';
import { narrowcastErrorCodes } from '../../../shared/line/errors';
import { consumption, sandboxChannelId, syncFixture, type SyncFixture } from './helpers';

const hour = 3600_000;

function pullFor(fixture: SyncFixture, origin = fixture.sandbox.origin) {
  const { sandbox, database } = fixture;
  const sources = { sandbox: { connection: () => Promise.resolve({ origin, token: sandbox.token }) } };
  return () =>
    pullChannel({
      db: database.db,
      channelId: sandboxChannelId,
      connect: (id) => channelConnection(database.db, id, sources),
      now: () => sandbox.clock.now(),
    });
}

async function sendNow(fixture: SyncFixture, draft: Parameters<SyncFixture['campaign']>[0] = {}) {
  const id = fixture.campaign(draft);
  queueCampaignSend(fixture.database.db, id);
  return { id, report: await fixture.drain({ maxProgressPolls: 1, sleep: () => Promise.resolve() }) };
}

/** An origin nothing listens on: a port the system handed out, then closed again. */
async function closedOrigin(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${String(port)}`;
}

/** Every row a pull could touch. */
function snapshot(db: SqliteDatabase): unknown {
  const tables = ['channel_planning', 'audiences', 'campaigns', 'outbox', 'pull_budget_calls'];
  return Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT * FROM ${t} ORDER BY 1`).all()]));
}

describe('pulling a channel', () => {
  it('stores the quota, the month’s consumption and the friend statistics, dated, and the forecast uses them', async () => {
    const fixture = await syncFixture();
    const { sandbox, database } = fixture;
    const { db } = database;
    sandbox.channel().quota.set({ type: 'limited', value: 6500 });
    saveChannelPlanning(db, sandboxChannelId, {
      planId: 'tw-2023-high',
      additionalMessageCap: 10,
      consumed: { month: monthOf(sandbox.clock.now(), 'Asia/Taipei'), messages: 7 },
    });
    await sendNow(fixture);
    sandbox.advance(60_000);
    const used = consumption(sandbox);
    expect(used).toBeGreaterThan(7);

    const report = await pullFor(fixture)();
    const pulledAt = new Date(sandbox.clock.now()).toISOString();
    expect(report.failures).toEqual([]);
    expect(report.quota).toEqual({ type: 'limited', value: 6500 });
    const month = monthOf(sandbox.clock.now(), 'Asia/Taipei');
    expect(report.consumption).toEqual({ month, messages: used });
    const followers = sandbox.channel().insight.followersUntil(sandbox.clock.now() - 86_400_000);
    expect(report.friends).toMatchObject({
      followers: followers.followers,
      blocks: followers.blocks,
      targetReach: followers.targetedReaches,
      asOf: '2026-06-14',
    });
    expect(report.friends?.demographics.genders).toEqual(
      demographicShares(
        sandbox.channel().insight.demographics(sandbox.clock.now()) as unknown as LineDemographics,
      ).genders,
    );
    expect(report.changed).toEqual(
      expect.arrayContaining(['quota', 'consumption', 'followers', 'demographics']),
    );

    const planning = getChannelPlanning(db, sandboxChannelId);
    expect(planning.consumed).toEqual({ month, messages: used });
    expect(planning.friends?.followers).toBe(followers.followers);
    expect(planning.pulled).toEqual({
      quota: { type: 'limited', value: 6500, at: pulledAt },
      consumedAt: pulledAt,
      friendsAt: pulledAt,
    });

    const forecast = forecastChannelMonth(db, sandboxChannelId, month, new Date(sandbox.clock.now()));
    expect(forecast.consumedBefore).toBe(used);
    // 6,500 a month on a plan with 6,000 free: 500 additional, not the 10 entered by hand.
    expect(forecast.plan.additionalMessageCap).toBe(500);

    // Entering consumption by hand again makes it the user's figure, no longer the pulled one.
    saveChannelPlanning(db, sandboxChannelId, { consumed: { month, messages: 1 } });
    expect(getChannelPlanning(db, sandboxChannelId).pulled).toEqual({
      quota: { type: 'limited', value: 6500, at: pulledAt },
      friendsAt: pulledAt,
    });

    // Nothing new on LINE: a second pull changes nothing but the consumption entered by hand.
    const again = await pullFor(fixture)();
    expect(again.changed).toEqual(['consumption']);
  });

  it('stores an audience made in Official Account Manager read-only, with its size, status and expiry', async () => {
    const fixture = await syncFixture();
    const { sandbox, database } = fixture;
    const members = Array.from({ length: 120 }, (_, i) => i);
    const lineAudiences = sandbox.channel().audiences;
    const made = lineAudiences.create({
      type: 'UPLOAD',
      description: 'Shop visitors (OA Manager)',
      isIfa: false,
      now: sandbox.clock.now(),
      members: [],
      createRoute: 'OA_MANAGER',
    });
    lineAudiences.addJob(made, {
      description: 'visitors.txt',
      members,
      extraCount: 0,
      now: sandbox.clock.now(),
    });
    const report = await pullFor(fixture)();
    expect(report.audiences).toEqual({ added: 1, updated: 0, removed: 0 });

    const [audience] = listAudiences(database.db, sandboxChannelId);
    expect(audience).toMatchObject({
      name: 'Shop visitors (OA Manager)',
      kind: 'line',
      status: 'IN_PROGRESS',
      lineAudienceGroupId: String(made.id),
      lineCreateRoute: 'OA_MANAGER',
      lineExpiresAt: new Date(sandbox.clock.now() + 180 * 86_400_000).toISOString(),
    });
    expect(() => renameAudience(database.db, audience!.id, 'Mine now')).toThrow(
      expect.objectContaining({ key: 'errors.audiences.readOnly' }),
    );
    expect(() => deleteAudience(database.db, audience!.id)).toThrow(
      expect.objectContaining({ key: 'errors.audiences.readOnly' }),
    );

    // Ready on LINE a while later: the next pull brings its status and size.
    sandbox.advance(hour);
    const later = await pullFor(fixture)();
    expect(later.audiences).toEqual({ added: 0, updated: 1, removed: 0 });
    expect(listAudiences(database.db, sandboxChannelId)[0]).toMatchObject({ status: 'READY', size: 120 });
  });

  it('puts the message statistics of a sent broadcast on its campaign', async () => {
    const fixture = await syncFixture();
    const { sandbox, database } = fixture;
    const { id } = await sendNow(fixture, {
      messages: [{ type: 'text', text: 'Sale today https://example.com/sale' }],
    });
    const campaign = getCampaign(database.db, id);
    expect(campaign?.status).toBe('sent');
    const { request_id: requestId } = database.db
      .prepare('SELECT request_id FROM campaigns WHERE id = ?')
      .get(id) as { request_id: string };
    sandbox.advance(6 * hour);

    const report = await pullFor(fixture)();
    const send = sandbox.channel().sends.getBroadcastOrNarrowcast(requestId);
    if (!send) throw new Error(`the sandbox has no send ${requestId}`);
    const expected = sandbox.channel().insight.messageEvent(send, sandbox.clock.now()).overview;
    expect(expected.delivered).toBeGreaterThan(0);
    expect(report.statistics).toEqual([
      {
        campaignId: id,
        title: campaign!.title,
        delivered: expected.delivered,
        uniqueImpressions: expected.uniqueImpression,
        uniqueClicks: expected.uniqueClick,
      },
    ]);
    const row = database.db
      .prepare(
        'SELECT delivered, unique_impressions, unique_clicks, stats_synced_at FROM campaigns WHERE id = ?',
      )
      .get(id);
    expect(row).toEqual({
      delivered: expected.delivered,
      unique_impressions: expected.uniqueImpression,
      unique_clicks: expected.uniqueClick,
      stats_synced_at: new Date(sandbox.clock.now()).toISOString(),
    });
  });

  it('follows a narrowcast LINE is still delivering to the end, and settles its campaign', async () => {
    const fixture = await syncFixture();
    const { sandbox, database } = fixture;
    const { id } = await sendNow(fixture, { sendKind: 'narrowcast' });
    expect(getCampaign(database.db, id)?.status).toBe('sending');
    sandbox.advance(60_000);

    const report = await pullFor(fixture)();
    expect(report.progress).toEqual([
      { campaignId: id, title: expect.any(String) as string, phase: 'succeeded' },
    ]);
    expect(getCampaign(database.db, id)?.status).toBe('sent');
    expect(listOutbox(database.db, sandboxChannelId)[0]).toMatchObject({
      state: 'done',
      progress: expect.objectContaining({ phase: 'succeeded' }) as unknown,
    });
  });

  it('fails a narrowcast LINE accepted but could not deliver, and its campaign, saying why', async () => {
    const fixture = await syncFixture();
    const { sandbox, database } = fixture;
    // More friends match than its limit of 10, and a part may not go: LINE takes it, then gives up.
    const id = fixture.campaign(
      { sendKind: 'narrowcast', limit: { max: 10, upToRemainingQuota: true, forbidPartialDelivery: true } },
      10,
    );
    queueCampaignSend(database.db, id);
    // Accepted, and not followed: the pull is the first to hear how it ended.
    await fixture.drain({ maxProgressPolls: 0 });
    expect(listOutbox(database.db, sandboxChannelId)[0]).toMatchObject({ state: 'running' });
    sandbox.advance(60_000);

    const report = await pullFor(fixture)();
    expect(report.progress).toEqual([
      { campaignId: id, title: expect.any(String) as string, phase: 'failed' },
    ]);
    expect(getCampaign(database.db, id)?.status).toBe('failed');
    expect(listOutbox(database.db, sandboxChannelId)[0]).toMatchObject({
      state: 'failed',
      progress: expect.objectContaining({
        phase: 'failed',
        errorCode: narrowcastErrorCodes.partialDeliveryForbidden,
      }),
      lastError: {
        key: 'errors.sync.narrowcastFailed',
        params: { code: narrowcastErrorCodes.partialDeliveryForbidden },
      },
    });
  });

  it('refuses the 61st insight call within the hour, says when the next is allowed, and allows it after', async () => {
    const fixture = await syncFixture();
    const { sandbox, database } = fixture;
    const pull = pullFor(fixture);
    const start = sandbox.clock.now();
    // Two insight calls a pull (followers and demographics): 30 pulls spend the hour's 60.
    for (let i = 0; i < 30; i++) {
      const report = await pull();
      expect(report.skipped).toEqual([]);
      sandbox.advance(60_000);
    }
    const insightCalls = () =>
      sandbox.log.list('getNumberOfFollowers').length + sandbox.log.list('getFriendsDemographics').length;
    expect(insightCalls()).toBe(60);

    const refused = await pull();
    const nextAllowedAt = new Date(start + hour).toISOString();
    expect(refused.skipped).toEqual([
      {
        part: 'followers',
        kind: 'insight',
        nextAllowedAt,
        error: expect.objectContaining({ key: 'errors.sync.budgetSpent' }) as unknown,
      },
      expect.objectContaining({ part: 'demographics', kind: 'insight', nextAllowedAt }),
    ]);
    expect(refused.nextAllowed.insight).toBe(nextAllowedAt);
    // Audiences have their own budget, and were still pulled.
    expect(refused.audiences).not.toBeNull();
    expect(insightCalls()).toBe(60);

    // Another process on the same data folder sees the same budget.
    expect(
      database.db.prepare("SELECT COUNT(*) AS n FROM pull_budget_calls WHERE kind = 'insight'").get(),
    ).toEqual({
      n: 60,
    });

    sandbox.clock.advance(start + hour - sandbox.clock.now());
    const allowed = await pull();
    // The first pull's two calls have left the window.
    expect(allowed.skipped).toEqual([]);
    expect(insightCalls()).toBe(62);
  });

  it('says offline and changes nothing when LINE cannot be reached', async () => {
    const fixture = await syncFixture();
    const { database } = fixture;
    await pullFor(fixture)();
    const before = snapshot(database.db);
    const offline = pullFor(fixture, await closedOrigin());
    await expect(offline()).rejects.toBeInstanceOf(PullOffline);
    await expect(offline()).rejects.toMatchObject({
      key: 'errors.sync.offline',
    });
    expect(snapshot(database.db)).toEqual(before);
  });
});

describe('pull rules', () => {
  it('slides the budget window: the next call is allowed when the oldest leaves it', () => {
    const calls = Array.from({ length: 60 }, (_, i) => 1000 + i);
    expect(budgetState(calls, 2000, pullBudgets.insight)).toEqual({
      remaining: 0,
      nextAllowedAt: 1000 + hour,
    });
    expect(budgetState(calls, 1000 + hour, pullBudgets.insight)).toEqual({
      remaining: 1,
      nextAllowedAt: 1000 + hour,
    });
    expect(budgetState(calls.slice(0, 59), 2000, pullBudgets.insight).remaining).toBe(1);
    expect(pullBudgets.audiences).toEqual({ limit: 60, windowMs: 60_000 });
  });

  it('reads a quota as the additional messages beyond the plan’s free ones', () => {
    const plan = { freeMessages: 3000, additional: { tiers: [], maxPerMonth: 20_000 } };
    expect(capFromQuota({ type: 'limited', value: 3500 }, plan)).toBe(500);
    expect(capFromQuota({ type: 'limited', value: 100 }, plan)).toBe(0);
    expect(capFromQuota({ type: 'none', value: null }, plan)).toBe(20_000);
    expect(capFromQuota({ type: 'limited', value: 3500 }, { freeMessages: 200, additional: null })).toBe(0);
  });

  it('turns LINE’s demographic tiles into shares keyed by filter values', () => {
    expect(
      demographicShares({
        available: true,
        genders: [
          { gender: 'male', percentage: 40.5 },
          { gender: 'female', percentage: 59.5 },
        ],
        ages: [
          { age: 'from0to14', percentage: 5 },
          { age: 'from20to24', percentage: 80 },
          { age: 'from70', percentage: 15 },
        ],
        areas: [
          { area: '台北市', percentage: 70 },
          { area: '東京都', percentage: 20 },
          { area: 'somewhere', percentage: 10 },
        ],
        subscriptionPeriods: [
          { subscriptionPeriod: 'within7days', percentage: 10 },
          { subscriptionPeriod: 'over365days', percentage: 90 },
        ],
      }),
    ).toEqual({
      genders: { male: 0.405, female: 0.595 },
      ages: { unknown: 0.05, age_20: 0.8, age_70: 0.15 },
      areas: { tw_01: 0.7, jp_13: 0.2, unknown: 0.1 },
      subscriptionPeriods: { day_0: 0.1, day_365: 0.9 },
    });
    expect(demographicShares({ available: false })).toEqual({});
  });
});
