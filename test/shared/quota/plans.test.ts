// The built-in plan catalogue: the figures the issue and the sources give, every plan valid by the
// same rules as a user's, successors that take over the day after, and the user's copies laid over.

import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../shared/quota/model';
import {
  builtinPlan,
  builtinPlans,
  freePlanMessageCeiling,
  mergePlanCatalogue,
  planValidThroughout,
} from '../../../shared/quota/plans';
import { validatePlan } from '../../../shared/quota/rules';
import { tieredCost } from '../../../shared/quota/pricing';

const plan = (id: string): Plan => {
  const found = builtinPlan(id);
  if (!found) throw new Error(`no built-in plan ${id}`);
  return found;
};

const dayAfter = (date: string): string => {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
};

describe('the built-in plan catalogue', () => {
  it('holds the plans of the issue with their figures', () => {
    const figures = (id: string) => {
      const p = plan(id);
      return [
        p.region,
        p.currency,
        p.monthlyFee,
        p.freeMessages,
        p.additional !== null,
        p.validFrom,
        p.validTo,
      ];
    };
    expect(figures('tw-2023-light')).toEqual(['TW', 'TWD', 0, 200, false, '2023-09-01', null]);
    expect(figures('tw-2023-medium')).toEqual(['TW', 'TWD', 800, 3_000, false, '2023-09-01', null]);
    expect(figures('tw-2023-high')).toEqual(['TW', 'TWD', 1_200, 6_000, true, '2023-09-01', null]);
    expect(plan('tw-2023-high').additional?.tiers[0]?.unitPrice).toBe(0.2);
    expect(figures('tw-legacy-free')).toEqual(['TW', 'TWD', 0, 500, false, '2019-04-18', '2023-08-31']);
    expect(figures('tw-legacy-medium')).toEqual(['TW', 'TWD', 800, 4_000, true, '2019-04-18', '2023-08-31']);
    expect(figures('tw-legacy-high')).toEqual(['TW', 'TWD', 4_000, 25_000, true, '2019-04-18', '2023-08-31']);
    expect(figures('jp-2023-communication')).toEqual(['JP', 'JPY', 0, 200, false, '2023-06-01', null]);
    expect(figures('jp-2023-light')).toEqual(['JP', 'JPY', 5_000, 5_000, false, '2023-06-01', null]);
    expect(figures('jp-2023-standard')).toEqual(['JP', 'JPY', 15_000, 30_000, true, '2023-06-01', null]);
    expect(figures('jp-2019-free')).toEqual(['JP', 'JPY', 0, 1_000, false, '2019-04-18', '2023-05-31']);
    expect(figures('jp-2019-light')).toEqual(['JP', 'JPY', 5_000, 15_000, true, '2019-04-18', '2023-05-31']);
    expect(figures('jp-2019-standard')).toEqual([
      'JP',
      'JPY',
      15_000,
      45_000,
      true,
      '2019-04-18',
      '2023-05-31',
    ]);
    expect(['th-free', 'th-basic', 'th-pro'].map((id) => [plan(id).name, plan(id).verified])).toEqual([
      ['Free', false],
      ['Basic', false],
      ['Pro', false],
    ]);
  });

  it('prices Japan’s Standard additional messages at 3 yen up to the 50,000th of the month, lower after', () => {
    const standard = plan('jp-2023-standard');
    // The 30,001st to the 50,000th message: 20,000 at 3 yen.
    expect(tieredCost(standard, 30_000, 50_000).cost).toBe(60_000);
    expect(tieredCost(standard, 50_000, 50_001).cost).toBeCloseTo(2.8, 10);
    expect(tieredCost(standard, 49_999, 50_001).cost).toBeCloseTo(5.8, 10);
  });

  it('says which figures are not confirmed', () => {
    // Taiwan High's NT$0.2 start is confirmed, the band edges below it are not.
    expect(plan('tw-2023-high').additional?.tiers.map((t) => t.verified)).toEqual([false]);
    expect(plan('jp-2023-standard').additional?.tiers.map((t) => t.verified ?? true)).toEqual([true, false]);
    // Thailand Pro sells additional messages at a price no source gives: nothing is invented.
    expect(plan('th-pro').additional?.tiers).toEqual([]);
    for (const p of builtinPlans) expect(p.source, p.id).toMatch(/https:\/\//);
  });

  it('gives every plan a unique id and passes the rules a user plan must pass', () => {
    const ids = new Set(builtinPlans.map((p) => p.id));
    expect(ids.size).toBe(builtinPlans.length);
    for (const p of builtinPlans) expect(validatePlan(p, ids), p.id).toEqual([]);
  });

  it('keeps free plans within the seed’s 1,000-message ceiling, with no additional messages', () => {
    const free = builtinPlans.filter((p) => p.monthlyFee === 0);
    expect(free.map((p) => p.id).sort()).toEqual(
      ['jp-2019-free', 'jp-2023-communication', 'th-free', 'tw-2023-light', 'tw-legacy-free'].sort(),
    );
    for (const p of free) {
      expect(p.additional, p.id).toBeNull();
      expect(p.freeMessages, p.id).toBeLessThanOrEqual(freePlanMessageCeiling);
    }
    // The ceiling is Japan's old free plan's own allowance.
    expect(plan('jp-2019-free').freeMessages).toBe(freePlanMessageCeiling);
  });

  it('hands each ended plan to a successor of the same region from the next day', () => {
    for (const p of builtinPlans.filter((b) => b.validTo !== null)) {
      const successor = plan(p.replacedBy ?? '');
      expect(successor.region, p.id).toBe(p.region);
      expect(successor.validFrom, p.id).toBe(dayAfter(p.validTo ?? ''));
    }
  });

  it('knows whether a plan is valid on every day of a span', () => {
    const legacy = plan('tw-legacy-high');
    expect(planValidThroughout(legacy, '2023-08-01', '2023-08-31')).toBe(true);
    expect(planValidThroughout(legacy, '2023-08-15', '2023-09-01')).toBe(false);
    expect(planValidThroughout(legacy, '2019-04-17', '2019-04-30')).toBe(false);
    expect(planValidThroughout(plan('tw-2023-high'), '2026-12-01', '2026-12-31')).toBe(true);
  });
});

describe('mergePlanCatalogue', () => {
  it('lays an edited built-in over the original, keeping its id and place, and appends added plans', () => {
    const edited: Plan = { ...plan('tw-2023-high'), monthlyFee: 1_300, origin: 'user' };
    const added: Plan = { ...plan('tw-2023-high'), id: 'agency-deal', name: 'Agency deal', origin: 'user' };
    const catalogue = mergePlanCatalogue([added, edited]);
    expect(catalogue.map((p) => p.id)).toEqual([...builtinPlans.map((p) => p.id), 'agency-deal']);
    const high = catalogue.find((p) => p.id === 'tw-2023-high');
    expect(high).toMatchObject({ monthlyFee: 1_300, origin: 'user', edited: true });
    expect(catalogue.find((p) => p.id === 'agency-deal')).toMatchObject({ origin: 'user', edited: false });
    expect(catalogue.find((p) => p.id === 'tw-2023-light')).toBe(plan('tw-2023-light'));
  });
});
