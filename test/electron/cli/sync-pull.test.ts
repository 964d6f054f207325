// `oa-planner sync --pull-only` through the real bundled CLI: against the data folder's own sandbox it
// pulls the quota, consumption and friends, says what changed and when each kind may be pulled
// next, and a second run finds nothing changed; against a LINE channel whose host cannot be reached
// it says "offline", exits 1 and leaves the data folder as it was.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PullReport } from '../../../shared/sync/pull';
import { addLineChannel, runCliProcess } from '../../helpers/cli';
import { startSharedLineSandbox } from '../../helpers/line-sandbox';
import { makeTempDir } from '../../helpers/temp-dir';

describe('oa-planner sync --pull-only', () => {
  it('pulls and prints what changed, then finds nothing new', () => {
    const dir = makeTempDir();
    const first = runCliProcess(['sync', '--pull-only', '--json', '--data-dir', dir]);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    const report = JSON.parse(first.stdout) as PullReport;
    expect(report.quota?.type).toMatch(/^(limited|none)$/);
    expect(report.consumption?.messages).toBe(0);
    expect(report.friends?.followers).toBeGreaterThan(0);
    expect(report.audiences).toEqual({ added: 0, updated: 0, removed: 0 });
    expect(report.changed).toEqual(expect.arrayContaining(['quota', 'consumption', 'followers']));
    expect(report.nextAllowed.insight).toBe(report.pulledAt);

    const second = runCliProcess(['sync', '--pull-only', '--channel', 'Sandbox', '--data-dir', dir]);
    expect(second.status).toBe(0);
    expect(second.stdout).toMatch(/^Quota: /m);
    expect(second.stdout).toMatch(
      /^Friends on \d{4}-\d{2}-\d{2}: [\d,]+ followers, [\d,]+ target reach, [\d,]+ blocks$/m,
    );
    expect(second.stdout).toContain('Nothing changed.');
    expect(second.stdout).toContain('Next insight pull allowed: now');
  });

  it('says offline, exits 1 and changes nothing when LINE cannot be reached', async () => {
    const token = 'cli-pull-offline-token-3c5e7a9b1d2f4a6c8e0b2d4f6a8c0e1f';
    const sandbox = await startSharedLineSandbox({ token });
    const dir = makeTempDir();
    const { env, run: added } = await addLineChannel({
      dataDirectory: dir,
      name: 'Shop',
      token,
      apiUrl: sandbox.origin,
    });
    expect(added.stderr).toBe('');
    await sandbox.close();

    const database = path.join(dir, 'oa-planner.sqlite');
    const before = readFileSync(database);
    const run = runCliProcess(['sync', '--pull-only', '--channel', 'Shop', '--data-dir', dir], env);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/Offline: LINE could not be reached/);
    expect(run.stderr).toContain('Nothing was changed');
    expect(run.stderr).not.toContain(token);
    expect(readFileSync(database).equals(before)).toBe(true);

    const plain = runCliProcess(['sync', '--channel', 'Shop', '--data-dir', dir], env);
    expect(plain.status).toBe(1);
    expect(plain.stderr).toMatch(/Offline/);
  });
});
