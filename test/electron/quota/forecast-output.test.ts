// The month forecast as the `plan` command will print it: the table people read and the JSON
// scripts read, from a month computed by forecastMonth.

import { describe, expect, it } from 'vitest';
import { forecastJson, forecastTable } from '../../../electron/quota/forecast-output';
import { forecastMonth } from '../../../shared/quota/forecast';
import type { PlannedSend } from '../../../shared/quota/model';
import { builtinPlans } from '../../../shared/quota/plans';

const send = (key: string, at: string, expected: number, patch: Partial<PlannedSend> = {}): PlannedSend => ({
  key,
  campaignId: null,
  title: key,
  at,
  kind: 'broadcast',
  estimate: { low: expected, expected, high: expected },
  exact: false,
  upToRemainingQuota: false,
  forbidPartialDelivery: false,
  ...patch,
});

const month = forecastMonth({
  channel: 'Sandbox',
  month: '2026-12',
  planning: {
    timeZone: 'Asia/Taipei',
    planId: 'tw-2023-high',
    additionalMessageCap: 2_000,
    consumed: { month: '2026-12', messages: 500 },
    automations: [{ title: 'Order updates', kind: 'push', perDay: 10 }],
  },
  plans: builtinPlans,
  sends: [
    send('xmas', '2026-12-20T12:00:00+08:00', 6_000),
    send('vip', '2026-12-18T20:00:00+08:00', 500, {
      kind: 'narrowcast',
      estimate: { low: 400, expected: 500, high: 650 },
      upToRemainingQuota: true,
    }),
    send('boxing-day', '2026-12-26T09:30:00+08:00', 2_000),
    send('new-year', '2026-12-31T23:30:00+08:00', 300, { draft: true }),
  ],
});

describe('forecastTable', () => {
  const lines = forecastTable(month);

  it('heads the month with the channel, zone, plan and messages already used', () => {
    expect(lines.slice(0, 3)).toEqual([
      'Sandbox · 2026-12 (Asia/Taipei)',
      'Plan tw-2023-high 高用量: NT$1,200 a month, 6,000 free messages, additional-message cap 2,000',
      'Already used this month: 500 messages',
    ]);
  });

  it('lists each send in local time with its count, range and outcome, and automations one line each', () => {
    const table = lines.slice(4, 9);
    expect(table[0]).toMatch(/^when\s+send\s+kind\s+messages\s+range\s+outcome$/);
    expect(table[1]).toMatch(/^2026-12-18 20:00\s+vip\s+narrowcast\s+500\s+400–650\s+free$/);
    expect(table[2]).toMatch(/^2026-12-20 12:00\s+xmas\s+broadcast\s+6,000\s+–\s+mixed, NT\$240$/);
    expect(table[3]).toMatch(
      /^2026-12-26 09:30\s+boxing-day\s+broadcast\s+0\s+–\s+refused \(needed 2,000\)$/,
    );
    expect(table[4]).toMatch(/^every day\s+Order updates\s+automation\s+310\s+sent$/);
  });

  it('says when the high end of a send’s range would not fit, and when a send was cut', () => {
    const tight = forecastMonth({
      channel: 'Shop',
      month: '2026-12',
      planning: {
        timeZone: 'Asia/Taipei',
        planId: 'tw-2023-medium',
        additionalMessageCap: null,
        consumed: null,
        automations: [],
      },
      plans: builtinPlans,
      sends: [
        send('guess', '2026-12-02T12:00:00+08:00', 2_500, {
          estimate: { low: 2_000, expected: 2_500, high: 3_200 },
        }),
        send('rest', '2026-12-03T12:00:00+08:00', 900, { kind: 'narrowcast', upToRemainingQuota: true }),
      ],
    });
    const table = forecastTable(tight);
    expect(table).toContainEqual(
      expect.stringMatching(/guess .* 2,000–3,200 {2}free \(high end would not fit\)$/),
    );
    expect(table).toContainEqual(expect.stringMatching(/rest .* 500 .* free \(cut to what was left\)$/));
    expect(table[1]).toBe(
      'Plan tw-2023-medium 中用量: NT$800 a month, 3,000 free messages, no additional messages',
    );
  });

  it('lists drafts apart, then the totals, their range, the run-out days, the fixes and the notes', () => {
    const rest = lines.slice(lines.indexOf('') + 1).join('\n');
    expect(rest).toContain('Drafts, not counted: 1\n  2026-12-31 23:30  new-year  broadcast  ~300');
    // 500 + 190 (pushes to the 19th) + 500 + 6,000 = 7,190, then 120 pushes: 7,310; 2,000 refused.
    expect(rest).toContain('Total: 7,310 messages: 6,000 free, 1,310 additional (NT$262); 2,000 refused');
    expect(rest).toContain(
      'At the low end: 7,210 messages, NT$242 additional, 2,000 refused; at the high end: 7,460 messages, NT$292 additional, 2,000 refused',
    );
    expect(rest).toContain('Free messages run out: 2026-12-20; cap reached: not this month');
    expect(rest).toContain(
      '  - move “boxing-day” to next month: nothing refused, 7,310 messages, NT$262 additional',
    );
    expect(rest).toContain(
      '  - raise the additional-message cap to 3,310: nothing refused, 9,310 messages, NT$662 additional',
    );
    expect(rest).toContain(
      'Note: Some figures of tw-2023-high are not confirmed: check them (oa-planner plans).',
    );
  });
});

describe('forecastJson', () => {
  it('prints the MonthForecast with the fields the issue lists', () => {
    const parsed = JSON.parse(forecastJson(month)) as Record<string, unknown>;
    expect(parsed).toEqual(JSON.parse(JSON.stringify(month)));
    for (const field of [
      'channel',
      'month',
      'timeZone',
      'plan',
      'consumedBefore',
      'sends',
      'totals',
      'freeRunsOutOn',
      'capReachedOn',
      'fixes',
    ]) {
      expect(parsed, field).toHaveProperty(field);
    }
    expect(Object.keys(parsed.plan as object)).toEqual([
      'id',
      'name',
      'currency',
      'monthlyFee',
      'freeMessages',
      'additionalMessageCap',
    ]);
    const [first] = parsed.sends as Record<string, unknown>[];
    for (const field of ['key', 'title', 'at', 'kind', 'messages', 'estimate', 'exact', 'outcome']) {
      expect(first, field).toHaveProperty(field);
    }
    expect(Object.keys(parsed.totals as object)).toEqual(
      expect.arrayContaining(['messages', 'free', 'additional', 'refused', 'additionalCost']),
    );
  });
});
