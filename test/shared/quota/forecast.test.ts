// The month forecast against months computed by hand: free only, free then additional, a refused
// send and its fixes, upToRemainingQuota and forbidPartialDelivery, automations over a month, drafts
// and estimate ranges, band edges, time-zone and DST month boundaries, plans that end or start
// during the month.

import { describe, expect, it } from 'vitest';
import { forecastMonth, type ForecastInput } from '../../../shared/quota/forecast';
import type { Automation, MonthForecast, Plan, PlannedSend } from '../../../shared/quota/model';
import { builtinPlans } from '../../../shared/quota/plans';

interface SendOptions {
  readonly kind?: PlannedSend['kind'];
  readonly low?: number;
  readonly high?: number;
  readonly upToRemainingQuota?: boolean;
  readonly forbidPartialDelivery?: boolean;
  readonly draft?: boolean;
}

function send(key: string, at: string, expected: number, options: SendOptions = {}): PlannedSend {
  return {
    key,
    campaignId: null,
    title: key,
    at,
    kind: options.kind ?? 'broadcast',
    estimate: { low: options.low ?? expected, expected, high: options.high ?? expected },
    exact: options.low === undefined && options.high === undefined,
    upToRemainingQuota: options.upToRemainingQuota ?? false,
    forbidPartialDelivery: options.forbidPartialDelivery ?? false,
    ...(options.draft ? { draft: true } : {}),
  };
}

interface MonthOptions {
  readonly month?: string;
  readonly timeZone?: string;
  readonly planId?: string;
  readonly cap?: number | null;
  readonly consumed?: { month: string; messages: number } | null;
  readonly automations?: readonly Automation[];
  readonly plans?: readonly Plan[];
}

function forecast(sends: readonly PlannedSend[], options: MonthOptions = {}): MonthForecast {
  const input: ForecastInput = {
    channel: 'Sandbox',
    month: options.month ?? '2026-12',
    planning: {
      timeZone: options.timeZone ?? 'Asia/Taipei',
      planId: options.planId ?? 'tw-2023-high',
      additionalMessageCap: options.cap === undefined ? 2_000 : options.cap,
      consumed: options.consumed ?? null,
      automations: options.automations ?? [],
    },
    plans: options.plans ?? builtinPlans,
    sends,
  };
  return forecastMonth(input);
}

const summary = (month: MonthForecast) =>
  month.sends.map((s) => [s.key, s.messages, s.outcome, s.free, s.additional, s.cumulative]);

describe('forecastMonth: Taiwan 高用量, 6,000 free, cap 2,000', () => {
  it('counts a month that stays within the free messages', () => {
    const month = forecast([
      send('vip', '2026-12-10T20:00:00+08:00', 2_000, { kind: 'narrowcast' }),
      send('xmas', '2026-12-05T12:00:00+08:00', 1_000),
    ]);
    expect(summary(month)).toEqual([
      ['xmas', 1_000, 'free', 1_000, 0, 1_000],
      ['vip', 2_000, 'free', 2_000, 0, 3_000],
    ]);
    expect(month.totals).toEqual({
      messages: 3_000,
      free: 3_000,
      additional: 0,
      refused: 0,
      additionalCost: 0,
      unpricedAdditional: 0,
    });
    expect(month).toMatchObject({
      channel: 'Sandbox',
      month: '2026-12',
      timeZone: 'Asia/Taipei',
      plan: {
        id: 'tw-2023-high',
        name: '高用量',
        currency: 'TWD',
        monthlyFee: 1_200,
        freeMessages: 6_000,
        additionalMessageCap: 2_000,
      },
      consumedBefore: 0,
      freeRunsOutOn: null,
      capReachedOn: null,
      fixes: [],
    });
    expect(month.sends.map((s) => s.localDate)).toEqual(['2026-12-05', '2026-12-10']);
  });

  // Hand-computed: 500 used before; 3,000 (free, 3,500 used); 3,000 (2,500 free + 500 additional:
  // free gone on the 10th); 1,000 additional (1,500 of the 2,000 cap); 1,000 needs more than the
  // 500 left: refused whole; 400 fits (1,900); 100 reaches the cap on the 28th.
  const busyMonth = [
    send('a', '2026-12-05T12:00:00+08:00', 3_000),
    send('b', '2026-12-10T12:00:00+08:00', 3_000),
    send('c', '2026-12-15T12:00:00+08:00', 1_000),
    send('big', '2026-12-20T12:00:00+08:00', 1_000),
    send('d', '2026-12-25T12:00:00+08:00', 400),
    send('e', '2026-12-28T12:00:00+08:00', 100),
  ];
  const consumed = { month: '2026-12', messages: 500 };

  it('uses messages already used first, then free, then additional ones, refusing what does not fit', () => {
    const month = forecast(busyMonth, { consumed });
    expect(month.consumedBefore).toBe(500);
    expect(summary(month)).toEqual([
      ['a', 3_000, 'free', 3_000, 0, 3_500],
      ['b', 3_000, 'mixed', 2_500, 500, 6_500],
      ['c', 1_000, 'additional', 0, 1_000, 7_500],
      ['big', 0, 'refused', 0, 0, 7_500],
      ['d', 400, 'additional', 0, 400, 7_900],
      ['e', 100, 'additional', 0, 100, 8_000],
    ]);
    expect(month.sends.map((s) => [s.refused, s.cost])).toEqual([
      [0, 0],
      [0, 100],
      [0, 200],
      [1_000, 0],
      [0, 80],
      [0, 20],
    ]);
    expect(month.totals).toEqual({
      messages: 8_000,
      free: 6_000,
      additional: 2_000,
      refused: 1_000,
      additionalCost: 400,
      unpricedAdditional: 0,
    });
    expect(month.freeRunsOutOn).toBe('2026-12-10');
    expect(month.capReachedOn).toBe('2026-12-28');
  });

  it('offers fixes for the refused send, each with the month it would give', () => {
    const month = forecast(busyMonth, { consumed });
    expect(month.fixes).toEqual([
      // Capped at the 500 left, it takes the rest of the cap: the 400 and the 100 are refused.
      {
        kind: 'capSend',
        key: 'big',
        max: 500,
        effect: { refusedSends: 2, refusedMessages: 500, messages: 8_000, additionalCost: 400 },
      },
      {
        kind: 'moveToNextMonth',
        key: 'big',
        effect: { refusedSends: 0, refusedMessages: 0, messages: 8_000, additionalCost: 400 },
      },
      // 9,000 needed in all: 6,000 free and 3,000 additional.
      {
        kind: 'raiseCap',
        cap: 3_000,
        effect: { refusedSends: 0, refusedMessages: 0, messages: 9_000, additionalCost: 600 },
      },
    ]);
    // No other Taiwan plan valid in December 2026 holds 9,000 (輕用量 and 中用量 sell no more).
    expect(month.fixes.some((f) => f.kind === 'upgradePlan')).toBe(false);
  });

  it('gives each fix the month a forecast of the changed sends gives, over a month of many refusals', () => {
    // Sends of many sizes, so that some are refused and smaller ones after them still fit.
    const sizes = [700, 50, 1_200, 5, 900, 300, 2_500, 80, 640, 1_000, 20, 3_000];
    const sends = sizes.map((size, i) =>
      send(`s${String(i)}`, `2026-12-${String(1 + i).padStart(2, '0')}T12:00:00+08:00`, size, {
        kind: i % 3 === 0 ? 'narrowcast' : 'broadcast',
      }),
    );
    const options = { planId: 'tw-2023-medium', cap: 1_500 };
    const month = forecast(sends, options);
    const refused = month.sends.filter((s) => s.outcome === 'refused');
    expect(refused.length).toBeGreaterThan(2);
    const effect = (changed: MonthForecast) => ({
      refusedSends: changed.sends.filter((s) => s.outcome === 'refused').length,
      refusedMessages: changed.totals.refused,
      messages: changed.totals.messages,
      additionalCost: changed.totals.additionalCost,
    });
    let checked = 0;
    for (const fix of month.fixes) {
      if (fix.kind === 'moveToNextMonth') {
        expect(fix.effect).toEqual(
          effect(
            forecast(
              sends.filter((s) => s.key !== fix.key),
              options,
            ),
          ),
        );
        checked++;
      } else if (fix.kind === 'capSend') {
        const capped = sends.map((s) =>
          s.key === fix.key ? { ...s, estimate: { low: fix.max, expected: fix.max, high: fix.max } } : s,
        );
        expect(fix.effect).toEqual(effect(forecast(capped, options)));
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(refused.length);
  });

  it('ignores messages used in another month', () => {
    const month = forecast([send('a', '2026-12-05T12:00:00+08:00', 100)], {
      consumed: { month: '2026-11', messages: 5_000 },
    });
    expect(month.consumedBefore).toBe(0);
    expect(month.totals.messages).toBe(100);
  });

  it('lists drafts apart and never counts them', () => {
    const month = forecast([
      send('later', '2026-12-20T12:00:00+08:00', 5_000, { draft: true }),
      send('sure', '2026-12-05T12:00:00+08:00', 5_000),
      send('january', '2027-01-03T12:00:00+08:00', 5_000, { draft: true }),
    ]);
    expect(month.drafts.map((d) => d.key)).toEqual(['later']);
    expect(month.sends.map((s) => s.key)).toEqual(['sure']);
    expect(month.totals.messages).toBe(5_000);
  });

  it('counts the expected figure and carries the range: the high end may not fit', () => {
    const month = forecast([
      send('base', '2026-12-01T12:00:00+08:00', 6_900),
      send('guess', '2026-12-02T12:00:00+08:00', 1_000, { kind: 'narrowcast', low: 800, high: 1_300 }),
    ]);
    const guess = month.sends[1]!;
    expect([guess.messages, guess.outcome, guess.highExceedsAllowance]).toEqual([1_000, 'additional', true]);
    expect(month.sends[0]!.highExceedsAllowance).toBe(false);
    expect(month.scenarios).toEqual({
      low: { messages: 7_700, additional: 1_700, refused: 0, additionalCost: 340 },
      // 1,300 does not fit in the 1,100 left: refused whole.
      high: { messages: 6_900, additional: 900, refused: 1_300, additionalCost: 180 },
    });
    expect(month.totals.messages).toBe(7_900);
  });
});

describe('forecastMonth: upToRemainingQuota and forbidPartialDelivery on 中用量 (3,000 free, no additional)', () => {
  const before = send('first', '2026-12-01T12:00:00+08:00', 1_000);

  it('cuts a narrowcast with upToRemainingQuota to what is left', () => {
    const month = forecast(
      [
        before,
        send('rest', '2026-12-03T12:00:00+08:00', 4_000, { kind: 'narrowcast', upToRemainingQuota: true }),
      ],
      { planId: 'tw-2023-medium', cap: null },
    );
    const rest = month.sends[1]!;
    expect([rest.messages, rest.outcome, rest.cut, rest.refused]).toEqual([2_000, 'free', true, 0]);
    expect(month.totals).toMatchObject({ messages: 3_000, refused: 0 });
    expect(month.freeRunsOutOn).toBe('2026-12-03');
    // A plan without additional messages has no cap to reach.
    expect(month.capReachedOn).toBeNull();
    expect(month.plan.additionalMessageCap).toBeNull();
  });

  it('refuses it instead with forbidPartialDelivery, as LINE cancels it, and offers the fixes', () => {
    const month = forecast(
      [
        before,
        send('rest', '2026-12-03T12:00:00+08:00', 4_000, {
          kind: 'narrowcast',
          upToRemainingQuota: true,
          forbidPartialDelivery: true,
        }),
      ],
      { planId: 'tw-2023-medium', cap: null },
    );
    const rest = month.sends[1]!;
    expect([rest.messages, rest.outcome, rest.cut, rest.refused]).toEqual([0, 'refused', false, 4_000]);
    expect(month.freeRunsOutOn).toBeNull();
    expect(month.fixes).toEqual([
      {
        kind: 'capSend',
        key: 'rest',
        max: 2_000,
        effect: { refusedSends: 0, refusedMessages: 0, messages: 3_000, additionalCost: 0 },
      },
      {
        kind: 'moveToNextMonth',
        key: 'rest',
        effect: { refusedSends: 0, refusedMessages: 0, messages: 1_000, additionalCost: 0 },
      },
      // 5,000 needed: 高用量's 6,000 free messages hold it, for NT$400 more a month.
      {
        kind: 'upgradePlan',
        planId: 'tw-2023-high',
        extraFee: 400,
        cap: null,
        effect: { refusedSends: 0, refusedMessages: 0, messages: 5_000, additionalCost: 0 },
      },
    ]);
  });

  it('refuses a send with upToRemainingQuota when nothing is left', () => {
    const month = forecast(
      [
        send('all', '2026-12-01T12:00:00+08:00', 3_000),
        send('more', '2026-12-02T12:00:00+08:00', 10, { kind: 'narrowcast', upToRemainingQuota: true }),
      ],
      { planId: 'tw-2023-medium', cap: null },
    );
    expect(month.sends[1]).toMatchObject({ messages: 0, outcome: 'refused', refused: 10, cut: false });
  });

  it('ignores upToRemainingQuota on anything but a narrowcast', () => {
    const month = forecast(
      [
        before,
        send('push-all', '2026-12-03T12:00:00+08:00', 4_000, { kind: 'multicast', upToRemainingQuota: true }),
      ],
      { planId: 'tw-2023-medium', cap: null },
    );
    expect(month.sends[1]).toMatchObject({ messages: 0, outcome: 'refused' });
  });
});

describe('forecastMonth: automations over a month (Asia/Tokyo, コミュニケーションプラン, 200 free)', () => {
  const automations: Automation[] = [
    { title: 'Order updates', kind: 'push', perDay: 10 },
    { title: 'FAQ bot', kind: 'reply', perDay: 50 },
  ];

  it('turns each into a send a day; pushes run out on the 20th and the rest of each day is refused', () => {
    const month = forecast([], {
      month: '2026-11',
      timeZone: 'Asia/Tokyo',
      planId: 'jp-2023-communication',
      cap: null,
      automations,
    });
    const pushes = month.sends.filter((s) => s.title === 'Order updates');
    const replies = month.sends.filter((s) => s.title === 'FAQ bot');
    expect(pushes).toHaveLength(30);
    expect(replies).toHaveLength(30);
    expect(pushes[0]).toMatchObject({
      key: 'auto:1:2026-11-01',
      kind: 'automation',
      at: '2026-11-01T12:00:00+09:00',
      messages: 10,
    });
    // Replies are free: they count nothing.
    expect(replies.every((s) => s.messages === 0 && s.outcome === 'free')).toBe(true);
    expect(pushes.slice(0, 20).every((s) => s.messages === 10)).toBe(true);
    expect(
      pushes.slice(20).every((s) => s.messages === 0 && s.refused === 10 && s.outcome === 'refused'),
    ).toBe(true);
    expect(month.totals).toMatchObject({ messages: 200, refused: 100, additional: 0 });
    expect(month.freeRunsOutOn).toBe('2026-11-20');
    // No send to cap or move: the cheapest plan that holds the 300 is ライトプラン.
    expect(month.fixes).toEqual([
      {
        kind: 'upgradePlan',
        planId: 'jp-2023-light',
        extraFee: 5_000,
        cap: null,
        effect: { refusedSends: 0, refusedMessages: 0, messages: 300, additionalCost: 0 },
      },
    ]);
  });

  it('spreads a fractional daily figure so the month adds up', () => {
    const month = forecast([], {
      month: '2026-11',
      timeZone: 'Asia/Tokyo',
      planId: 'jp-2023-light',
      cap: null,
      automations: [{ title: 'Reminders', kind: 'multicast', perDay: 2.5 }],
    });
    expect(month.sends.slice(0, 4).map((s) => s.messages)).toEqual([3, 2, 3, 2]);
    expect(month.totals.messages).toBe(75);
  });

  it('refuses a day’s multicast automation whole when it does not fit', () => {
    const month = forecast([], {
      month: '2026-11',
      timeZone: 'Asia/Tokyo',
      planId: 'jp-2023-communication',
      cap: null,
      automations: [{ title: 'Daily digest', kind: 'multicast', perDay: 30 }],
    });
    // 6 days of 30 use 180; the 7th needs 30 with 20 left.
    expect(month.sends[6]).toMatchObject({ messages: 0, refused: 30, outcome: 'refused' });
    expect(month.totals.messages).toBe(180);
  });
});

describe('forecastMonth: month boundaries in the channel’s time zone', () => {
  it('puts 23:30 on the last day in Asia/Taipei in that month; the same wall clock read as UTC is next month', () => {
    const december = forecast([
      send('late', '2026-12-31T23:30:00+08:00', 100),
      send('utc-reading', '2026-12-31T23:30:00Z', 100),
      send('new-year', '2027-01-01T00:30:00+08:00', 100),
      send('first-minute', '2026-12-01T00:00:00+08:00', 100),
      send('last-of-november', '2026-11-30T23:59:59+08:00', 100),
    ]);
    expect(december.sends.map((s) => [s.key, s.localDate])).toEqual([
      ['first-minute', '2026-12-01'],
      ['late', '2026-12-31'],
    ]);
    const january = forecast([send('utc-reading', '2026-12-31T23:30:00Z', 100)], { month: '2027-01' });
    expect(january.sends.map((s) => [s.key, s.localDate])).toEqual([['utc-reading', '2027-01-01']]);
  });

  it('dates the run-out day locally, not in UTC', () => {
    // 00:30 on the 10th in Taipei is still the 9th in UTC.
    const month = forecast([send('all', '2026-12-10T00:30:00+08:00', 6_000)], { cap: null });
    expect(month.freeRunsOutOn).toBe('2026-12-10');
  });

  it('follows DST in America/New_York: March has a 23-hour day, November a 25-hour one', () => {
    const march = forecast(
      [
        send('before', '2026-02-28T23:59:59-05:00', 1),
        send('start', '2026-03-01T00:00:00-05:00', 1),
        send('spring-forward', '2026-03-08T03:30:00-04:00', 1),
        send('end', '2026-03-31T23:30:00-04:00', 1),
        send('after', '2026-04-01T00:00:00-04:00', 1),
      ],
      { timeZone: 'America/New_York', month: '2026-03' },
    );
    expect(march.sends.map((s) => [s.key, s.localDate])).toEqual([
      ['start', '2026-03-01'],
      ['spring-forward', '2026-03-08'],
      ['end', '2026-03-31'],
    ]);
    const november = forecast(
      [
        send('october', '2026-10-31T23:30:00-04:00', 1),
        send('first-1:30', '2026-11-01T01:30:00-04:00', 1),
        send('second-1:30', '2026-11-01T01:30:00-05:00', 1),
        send('day-2', '2026-11-02T00:00:00-05:00', 1),
      ],
      { timeZone: 'America/New_York', month: '2026-11' },
    );
    expect(november.sends.map((s) => [s.key, s.localDate])).toEqual([
      ['first-1:30', '2026-11-01'],
      ['second-1:30', '2026-11-01'],
      ['day-2', '2026-11-02'],
    ]);
  });

  it('puts automations at local noon, whatever the offset that day', () => {
    const month = forecast([], {
      month: '2026-03',
      timeZone: 'America/New_York',
      planId: 'tw-2023-high',
      automations: [{ title: 'Bot', kind: 'push', perDay: 1 }],
    });
    expect(month.sends.map((s) => s.at).filter((_, day) => day === 6 || day === 7)).toEqual([
      '2026-03-07T12:00:00-05:00',
      '2026-03-08T12:00:00-04:00',
    ]);
  });
});

describe('forecastMonth: additional messages priced band by band (スタンダードプラン)', () => {
  const tokyo = {
    month: '2026-12',
    timeZone: 'Asia/Tokyo',
    planId: 'jp-2023-standard',
    cap: 100_000,
  } as const;

  it('prices each band’s messages at its own price, at the edge and across it', () => {
    const month = forecast(
      [
        send('to-edge', '2026-12-01T12:00:00+09:00', 50_000),
        send('one-past', '2026-12-02T12:00:00+09:00', 1),
        send('more', '2026-12-03T12:00:00+09:00', 10_000),
      ],
      tokyo,
    );
    // 20,000 at 3 yen (the 30,001st to the 50,000th), then 2.8 yen.
    expect(month.sends.map((s) => s.cost)).toEqual([60_000, 2.8, 28_000]);
    expect(month.totals).toMatchObject({ additional: 30_001, additionalCost: 88_002.8 });
    const across = forecast([send('across', '2026-12-01T12:00:00+09:00', 50_001)], tokyo);
    expect(across.totals.additionalCost).toBe(60_002.8);
    // The 2.8 yen band is not confirmed: the forecast says so.
    expect(across.notices).toContainEqual({ kind: 'unverifiedFigures', planId: 'jp-2023-standard' });
    const withinFirstBand = forecast([send('within', '2026-12-01T12:00:00+09:00', 50_000)], tokyo);
    expect(withinFirstBand.notices).toEqual([]);
  });

  it('reaches the cap on the day the last additional message allowed is used', () => {
    const month = forecast(
      [send('a', '2026-12-01T12:00:00+09:00', 30_500), send('b', '2026-12-04T12:00:00+09:00', 500)],
      { ...tokyo, cap: 1_000 },
    );
    expect(month.capReachedOn).toBe('2026-12-04');
    expect(month.freeRunsOutOn).toBe('2026-12-01');
  });

  it('leaves out of the cost what a plan gives no price for, and says how many', () => {
    const month = forecast([send('big', '2026-12-01T12:00:00+07:00', 36_000)], {
      timeZone: 'Asia/Bangkok',
      planId: 'th-pro',
      cap: 5_000,
    });
    expect(month.totals).toMatchObject({ additional: 1_000, additionalCost: 0, unpricedAdditional: 1_000 });
    expect(month.notices).toContainEqual({ kind: 'unverifiedFigures', planId: 'th-pro' });
  });
});

describe('forecastMonth: plans valid only part of the month', () => {
  const promo: Plan = {
    id: 'promo-until-15',
    region: 'TW',
    name: 'Promotion',
    currency: 'TWD',
    monthlyFee: 500,
    freeMessages: 1_000,
    additional: null,
    validFrom: '2026-01-01',
    validTo: '2026-12-15',
    verified: true,
    source: 'agency contract',
    origin: 'user',
    replacedBy: 'tw-2023-high',
  };
  const late: Plan = { ...promo, id: 'late-plan', validFrom: '2026-12-10', validTo: null, replacedBy: null };
  const plans = [...builtinPlans, promo, late];

  it('hands over to the successor the day after a plan ends, topping the free messages up', () => {
    const month = forecast(
      [
        send('early', '2026-12-10T12:00:00+08:00', 900),
        send('too-big', '2026-12-14T12:00:00+08:00', 500),
        send('after', '2026-12-20T12:00:00+08:00', 2_000),
      ],
      { planId: 'promo-until-15', plans },
    );
    expect(month.planPeriods).toEqual([
      {
        planId: 'promo-until-15',
        name: 'Promotion',
        from: '2026-12-01',
        to: '2026-12-15',
        freeMessages: 1_000,
        additionalAllowed: 0,
      },
      {
        planId: 'tw-2023-high',
        name: '高用量',
        from: '2026-12-16',
        to: '2026-12-31',
        freeMessages: 6_000,
        additionalAllowed: 2_000,
      },
    ]);
    expect(summary(month)).toEqual([
      ['early', 900, 'free', 900, 0, 900],
      ['too-big', 0, 'refused', 0, 0, 900],
      ['after', 2_000, 'free', 2_000, 0, 2_900],
    ]);
    expect(month.notices).toEqual([
      { kind: 'planReplaced', planId: 'promo-until-15', replacedBy: 'tw-2023-high', from: '2026-12-16' },
    ]);
    expect(month.plan.id).toBe('tw-2023-high');
  });

  it('moves a channel still on a plan that ended years ago to its successor for the whole month', () => {
    const month = forecast([send('a', '2026-12-05T12:00:00+08:00', 7_000)], { planId: 'tw-legacy-high' });
    expect(month.planPeriods.map((p) => [p.planId, p.from, p.to])).toEqual([
      ['tw-2023-high', '2026-12-01', '2026-12-31'],
    ]);
    expect(month.notices).toContainEqual({
      kind: 'planReplaced',
      planId: 'tw-legacy-high',
      replacedBy: 'tw-2023-high',
      from: '2026-12-01',
    });
    expect(month.totals.additionalCost).toBe(200);
  });

  it('says when the plan is not in force on some days, and forecasts with it anyway', () => {
    const month = forecast([send('a', '2026-12-05T12:00:00+08:00', 100)], {
      planId: 'late-plan',
      plans,
      cap: null,
    });
    expect(month.notices).toEqual([
      { kind: 'planNotInForce', planId: 'late-plan', from: '2026-12-01', to: '2026-12-09' },
    ]);
    expect(month.totals.free).toBe(100);
  });

  it('offers an upgrade only to a plan valid for the whole month', () => {
    // December 2023: Taiwan's legacy plans ended on 2023-08-31, so only the 2023 plans can be offered.
    const month = forecast([send('a', '2023-12-05T12:00:00+08:00', 5_000)], {
      month: '2023-12',
      planId: 'tw-2023-medium',
      cap: null,
    });
    expect(month.fixes.find((f) => f.kind === 'upgradePlan')).toMatchObject({ planId: 'tw-2023-high' });
  });
});

describe('forecastMonth: bad input', () => {
  it('refuses a send whose time has no offset, naming it', () => {
    expect(() => forecast([send('naive', '2026-12-05T12:00', 1)])).toThrow(/“naive” has no usable time/);
  });

  it('refuses a month or zone it cannot place', () => {
    expect(() => forecast([], { month: '2026-13' })).toThrow(/not a month/);
    expect(() => forecast([], { timeZone: 'Mars/Olympus' })).toThrow(/not an IANA time zone/);
    expect(() => forecast([], { planId: 'nope' })).toThrow(/There is no plan “nope”/);
  });
});
