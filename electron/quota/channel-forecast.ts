// The month forecast of a channel's stored campaigns: each campaign's planned sends (the campaigns'
// shared rules estimate their reach from the same facts the checks use) taken by the quota engine
// against the channel's plan, cap, messages already used and automations.

import { loadChannelFacts, recipientCountFor } from '../campaigns/context';
import { listCampaignsById } from '../campaigns/repository';
import { toDraft } from '../../shared/campaigns/model';
import { plannedSends } from '../../shared/campaigns/sends';
import { atMs, monthRange } from '../../shared/campaigns/time';
import { insightLimits } from '../../shared/line/limits';
import { forecastMonth } from '../../shared/quota/forecast';
import type { MonthForecast, PlannedSend } from '../../shared/quota/model';
import { getChannel } from '../storage/channels';
import type { SqliteDatabase } from '../storage/database';
import { ApiError } from '../../shared/api/result';
import { listPlans } from './plans';

/** The sends a month can hold: campaigns planned in it, and earlier ones whose A/B winner may fall in it. */
export function channelMonthSends(
  db: SqliteDatabase,
  channelId: number,
  month: string,
  now: Date,
): PlannedSend[] {
  const facts = loadChannelFacts(db, channelId);
  const { start, end } = monthRange(month, facts.planning.timeZone);
  // An A/B test decides within LINE's statistics window, so its winner lands at most that late.
  const earliest = start - insightLimits.statisticsWindowMs;
  // Only the campaigns that can fall in the month are read whole.
  const inMonth = facts.campaigns
    .filter((c) => c.at === null || (atMs(c.at) >= earliest && atMs(c.at) < end))
    .map((c) => c.id);
  const sends: PlannedSend[] = [];
  for (const campaign of listCampaignsById(db, channelId, inMonth)) {
    const draft = toDraft(campaign);
    // The forecast needs only who a send reaches: the campaign's rules are the checks' business.
    const planned = plannedSends(
      { ...draft, id: campaign.id, status: campaign.status },
      {
        friends: facts.planning.friends,
        recipientCount: recipientCountFor(db, facts, draft, now),
        now,
        timeZone: facts.planning.timeZone,
      },
    );
    const isDraft = campaign.status === 'draft';
    for (const send of planned) sends.push(isDraft ? { ...send, draft: true } : send);
  }
  return sends;
}

export function forecastChannelMonth(
  db: SqliteDatabase,
  channelId: number,
  month: string,
  now: Date,
): MonthForecast {
  const channel = getChannel(db, channelId);
  if (!channel)
    throw new ApiError('not-found', { key: 'errors.channels.notFound', params: { id: channelId } });
  const planning = loadChannelFacts(db, channelId).planning;
  return forecastMonth({
    channel: channel.name,
    month,
    planning,
    plans: listPlans(db),
    sends: channelMonthSends(db, channelId, month, now),
  });
}
