// The Quota section's forms as data: the planning fields read back into the figures they came from,
// numbers and shares as people type them, the rules' problems at the fields' paths, a plan through
// its editor unchanged, and the section's numbers, money and dates in each language.

import { describe, expect, it } from 'vitest';
import type { ChannelPlanning } from '../../../shared/quota/model';
import { builtinPlans } from '../../../shared/quota/plans';
import { validateChannelPlanning, validatePlan } from '../../../shared/quota/rules';
import {
  figuresFromFields,
  planningFields,
  readNumber,
  readShares,
} from '../../../renderer/src/quota/planning-form';
import { planFields, planFromFields } from '../../../renderer/src/quota/plan-form';
import {
  formatCount,
  formatDate,
  formatDay,
  formatMoney,
  formatMonth,
  formatSendTime,
  shiftMonth,
} from '../../../renderer/src/quota/format';

const stored: ChannelPlanning = {
  channelId: 1,
  timeZone: 'Asia/Taipei',
  planId: 'tw-2023-high',
  additionalMessageCap: 2_000,
  friends: {
    followers: 2_300,
    blocks: 300,
    targetReach: 1_900,
    asOf: '2026-11-28',
    demographics: { genders: { male: 0.4, female: 0.55, unknown: 0.05 } },
  },
  consumed: { month: '2026-12', messages: 120 },
  automations: [{ title: 'Order updates', kind: 'push', perDay: 2.5 }],
};

describe('the planning form', () => {
  it('gives back the stored figures when nothing is changed', () => {
    const { channelId: _id, ...figures } = stored;
    const result = figuresFromFields(planningFields(stored, '2026-12'), stored, '2026-12');
    expect(result).toEqual({ figures, unreadable: [] });
  });

  it('keeps the messages used in another month, and clears this month’s when the field is emptied', () => {
    const january = planningFields(stored, '2027-01');
    expect(january.consumed).toBe('');
    expect(figuresFromFields(january, stored, '2027-01').figures.consumed).toEqual(stored.consumed);
    expect(figuresFromFields({ ...january, consumed: '1,500' }, stored, '2027-01').figures.consumed).toEqual({
      month: '2027-01',
      messages: 1_500,
    });
    const december = { ...planningFields(stored, '2026-12'), consumed: ' ' };
    expect(figuresFromFields(december, stored, '2026-12').figures.consumed).toBeNull();
  });

  it('shows the cap refused live on a plan that sells no additional messages', () => {
    const fields = { ...planningFields(stored, '2026-12'), planId: 'tw-2023-medium' };
    const problems = validateChannelPlanning(
      figuresFromFields(fields, stored, '2026-12').figures,
      builtinPlans,
    );
    expect(problems.map((p) => [p.code, p.path])).toEqual([['capNotAllowed', 'additionalMessageCap']]);
    const cleared = { ...fields, cap: '' };
    expect(
      validateChannelPlanning(figuresFromFields(cleared, stored, '2026-12').figures, builtinPlans),
    ).toEqual([]);
  });

  it('reports what is not a number at its path, and the rules name the field', () => {
    const fields = { ...planningFields(stored, '2026-12'), followers: 'lots', cap: '2千' };
    const { figures, unreadable } = figuresFromFields(fields, stored, '2026-12');
    expect(unreadable.map((u) => u.path)).toEqual(['additionalMessageCap', 'friends.followers']);
    expect(validateChannelPlanning(figures, builtinPlans).map((p) => p.path)).toEqual([
      'additionalMessageCap',
      'friends.followers',
    ]);
  });

  it('reads numbers and shares as people type them', () => {
    expect(readNumber('12,000')).toBe(12_000);
    expect(readNumber(' ３０００ ')).toBe(3_000);
    expect(readNumber('2.5')).toBe(2.5);
    expect(readNumber('')).toBeNaN();
    expect(readNumber('1e3')).toBeNaN();
    expect(readShares('male=0.4, female=0.55，unknown: 5%')).toEqual({
      male: 0.4,
      female: 0.55,
      unknown: 0.05,
    });
    expect(readShares('')).toEqual({});
    expect(readShares('male 0.4')).toBeNull();
  });
});

describe('the plan editor', () => {
  it('gives back every built-in plan unchanged, and each passes the rules', () => {
    const known = new Set(builtinPlans.map((p) => p.id));
    for (const plan of builtinPlans) {
      const { origin: _o, edited: _e, ...draft } = plan;
      const back = planFromFields(planFields(plan));
      expect(back).toEqual({ ...draft, replacedBy: plan.replacedBy ?? null });
      expect(validatePlan(back, known)).toEqual([]);
    }
  });

  it('turns an empty band edge into the open last band, and a free plan selling messages is refused', () => {
    const plan = builtinPlans.find((p) => p.id === 'tw-2023-light')!;
    const fields = {
      ...planFields(plan),
      sellsAdditional: true,
      tiers: [{ upTo: '', unitPrice: '0.2', verified: true }],
    };
    const draft = planFromFields(fields);
    expect(draft.additional).toEqual({ tiers: [{ upTo: null, unitPrice: 0.2 }], maxPerMonth: null });
    expect(validatePlan(draft).map((p) => p.code)).toEqual(['freePlanWithAdditional']);
  });
});

describe('formatting', () => {
  it('formats counts, money and dates for each language', () => {
    expect(formatCount('en', 12_345)).toBe('12,345');
    expect(formatMoney('en', 'TWD', 1_200)).toBe('NT$1,200.00');
    expect(formatMoney('zh-TW', 'TWD', 1_200)).toBe('$1,200.00');
    expect(formatMoney('ja', 'JPY', 15_000)).toBe('￥15,000');
    expect(formatMoney('th', 'THB', 1_280)).toBe('฿1,280.00');
    expect(formatMoney('en', 'TWD', 0.2, true)).toBe('NT$0.2');
    expect(formatDate('en', '2026-12-20')).toBe('Dec 20, 2026');
    expect(formatDate('zh-TW', '2026-12-20')).toBe('2026年12月20日');
    expect(formatDate('ja', '2026-12-20')).toBe('2026/12/20');
    expect(formatDay('ja', '2026-12-20')).toBe('20日');
    expect(formatMonth('en', '2026-12')).toBe('December 2026');
    expect(formatMonth('th', '2026-12')).toBe('ธันวาคม 2569');
    // In the channel's zone, whatever the computer's.
    expect(formatSendTime('en', '2026-12-31T23:30:00+08:00', 'Asia/Taipei')).toBe('Dec 31, 2026, 11:30 PM');
  });

  it('steps months across years', () => {
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2027-01', -1)).toBe('2026-12');
    expect(shiftMonth('2026-05', -17)).toBe('2024-12');
  });
});
