// What the month forecast takes from a campaign: one PlannedSend per send, the A/B test's variants
// and its winner at decision time, estimates from reach, the narrowcast limits carried.

import { describe, expect, it } from 'vitest';
import { plannedSends, type PlannableCampaign } from '../../../shared/campaigns/sends';
import { draft, friends, now, userId } from './fixtures';

const campaign = (overrides: Partial<PlannableCampaign> = {}): PlannableCampaign => ({
  ...draft(),
  id: 7,
  status: 'ready',
  ...overrides,
});
const context = { friends: friends(), recipientCount: null, now, timeZone: 'Asia/Taipei' };

describe('planned sends', () => {
  it('plan one send with the reach estimate', () => {
    expect(plannedSends(campaign(), context)).toEqual([
      {
        key: 'xmas',
        campaignId: 7,
        title: 'Christmas sale',
        at: '2026-12-20T12:00:00+08:00',
        kind: 'broadcast',
        estimate: { low: 10_000, expected: 10_000, high: 10_000 },
        exact: false,
        upToRemainingQuota: false,
        forbidPartialDelivery: false,
      },
    ]);
  });

  it('carry upToRemainingQuota and forbidPartialDelivery, and place "next sync" now', () => {
    const [send] = plannedSends(
      campaign({
        sendKind: 'narrowcast',
        at: null,
        limit: { max: 300, upToRemainingQuota: true, forbidPartialDelivery: true },
      }),
      context,
    );
    expect(send).toMatchObject({
      at: '2026-12-01T08:00:00+08:00',
      kind: 'narrowcast',
      estimate: { expected: 300 },
      upToRemainingQuota: true,
      forbidPartialDelivery: true,
    });
  });

  it('count a multicast’s distinct user IDs exactly', () => {
    const [send] = plannedSends(
      campaign({ sendKind: 'multicast', to: [userId(1), userId(2), userId(2)] }),
      context,
    );
    expect(send).toMatchObject({
      kind: 'multicast',
      estimate: { low: 2, expected: 2, high: 2 },
      exact: true,
    });
  });

  it('plan an A/B test as its variants at the send time and the winner at decision time', () => {
    const sends = plannedSends(
      campaign({
        messages: [],
        abTest: {
          variants: [
            { share: 0.1, messages: [{ type: 'text', text: 'A' }] },
            { share: 0.15, messages: [{ type: 'text', text: 'B' }] },
          ],
          metric: 'open',
          decideAfterHours: 24,
        },
      }),
      context,
    );
    expect(sends.map((s) => [s.key, s.kind, s.at, s.estimate.expected])).toEqual([
      ['xmas#a', 'narrowcast', '2026-12-20T12:00:00+08:00', 1000],
      ['xmas#b', 'narrowcast', '2026-12-20T12:00:00+08:00', 1500],
      ['xmas#winner', 'narrowcast', '2026-12-21T12:00:00+08:00', 7500],
    ]);
    expect(sends.reduce((n, s) => n + s.estimate.expected, 0)).toBe(10_000);
  });

  it('plan nothing for a campaign that went out (its messages are in the month’s consumption)', () => {
    expect(plannedSends(campaign({ status: 'sent' }), context)).toEqual([]);
    expect(plannedSends(campaign({ status: 'failed' }), context)).toEqual([]);
    expect(plannedSends(campaign({ status: 'draft' }), context)).toHaveLength(1);
  });
});
