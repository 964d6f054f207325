// Applying a forecast's fixes as the Quota section does, through the real quota and campaigns APIs
// over a real SQLite file: after each one the month's forecast is what the fix said it would be.

import { describe, expect, it } from 'vitest';
import { createApiClient } from '../../../shared/api/client';
import { createWireApiTestDouble } from '../../../shared/api/test-double';
import type { CampaignDraft } from '../../../shared/campaigns/model';
import type { ForecastFix, MonthForecast } from '../../../shared/quota/model';
import { builtinPlans } from '../../../shared/quota/plans';
import {
  campaignDraftForFix,
  campaignIdOfFix,
  isSendFix,
  planningPatchForFix,
} from '../../../renderer/src/quota/fixes';
import { openTestApp } from '../../helpers/test-handlers';

const draft = (
  key: string,
  at: string | null,
  sendKind: CampaignDraft['sendKind'] = 'broadcast',
): CampaignDraft => ({
  title: `Sale ${key}`,
  key,
  sendKind,
  at,
  messages: [{ type: 'text', text: '年末特賣開跑！' }],
  recipient: null,
  filter: null,
  limit: null,
  notificationDisabled: false,
  to: [],
  abTest: null,
});

/** A month where a broadcast to 10,000 friends meets 1,000 free messages left and a cap of 500. */
async function refusedMonth() {
  const app = openTestApp();
  const api = createApiClient(createWireApiTestDouble(app.handlers).wire);
  await api.saveChannelPlanning(1, {
    planId: 'tw-2023-high',
    additionalMessageCap: 500,
    consumed: { month: '2099-12', messages: 5_000 },
    friends: { followers: 10_300, blocks: 300, targetReach: 9_000, asOf: '2099-11-28', demographics: {} },
  });
  const campaign = await api.createCampaign(1, draft('big', '2099-12-10T20:00:00+08:00'));
  await api.setCampaignStatus(campaign.id, 'ready');
  const forecast = await api.forecastMonth(1, '2099-12');
  return { api, campaign, forecast };
}

const fixOf = <K extends ForecastFix['kind']>(forecast: MonthForecast, kind: K) => {
  const fix = forecast.fixes.find((f): f is Extract<ForecastFix, { kind: K }> => f.kind === kind);
  if (!fix) throw new Error(`no ${kind} fix in ${JSON.stringify(forecast.fixes)}`);
  return fix;
};

const effectSeen = (forecast: MonthForecast) => ({
  refusedSends: forecast.sends.filter((s) => s.outcome === 'refused').length,
  refusedMessages: forecast.totals.refused,
  messages: forecast.totals.messages,
  additionalCost: forecast.totals.additionalCost,
});

describe('applying a fix', () => {
  it('starts from a refused broadcast with every kind of fix offered', async () => {
    const { forecast } = await refusedMonth();
    expect(forecast.sends.map((s) => [s.key, s.outcome, s.refused])).toEqual([['big', 'refused', 10_000]]);
    expect(forecast.fixes.map((f) => f.kind).sort()).toEqual(['capSend', 'moveToNextMonth', 'raiseCap']);
  });

  it('caps the broadcast with limit.max as a narrowcast to all friends, and nothing is refused', async () => {
    const { api, campaign, forecast } = await refusedMonth();
    const fix = fixOf(forecast, 'capSend');
    expect(fix.max).toBe(1_500);
    expect(campaignIdOfFix(forecast, fix)).toBe(campaign.id);
    const changed = campaignDraftForFix(fix, await api.getCampaign(campaign.id), forecast.timeZone);
    expect(changed).toMatchObject({ sendKind: 'narrowcast', recipient: null, limit: { max: 1_500 } });
    await api.saveCampaign(campaign.id, changed!);
    const after = await api.forecastMonth(1, '2099-12');
    expect(effectSeen(after)).toEqual(fix.effect);
    expect(after.totals.refused).toBe(0);
    expect(after.capReachedOn).toBe('2099-12-10');
  });

  it('moves the send to the same local time a month later', async () => {
    const { api, campaign, forecast } = await refusedMonth();
    const fix = fixOf(forecast, 'moveToNextMonth');
    const changed = campaignDraftForFix(fix, await api.getCampaign(campaign.id), forecast.timeZone);
    await api.saveCampaign(campaign.id, changed!);
    expect((await api.getCampaign(campaign.id)).at).toBe('2100-01-10T20:00:00+08:00');
    const after = await api.forecastMonth(1, '2099-12');
    expect(effectSeen(after)).toEqual(fix.effect);
    expect(after.sends).toEqual([]);
    expect((await api.forecastMonth(1, '2100-01')).sends.map((s) => s.key)).toEqual(['big']);
  });

  it('raises the cap through the planning figures', async () => {
    const { api, forecast } = await refusedMonth();
    const fix = fixOf(forecast, 'raiseCap');
    const planning = await api.getChannelPlanning(1);
    const patch = planningPatchForFix(fix, planning, builtinPlans);
    expect(patch).toEqual({ additionalMessageCap: 9_000 });
    await api.saveChannelPlanning(1, patch);
    const after = await api.forecastMonth(1, '2099-12');
    expect(effectSeen(after)).toEqual(fix.effect);
    expect(after.plan.additionalMessageCap).toBe(9_000);
  });

  it('changes the plan to the one the forecast found, and the month fits', async () => {
    const app = openTestApp();
    const api = createApiClient(createWireApiTestDouble(app.handlers).wire);
    // Japan's Light plan: 5,000 free messages and none to buy; a broadcast to 6,000 friends.
    await api.saveChannelPlanning(1, {
      timeZone: 'Asia/Tokyo',
      planId: 'jp-2023-light',
      friends: { followers: 6_000, blocks: 0, targetReach: 5_000, asOf: '2099-11-28', demographics: {} },
    });
    const created = await api.createCampaign(1, draft('sale', '2099-12-10T20:00:00+09:00'));
    await api.setCampaignStatus(created.id, 'ready');
    const forecast = await api.forecastMonth(1, '2099-12');
    const fix = fixOf(forecast, 'upgradePlan');
    expect([fix.planId, fix.extraFee, fix.cap]).toEqual(['jp-2023-standard', 10_000, null]);
    const patch = planningPatchForFix(fix, await api.getChannelPlanning(1), await api.listPlans());
    expect(patch).toEqual({ planId: 'jp-2023-standard', additionalMessageCap: null });
    await api.saveChannelPlanning(1, patch);
    const after = await api.forecastMonth(1, '2099-12');
    expect(effectSeen(after)).toEqual(fix.effect);
    expect(after.sends.map((s) => s.outcome)).toEqual(['free']);
  });

  it('changes the plan, keeping a cap only where the new plan sells additional messages', async () => {
    const upgrade = {
      kind: 'upgradePlan' as const,
      planId: 'tw-2023-medium',
      extraFee: -400,
      cap: null,
      effect: { refusedSends: 0, refusedMessages: 0, messages: 0, additionalCost: 0 },
    };
    expect(planningPatchForFix(upgrade, { additionalMessageCap: 500 }, builtinPlans)).toEqual({
      planId: 'tw-2023-medium',
      additionalMessageCap: null,
    });
    expect(
      planningPatchForFix(
        { ...upgrade, planId: 'tw-2023-high' },
        { additionalMessageCap: 500 },
        builtinPlans,
      ),
    ).toEqual({ planId: 'tw-2023-high', additionalMessageCap: 500 });
    expect(
      planningPatchForFix(
        { ...upgrade, planId: 'tw-2023-high', cap: 2_000 },
        { additionalMessageCap: null },
        builtinPlans,
      ),
    ).toEqual({ planId: 'tw-2023-high', additionalMessageCap: 2_000 });
  });

  it('leaves to Campaigns what it cannot change whole: an A/B part, a send at the next sync', async () => {
    const { api, campaign, forecast } = await refusedMonth();
    const move = fixOf(forecast, 'moveToNextMonth');
    expect(isSendFix(move)).toBe(true);
    expect(campaignIdOfFix(forecast, { ...move, key: 'big#a' })).toBeNull();
    const stored = await api.getCampaign(campaign.id);
    expect(campaignDraftForFix(move, { ...stored, at: null }, forecast.timeZone)).toBeNull();
    expect(
      campaignDraftForFix(
        { kind: 'capSend', key: 'big', max: 10, effect: move.effect },
        { ...stored, sendKind: 'push' },
        'Asia/Taipei',
      ),
    ).toBeNull();
  });
});
