// What applying a forecast's fix changes: the channel's planning figures (raise the cap, change the
// plan) or the campaign the fix names (cap it with limit.max, move it to next month). Pure: the
// section sends the result through the quota and campaigns APIs, whose rules have the last word.

import { DateTime } from 'luxon';
import type { Campaign, CampaignDraft } from '../../../shared/campaigns/model';
import { toDraft } from '../../../shared/campaigns/model';
import type { PlanningPatch } from '../../../shared/quota/contract';
import type { ChannelPlanning, ForecastFix, MonthForecast, Plan } from '../../../shared/quota/model';

export type PlanningFix = Extract<ForecastFix, { kind: 'raiseCap' | 'upgradePlan' }>;
export type SendFix = Extract<ForecastFix, { kind: 'capSend' | 'moveToNextMonth' }>;

export const isSendFix = (fix: ForecastFix): fix is SendFix =>
  fix.kind === 'capSend' || fix.kind === 'moveToNextMonth';

/** The planning figures a plan or cap fix sets. */
export function planningPatchForFix(
  fix: PlanningFix,
  planning: Pick<ChannelPlanning, 'additionalMessageCap'>,
  plans: readonly Plan[],
): PlanningPatch {
  if (fix.kind === 'raiseCap') return { additionalMessageCap: fix.cap };
  const plan = plans.find((p) => p.id === fix.planId);
  if (fix.cap !== null) return { planId: fix.planId, additionalMessageCap: fix.cap };
  // Its free messages suffice: keep the cap where the new plan sells additional messages, within
  // its ceiling; a plan that sells none takes no cap.
  const current = planning.additionalMessageCap;
  if (!plan?.additional || current === null) return { planId: fix.planId, additionalMessageCap: null };
  return {
    planId: fix.planId,
    additionalMessageCap: Math.min(current, plan.additional.maxPerMonth ?? Infinity),
  };
}

/** The campaign a send fix is about, when it can be changed as a whole (not one part of an A/B test). */
export function campaignIdOfFix(forecast: MonthForecast, fix: SendFix): number | null {
  const send = forecast.sends.find((s) => s.key === fix.key);
  if (!send || send.campaignId === null || send.kind === 'automation' || send.key.includes('#')) return null;
  return send.campaignId;
}

/**
 * The campaign as the fix would have it, or null when the fix cannot be applied to it here (an A/B
 * test, a send at the next sync): the user changes it in Campaigns.
 */
export function campaignDraftForFix(
  fix: SendFix,
  campaign: Campaign,
  timeZone: string,
): CampaignDraft | null {
  const draft = toDraft(campaign);
  if (draft.abTest !== null) return null;
  if (fix.kind === 'capSend') {
    if (draft.sendKind === 'broadcast') {
      // LINE's broadcast has no limit: a narrowcast to all friends does the same with one.
      return { ...draft, sendKind: 'narrowcast', recipient: null, filter: null, limit: { max: fix.max } };
    }
    if (draft.sendKind !== 'narrowcast') return null;
    return { ...draft, limit: { ...(draft.limit ?? {}), max: fix.max } };
  }
  if (draft.at === null) return null;
  const moved = DateTime.fromISO(draft.at, { setZone: true }).setZone(timeZone).plus({ months: 1 });
  if (!moved.isValid) return null;
  return { ...draft, at: moved.toISO({ suppressMilliseconds: true }) };
}
