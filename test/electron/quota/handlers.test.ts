// The quota API through the real handlers, the real dispatcher (argument schemas included) and a
// real SQLite file: the catalogue read, edited, added to, deleted and reverted; channel planning
// figures validated before they are stored; the forecast of given sends; the events it emits.

import { describe, expect, it } from 'vitest';
import { createApiClient } from '../../../shared/api/client';
import { ApiError } from '../../../shared/api/result';
import { createWireApiTestDouble } from '../../../shared/api/test-double';
import type { Plan, PlannedSend } from '../../../shared/quota/model';
import { builtinPlan, builtinPlans } from '../../../shared/quota/plans';
import { openTestApp } from '../../helpers/test-handlers';
import { draft as baseDraft, issueExample } from '../../shared/campaigns/fixtures';

function setup() {
  const app = openTestApp();
  return { app, api: createApiClient(createWireApiTestDouble(app.handlers).wire) };
}

async function refusal(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected the call to be refused');
}

const agencyPlan: Plan = {
  id: 'agency-deal',
  region: 'TW',
  name: 'Agency deal',
  currency: 'TWD',
  monthlyFee: 2_000,
  freeMessages: 12_000,
  additional: { tiers: [{ upTo: null, unitPrice: 0.15 }], maxPerMonth: 5_000 },
  validFrom: '2026-01-01',
  validTo: null,
  verified: true,
  source: 'Contract with LINE Taiwan, 2026',
  origin: 'user',
};

const broadcast = (key: string, at: string, expected: number): PlannedSend => ({
  key,
  campaignId: null,
  title: key,
  at,
  kind: 'broadcast',
  estimate: { low: expected, expected, high: expected },
  exact: false,
  upToRemainingQuota: false,
  forbidPartialDelivery: false,
});

describe('the plan catalogue', () => {
  it('lists the built-in plans, adds a plan and lists it after them', async () => {
    const { api, app } = setup();
    expect((await api.listPlans()).map((p) => p.id)).toEqual(builtinPlans.map((p) => p.id));
    const saved = await api.savePlan(agencyPlan);
    expect(saved).toEqual({ ...agencyPlan, edited: false });
    expect((await api.listPlans()).at(-1)).toEqual(saved);
    expect(app.events).toContainEqual({ event: 'planningChanged', payload: { channelId: null } });
  });

  it('edits a built-in plan under its own id, the user’s copy winning until reverted', async () => {
    const { api } = setup();
    const original = builtinPlan('tw-2023-high')!;
    await api.savePlan({ ...original, monthlyFee: 1_300 });
    const plans = await api.listPlans();
    expect(plans.map((p) => p.id)).toEqual(builtinPlans.map((p) => p.id));
    expect(plans.find((p) => p.id === 'tw-2023-high')).toMatchObject({
      monthlyFee: 1_300,
      origin: 'user',
      edited: true,
    });
    expect(await api.revertPlan('tw-2023-high')).toEqual(original);
    expect((await api.listPlans()).find((p) => p.id === 'tw-2023-high')).toEqual(original);
  });

  it('deletes a plan the user added, never a built-in one, nor one a channel uses', async () => {
    const { api } = setup();
    const builtin = await refusal(api.deletePlan('tw-2023-light'));
    expect([builtin.code, builtin.key]).toEqual(['conflict', 'errors.quota.builtinCannotBeDeleted']);
    await api.savePlan(agencyPlan);
    await api.saveChannelPlanning(1, { planId: 'agency-deal', additionalMessageCap: 1_000 });
    const inUse = await refusal(api.deletePlan('agency-deal'));
    expect([inUse.code, inUse.message]).toEqual([
      'conflict',
      'The plan “agency-deal” is used by “Sandbox”; choose another plan there first.',
    ]);
    await api.saveChannelPlanning(1, { planId: 'tw-2023-high' });
    await api.deletePlan('agency-deal');
    expect((await api.listPlans()).some((p) => p.id === 'agency-deal')).toBe(false);
    expect((await refusal(api.deletePlan('agency-deal'))).code).toBe('not-found');
  });

  it('refuses a plan that breaks the rules, with every problem named', async () => {
    const { api } = setup();
    const error = await refusal(
      api.savePlan({ ...agencyPlan, id: 'Bad Id', monthlyFee: 0, validTo: '2025-12-31' }),
    );
    expect(error.code).toBe('invalid-argument');
    expect(error.message.split('\n')).toEqual([
      'The plan “Bad Id” cannot be saved:',
      '- A plan id is 1–64 lower-case letters, digits and hyphens, starting with a letter or digit; “Bad Id” is not.',
      '- The plan ends on 2025-12-31, before it starts on 2026-01-01.',
      '- A free plan (no monthly fee) cannot sell additional messages: LINE’s free plans cannot send more than 1000 messages a month, and their cap cannot be changed.',
      '- A free plan allows at most 1000 messages a month; 12000 is more.',
    ]);
    expect(error.details.map((d) => d.key)).toContain('errors.quota.validityReversed');
    expect((await api.listPlans()).length).toBe(builtinPlans.length);
  });

  it('refuses an edit that leaves a channel with a cap its plan no longer allows', async () => {
    const { api } = setup();
    await api.savePlan(agencyPlan);
    await api.saveChannelPlanning(1, { planId: 'agency-deal', additionalMessageCap: 4_000 });
    const lowered = await refusal(
      api.savePlan({
        ...agencyPlan,
        additional: { tiers: [{ upTo: null, unitPrice: 0.15 }], maxPerMonth: 3_000 },
      }),
    );
    expect([lowered.code, lowered.key]).toEqual(['conflict', 'errors.quota.planChangeConflictsWithCap']);
    expect(lowered.message).toContain('“Sandbox”');
    await api.saveChannelPlanning(1, { additionalMessageCap: 3_000 });
    await api.savePlan({
      ...agencyPlan,
      additional: { tiers: [{ upTo: null, unitPrice: 0.15 }], maxPerMonth: 3_000 },
    });
  });

  it('checks the arguments’ shape before any handler runs', async () => {
    const { api } = setup();
    const error = await refusal(api.savePlan({ ...agencyPlan, freeMessages: 'many' } as unknown as Plan));
    expect(error.message).toMatch(/^savePlan: argument 1 field "freeMessages"/);
  });
});

describe('channel planning figures', () => {
  it('reads the defaults, then stores a save merged over them and says so', async () => {
    const { api, app } = setup();
    expect(await api.getChannelPlanning(1)).toMatchObject({
      channelId: 1,
      timeZone: 'Asia/Taipei',
      planId: 'tw-2023-light',
      additionalMessageCap: null,
    });
    const saved = await api.saveChannelPlanning(1, {
      planId: 'tw-2023-high',
      additionalMessageCap: 2_000,
      friends: issueExample.friends,
      consumed: { month: '2026-12', messages: 120 },
      automations: issueExample.automations,
    });
    expect(await api.getChannelPlanning(1)).toEqual(saved);
    expect(app.events).toContainEqual({ event: 'planningChanged', payload: { channelId: 1 } });
  });

  it('refuses figures that break the rules and stores nothing', async () => {
    const { api } = setup();
    const error = await refusal(
      api.saveChannelPlanning(1, {
        timeZone: 'Asia/Taipe',
        planId: 'tw-2023-medium',
        additionalMessageCap: 500,
        friends: { followers: 100, blocks: 120, targetReach: 0, asOf: '2026-11-28', demographics: {} },
        consumed: { month: '2026-12', messages: 0 },
      }),
    );
    expect(error.code).toBe('invalid-argument');
    expect(error.details.map((d) => d.key)).toEqual([
      'errors.quota.timeZoneUnknown',
      'errors.quota.capNotAllowed',
      'errors.quota.blocksAboveFollowers',
    ]);
    expect(error.message.split('\n')[0]).toBe('The planning figures cannot be saved:');
    expect((await api.getChannelPlanning(1)).planId).toBe('tw-2023-light');
    // Switching to a plan without additional messages needs the cap cleared in the same save.
    await api.saveChannelPlanning(1, { planId: 'tw-2023-high', additionalMessageCap: 500 });
    expect((await refusal(api.saveChannelPlanning(1, { planId: 'tw-2023-medium' }))).details[0]?.key).toBe(
      'errors.quota.capNotAllowed',
    );
    await api.saveChannelPlanning(1, { planId: 'tw-2023-medium', additionalMessageCap: null });
  });

  it('names a channel that does not exist', async () => {
    const { api } = setup();
    expect((await refusal(api.getChannelPlanning(99))).message).toBe('There is no channel 99.');
    expect((await refusal(api.saveChannelPlanning(99, { timeZone: 'Asia/Tokyo' }))).code).toBe('not-found');
  });
});

describe('forecastMonthFromSends', () => {
  it('forecasts given sends with the channel’s stored figures', async () => {
    const { api } = setup();
    await api.saveChannelPlanning(1, {
      planId: 'tw-2023-high',
      additionalMessageCap: 2_000,
      consumed: { month: '2026-12', messages: 500 },
    });
    const month = await api.forecastMonthFromSends(1, '2026-12', [
      broadcast('xmas', '2026-12-20T12:00:00+08:00', 6_000),
      broadcast('next-year', '2027-01-02T12:00:00+08:00', 6_000),
    ]);
    expect(month).toMatchObject({
      channel: 'Sandbox',
      month: '2026-12',
      consumedBefore: 500,
      totals: { messages: 6_500, free: 6_000, additional: 500, refused: 0, additionalCost: 100 },
      freeRunsOutOn: '2026-12-20',
    });
    expect(month.sends.map((s) => s.key)).toEqual(['xmas']);
  });

  it('refuses a send time without an offset before forecasting', async () => {
    const { api } = setup();
    const error = await refusal(
      api.forecastMonthFromSends(1, '2026-12', [broadcast('naive', '2026-12-20T12:00', 1)]),
    );
    expect(error.message).toMatch(/^forecastMonthFromSends: argument 3 field "0\.at": must be an ISO time/);
    expect((await refusal(api.forecastMonthFromSends(1, '2026-13', []))).message).toMatch(/must be a month/);
  });
});

describe('forecastMonth', () => {
  it('forecasts the channel’s stored campaigns, drafts apart, and refuses an unknown channel', async () => {
    const { api } = setup();
    await api.saveChannelPlanning(1, {
      planId: 'tw-2023-light',
      friends: { followers: 300, blocks: 20, targetReach: 250, asOf: '2099-11-28', demographics: {} },
    });
    const draft = (key: string, at: string) =>
      baseDraft({ title: key, key, at, messages: [{ type: 'text', text: 'こんにちは' }] });

    const ready = await api.createCampaign(1, draft('first', '2099-12-05T12:00:00+08:00'));
    await api.setCampaignStatus(ready.id, 'ready');
    await api.createCampaign(1, draft('idea', '2099-12-06T12:00:00+08:00'));
    await api.createCampaign(1, draft('january', '2100-01-06T12:00:00+08:00'));

    const month = await api.forecastMonth(1, '2099-12');
    // 280 reachable friends against 200 free messages and no additional ones: refused whole.
    expect(month.sends.map((s) => [s.key, s.outcome])).toEqual([['first', 'refused']]);
    expect(month.drafts.map((d) => d.key)).toEqual(['idea']);
    expect((await refusal(api.forecastMonth(99, '2099-12'))).key).toBe('errors.channels.notFound');
  });

  it('refuses, naming the campaign, a stored campaign whose content has lost its shape', async () => {
    const { api, app } = setup();
    await api.saveChannelPlanning(1, {
      planId: 'tw-2023-light',
      friends: { followers: 300, blocks: 20, targetReach: 250, asOf: '2099-11-28', demographics: {} },
    });
    const campaign = await api.createCampaign(
      1,
      baseDraft({ title: 'Edited by hand', key: 'hand', at: '2099-12-05T12:00:00+08:00' }),
    );
    await api.setCampaignStatus(campaign.id, 'ready');
    expect((await api.forecastMonth(1, '2099-12')).sends.map((s) => s.key)).toEqual(['hand']);
    app.data.database.db
      .prepare('UPDATE campaigns SET content = ? WHERE id = ?')
      .run(JSON.stringify({ messages: 'one bubble' }), campaign.id);
    await expect(api.forecastMonth(1, '2099-12')).rejects.toThrow(
      `Campaign ${String(campaign.id)} holds content this version cannot read`,
    );
  });
});
