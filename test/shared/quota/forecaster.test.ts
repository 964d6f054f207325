// The remembering forecaster: the same answers as forecastMonth, computed again only for the months
// an edit touches.

import { describe, expect, it } from 'vitest';
import { forecastMonth, type ForecastInput } from '../../../shared/quota/forecast';
import { createForecaster } from '../../../shared/quota/forecaster';
import type { PlannedSend } from '../../../shared/quota/model';
import { builtinPlans } from '../../../shared/quota/plans';

const send = (key: string, at: string, expected: number): PlannedSend => ({
  key,
  campaignId: null,
  title: key,
  at,
  kind: 'broadcast',
  estimate: { low: expected, expected, high: expected },
  exact: true,
  upToRemainingQuota: false,
  forbidPartialDelivery: false,
});

const base: Omit<ForecastInput, 'month'> = {
  channel: 'Sandbox',
  planning: {
    timeZone: 'Asia/Taipei',
    planId: 'tw-2023-high',
    additionalMessageCap: 2_000,
    consumed: null,
    automations: [{ title: 'Bot', kind: 'push', perDay: 5 }],
  },
  plans: builtinPlans,
  sends: [
    send('nov', '2026-11-10T12:00:00+08:00', 4_000),
    send('dec', '2026-12-10T12:00:00+08:00', 7_000),
    send('dec-late', '2026-12-31T23:30:00+08:00', 500),
    send('jan', '2027-01-01T00:30:00+08:00', 100),
  ],
};
const months = ['2026-11', '2026-12', '2027-01'];

describe('createForecaster', () => {
  it('answers as forecastMonth does, month by month in the channel’s zone', () => {
    const forecasts = createForecaster().forecastMonths(base, months);
    expect(forecasts).toEqual(months.map((month) => forecastMonth({ ...base, month })));
    expect(forecasts.map((f) => f.sends.filter((s) => s.kind !== 'automation').map((s) => s.key))).toEqual([
      ['nov'],
      ['dec', 'dec-late'],
      ['jan'],
    ]);
  });

  it('computes again only the months whose sends, planning or catalogue changed', () => {
    const forecaster = createForecaster();
    const first = forecaster.forecastMonths(base, months);
    const sends = base.sends.slice();
    sends[1] = { ...sends[1]!, estimate: { low: 8_000, expected: 8_000, high: 8_000 } };
    const second = forecaster.forecastMonths({ ...base, sends }, months);
    expect(second[0]).toBe(first[0]);
    expect(second[1]).not.toBe(first[1]);
    // 9 days of pushes leave 7,955 of the 8,000 allowed: the edited send no longer fits.
    expect(second[1]!.totals.refused).toBe(8_000);
    expect(second[2]).toBe(first[2]);
    // Moving a send to another month changes both months.
    sends[3] = { ...sends[3]!, at: '2026-11-20T12:00:00+08:00' };
    const third = forecaster.forecastMonths({ ...base, sends }, months);
    expect([third[0] === second[0], third[1] === second[1], third[2] === second[2]]).toEqual([
      false,
      true,
      false,
    ]);
    const raised = forecaster.forecastMonths(
      { ...base, sends, planning: { ...base.planning, additionalMessageCap: 3_000 } },
      months,
    );
    expect(raised.every((f, i) => f !== third[i])).toBe(true);
    expect(raised[1]!.totals).toMatchObject({ refused: 0, messages: 8_000 + 500 + 31 * 5 });
  });
});
