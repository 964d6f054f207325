// What the `oa-planner sync` tests share: a data folder whose Sandbox channel holds campaigns
// imported from a campaign file, and the campaigns as `campaign list --json` shows them.

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { runCliProcess } from '../../helpers/cli';
import { makeTempDir } from '../../helpers/temp-dir';

/** A ready broadcast "at the next sync", as a campaign file writes it. */
export const readyBroadcast = (key: string, text: string) => ({
  key,
  title: key,
  status: 'ready',
  send: 'broadcast',
  at: null,
  messages: [{ type: 'text', text }],
});

/** A new data folder with these campaigns imported into its Sandbox channel (5,000 followers). */
export function sandboxDataFolder(campaigns: readonly unknown[]): string {
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

export interface ListedCampaign {
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

/** The data folder's campaigns as `oa-planner campaign list --json` lists them. */
export function listedCampaigns(dir: string): ListedCampaign[] {
  const run = runCliProcess(['campaign', 'list', '--json', '--data-dir', dir]);
  expect(run.status).toBe(0);
  return (JSON.parse(run.stdout) as { campaigns: ListedCampaign[] }).campaigns;
}
