// Pulls a channel's state from LINE through @line/bot-sdk: the month's quota and consumption (which
// replace the hand-entered figures of the forecast), followers, target reach, blocks and
// demographics (which feed the reach estimates), the audiences LINE lists (those made elsewhere, such
// as in Official Account Manager, stored read-only), the progress of narrowcasts still being
// delivered, and the message-event statistics of sent broadcasts and narrowcasts.
//
// Every answer is read first and everything is written in one transaction at the end, so a pull
// that finds LINE unreachable changes nothing. Insight and audience calls spend local budgets kept in
// SQLite (shared/sync/pull.ts), so the desktop app, browser mode and the CLI share them.

import { insight, manageAudience, messagingApi } from '@line/bot-sdk';
import { ApiError } from '../../shared/api/result';
import type { LocalizedText } from '../../shared/i18n/text';
import { monthOf } from '../../shared/campaigns/time';
import { audienceLimits, insightLimits } from '../../shared/line/limits';
import { lineDate } from '../../shared/line/ids';
import type { FriendStatistics } from '../../shared/quota/model';
import type { NarrowcastProgress } from '../../shared/sync/outbox';
import {
  budgetSpentText,
  budgetState,
  demographicShares,
  pullBudgetKinds,
  pullBudgets,
  type LineDemographics,
  type PullBudgetKind,
  type PullPart,
  type PullReport,
  type PulledQuota,
} from '../../shared/sync/pull';
import { upsertLineAudiences, type LineAudienceGroup } from '../audiences/line-audiences';
import { getChannelPlanning, savePulledPlanning } from '../quota/planning';
import { writeTransaction, type SqliteDatabase } from '../storage/database';
import type { ChannelConnection } from './connection';
import { lineFailure } from './line-errors';
import { recordProgress, settleCampaign } from './outbox-store';

export interface PullOptions {
  readonly db: SqliteDatabase;
  readonly channelId: number;
  readonly connect: (channelId: number) => Promise<ChannelConnection>;
  /** Epoch ms; tests pass the sandbox's clock. */
  readonly now?: () => number;
}

/** LINE could not be reached at all: the pull stopped and changed nothing. */
export class PullOffline extends ApiError {
  constructor(detail: string) {
    super('unavailable', { key: 'errors.sync.offline', params: { detail } });
    this.name = 'PullOffline';
  }
}

const dayMs = 86_400_000;
const longestWindowMs = Math.max(...pullBudgetKinds.map((k) => pullBudgets[k].windowMs));

/** The calls of a kind made within its window, epoch ms. */
export function storedCalls(
  db: SqliteDatabase,
  channelId: number,
  kind: PullBudgetKind,
  now: number,
): number[] {
  return db
    .prepare('SELECT called_at FROM pull_budget_calls WHERE channel_id = ? AND kind = ? AND called_at > ?')
    .pluck()
    .all(channelId, kind, now - pullBudgets[kind].windowMs) as number[];
}

/**
 * Spends one call of `kind` now for a call about to leave (the outbox's audience calls share the
 * pull's budget), or returns when the next is allowed (epoch ms) when the budget is spent.
 */
export function spendBudgetCall(
  db: SqliteDatabase,
  channelId: number,
  kind: PullBudgetKind,
  now: number,
): { readonly spent: true } | { readonly spent: false; readonly nextAllowedAt: number } {
  const state = budgetState(storedCalls(db, channelId, kind, now), now, pullBudgets[kind]);
  if (state.remaining < 1) return { spent: false, nextAllowedAt: state.nextAllowedAt };
  db.prepare('INSERT INTO pull_budget_calls (channel_id, kind, called_at) VALUES (?, ?, ?)').run(
    channelId,
    kind,
    now,
  );
  return { spent: true };
}

/** When the next call of each kind is allowed, from what is stored. */
export function nextAllowedTimes(
  db: SqliteDatabase,
  channelId: number,
  now: number,
): Record<PullBudgetKind, string> {
  const out = {} as Record<PullBudgetKind, string>;
  for (const kind of pullBudgetKinds)
    out[kind] = new Date(
      budgetState(storedCalls(db, channelId, kind, now), now, pullBudgets[kind]).nextAllowedAt,
    ).toISOString();
  return out;
}

/**
 * Spends `count` calls of a kind's budget now, outside a pull (the outbox's rich-menu creations and
 * deletions, an A/B test's statistics), committed before the call leaves so a crash cannot forget
 * it. Returns null when spent, or the epoch ms at which the budget allows them again.
 */
export function spendBudget(
  db: SqliteDatabase,
  channelId: number,
  kind: PullBudgetKind,
  now: number,
  count = 1,
): number | null {
  return writeTransaction(db, () => {
    const state = budgetState(storedCalls(db, channelId, kind, now), now, pullBudgets[kind]);
    if (state.remaining < count) {
      // The oldest `count` stored calls that must leave the window first.
      const times = storedCalls(db, channelId, kind, now).sort((a, b) => a - b);
      const limit = pullBudgets[kind].limit;
      const freeing = times[times.length - limit + count - 1] ?? now;
      return Math.max(state.nextAllowedAt, freeing + pullBudgets[kind].windowMs);
    }
    const insert = db.prepare('INSERT INTO pull_budget_calls (channel_id, kind, called_at) VALUES (?, ?, ?)');
    for (let i = 0; i < count; i++) insert.run(channelId, kind, now);
    return null;
  });
}

interface SentCampaign {
  readonly id: number;
  readonly title: string;
  readonly request_id: string;
  readonly delivered: number | null;
  readonly unique_impressions: number | null;
  readonly unique_clicks: number | null;
}

interface OpenNarrowcast {
  readonly id: number;
  readonly campaign_id: number | null;
  readonly request_id: string;
  readonly progress: string | null;
  readonly title: string | null;
}

export async function pullChannel(options: PullOptions): Promise<PullReport> {
  const { db, channelId } = options;
  const now = (options.now ?? Date.now)();
  const pulledAt = new Date(now).toISOString();
  const planning = getChannelPlanning(db, channelId);
  const connection = await options.connect(channelId);
  const config = { channelAccessToken: connection.token, baseURL: connection.apiBaseUrl };
  const messaging = new messagingApi.MessagingApiClient(config);
  const insights = new insight.InsightClient(config);
  const audiences = new manageAudience.ManageAudienceClient(config);

  // ---- Budgets ------------------------------------------------------------------------------------
  const calls: Record<PullBudgetKind, number[]> = { insight: [], audiences: [], richMenus: [] };
  const stored: Record<PullBudgetKind, number[]> = {
    insight: storedCalls(db, channelId, 'insight', now),
    audiences: storedCalls(db, channelId, 'audiences', now),
    richMenus: [],
  };
  const state = (kind: PullBudgetKind) =>
    budgetState([...stored[kind], ...calls[kind]], now, pullBudgets[kind]);
  const skipped: PullReport['skipped'][number][] = [];
  const skip = (part: PullPart, kind: PullBudgetKind) => {
    if (skipped.some((s) => s.part === part)) return;
    const at = new Date(state(kind).nextAllowedAt).toISOString();
    skipped.push({ part, kind, nextAllowedAt: at, error: budgetSpentText(kind, at) });
  };
  /** Spends one call of `kind`, or notes the part as skipped when its budget is spent. */
  const spend = (part: PullPart, kind: PullBudgetKind, count = 1): boolean => {
    if (state(kind).remaining < count) {
      skip(part, kind);
      return false;
    }
    for (let i = 0; i < count; i++) calls[kind].push(now);
    return true;
  };

  // ---- Calls: offline stops everything, LINE's refusals are noted per part -------------------------
  const failures: { part: PullPart; error: LocalizedText }[] = [];
  const call = async <T>(part: PullPart, run: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await run();
    } catch (error) {
      const failure = lineFailure(error);
      if (failure.status === undefined) {
        const detail = failure.error.params?.detail;
        throw new PullOffline(typeof detail === 'string' ? detail : 'no answer');
      }
      failures.push({
        part,
        error: {
          key: 'errors.sync.pullFailed',
          params: { what: { key: `pull.what.${part}` }, message: failure.error.lineMessage ?? '' },
        },
      });
      return undefined;
    }
  };

  const quotaAnswer = await call('quota', () => messaging.getMessageQuota());
  const quota: PulledQuota | null = quotaAnswer
    ? { type: quotaAnswer.type, value: quotaAnswer.type === 'limited' ? (quotaAnswer.value ?? 0) : null }
    : null;
  const consumptionAnswer = await call('consumption', () => messaging.getMessageQuotaConsumption());
  const consumption = consumptionAnswer
    ? { month: monthOf(now, planning.timeZone), messages: consumptionAnswer.totalUsage }
    : null;

  // Yesterday in LINE's day (UTC+9): today's figures are not ready yet.
  const day = lineDate(now - dayMs);
  const followers = spend('followers', 'insight')
    ? await call('followers', () => insights.getNumberOfFollowers(day))
    : undefined;
  const demographics = spend('demographics', 'insight')
    ? await call('demographics', () => insights.getFriendsDemographics())
    : undefined;
  let friends: FriendStatistics | null = null;
  if (followers?.status === 'ready') {
    friends = {
      followers: followers.followers ?? 0,
      blocks: followers.blocks ?? 0,
      targetReach: followers.targetedReaches ?? 0,
      asOf: `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6, 8)}`,
      demographics: demographics
        ? demographicShares(demographics as LineDemographics)
        : (planning.friends?.demographics ?? {}),
    };
  }

  // Audiences: every page, or none (a partial list would drop the audiences on the pages not read).
  let groups: LineAudienceGroup[] | null = null;
  if (spend('audiences', 'audiences')) {
    const listed: LineAudienceGroup[] = [];
    let complete = false;
    for (let page = 1; ; page++) {
      const answer = await call('audiences', () =>
        audiences.getAudienceGroups(page, undefined, undefined, audienceLimits.listPageSizeMax),
      );
      if (!answer) break;
      for (const g of answer.audienceGroups ?? [])
        listed.push({
          audienceGroupId: String(g.audienceGroupId),
          type: g.type ?? 'UPLOAD',
          description: g.description ?? '',
          status: g.status ?? 'IN_PROGRESS',
          failedType: g.failedType ?? null,
          audienceCount: g.audienceCount ?? 0,
          created: g.created ?? Math.floor(now / 1000),
          ...(g.createRoute ? { createRoute: g.createRoute } : {}),
        });
      if (!answer.hasNextPage) {
        complete = true;
        break;
      }
      if (!spend('audiences', 'audiences')) break;
    }
    if (complete) groups = listed;
  }

  // Narrowcasts LINE accepted whose delivery had not finished when last looked at.
  const open = db
    .prepare(
      `SELECT o.id, o.campaign_id, o.request_id, o.progress, c.title FROM outbox o
       LEFT JOIN campaigns c ON c.id = o.campaign_id
       WHERE o.channel_id = ? AND o.kind = 'narrowcast' AND o.state = 'running' AND o.request_id IS NOT NULL
       ORDER BY o.id`,
    )
    .all(channelId) as OpenNarrowcast[];
  const progress: { entry: OpenNarrowcast; value: NarrowcastProgress }[] = [];
  for (const entry of open) {
    const answer = await call('progress', () => messaging.getNarrowcastProgress(entry.request_id));
    if (!answer) continue;
    progress.push({
      entry,
      value: {
        phase: answer.phase,
        ...(answer.successCount === undefined ? {} : { successCount: answer.successCount }),
        ...(answer.failureCount === undefined ? {} : { failureCount: answer.failureCount }),
        ...(answer.targetCount === undefined ? {} : { targetCount: answer.targetCount }),
        ...(answer.errorCode === undefined ? {} : { errorCode: answer.errorCode }),
        ...(answer.failedDescription === undefined ? {} : { failedDescription: answer.failedDescription }),
      },
    });
  }

  // Statistics of sent broadcasts and narrowcasts: LINE updates them for 14 days after the send.
  const sent = db
    .prepare(
      `SELECT id, title, request_id, delivered, unique_impressions, unique_clicks FROM campaigns
       WHERE channel_id = ? AND status = 'sent' AND send_kind IN ('broadcast', 'narrowcast')
         AND request_id IS NOT NULL
         AND (stats_synced_at IS NULL OR stats_synced_at < strftime('%Y-%m-%dT%H:%M:%fZ', sent_at, '+' || ? || ' seconds'))
       ORDER BY sent_at DESC, id DESC`,
    )
    .all(channelId, Math.round(insightLimits.statisticsWindowMs / 1000)) as SentCampaign[];
  const statistics: { campaign: SentCampaign; row: PullReport['statistics'][number] }[] = [];
  for (const campaign of sent) {
    if (!spend('statistics', 'insight')) break;
    const answer = await call('statistics', () => insights.getMessageEvent(campaign.request_id));
    if (!answer?.overview) continue;
    const o = answer.overview;
    statistics.push({
      campaign,
      row: {
        campaignId: campaign.id,
        title: campaign.title,
        delivered: o.delivered ?? null,
        uniqueImpressions: o.uniqueImpression ?? null,
        uniqueClicks: o.uniqueClick ?? null,
      },
    });
  }

  // ---- One transaction: what was read, and the calls spent --------------------------------------
  const changed = new Set<PullPart>();
  const report = writeTransaction(db, () => {
    const insertCall = db.prepare(
      'INSERT INTO pull_budget_calls (channel_id, kind, called_at) VALUES (?, ?, ?)',
    );
    for (const kind of pullBudgetKinds) for (const at of calls[kind]) insertCall.run(channelId, kind, at);
    db.prepare('DELETE FROM pull_budget_calls WHERE channel_id = ? AND called_at <= ?').run(
      channelId,
      now - longestWindowMs,
    );

    const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
    const before = planning;
    if (
      quota &&
      !same(
        { type: quota.type, value: quota.value },
        before.pulled?.quota && {
          type: before.pulled.quota.type,
          value: before.pulled.quota.value,
        },
      )
    )
      changed.add('quota');
    if (consumption && !same(consumption, before.consumed)) changed.add('consumption');
    if (friends) {
      const { demographics: d, ...counts } = friends;
      const { demographics: previous, ...previousCounts } = before.friends ?? { demographics: undefined };
      if (!same(counts, previousCounts)) changed.add('followers');
      if (demographics && !same(d, previous)) changed.add('demographics');
    }
    savePulledPlanning(
      db,
      channelId,
      {
        ...(quota ? { quota } : {}),
        ...(consumption ? { consumed: consumption } : {}),
        ...(friends ? { friends } : {}),
      },
      pulledAt,
    );

    let audienceChanges: PullReport['audiences'] = null;
    if (groups) {
      const snapshot = () =>
        JSON.stringify(
          db
            .prepare(
              `SELECT id, name, member_count, status, line_expires_at FROM audiences
               WHERE channel_id = ? AND line_audience_group_id IS NOT NULL ORDER BY id`,
            )
            .all(channelId),
        );
      const was = snapshot();
      audienceChanges = upsertLineAudiences(db, channelId, groups);
      if (snapshot() !== was) changed.add('audiences');
    }

    const progressRows: PullReport['progress'][number][] = [];
    for (const { entry, value } of progress) {
      if (entry.progress !== JSON.stringify(value)) changed.add('progress');
      recordProgress(db, entry.id, value);
      if (entry.campaign_id !== null) settleCampaign(db, entry.campaign_id, pulledAt);
      progressRows.push({ campaignId: entry.campaign_id, title: entry.title, phase: value.phase });
    }

    const updateStats = db.prepare(
      `UPDATE campaigns SET delivered = ?, unique_impressions = ?, unique_clicks = ?, stats_synced_at = ?
       WHERE id = ?`,
    );
    for (const { campaign, row } of statistics) {
      if (
        campaign.delivered !== row.delivered ||
        campaign.unique_impressions !== row.uniqueImpressions ||
        campaign.unique_clicks !== row.uniqueClicks
      )
        changed.add('statistics');
      updateStats.run(row.delivered, row.uniqueImpressions, row.uniqueClicks, pulledAt, campaign.id);
    }

    return {
      channelId,
      pulledAt,
      quota,
      consumption,
      friends,
      audiences: audienceChanges,
      progress: progressRows,
      statistics: statistics.map((s) => s.row),
      changed: [...changed],
      skipped,
      failures,
      nextAllowed: nextAllowedTimes(db, channelId, now),
    } satisfies PullReport;
  });
  return report;
}
