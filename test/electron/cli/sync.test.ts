// `oa-planner sync` through the real bundled CLI, against the data folder's own LINE sandbox: without
// --yes it lists what would be sent and sends nothing (exit 2); with --yes it queues the campaigns
// planned for the next sync, sends them (exit 0), and a send that does not fit the quota is refused
// with the reason (exit 1). A second run finds nothing left to send.

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addLineChannel, runCliProcess, runCliProcessAsync } from '../../helpers/cli';
import { startTestLineSandbox } from '../../helpers/line-sandbox';
import { makeTempDir } from '../../helpers/temp-dir';
import { listedCampaigns, readyBroadcast, sandboxDataFolder } from './sync-fixtures';

describe('oa-planner sync', () => {
  it('lists without --yes, sends with it, and has nothing left the second time', () => {
    const dir = sandboxDataFolder([readyBroadcast('winter-sale', 'Winter sale')]);

    const dry = runCliProcess(['sync', '--channel', 'Sandbox', '--data-dir', dir]);
    expect(dry.status).toBe(2);
    expect(dry.stdout).toContain('winter-sale — to be queued (at the next sync)');
    expect(dry.stderr).toContain('Nothing was sent');
    expect(listedCampaigns(dir)[0]).toMatchObject({
      status: 'ready',
      sync: { state: 'not-queued', requests: 0, accepted: 0, requestIds: [], error: null },
    });

    const sent = runCliProcess(['sync', '--yes', '--channel', 'Sandbox', '--data-dir', dir]);
    expect(sent.stderr).toBe('');
    expect(sent.status).toBe(0);
    expect(sent.stdout).toMatch(/^winter-sale — broadcast, 5000 messages — done, request ID [0-9a-f-]{36}$/m);
    const [after] = listedCampaigns(dir);
    expect(after?.status).toBe('sent');
    expect(after?.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(sent.stdout).toContain(after?.requestId ?? 'missing');
    expect(Date.parse(after?.sentAt ?? '')).not.toBeNaN();
    expect(after?.sync).toEqual({
      state: 'done',
      requests: 1,
      accepted: 1,
      requestIds: [after?.requestId],
      error: null,
      lineMessage: null,
    });
    const table = runCliProcess(['campaign', 'list', '--data-dir', dir]);
    expect(table.stdout.split('\n')[1]).toMatch(/^key +status +time +kind +reach +sync +problems$/);
    expect(table.stdout.split('\n')[2]).toMatch(/^winter-sale +sent +next sync +broadcast +~?\d+ +done +ok$/);

    const again = runCliProcess(['sync', '--yes', '--data-dir', dir]);
    expect(again.status).toBe(0);
    expect(again.stdout.trim()).toBe('Nothing to send.');
  });

  it('exits 1 naming the reason when a send does not fit the month’s quota', () => {
    // The sandbox allows 6,000 messages a month; the second broadcast would need 5,000 more (its planned reach).
    const dir = sandboxDataFolder([readyBroadcast('first', 'One'), readyBroadcast('second', 'Two')]);
    const run = runCliProcess(['sync', '--yes', '--json', '--data-dir', dir]);
    expect(run.status).toBe(1);
    const { entries } = JSON.parse(run.stdout) as {
      entries: { campaign: string; state: string; error: { key: string } | null }[];
    };
    expect(entries.map((e) => [e.campaign, e.state, e.error?.key ?? null])).toEqual([
      ['first', 'done', null],
      ['second', 'failed', 'errors.sync.quotaExceeded'],
    ]);
    expect(listedCampaigns(dir).map((c) => [c.key, c.status, c.sync.state, c.sync.accepted])).toEqual([
      ['first', 'sent', 'done', 1],
      ['second', 'failed', 'failed', 0],
    ]);
    expect(listedCampaigns(dir)[1]?.sync.error).toMatch(
      /^This send needs 5000 messages, but only \d+ are left this month/,
    );
  });

  it('sends through a LINE channel added with oa-planner channel: its own origin and its stored token', async () => {
    const token = 'cli-sync-shop-token-7a5c3e1f9b8d6a4c2e0f1b3d5a7c9e8f';
    const sandbox = await startTestLineSandbox({ token });
    const dir = makeTempDir();
    const { env, run: added } = await addLineChannel({
      dataDirectory: dir,
      name: 'Shop',
      token,
      apiUrl: sandbox.origin,
    });
    expect(added.stderr).toBe('');
    const file = path.join(dir, 'campaigns.json');
    writeFileSync(
      file,
      JSON.stringify({
        format: 'oa-planner.campaigns',
        version: 1,
        channel: 'Shop',
        timeZone: 'Asia/Tokyo',
        friends: { followers: 20, blocks: 0, targetReach: 20, asOf: '2026-11-28', demographics: {} },
        campaigns: [readyBroadcast('shop-news', 'お知らせ')],
      }),
    );
    expect(runCliProcess(['campaign', 'import', file, '--data-dir', dir]).status).toBe(0);

    const sent = await runCliProcessAsync(['sync', '--yes', '--channel', 'Shop', '--data-dir', dir], env);
    expect(sent.stderr).toBe('');
    expect(sent.status).toBe(0);
    expect(sent.stdout).toMatch(/^shop-news — broadcast, 20 messages — done, request ID [0-9a-f-]{36}$/m);
    expect(sandbox.log.count('broadcast')).toBe(1);
    expect(sent.stdout).not.toContain(token);
  });
});
