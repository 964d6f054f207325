// An A/B test's winner, an outbox entry of its own (kind abTestWinner) queued with the variants and
// its own retry key. Once every variant has been delivered and the test's wait has passed since the
// last of them went out, the variants' message-event statistics are read from LINE (spending the
// channel's insight budget), the variant with the better open or click rate is picked, and the
// winner's narrowcast (to the target minus everyone the variants reached) is built and recorded in
// the entry before anything is sent. The worker then sends it like any narrowcast, under the entry's
// retry key: a later run, after a crash or a lost answer, sends the same recorded request, which LINE
// accepts once.

import { insight } from '@line/bot-sdk';
import { ApiError } from '../../shared/api/result';
import type { LocalizedText } from '../../shared/i18n/text';
import {
  pickAbTestWinner,
  variantLetter,
  variantRate,
  type AbTestWinnerPayload,
  type VariantStatistics,
} from '../../shared/campaigns/ab-test';
import { abTestWinnerSend } from '../../shared/campaigns/line-requests';
import type { NarrowcastProgress, OutboxEntry, SendEntryKind } from '../../shared/sync/outbox';
import { budgetSpentText } from '../../shared/sync/pull';
import { getCampaign } from '../campaigns/repository';
import type { SqliteDatabase } from '../storage/database';
import type { ChannelConnection } from './connection';
import { campaignEntries, recordResult } from './outbox-store';
import { spendBudget } from './pull';
import { databaseResolvers, unresolvedText } from './queue';

/** A job that cannot go on as it stands (a variant failed): the entry fails, with the reason. */
export class JobRefused extends ApiError {
  constructor(text: LocalizedText, details: readonly LocalizedText[] = []) {
    super('conflict', text, details);
    this.name = 'JobRefused';
  }
}

/** The winner cannot be decided yet (the test's wait, the insight budget): it may go on at `retryAt`. */
export class AbTestWait extends ApiError {
  constructor(
    text: LocalizedText,
    readonly retryAt: number,
  ) {
    super('unavailable', text);
    this.name = 'AbTestWait';
  }
}

/** What the entry records once decided (its `result`), before the winner is sent. */
export interface AbTestDecision {
  readonly winner: number;
  readonly letter: string;
  readonly rates: readonly (number | null)[];
  readonly statistics: readonly VariantStatistics[];
  readonly decidedAt: string;
  /** The winner's narrowcast body, sent as it is. */
  readonly body: Readonly<Record<string, unknown>>;
}

export interface AbTestContext {
  readonly db: SqliteDatabase;
  readonly now: () => number;
  readonly withRetries: <T>(call: () => Promise<T>) => Promise<T>;
  readonly connect: (channelId: number) => Promise<ChannelConnection>;
}

const hourMs = 3_600_000;

const asNarrowcast = (entry: OutboxEntry, body: Readonly<Record<string, unknown>>) =>
  ({ ...entry, kind: 'narrowcast', payload: body }) as OutboxEntry & { readonly kind: SendEntryKind };

/**
 * The winner as the narrowcast to send, deciding it first when that has not been done. Throws an
 * ApiError when it must wait (variants still going, the wait not over, the insight budget spent) and
 * JobRefused when it cannot be sent (a variant failed).
 */
export async function prepareAbTestWinner(
  context: AbTestContext,
  entry: OutboxEntry,
): Promise<OutboxEntry & { readonly kind: SendEntryKind }> {
  const recorded = entry.result as AbTestDecision | null;
  if (recorded?.body) return asNarrowcast(entry, recorded.body);

  const { db } = context;
  const payload = entry.payload as unknown as AbTestWinnerPayload;
  const campaign = entry.campaignId === null ? undefined : getCampaign(db, entry.campaignId);
  if (!campaign?.abTest)
    throw new JobRefused({ key: 'errors.sync.abTestGone', params: { id: entry.campaignId ?? 0 } });
  const variants = campaignEntries(db, campaign.id).filter((e) => e.part < payload.variants);
  if (variants.some((v) => v.state === 'failed' || v.state === 'needs-user'))
    throw new JobRefused({ key: 'errors.sync.abTestVariantFailed', params: { title: campaign.title } });
  if (variants.length < payload.variants || variants.some((v) => v.state !== 'done'))
    throw new ApiError('unavailable', {
      key: 'errors.sync.abTestVariantsPending',
      params: { title: campaign.title },
    });

  // The wait runs from the last variant's send.
  const sentAt = Math.max(...variants.map((v) => v.firstAttemptAt ?? 0));
  const decideAt = sentAt + payload.decideAfterHours * hourMs;
  const now = context.now();
  if (now < decideAt)
    throw new AbTestWait(
      {
        key: 'errors.sync.abTestWaiting',
        params: { title: campaign.title, at: new Date(decideAt).toISOString() },
      },
      decideAt,
    );

  // One insight call per variant, from the channel's budget.
  const at = spendBudget(db, entry.channelId, 'insight', now, variants.length);
  if (at !== null) {
    throw new AbTestWait(budgetSpentText('insight', new Date(at).toISOString()), at);
  }
  const connection = await context.connect(entry.channelId);
  const client = new insight.InsightClient({
    channelAccessToken: connection.token,
    baseURL: connection.apiBaseUrl,
  });
  const statistics: VariantStatistics[] = [];
  const sent: { requestId: string; recipients: number }[] = [];
  for (const variant of variants) {
    const requestId = variant.acceptedRequestId ?? variant.requestId ?? '';
    const answer = await context.withRetries(() => client.getMessageEvent(requestId));
    const o = answer.overview;
    const stats: VariantStatistics = {
      delivered: o?.delivered ?? null,
      uniqueImpressions: o?.uniqueImpression ?? null,
      uniqueClicks: o?.uniqueClick ?? null,
    };
    statistics.push(stats);
    sent.push({
      requestId,
      recipients:
        stats.delivered ?? (variant.progress as NarrowcastProgress | null)?.successCount ?? variant.cost,
    });
  }
  const winner = pickAbTestWinner(payload.metric, statistics);
  const mapping = abTestWinnerSend(campaign, winner, sent, databaseResolvers(db, campaign.channelId));
  if (!mapping.ok)
    throw new JobRefused(
      { key: 'errors.sync.unresolved', params: { title: campaign.title } },
      mapping.unresolved.map(unresolvedText),
    );
  const body = mapping.sends[0]!.body;
  const decision: AbTestDecision = {
    winner,
    letter: variantLetter(winner),
    rates: statistics.map((s) => variantRate(payload.metric, s)),
    statistics,
    decidedAt: new Date(now).toISOString(),
    body,
  };
  // On record before the winner leaves: every later attempt sends this one, under the same key.
  recordResult(db, entry.id, decision);
  return asNarrowcast({ ...entry, result: decision }, body);
}
