// What counts toward the allowance (the seed's article 7 and LINE's pricing page), and automations as
// one send per local day.

import { describe, expect, it } from 'vitest';
import { automationSends, countedMessages, countsTowardQuota } from '../../../shared/quota/counting';

describe('counting', () => {
  it('counts broadcast, narrowcast, multicast and push one message per recipient, whatever the bubbles', () => {
    for (const kind of ['broadcast', 'narrowcast', 'multicast', 'push'] as const) {
      expect(countsTowardQuota(kind), kind).toBe(true);
      expect(countedMessages(kind, 500, 1), kind).toBe(500);
      expect(countedMessages(kind, 500, 5), kind).toBe(500);
    }
    // LINE's example: a push of 4 message objects to a 5-person group counts 5.
    expect(countedMessages('push', 5, 4)).toBe(5);
  });

  it('counts reply, chat, auto-response, keyword response and the greeting message as free', () => {
    for (const source of ['reply', 'chat', 'autoResponse', 'keywordResponse', 'greeting'] as const) {
      expect(countsTowardQuota(source), source).toBe(false);
      expect(countedMessages(source, 1_000, 3), source).toBe(0);
    }
  });

  it('rounds an estimated recipient count to whole messages, never below 0', () => {
    expect(countedMessages('narrowcast', 123.6)).toBe(124);
    expect(countedMessages('narrowcast', -3)).toBe(0);
  });
});

describe('automationSends', () => {
  it('makes one send per automation per local day, at local noon, keyed by position and date', () => {
    const sends = automationSends(
      [
        { title: 'Order updates', kind: 'push', perDay: 10 },
        { title: 'FAQ', kind: 'reply', perDay: 40 },
      ],
      '2026-02',
      'Asia/Bangkok',
    );
    expect(sends).toHaveLength(56);
    expect(sends[0]).toEqual({
      key: 'auto:1:2026-02-01',
      campaignId: null,
      title: 'Order updates',
      at: '2026-02-01T12:00:00+07:00',
      kind: 'automation',
      estimate: { low: 10, expected: 10, high: 10 },
      exact: false,
      upToRemainingQuota: false,
      forbidPartialDelivery: false,
      divisible: true,
    });
    const faq = sends.filter((s) => s.title === 'FAQ');
    expect(faq[27]).toMatchObject({ key: 'auto:2:2026-02-28', divisible: false });
    expect(faq.every((s) => s.estimate.expected === 0)).toBe(true);
  });
});
