// A campaign as the month forecast takes it (shared/quota/model.ts PlannedSend): one send, or an A/B
// test's variants (`key#a`, `key#b`…) at the send time and its winner (`key#winner`) at the decision
// time, each with its estimated recipients (one message each, whatever the number of bubbles) and
// the narrowcast limits the forecast applies. Sent, sending and failed campaigns plan nothing more:
// what they used is in the month's consumption.

import type { PlannedSend } from '../quota/model';
import { planAbTest } from './ab-test';
import { lockedStatuses, type CampaignDraft, type CampaignStatus } from './model';
import { estimateReach, type ReachContext, type ReachEstimate } from './reach';
import { nowIn } from './time';

export interface PlannableCampaign extends CampaignDraft {
  readonly id: number | null;
  readonly status: CampaignStatus;
}

export interface SendPlanContext extends ReachContext {
  readonly now: Date;
  /** The channel's zone: where "at the next sync" is placed (now). */
  readonly timeZone: string;
  /** The reach when the caller has it already (checkCampaign's); estimated otherwise. */
  readonly reach?: ReachEstimate;
}

/** The sends of a campaign, in time order. */
export function plannedSends(campaign: PlannableCampaign, context: SendPlanContext): PlannedSend[] {
  if (lockedStatuses.has(campaign.status)) return [];
  const reach = context.reach ?? estimateReach(campaign, context);
  const at = campaign.at ?? nowIn(context.now, context.timeZone);
  const upToRemainingQuota = campaign.limit?.upToRemainingQuota === true;
  const forbidPartialDelivery = campaign.limit?.forbidPartialDelivery === true;
  const base = { campaignId: campaign.id, upToRemainingQuota, forbidPartialDelivery };
  if (campaign.abTest === null) {
    return [
      {
        ...base,
        key: campaign.key,
        title: campaign.title,
        at,
        kind: campaign.sendKind,
        estimate: { low: reach.low, expected: reach.expected, high: reach.high },
        exact: reach.exact,
      },
    ];
  }
  const plan = planAbTest(campaign.abTest, reach, at);
  const parts = [...plan.variants, plan.winner];
  return parts.map((part) => ({
    ...base,
    key: `${campaign.key}#${part.part}`,
    title: `${campaign.title} #${part.part}`,
    at: part.at ?? at,
    // Variants go as narrowcasts (a random share each); the winner excludes their recipients.
    kind: 'narrowcast',
    estimate: { ...part.recipients },
    exact: reach.exact,
  }));
}
