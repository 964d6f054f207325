// Click and impression retargeting: when a broadcast can be the source (sent, with its request ID,
// within 60 days), and the expected size from synced statistics or from planned recipients × rate.

import type { AudienceKind, CampaignBroadcast } from './audience';
import { dayMs, redeliveryWindowDays, retargetingMinMembers, retargetingWindowDays } from './limits';
import type { CountEstimate } from './estimate';

export type RetargetingUsability = 'usable' | 'not-sent' | 'too-old';

export function retargetingUsability(broadcast: CampaignBroadcast, now: Date): RetargetingUsability {
  const sent = broadcast.sentAt === null ? Number.NaN : Date.parse(broadcast.sentAt);
  // A send time that does not parse is no proof of sending.
  if (Number.isNaN(sent) || broadcast.requestId === null) return 'not-sent';
  return now.getTime() - sent > retargetingWindowDays * dayMs ? 'too-old' : 'usable';
}

export type RedeliveryUsability = 'usable' | 'not-narrowcast' | 'not-sent' | 'too-old';

/** Redelivery operands must name a narrowcast accepted less than 14 days ago. */
export function redeliveryUsability(broadcast: CampaignBroadcast, now: Date): RedeliveryUsability {
  if (broadcast.kind !== 'narrowcast') return 'not-narrowcast';
  const sent = broadcast.sentAt === null ? Number.NaN : Date.parse(broadcast.sentAt);
  if (Number.isNaN(sent) || broadcast.requestId === null) return 'not-sent';
  return now.getTime() - sent >= redeliveryWindowDays * dayMs ? 'too-old' : 'usable';
}

/** Typical rates, editable per audience: LINE broadcasts are opened often and clicked rarely. */
export const defaultOpenRate = 0.6;
export const defaultClickRate = 0.05;

/**
 * Open and click rates swing widely between sends, so an estimate from a rate is given as a range
 * of half to one and a half times the expected size (never above the recipients).
 */
const rateSpread = 0.5;

export function estimateRetargetingSize(
  kind: Extract<AudienceKind, 'click' | 'impression'>,
  broadcast: CampaignBroadcast,
  rate: number,
): CountEstimate {
  const synced = kind === 'click' ? broadcast.uniqueClicks : broadcast.uniqueImpressions;
  if (synced !== null) return { kind: 'estimate', low: synced, expected: synced, high: synced };
  const expected = Math.round(broadcast.plannedRecipients * rate);
  return {
    kind: 'estimate',
    low: Math.round(expected * (1 - rateSpread)),
    expected,
    high: Math.min(broadcast.plannedRecipients, Math.round(expected * (1 + rateSpread))),
  };
}

/** LINE keeps click/impression audiences under 50 members IN_PROGRESS and fails them. */
export function belowRetargetingMinimum(estimate: CountEstimate): boolean {
  return (estimate.expected ?? estimate.low) < retargetingMinMembers;
}

/** Redelivery reaches the narrowcast's recipients: its synced count, else the planned recipients. */
export function estimateRedeliverySize(broadcast: CampaignBroadcast): CountEstimate {
  const n = broadcast.plannedRecipients;
  return { kind: 'estimate', low: 0, expected: n, high: n };
}
