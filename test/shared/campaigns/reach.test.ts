// Reach estimates exactly as the issue states them: followers − blocks, target reach × the share of
// each selected dimension, audience counts, limit.max, distinct user IDs; always labelled approximate
// with the data's date.

import { describe, expect, it } from 'vitest';
import { estimateReach, filterShare, reachText } from '../../../shared/campaigns/reach';
import { englishText } from '../../../shared/i18n/text';
import { draft, friends, userId } from './fixtures';

const stats = friends();
const narrowcast = (overrides: Parameters<typeof draft>[0] = {}) =>
  draft({ sendKind: 'narrowcast', ...overrides });

describe('reach estimates', () => {
  it('reach followers − blocks with a broadcast and an unfiltered narrowcast, approximate with the date', () => {
    const broadcast = estimateReach(draft(), { friends: stats, recipientCount: null });
    expect(broadcast).toMatchObject({
      low: 10_000,
      expected: 10_000,
      high: 10_000,
      exact: false,
      known: true,
      approximate: true,
      asOf: '2026-11-28',
      basis: 'reachable',
    });
    expect(estimateReach(narrowcast(), { friends: stats, recipientCount: null }).expected).toBe(10_000);
    expect(englishText(reachText(broadcast))).toBe(
      'About 10000 friends (approximate, based on data up to 3 days old, as of 2026-11-28)',
    );
  });

  it('reach target reach × the share of each selected dimension, multiplied across dimensions', () => {
    const female = narrowcast({ filter: { demographic: { type: 'gender', oneOf: ['female'] } } });
    expect(estimateReach(female, { friends: stats, recipientCount: null })).toMatchObject({
      expected: 4950, // 9,000 × 0.55
      basis: 'targetReach',
      approximate: true,
    });
    const femaleIosTaipei = narrowcast({
      filter: {
        demographic: {
          type: 'operator',
          and: [
            { type: 'gender', oneOf: ['female'] },
            { type: 'appType', oneOf: ['ios'] },
            { type: 'area', oneOf: ['tw_01', 'tw_02'] },
          ],
        },
      },
    });
    // 9,000 × 0.55 × 0.6 × (0.3 + 0.2) = 1,485
    expect(estimateReach(femaleIosTaipei, { friends: stats, recipientCount: null }).expected).toBe(1485);
  });

  it('add up the age and friendship buckets inside a range', () => {
    const demographics = stats.demographics;
    // age_20, age_25, age_30 → 0.2 + 0.2 + 0.2
    expect(filterShare({ type: 'age', gte: 'age_20', lt: 'age_35' }, demographics).expected).toBeCloseTo(0.6);
    expect(filterShare({ type: 'age', lt: 'age_20' }, demographics).expected).toBeCloseTo(0.1);
    expect(filterShare({ type: 'subscriptionPeriod', gte: 'day_180' }, demographics).expected).toBeCloseTo(
      0.5,
    );
    expect(
      filterShare({ type: 'operator', not: { type: 'gender', oneOf: ['male'] } }, demographics).expected,
    ).toBeCloseTo(0.6);
    // OR of independent dimensions: 1 − (1 − 0.4)(1 − 0.6)
    expect(
      filterShare(
        {
          type: 'operator',
          or: [
            { type: 'gender', oneOf: ['male'] },
            { type: 'appType', oneOf: ['ios'] },
          ],
        },
        demographics,
      ).expected,
    ).toBeCloseTo(0.76);
  });

  it('count a dimension without shares as everyone, and say so', () => {
    const noAreas = friends({ demographics: { genders: { male: 0.5, female: 0.5 } } });
    const reach = estimateReach(narrowcast({ filter: { demographic: { type: 'area', oneOf: ['tw_01'] } } }), {
      friends: noAreas,
      recipientCount: null,
    });
    expect(reach).toMatchObject({ low: 0, expected: 9000, high: 9000, unknownShares: ['area'] });
  });

  it('reach an audience expression’s count: exact where members are known, a range otherwise', () => {
    const recipient = { type: 'audience' as const, audienceId: 1 };
    expect(
      estimateReach(narrowcast({ recipient }), {
        friends: stats,
        recipientCount: { kind: 'exact', count: 1234 },
      }),
    ).toMatchObject({
      low: 1234,
      expected: 1234,
      high: 1234,
      exact: true,
      approximate: false,
      basis: 'audiences',
    });
    expect(
      estimateReach(narrowcast({ recipient }), {
        friends: stats,
        recipientCount: { kind: 'estimate', low: 100, expected: 300, high: 450 },
      }),
    ).toMatchObject({ low: 100, expected: 300, high: 450, exact: false, approximate: true });
    // An audience and a filter: the audience × the filter's share.
    expect(
      estimateReach(
        narrowcast({ recipient, filter: { demographic: { type: 'gender', oneOf: ['female'] } } }),
        { friends: stats, recipientCount: { kind: 'exact', count: 1000 } },
      ),
    ).toMatchObject({ expected: 550, exact: false });
    expect(estimateReach(narrowcast({ recipient }), { friends: stats, recipientCount: null })).toMatchObject({
      known: false,
    });
  });

  it('are capped by limit.max', () => {
    const capped = estimateReach(narrowcast({ limit: { max: 500 } }), {
      friends: stats,
      recipientCount: null,
    });
    expect(capped).toMatchObject({ low: 500, expected: 500, high: 500, cappedByLimit: true });
    expect(
      estimateReach(narrowcast({ limit: { max: 20_000 } }), { friends: stats, recipientCount: null }),
    ).toMatchObject({ expected: 10_000, cappedByLimit: false });
  });

  it('reach the distinct user IDs of a multicast or push, exactly', () => {
    const multicast = draft({ sendKind: 'multicast', to: [userId(1), userId(2), userId(1)] });
    expect(estimateReach(multicast, { friends: null, recipientCount: null })).toMatchObject({
      low: 2,
      expected: 2,
      high: 2,
      exact: true,
      approximate: false,
      basis: 'userIds',
    });
    const push = draft({ sendKind: 'push', to: [userId(3)] });
    expect(englishText(reachText(estimateReach(push, { friends: null, recipientCount: null })))).toBe(
      '1 recipients (exact)',
    );
  });

  it('are unknown without friend statistics', () => {
    const reach = estimateReach(draft(), { friends: null, recipientCount: null });
    expect(reach).toMatchObject({ known: false, asOf: null });
    expect(englishText(reachText(reach))).toMatch(/^Reach unknown/);
  });
});
