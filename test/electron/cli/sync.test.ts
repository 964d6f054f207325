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

const campaign = (key: string, text: string) => ({
  key,
  title: key,
  status: 'ready',
  send: 'broadcast',
  at: null,
  messages: [{ type: 'text', text }],
});

function dataFolder(campaigns: readonly unknown[]): string {
  const dir = makeTempDir();
  const file = path.join(dir, 'campaigns.json');
  writeFileSync(
    file,
    JSON.stringify({
      format: 'oa-planner.campaigns',
      version: 1,
      channel: 'Sandbox',
      timeZone: 'Asia/Taipei',
      friends: { followers: 5000, blocks: 0, targetReach: 4000, asOf: '2026-11-28', demographics: {} },
      campaigns,
    }),
  );
  const imported = runCliProcess(['campaign', 'import', file, '--data-dir', dir]);
  expect(imported.stderr).toBe('');
  expect(imported.status).toBe(0);
  return dir;
}

interface ListedCampaign {
  readonly key: string;
  readonly status: string;
  readonly requestId: string | null;
  readonly sentAt: string | null;
  readonly sync: {
    readonly state: string;
    readonly requests: number;
    readonly accepted: number;
    readonly requestIds: readonly string[];
    readonly error: string | null;
    readonly lineMessage: string | null;
  };
}

const listed = (dir: string): ListedCampaign[] => {
  const run = runCliProcess(['campaign', 'list', '--json', '--data-dir', dir]);
  expect(run.status).toBe(0);
  return (JSON.parse(run.stdout) as { campaigns: ListedCampaign[] }).campaigns;
};

describe('oa-planner sync', () => {
  it('lists without --yes, sends with it, and has nothing left the second time', () => {
    const dir = dataFolder([campaign('winter-sale', 'Winter sale')]);

    const dry = runCliProcess(['sync', '--channel', 'Sandbox', '--data-dir', dir]);
    expect(dry.status).toBe(2);
    expect(dry.stdout).toContain('winter-sale — to be queued (at the next sync)');
    expect(dry.stderr).toContain('Nothing was sent');
    expect(listed(dir)[0]).toMatchObject({
      status: 'ready',
      sync: { state: 'not-queued', requests: 0, accepted: 0, requestIds: [], error: null },
    });

    const sent = runCliProcess(['sync', '--yes', '--channel', 'Sandbox', '--data-dir', dir]);
    expect(sent.stderr).toBe('');
    expect(sent.status).toBe(0);
    expect(sent.stdout).toMatch(/^winter-sale — broadcast, 5000 messages — done, request ID [0-9a-f-]{36}$/m);
    const [after] = listed(dir);
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
    const dir = dataFolder([campaign('first', 'One'), campaign('second', 'Two')]);
    const run = runCliProcess(['sync', '--yes', '--json', '--data-dir', dir]);
    expect(run.status).toBe(1);
    const { entries } = JSON.parse(run.stdout) as {
      entries: { campaign: string; state: string; error: { key: string } | null }[];
    };
    expect(entries.map((e) => [e.campaign, e.state, e.error?.key ?? null])).toEqual([
      ['first', 'done', null],
      ['second', 'failed', 'errors.sync.quotaExceeded'],
    ]);
    expect(listed(dir).map((c) => [c.key, c.status, c.sync.state, c.sync.accepted])).toEqual([
      ['first', 'sent', 'done', 1],
      ['second', 'failed', 'failed', 0],
    ]);
    expect(listed(dir)[1]?.sync.error).toMatch(
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
        campaigns: [campaign('shop-news', 'お知らせ')],
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
