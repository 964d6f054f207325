// A/B tests as OA Manager ran them: 2–4 variants, each to its share of the target, the rest getting
// the variant with the better open or click rate after a chosen wait. The statistics behind the
// choice are LINE's (updated for 14 days) and the winner excludes the variants' recipients through
// redelivery (a narrowcast accepted less than 14 days earlier), so the wait stays inside both windows.
// Also the numbers the planner shows: recipients per variant, the smallest difference the test can
// detect, and the quota it costs.

import { defaultClickRate, defaultOpenRate } from '../audiences/retargeting';
import { broadcastRules, insightLimits, narrowcastLimits } from '../line/limits';
import { parseInstant } from '../quota/time';
import type { AbTest, AbTestMetric } from './model';
import type { Range, ReachEstimate } from './reach';

export const abTestVariantsRange = {
  min: broadcastRules.abTestVariantsMin,
  max: broadcastRules.abTestVariantsMax,
} as const;
export const abTestMinTargetFriends = broadcastRules.abTestMinTargetFriends;

const hourMs = 3600_000;
/**
 * The winner must be decided (and sent) while the variants' statistics still update and while they
 * can still be excluded by redelivery: strictly less than 14 days, so at most 335 whole hours.
 */
export const decideAfterHoursRange = {
  min: 1,
  max: Math.min(insightLimits.statisticsWindowMs, narrowcastLimits.redeliveryMaxAgeMs) / hourMs - 1,
} as const;

/** What the minimum detectable difference starts from when no earlier send's rate is known. */
export const defaultBaselineRates: Readonly<Record<AbTestMetric, number>> = {
  open: defaultOpenRate,
  click: defaultClickRate,
};

/** Φ⁻¹(0.975): a two-sided test at 95 % confidence. */
export const zConfidence95 = 1.959963984540054;
/** Φ⁻¹(0.80): 80 % power. */
export const zPower80 = 0.8416212335729143;

/**
 * The smallest difference in rate (absolute, 0–1) a two-proportion z test detects between variants
 * of nA and nB recipients, at 95 % confidence (two-sided) and 80 % power, when the rate is about
 * `baseline` in both:
 *
 *   δ = (z₁₋α/₂ + z₁₋β) · √( p (1 − p) (1/nA + 1/nB) )
 *
 * the normal-approximation sample-size formula for comparing two proportions solved for δ with
 * p₁ ≈ p₂ ≈ p (S.-C. Chow, J. Shao, H. Wang, "Sample Size Calculations in Clinical Research",
 * 2nd ed., Chapman & Hall/CRC 2008, §4.2 "Two-Sample Parallel Design";
 * https://en.wikipedia.org/wiki/Sample_size_determination#Proportions). Null when a variant is empty.
 */
export function minimumDetectableDifference(nA: number, nB: number, baseline: number): number | null {
  if (nA <= 0 || nB <= 0) return null;
  const p = Math.min(1, Math.max(0, baseline));
  return (zConfidence95 + zPower80) * Math.sqrt(p * (1 - p) * (1 / nA + 1 / nB));
}

/** Recipients each variant needs to detect `difference` at `baseline` (the same formula solved for n). */
export function sampleSizePerVariant(baseline: number, difference: number): number {
  const p = Math.min(1, Math.max(0, baseline));
  if (difference <= 0) return Number.POSITIVE_INFINITY;
  return Math.ceil(((zConfidence95 + zPower80) ** 2 * 2 * p * (1 - p)) / difference ** 2);
}

export const variantLetter = (index: number): string => String.fromCharCode(97 + index);

export interface AbTestPart {
  /** `a`, `b`… for the variants, `winner` for the rest. */
  readonly part: string;
  readonly share: number;
  readonly recipients: Range;
  /** ISO instant with offset, or null (at the next sync) for variants sent then. */
  readonly at: string | null;
}

export interface AbTestPlan {
  readonly variants: readonly AbTestPart[];
  readonly winner: AbTestPart;
  readonly metric: AbTestMetric;
  readonly baselineRate: number;
  /** Of the two smallest variants (the hardest pair to tell apart); null when one is empty. */
  readonly minimumDetectableDifference: number | null;
  /** Messages counted: every recipient once, variants and winner together. */
  readonly quota: { readonly variants: Range; readonly winner: Range; readonly total: Range };
}

/** `at` plus `hours`, in the same offset (a fixed offset: no zone rules apply); null stays null. */
export function addHours(at: string | null, hours: number): string | null {
  if (at === null) return null;
  const ms = parseInstant(at);
  const offset = /(Z|[+-]\d{2}:?\d{2})$/.exec(at)?.[1];
  if (Number.isNaN(ms) || offset === undefined) return null;
  const minutes =
    offset === 'Z'
      ? 0
      : (offset.startsWith('-') ? -1 : 1) *
        (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(offset.length - 2)));
  // The wall clock in that offset, written as if UTC, then the offset put back.
  const local = new Date(ms + hours * 3_600_000 + minutes * 60_000).toISOString();
  const wall = local.endsWith('.000Z') ? local.slice(0, 19) : local.slice(0, 23);
  return `${wall}${offset === 'Z' ? 'Z' : `${offset.slice(0, 3)}:${offset.slice(offset.length - 2)}`}`;
}

const splitRange = (total: Range, share: number): Range => ({
  low: Math.round(total.low * share),
  expected: Math.round(total.expected * share),
  high: Math.round(total.high * share),
});

/** How the target splits: each variant its share (rounded), the winner everyone else. */
export function planAbTest(
  abTest: AbTest,
  target: ReachEstimate,
  at: string | null,
  baselineRate: number = defaultBaselineRates[abTest.metric],
): AbTestPlan {
  const variants = abTest.variants.map((variant, i) => ({
    part: variantLetter(i),
    share: variant.share,
    recipients: splitRange(target, variant.share),
    at,
  }));
  const tested = variants.reduce(
    (s, v) => ({
      low: s.low + v.recipients.low,
      expected: s.expected + v.recipients.expected,
      high: s.high + v.recipients.high,
    }),
    { low: 0, expected: 0, high: 0 },
  );
  const rest = {
    low: Math.max(0, target.low - tested.low),
    expected: Math.max(0, target.expected - tested.expected),
    high: Math.max(0, target.high - tested.high),
  };
  const shares = abTest.variants.reduce((s, v) => s + v.share, 0);
  const smallest = variants.map((v) => v.recipients.expected).sort((a, b) => a - b);
  return {
    variants,
    winner: {
      part: 'winner',
      share: Math.max(0, 1 - shares),
      recipients: rest,
      at: addHours(at, abTest.decideAfterHours),
    },
    metric: abTest.metric,
    baselineRate,
    minimumDetectableDifference: minimumDetectableDifference(
      smallest[0] ?? 0,
      smallest[1] ?? 0,
      baselineRate,
    ),
    quota: {
      variants: tested,
      winner: rest,
      total: {
        low: tested.low + rest.low,
        expected: tested.expected + rest.expected,
        high: tested.high + rest.high,
      },
    },
  };
}

/** A variant's statistics as LINE's getMessageEvent gives them (null below LINE's privacy threshold). */
export interface VariantStatistics {
  readonly delivered: number | null;
  readonly uniqueImpressions: number | null;
  readonly uniqueClicks: number | null;
}

/** A variant's open or click rate, or null when LINE gives no figure for it. */
export function variantRate(metric: AbTestMetric, stats: VariantStatistics): number | null {
  const events = metric === 'open' ? stats.uniqueImpressions : stats.uniqueClicks;
  if (events === null || stats.delivered === null || stats.delivered <= 0) return null;
  return events / stats.delivered;
}

/**
 * The winner: the variant with the best rate of the test's metric. A variant LINE gives no figure
 * for counts as 0; a tie goes to the earlier variant, so the same figures always pick the same one.
 */
export function pickAbTestWinner(metric: AbTestMetric, variants: readonly VariantStatistics[]): number {
  let best = 0;
  let bestRate = -1;
  variants.forEach((stats, i) => {
    const rate = variantRate(metric, stats) ?? 0;
    if (rate > bestRate) {
      best = i;
      bestRate = rate;
    }
  });
  return best;
}

/** The outbox entry of an A/B test's winner, written when the campaign is queued. */
export interface AbTestWinnerPayload {
  /** The variants are the campaign's parts 0 … variants − 1. */
  readonly variants: number;
  readonly metric: AbTestMetric;
  readonly decideAfterHours: number;
}
