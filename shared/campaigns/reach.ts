// Reach estimates from the channel's friend statistics, as LINE's own are: reachable friends are
// followers − blocks; a broadcast and an unfiltered narrowcast reach them all; a demographic filter
// reaches target reach × the share of each selected dimension (shares multiplied across dimensions);
// an audience expression reaches its count from the audiences feature (exact where members are known,
// a low / expected / high range otherwise); `limit.max` caps it; multicast and push reach their
// distinct user IDs. Everything but a list of user IDs is approximate, from data up to 3 days old.

import type { AudienceCount } from '../audiences/algebra';
import { assertNever } from '../domain/assert';
import type { MessageKey } from '../i18n/catalog';
import type { LocalizedText } from '../i18n/text';
import { ageBuckets, broadcastRules, subscriptionPeriodBuckets } from '../line/limits';
import type { DemographicShares, FriendStatistics } from '../quota/model';
import type { CampaignDraft, DemographicFilter } from './model';
import type { Dimension } from './targeting';

/** What the estimate starts from. */
export type ReachBasis = 'reachable' | 'targetReach' | 'audiences' | 'userIds';

export interface ReachEstimate {
  readonly low: number;
  readonly expected: number;
  readonly high: number;
  /** True for lists of user IDs and audiences whose members are all known. */
  readonly exact: boolean;
  /** False when nothing could be estimated (no friend statistics, or an audience that cannot be counted). */
  readonly known: boolean;
  /** Based on LINE's statistics, up to 3 days old: shown as approximate. */
  readonly approximate: boolean;
  /** The day of the friend statistics used (YYYY-MM-DD). */
  readonly asOf: string | null;
  readonly basis: ReachBasis;
  /** `limit.max` lowered it. */
  readonly cappedByLimit: boolean;
  /** Dimensions of the filter with no shares entered: counted as everyone, flagged. */
  readonly unknownShares: readonly Dimension[];
}

export interface ReachContext {
  readonly friends: FriendStatistics | null;
  /** The recipient expression's count from the audiences feature; null when there is none or it cannot be counted. */
  readonly recipientCount: AudienceCount | null;
}

export interface Range {
  readonly low: number;
  readonly expected: number;
  readonly high: number;
}

export const attributeDataMaxAgeDays = broadcastRules.attributeDataMaxAgeDays;

/** Followers − blocks: who a broadcast reaches. */
export function reachableFriends(friends: FriendStatistics): number {
  return Math.max(0, friends.followers - friends.blocks);
}

const point = (n: number): Range => ({ low: n, expected: n, high: n });
const scale = (r: Range, s: Range): Range => ({
  low: r.low * s.low,
  expected: r.expected * s.expected,
  high: r.high * s.high,
});

function sharesOf(
  dimension: Dimension,
  demographics: FriendStatistics['demographics'],
): DemographicShares | undefined {
  switch (dimension) {
    case 'gender':
      return demographics.genders;
    case 'age':
      return demographics.ages;
    case 'appType':
      return demographics.appTypes;
    case 'area':
      return demographics.areas;
    case 'subscriptionPeriod':
      return demographics.subscriptionPeriods;
    default:
      return assertNever(dimension, 'sharesOf');
  }
}

const sum = (shares: DemographicShares, keys: readonly string[]) =>
  keys.reduce((total, key) => total + (shares[key] ?? 0), 0);

/** Bounds from gte up to (not including) lt: a share keyed by a bound covers friends from it to the next. */
function boundsInRange(bounds: readonly string[], gte: string | undefined, lt: string | undefined): string[] {
  const from = gte === undefined ? 0 : bounds.indexOf(gte);
  const to = lt === undefined ? bounds.length : bounds.indexOf(lt);
  return from < 0 || to < 0 ? [] : bounds.slice(from, to);
}

interface ShareRange extends Range {
  readonly unknown: readonly Dimension[];
}

/** The share (0–1) of friends a filter selects, from the statistics' demographic shares. */
export function filterShare(
  filter: DemographicFilter,
  demographics: FriendStatistics['demographics'],
): ShareRange {
  if (filter.type === 'operator') {
    if ('not' in filter) {
      const inner = filterShare(filter.not, demographics);
      return {
        low: 1 - inner.high,
        expected: 1 - inner.expected,
        high: 1 - inner.low,
        unknown: inner.unknown,
      };
    }
    const parts = ('and' in filter ? filter.and : filter.or).map((f) => filterShare(f, demographics));
    const unknown = [...new Set(parts.flatMap((p) => p.unknown))];
    // Independent dimensions: AND multiplies the shares, OR is one minus the product of the misses.
    const combine =
      'and' in filter
        ? (pick: (r: Range) => number) => parts.reduce((product, p) => product * pick(p), 1)
        : (pick: (r: Range) => number) => 1 - parts.reduce((product, p) => product * (1 - pick(p)), 1);
    return {
      low: combine((r) => r.low),
      expected: combine((r) => r.expected),
      high: combine((r) => r.high),
      unknown,
    };
  }
  const dimension: Dimension = filter.type;
  const shares = sharesOf(dimension, demographics);
  if (!shares || Object.keys(shares).length === 0)
    return { low: 0, expected: 1, high: 1, unknown: [dimension] };
  let share: number;
  switch (filter.type) {
    case 'gender':
    case 'appType':
    case 'area':
      share = sum(shares, filter.oneOf);
      break;
    case 'age':
      share = sum(shares, boundsInRange(ageBuckets, filter.gte, filter.lt));
      break;
    case 'subscriptionPeriod':
      share = sum(shares, boundsInRange(subscriptionPeriodBuckets, filter.gte, filter.lt));
      break;
    default:
      return assertNever(filter, 'filterShare');
  }
  const s = Math.min(1, Math.max(0, share));
  return { low: s, expected: s, high: s, unknown: [] };
}

function fromAudienceCount(count: AudienceCount, ceiling: number | null): Range {
  if (count.kind === 'exact') return point(count.count);
  const high = count.high ?? ceiling ?? count.low;
  const expected = count.expected ?? Math.round((count.low + high) / 2);
  return { low: count.low, expected, high: Math.max(high, count.low) };
}

const round = (r: Range): Range => {
  const low = Math.max(0, Math.round(r.low));
  const high = Math.max(low, Math.round(r.high));
  return { low, expected: Math.min(high, Math.max(low, Math.round(r.expected))), high };
};

const unknownReach = (friends: FriendStatistics | null, basis: ReachBasis): ReachEstimate => {
  const ceiling = friends ? reachableFriends(friends) : 0;
  return {
    low: 0,
    expected: ceiling,
    high: ceiling,
    exact: false,
    known: false,
    approximate: true,
    asOf: friends?.asOf ?? null,
    basis,
    cappedByLimit: false,
    unknownShares: [],
  };
};

/** Who the campaign reaches (before an A/B test splits it). */
export function estimateReach(draft: CampaignDraft, context: ReachContext): ReachEstimate {
  const { friends } = context;
  switch (draft.sendKind) {
    case 'multicast':
    case 'push': {
      const n = new Set(draft.to).size;
      return {
        ...point(n),
        exact: true,
        known: true,
        approximate: false,
        asOf: null,
        basis: 'userIds',
        cappedByLimit: false,
        unknownShares: [],
      };
    }
    case 'broadcast':
      if (!friends) return unknownReach(null, 'reachable');
      return {
        ...point(reachableFriends(friends)),
        exact: false,
        known: true,
        approximate: true,
        asOf: friends.asOf,
        basis: 'reachable',
        cappedByLimit: false,
        unknownShares: [],
      };
    case 'narrowcast':
      return estimateNarrowcast(draft, context);
    default:
      return assertNever(draft.sendKind, 'estimateReach');
  }
}

function estimateNarrowcast(draft: CampaignDraft, { friends, recipientCount }: ReachContext): ReachEstimate {
  const filter = draft.filter?.demographic ?? null;
  let basis: ReachBasis;
  let range: Range;
  let exact = false;
  if (draft.recipient !== null) {
    basis = 'audiences';
    if (recipientCount === null) return unknownReach(friends, basis);
    range = fromAudienceCount(recipientCount, friends ? reachableFriends(friends) : null);
    exact = recipientCount.kind === 'exact' && filter === null;
  } else if (filter !== null) {
    basis = 'targetReach';
    if (!friends) return unknownReach(null, basis);
    range = point(friends.targetReach);
  } else {
    basis = 'reachable';
    if (!friends) return unknownReach(null, basis);
    range = point(reachableFriends(friends));
  }
  let unknownShares: readonly Dimension[] = [];
  if (filter !== null) {
    if (!friends) return unknownReach(null, basis);
    const share = filterShare(filter, friends.demographics);
    unknownShares = share.unknown;
    range = scale(range, share);
  }
  let cappedByLimit = false;
  const max = draft.limit?.max;
  if (max !== undefined) {
    cappedByLimit = range.high > max;
    range = {
      low: Math.min(range.low, max),
      expected: Math.min(range.expected, max),
      high: Math.min(range.high, max),
    };
  }
  return {
    ...round(range),
    exact,
    known: true,
    approximate: !exact,
    asOf: friends?.asOf ?? null,
    basis,
    cappedByLimit,
    unknownShares,
  };
}

/** "About 1,900 friends (approximate, based on data up to 3 days old, as of 2026-11-28)" and its kin. */
export function reachText(reach: ReachEstimate): LocalizedText {
  const range = reach.low === reach.high ? '' : 'Range';
  if (!reach.known) return { key: 'campaigns.reach.unknown' };
  if (reach.exact) return { key: 'campaigns.reach.exact', params: { expected: reach.expected } };
  return {
    key: `campaigns.reach.approximate${range}` as MessageKey,
    params: {
      low: reach.low,
      expected: reach.expected,
      high: reach.high,
      days: attributeDataMaxAgeDays,
      asOf: reach.asOf ?? '—',
    },
  };
}
