// A/B test arithmetic against values computed by hand: the minimum detectable difference of a
// two-proportion z test at 95 % confidence and 80 % power, the sample size it needs, and the split.

import { describe, expect, it } from 'vitest';
import {
  addHours,
  decideAfterHoursRange,
  minimumDetectableDifference,
  pickAbTestWinner,
  planAbTest,
  sampleSizePerVariant,
  variantRate,
  zConfidence95,
  zPower80,
} from '../../../shared/campaigns/ab-test';
import type { ReachEstimate } from '../../../shared/campaigns/reach';

const target = (n: number): ReachEstimate => ({
  low: n,
  expected: n,
  high: n,
  exact: false,
  known: true,
  approximate: true,
  asOf: '2026-11-28',
  basis: 'reachable',
  cappedByLimit: false,
  unknownShares: [],
});

describe('the statistics', () => {
  it('use z = 1.95996 (95 %, two-sided) and 0.84162 (80 % power)', () => {
    expect(zConfidence95).toBeCloseTo(1.959964, 6);
    expect(zPower80).toBeCloseTo(0.841621, 6);
  });

  it('give the minimum detectable difference computed by hand', () => {
    // p = 0.05, 1,000 each: 2.801585 × √(0.05 × 0.95 × 2/1000) = 2.801585 × 0.0097468 = 0.027306
    expect(minimumDetectableDifference(1000, 1000, 0.05)).toBeCloseTo(0.027306, 5);
    // p = 0.6, 500 each: 2.801585 × √(0.24 × 0.004) = 2.801585 × 0.0309839 = 0.086804
    expect(minimumDetectableDifference(500, 500, 0.6)).toBeCloseTo(0.086804, 5);
    // Unequal variants: p = 0.05, 1,000 and 3,000: 2.801585 × √(0.0475 × (0.001 + 0.000333)) = 0.022294
    expect(minimumDetectableDifference(1000, 3000, 0.05)).toBeCloseTo(0.022294, 5);
    expect(minimumDetectableDifference(0, 1000, 0.05)).toBeNull();
  });

  it('give the sample size computed by hand', () => {
    // 2.801585² × 2 × 0.05 × 0.95 / 0.02² = 7.848880 × 0.095 / 0.0004 = 1,864.1 → 1,865
    expect(sampleSizePerVariant(0.05, 0.02)).toBe(1865);
    // and it is consistent: that many per variant detect 0.02
    expect(minimumDetectableDifference(1865, 1865, 0.05)).toBeLessThanOrEqual(0.02);
    expect(minimumDetectableDifference(1864, 1864, 0.05)).toBeGreaterThan(0.02);
  });
});

describe('the plan', () => {
  it('gives each variant its share and the winner everyone else, decided after the wait', () => {
    const plan = planAbTest(
      {
        variants: [
          { share: 0.1, messages: [] },
          { share: 0.1, messages: [] },
        ],
        metric: 'click',
        decideAfterHours: 72,
      },
      target(10_000),
      '2026-12-20T12:00:00+08:00',
    );
    expect(plan.variants.map((v) => [v.part, v.recipients.expected, v.at])).toEqual([
      ['a', 1000, '2026-12-20T12:00:00+08:00'],
      ['b', 1000, '2026-12-20T12:00:00+08:00'],
    ]);
    expect(plan.winner).toMatchObject({
      part: 'winner',
      recipients: { expected: 8000 },
      at: '2026-12-23T12:00:00+08:00',
    });
    expect(plan.winner.share).toBeCloseTo(0.8);
    expect(plan.baselineRate).toBe(0.05);
    expect(plan.minimumDetectableDifference).toBeCloseTo(0.027306, 5);
    // Every recipient once: the test costs what the send would.
    expect(plan.quota.total.expected).toBe(10_000);
  });

  it('must decide within LINE’s 14-day windows: 1 to 335 hours', () => {
    expect(decideAfterHoursRange).toEqual({ min: 1, max: 335 });
    expect(addHours('2026-12-20T12:00:00+08:00', 335)).toBe('2027-01-03T11:00:00+08:00');
    expect(addHours(null, 24)).toBeNull();
    // The same offset it was written in, whatever it is; seconds and milliseconds kept.
    expect(addHours('2026-12-20T23:30:15+05:30', 1)).toBe('2026-12-21T00:30:15+05:30');
    expect(addHours('2026-03-07T20:00:00-05:00', 24)).toBe('2026-03-08T20:00:00-05:00');
    expect(addHours('2026-12-20T12:00:00.250Z', 0.5)).toBe('2026-12-20T12:30:00.250Z');
    expect(addHours('2026-02-30T12:00:00+08:00', 1)).toBeNull();
  });
});

describe('the winner', () => {
  const stats = (delivered: number | null, opens: number | null, clicks: number | null) => ({
    delivered,
    uniqueImpressions: opens,
    uniqueClicks: clicks,
  });

  it('is the variant with the better rate of the test’s metric, not the most events', () => {
    const variants = [stats(1000, 400, 30), stats(500, 250, 10)];
    expect(pickAbTestWinner('open', variants)).toBe(1);
    expect(pickAbTestWinner('click', variants)).toBe(0);
    expect(variantRate('open', variants[1]!)).toBe(0.5);
  });

  it('counts a variant LINE gives no figure for as 0, and gives a tie to the earlier variant', () => {
    expect(variantRate('click', stats(100, 40, null))).toBeNull();
    expect(pickAbTestWinner('click', [stats(100, 40, null), stats(100, 40, 21)])).toBe(1);
    expect(pickAbTestWinner('open', [stats(200, 50, null), stats(100, 25, null)])).toBe(0);
    expect(pickAbTestWinner('open', [stats(null, null, null), stats(0, 0, 0)])).toBe(0);
  });
});
