// The quota forecast's figures: a year of 1,000 campaigns (with automations, estimates, drafts and a
// busy plan that refuses sends, so every fix is computed) recomputed month by month after one edit.

import { forecastMonth, type ForecastInput } from '../../shared/quota/forecast';
import { createForecaster } from '../../shared/quota/forecaster';
import type { MonthForecast, PlannedSend } from '../../shared/quota/model';
import { builtinPlans } from '../../shared/quota/plans';
import { type Benchmark, type Figure, median, percentile, time } from './harness';

const months = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`);

/** 1,000 campaigns spread over 2026: a deterministic mix of kinds, sizes and times. */
function yearOfCampaigns(): PlannedSend[] {
  const sends: PlannedSend[] = [];
  let seed = 7;
  const random = () => (seed = (seed * 48_271) % 2_147_483_647) / 2_147_483_647;
  for (let i = 0; i < 1_000; i++) {
    const month = months[i % 12]!;
    const day = String(1 + Math.floor(random() * 28)).padStart(2, '0');
    const hour = String(Math.floor(random() * 24)).padStart(2, '0');
    const expected = Math.round(50 + random() * 400);
    const kind = (['broadcast', 'narrowcast', 'multicast', 'push'] as const)[i % 4]!;
    sends.push({
      key: `campaign-${String(i)}`,
      campaignId: i + 1,
      title: `Campaign ${String(i)}`,
      at: `${month}-${day}T${hour}:15:00+08:00`,
      kind,
      estimate: { low: Math.round(expected * 0.8), expected, high: Math.round(expected * 1.25) },
      exact: kind === 'multicast' || kind === 'push',
      upToRemainingQuota: kind === 'narrowcast' && i % 3 === 0,
      forbidPartialDelivery: kind === 'narrowcast' && i % 9 === 0,
      ...(i % 10 === 0 ? { draft: true } : {}),
    });
  }
  return sends;
}

const year: Omit<ForecastInput, 'month' | 'sends'> = {
  channel: 'Bench',
  planning: {
    timeZone: 'Asia/Taipei',
    planId: 'tw-2023-high',
    additionalMessageCap: 2_000,
    consumed: { month: '2026-01', messages: 1_500 },
    automations: [
      { title: 'Order updates', kind: 'push', perDay: 25 },
      { title: 'FAQ bot', kind: 'reply', perDay: 200 },
    ],
  },
  plans: builtinPlans,
};

/** Every month computed from scratch. */
const forecastYear = (sends: readonly PlannedSend[]): MonthForecast[] =>
  months.map((month) => forecastMonth({ ...year, month, sends }));

export const quotaBenchmark: Benchmark = {
  name: 'quota',
  async run(): Promise<Figure[]> {
    const base = yearOfCampaigns();
    let edits = 0;
    // One edit per run: a campaign's expected reach changes, then the whole year is recomputed.
    const editOne = () => {
      const sends = base.slice();
      const index = (edits++ * 37) % sends.length;
      const edited = sends[index]!;
      sends[index] = { ...edited, estimate: { ...edited.estimate, expected: edited.estimate.expected + 1 } };
      return sends;
    };
    const forecasts = forecastYear(editOne());
    const refused = forecasts.reduce((n, m) => n + m.sends.filter((s) => s.outcome === 'refused').length, 0);
    const fixes = forecasts.reduce((n, m) => n + m.fixes.length, 0);
    const fromScratch = await time(() => forecastYear(editOne()), 200, 20);
    const forecaster = createForecaster();
    const remembering = await time(
      () => forecaster.forecastMonths({ ...year, sends: editOne() }, months),
      200,
      20,
    );
    const note = `${String(refused)} refused sends, ${String(fixes)} fixes a year, automations included`;
    return [
      {
        name: 'forecast 1,000 campaigns over 12 months after one edit, median',
        value: median(remembering),
        unit: 'ms',
        target: { atMost: 5 },
        note: 'createForecaster: the edited month is computed again',
      },
      { name: 'the same, p95', value: percentile(remembering, 95), unit: 'ms' },
      // For reference: what a caller that keeps no forecaster pays (no target of its own).
      { name: 'the same, every month from scratch, median', value: median(fromScratch), unit: 'ms', note },
      { name: 'the same, every month from scratch, p95', value: percentile(fromScratch, 95), unit: 'ms' },
    ];
  },
};
