// `oa-planner plan --month` through the real bundled CLI: a hand-computed month of a stored plan
// (the free messages go first, a send that does not fit is refused whole, drafts are listed apart),
// as JSON and as a table, and the mistakes in calling it.

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MonthForecast } from '../../../shared/quota/model';
import { runCliProcess } from '../../helpers/cli';
import { makeTempDir } from '../../helpers/temp-dir';

// Far ahead, so no send is in the past of the real clock the CLI reads.
const file = {
  format: 'oa-planner.campaigns',
  version: 1,
  channel: 'Sandbox',
  timeZone: 'Asia/Taipei',
  plan: { id: 'tw-2023-light', additionalMessageCap: null },
  friends: { followers: 300, blocks: 20, targetReach: 250, asOf: '2099-11-28', demographics: {} },
  consumed: { month: '2099-12', messages: 10 },
  campaigns: [
    {
      key: 'everyone',
      title: 'Everyone',
      status: 'ready',
      send: 'broadcast',
      at: '2099-12-15T12:00',
      messages: [{ type: 'text', text: '年終感謝祭' }],
    },
    {
      key: 'some',
      title: 'Some of them',
      status: 'ready',
      send: 'narrowcast',
      at: '2099-12-10T20:00',
      limit: { max: 150 },
      messages: [{ type: 'text', text: '限量優惠' }],
    },
    {
      key: 'one',
      title: 'One friend',
      status: 'scheduled',
      send: 'push',
      at: '2099-12-20T09:00',
      to: ['U4af4980629d8f9a3e0b7b4a0f3a2e9d1'],
      messages: [{ type: 'text', text: '您的訂單已出貨' }],
    },
    {
      key: 'later',
      title: 'Still a draft',
      send: 'broadcast',
      at: '2099-12-24T12:00',
      messages: [{ type: 'text', text: '聖誕快樂' }],
    },
  ],
};

function dataFolder(): string {
  const dir = makeTempDir();
  const campaigns = path.join(makeTempDir(), 'december.json');
  writeFileSync(campaigns, JSON.stringify(file));
  const imported = runCliProcess(['campaign', 'import', campaigns, '--data-dir', dir]);
  expect(imported.stderr).toBe('');
  expect(imported.status).toBe(0);
  return dir;
}

describe('oa-planner plan', () => {
  it('forecasts the month as LINE counts it: free messages first, a send that does not fit refused whole', () => {
    const dir = dataFolder();
    const run = runCliProcess(['plan', '--month', '2099-12', '--json', '--data-dir', dir]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const forecast = JSON.parse(run.stdout) as MonthForecast;
    expect(forecast).toMatchObject({
      channel: 'Sandbox',
      month: '2099-12',
      timeZone: 'Asia/Taipei',
      plan: {
        id: 'tw-2023-light',
        currency: 'TWD',
        monthlyFee: 0,
        freeMessages: 200,
        additionalMessageCap: null,
      },
      consumedBefore: 10,
    });
    // 200 free, 10 used: the 150 of Dec 10 fit (40 left), the 280 reachable friends of Dec 15 do not
    // (refused whole, as LINE answers 429), the one push of Dec 20 fits (39 left).
    expect(forecast.sends.map((s) => [s.key, s.at.slice(0, 10), s.messages, s.outcome])).toEqual([
      ['some', '2099-12-10', 150, 'free'],
      ['everyone', '2099-12-15', 0, 'refused'],
      ['one', '2099-12-20', 1, 'free'],
    ]);
    // The 10 already used this month count in the totals too.
    expect(forecast.totals).toMatchObject({
      messages: 161,
      free: 161,
      additional: 0,
      refused: 280,
      additionalCost: 0,
    });
    expect(forecast.freeRunsOutOn).toBeNull();
    expect(forecast.drafts.map((d) => d.key)).toEqual(['later']);
    expect(forecast.fixes.length).toBeGreaterThan(0);
  });

  it('prints the same month as a table', () => {
    const dir = dataFolder();
    const run = runCliProcess(['plan', '--month', '2099-12', '--data-dir', dir]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/2099-12-15 12:00\s+everyone\s+broadcast\s+0\s+–\s+refused \(needed 280\)/);
    expect(run.stdout).toContain('Drafts, not counted: 1');
  });

  it('says what is wrong with the call', () => {
    const dir = makeTempDir();
    expect(runCliProcess(['plan', '--data-dir', dir])).toMatchObject({ status: 2 });
    const bad = runCliProcess(['plan', '--month', '2099-13', '--data-dir', dir]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('YYYY-MM');
    const unknown = runCliProcess(['plan', '--month', '2099-12', '--channel', 'Nope', '--data-dir', dir]);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('Nope');
  });
});
