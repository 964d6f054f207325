// The usage chart's series from real forecasts: the running total day by day (messages already used
// first), the allowance lines of the plan in force each day, refused sends where they would have
// taken the month, and the run-out days at the forecast's dates.

import { describe, expect, it } from 'vitest';
import { forecastMonth } from '../../../shared/quota/forecast';
import type { Plan, PlannedSend } from '../../../shared/quota/model';
import { builtinPlans } from '../../../shared/quota/plans';
import { buildChartSeries } from '../../../renderer/src/quota/chart-series';

const send = (key: string, at: string, expected: number, low = expected, high = expected): PlannedSend => ({
  key,
  campaignId: null,
  title: key,
  at,
  kind: 'broadcast',
  estimate: { low, expected, high },
  exact: false,
  upToRemainingQuota: false,
  forbidPartialDelivery: false,
});

const planning = (planId: string, cap: number | null, consumed: number) => ({
  timeZone: 'Asia/Taipei',
  planId,
  additionalMessageCap: cap,
  consumed: { month: '2026-12', messages: consumed },
  automations: [],
});

describe('buildChartSeries', () => {
  it('steps the running total day by day, draws the allowance lines and marks the refused send', () => {
    const forecast = forecastMonth({
      channel: 'Shop',
      month: '2026-12',
      planning: planning('tw-2023-high', 1_000, 500),
      plans: builtinPlans,
      sends: [
        send('first', '2026-12-05T12:00:00+08:00', 3_000, 2_500, 3_500),
        // 23:30 in Taipei on the 10th is still the 10th there (15:30 UTC).
        send('second', '2026-12-10T23:30:00+08:00', 3_000),
        send('third', '2026-12-20T12:00:00+08:00', 2_000),
      ],
    });
    const series = buildChartSeries(forecast);
    expect(series.dates).toHaveLength(31);
    expect(series.dates[0]).toBe('2026-12-01');
    // 500 already used, then 3,000 on the 5th, 3,000 on the 10th; the 20th's 2,000 do not fit the
    // 500 additional messages left, so it is refused and the line stays flat.
    expect(series.cumulative.slice(0, 4)).toEqual([500, 500, 500, 500]);
    expect(series.cumulative[4]).toBe(3_500);
    expect(series.cumulative[8]).toBe(3_500);
    expect(series.cumulative[9]).toBe(6_500);
    expect(series.cumulative[30]).toBe(6_500);
    expect(series.free.every((v) => v === 6_000)).toBe(true);
    expect(series.freePlusCap.every((v) => v === 7_000)).toBe(true);
    expect(series.refused).toEqual([
      { day: 19, key: 'third', title: 'third', wouldReach: 8_500, needed: 2_000 },
    ]);
    expect(forecast.freeRunsOutOn).toBe('2026-12-10');
    expect(series.freeRunsOutDay).toBe(9);
    expect(series.dates[series.freeRunsOutDay!]).toBe(forecast.freeRunsOutOn);
    expect(series.capReachedDay).toBeNull();
    expect(series.yMax).toBe(8_500);
  });

  it('draws no cap line on a plan without additional messages, and a flat line for an empty month', () => {
    const forecast = forecastMonth({
      channel: 'Shop',
      month: '2026-02',
      planning: { ...planning('tw-2023-light', null, 0), consumed: null },
      plans: builtinPlans,
      sends: [],
    });
    const series = buildChartSeries(forecast);
    expect(series.dates).toHaveLength(28);
    expect(series.cumulative.every((v) => v === 0)).toBe(true);
    expect(series.freePlusCap.every((v) => v === null)).toBe(true);
    expect(series.free.every((v) => v === 200)).toBe(true);
    expect(series.refused).toEqual([]);
    expect(series.freeRunsOutDay).toBeNull();
    expect(series.yMax).toBe(200);
  });

  it('follows the plan in force each day when a plan ends during the month', () => {
    const ending: Plan = {
      ...builtinPlans.find((p) => p.id === 'tw-2023-medium')!,
      id: 'ends-mid-month',
      validFrom: '2026-01-01',
      validTo: '2026-12-15',
      replacedBy: 'tw-2023-high',
      origin: 'user',
    };
    const forecast = forecastMonth({
      channel: 'Shop',
      month: '2026-12',
      planning: { ...planning('ends-mid-month', null, 0), consumed: null },
      plans: [...builtinPlans, ending],
      sends: [send('late', '2026-12-20T12:00:00+08:00', 100)],
    });
    const series = buildChartSeries(forecast);
    expect(forecast.planPeriods.map((p) => [p.planId, p.from, p.to])).toEqual([
      ['ends-mid-month', '2026-12-01', '2026-12-15'],
      ['tw-2023-high', '2026-12-16', '2026-12-31'],
    ]);
    expect(series.free[14]).toBe(3_000);
    expect(series.free[15]).toBe(6_000);
    expect(series.cumulative[18]).toBe(0);
    expect(series.cumulative[19]).toBe(100);
  });

  it('counts automations day by day', () => {
    const forecast = forecastMonth({
      channel: 'Shop',
      month: '2026-12',
      planning: {
        ...planning('tw-2023-high', null, 0),
        consumed: null,
        automations: [{ title: 'Order updates', kind: 'push', perDay: 2.5 }],
      },
      plans: builtinPlans,
      sends: [],
    });
    const series = buildChartSeries(forecast);
    // 2.5 a day is spread 3, 2, 3, 2… (the running total rounded): 78 (77.5 rounded) by the 31st.
    expect(series.cumulative.slice(0, 4)).toEqual([3, 5, 8, 10]);
    expect(series.cumulative[30]).toBe(78);
  });
});
