// The plan and planning rules, each at its limit and just past it, with the code, the field's JSON
// path and an English sentence the user can act on.

import { describe, expect, it } from 'vitest';
import { englishText } from '../../../shared/i18n/text';
import type { FriendStatistics, Plan } from '../../../shared/quota/model';
import { builtinPlan, builtinPlans } from '../../../shared/quota/plans';
import {
  validateChannelPlanning,
  validatePlan,
  type PlanningFigures,
  type QuotaProblem,
} from '../../../shared/quota/rules';

const high = builtinPlan('tw-2023-high')!;
const ceilinged: Plan = {
  ...high,
  id: 'capped-high',
  origin: 'user',
  additional: { tiers: [{ upTo: null, unitPrice: 0.2 }], maxPerMonth: 10_000 },
};
const catalogue = [...builtinPlans, ceilinged];

const friends: FriendStatistics = {
  followers: 2_300,
  blocks: 300,
  targetReach: 1_900,
  asOf: '2026-11-28',
  demographics: { genders: { male: 0.4, female: 0.55, unknown: 0.05 } },
};

const planning = (patch: Partial<PlanningFigures> = {}): PlanningFigures => ({
  timeZone: 'Asia/Taipei',
  planId: 'tw-2023-high',
  additionalMessageCap: 2_000,
  friends,
  consumed: { month: '2026-12', messages: 0 },
  automations: [{ title: 'Order updates', kind: 'push', perDay: 10 }],
  ...patch,
});

const codes = (problems: readonly QuotaProblem[]) => problems.map((p) => `${p.code} ${p.path}`);
const check = (patch: Partial<PlanningFigures>) => codes(validateChannelPlanning(planning(patch), catalogue));
const withFriends = (patch: Partial<FriendStatistics>) => check({ friends: { ...friends, ...patch } });

describe('validateChannelPlanning', () => {
  it('accepts the issue’s example figures', () => {
    expect(validateChannelPlanning(planning(), catalogue)).toEqual([]);
  });

  it('takes any IANA zone and refuses anything else', () => {
    for (const zone of ['Asia/Taipei', 'Asia/Tokyo', 'Asia/Bangkok', 'America/New_York', 'UTC']) {
      expect(check({ timeZone: zone }), zone).toEqual([]);
    }
    for (const zone of ['Asia/Taipe', 'GMT+8 Taipei', '', '+08:00']) {
      expect(check({ timeZone: zone }), zone).toEqual(['timeZoneUnknown timeZone']);
    }
  });

  it('needs a plan of the catalogue', () => {
    const problems = validateChannelPlanning(planning({ planId: 'tw-2030-huge' }), catalogue);
    expect(codes(problems)).toEqual(['planUnknown planId']);
    expect(englishText(problems[0]!.text)).toBe('There is no plan “tw-2030-huge”.');
  });

  it('allows a cap only on a plan that sells additional messages: free plans cannot change theirs', () => {
    expect(check({ planId: 'tw-2023-medium', additionalMessageCap: null })).toEqual([]);
    const problems = validateChannelPlanning(
      planning({ planId: 'tw-legacy-free', additionalMessageCap: 0 }),
      catalogue,
    );
    expect(codes(problems)).toEqual(['capNotAllowed additionalMessageCap']);
    expect(englishText(problems[0]!.text)).toMatch(/^輕用量 \(2019–2023\) sells no additional messages/);
    expect(check({ planId: 'jp-2023-communication', additionalMessageCap: 1 })).toEqual([
      'capNotAllowed additionalMessageCap',
    ]);
  });

  it('keeps the cap within the plan’s ceiling, at the ceiling and one past it', () => {
    expect(check({ planId: 'capped-high', additionalMessageCap: 10_000 })).toEqual([]);
    expect(check({ planId: 'capped-high', additionalMessageCap: 10_001 })).toEqual([
      'capAboveCeiling additionalMessageCap',
    ]);
    // No ceiling known: any whole number.
    expect(check({ additionalMessageCap: 5_000_000 })).toEqual([]);
    expect(check({ additionalMessageCap: -1 })).toEqual(['capInvalid additionalMessageCap']);
    expect(check({ additionalMessageCap: 2.5 })).toEqual(['capInvalid additionalMessageCap']);
  });

  it('keeps blocks within followers and target reach within followers minus blocks', () => {
    expect(withFriends({ blocks: 2_300, targetReach: 0 })).toEqual([]);
    expect(withFriends({ blocks: 2_301, targetReach: 0 })).toEqual(['blocksAboveFollowers friends.blocks']);
    expect(withFriends({ targetReach: 2_000 })).toEqual([]);
    expect(withFriends({ targetReach: 2_001 })).toEqual(['reachAboveReachable friends.targetReach']);
    expect(withFriends({ followers: -1 })).toEqual(['countInvalid friends.followers']);
    expect(withFriends({ asOf: '2026-02-30' })).toEqual(['dateInvalid friends.asOf']);
  });

  it('keeps shares from 0 to 1, summing to about 1 per dimension, keyed by LINE’s values', () => {
    const shares = (genders: Record<string, number>) => withFriends({ demographics: { genders } });
    expect(shares({ male: 1 })).toEqual([]);
    expect(shares({ male: 0.4, female: 0.55, unknown: 0.03 })).toEqual([]); // 0.98
    expect(shares({ male: 0.4, female: 0.55, unknown: 0.07 })).toEqual([]); // 1.02
    expect(shares({ male: 0.4, female: 0.55, unknown: 0.02 })).toEqual([
      'sharesDoNotSum friends.demographics.genders',
    ]); // 0.97
    expect(shares({ male: 0.4, female: 0.55, unknown: 0.08 })).toEqual([
      'sharesDoNotSum friends.demographics.genders',
    ]); // 1.03
    expect(shares({ male: 1.01 })).toEqual(['shareOutOfRange friends.demographics.genders.male']);
    expect(shares({ male: -0.01, female: 1 })).toEqual(['shareOutOfRange friends.demographics.genders.male']);
    expect(shares({ men: 1 })).toEqual(['shareKeyUnknown friends.demographics.genders.men']);
    expect(
      withFriends({
        demographics: {
          ages: { age_20: 0.5, age_35: 0.5 },
          appTypes: { ios: 0.6, android: 0.4 },
          areas: { tw_01: 0.7, tw_02: 0.3 },
          subscriptionPeriods: { day_30: 0.2, day_365: 0.8 },
        },
      }),
    ).toEqual([]);
    const problem = validateChannelPlanning(
      planning({ friends: { ...friends, demographics: { ages: { age_20: 0.5 } } } }),
      catalogue,
    )[0]!;
    expect(englishText(problem.text)).toBe('The age shares add up to 0.5; they should add up to 1 (100 %).');
  });

  it('needs a real month for the messages already used, and sane automations', () => {
    expect(check({ consumed: { month: '2026-13', messages: 0 } })).toEqual(['monthInvalid consumed.month']);
    expect(check({ consumed: { month: '2026-12', messages: -5 } })).toEqual([
      'countInvalid consumed.messages',
    ]);
    expect(check({ consumed: null })).toEqual([]);
    expect(check({ automations: [{ title: ' ', kind: 'reply', perDay: 0 }] })).toEqual([
      'automationTitleBlank automations[0].title',
    ]);
    expect(check({ automations: [{ title: 'Bot', kind: 'push', perDay: -1 }] })).toEqual([
      'automationCountInvalid automations[0].perDay',
    ]);
  });
});

describe('validatePlan', () => {
  const draft = (patch: Partial<Plan>) =>
    codes(validatePlan({ ...ceilinged, ...patch }, new Set(['tw-2023-high'])));

  it('accepts a well-formed plan', () => {
    expect(draft({})).toEqual([]);
  });

  it('needs an id, a name, a fee and free messages that can be true', () => {
    expect(draft({ id: 'Agency Deal' })).toEqual(['planIdInvalid id']);
    expect(draft({ id: 'a'.repeat(65) })).toEqual(['planIdInvalid id']);
    expect(draft({ name: '  ' })).toEqual(['planNameBlank name']);
    expect(draft({ monthlyFee: -1 })).toEqual(['feeNegative monthlyFee']);
    expect(draft({ freeMessages: 10.5 })).toEqual(['freeMessagesInvalid freeMessages']);
  });

  it('needs real dates in order', () => {
    expect(draft({ validFrom: '2026-12-01', validTo: '2026-12-01' })).toEqual([]);
    expect(draft({ validFrom: '2026-12-01', validTo: '2026-11-30' })).toEqual(['validityReversed validTo']);
    expect(draft({ validFrom: '2026-12' })).toEqual(['dateInvalid validFrom']);
  });

  it('needs price bands that rise and end open', () => {
    const tiers = (list: Plan['additional']) => draft({ additional: list });
    expect(
      tiers({
        tiers: [
          { upTo: 50_000, unitPrice: 3 },
          { upTo: null, unitPrice: 2.8 },
        ],
        maxPerMonth: null,
      }),
    ).toEqual([]);
    expect(
      tiers({
        tiers: [
          { upTo: 50_000, unitPrice: 3 },
          { upTo: 50_000, unitPrice: 2.8 },
        ],
        maxPerMonth: null,
      }),
    ).toEqual(['tierEdgeInvalid additional.tiers[1].upTo', 'lastTierOpen additional.tiers[1].upTo']);
    expect(
      tiers({
        tiers: [
          { upTo: null, unitPrice: 3 },
          { upTo: null, unitPrice: 2 },
        ],
        maxPerMonth: null,
      }),
    ).toEqual(['tierEdgeInvalid additional.tiers[0].upTo']);
    expect(tiers({ tiers: [{ upTo: null, unitPrice: -0.1 }], maxPerMonth: null })).toEqual([
      'tierPriceInvalid additional.tiers[0].unitPrice',
    ]);
    expect(tiers({ tiers: [{ upTo: null, unitPrice: 0.2 }], maxPerMonth: 0 })).toEqual([
      'ceilingInvalid additional.maxPerMonth',
    ]);
  });

  it('keeps free plans to the seed: no additional messages, at most 1,000 a month', () => {
    const free = { monthlyFee: 0, additional: null };
    expect(draft({ ...free, freeMessages: 1_000 })).toEqual([]);
    expect(draft({ ...free, freeMessages: 1_001 })).toEqual(['freePlanAboveCeiling freeMessages']);
    expect(draft({ monthlyFee: 0, freeMessages: 500 })).toEqual(['freePlanWithAdditional additional']);
  });

  it('needs a successor that exists and is not the plan itself', () => {
    expect(draft({ replacedBy: 'tw-2023-high' })).toEqual([]);
    expect(draft({ replacedBy: 'capped-high' })).toEqual(['replacedBySelf replacedBy']);
    expect(draft({ replacedBy: 'nowhere' })).toEqual(['replacedByUnknown replacedBy']);
  });
});
