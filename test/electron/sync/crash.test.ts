// A worker killed (SIGKILL, in a process of its own) between LINE accepting a send and the outbox
// recording it: the next worker takes the dead one's lease once it expires, sends again under the
// same retry key, and LINE, which answers 409 with the accepted request's ID, delivers once.

import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { getCampaign } from '../../../electron/campaigns/repository';
import { listOutbox, readLease } from '../../../electron/sync/outbox-store';
import { queueCampaignSend } from '../../../electron/sync/queue';
import { projectRoot, testOutputDirectory } from '../../helpers/project';
import { userId } from '../campaigns/fixtures';
import { consumption, syncFixture, type SyncFixture } from './helpers';

const workerBundle = path.join(testOutputDirectory, 'sync', 'crash-worker.mjs');

beforeAll(async () => {
  mkdirSync(path.dirname(workerBundle), { recursive: true });
  await build({
    entryPoints: [path.join(projectRoot, 'test', 'electron', 'sync', 'crash-worker.ts')],
    outfile: workerBundle,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'silent',
  });
});

interface ChildRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the worker process to its end; the sandbox answers it meanwhile (so no spawnSync). */
function runWorker(fixture: SyncFixture, env: Record<string, string>): Promise<ChildRun> {
  const child = spawn(process.execPath, [workerBundle], {
    cwd: projectRoot,
    env: {
      ...process.env,
      OUTBOX_DATA_DIR: fixture.database.dir,
      SANDBOX_ORIGIN: fixture.sandbox.origin,
      SANDBOX_TOKEN: fixture.sandbox.token,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
}

/** Later than any lease the killed worker took (2 minutes). */
const afterLease = () => Date.now() + 5 * 60_000;

describe('a worker killed between “sent” and “recorded”', () => {
  it('never sends a broadcast twice', async () => {
    const fixture = await syncFixture();
    const { sandbox, database, drain, campaign } = fixture;
    const id = campaign({});
    queueCampaignSend(database.db, id);

    const killed = await runWorker(fixture, { CRASH_AT: 'accepted' });
    expect(killed.signal).toBe('SIGKILL');
    expect(killed.stdout).toBe('');
    // LINE has it; the outbox does not know yet, and the dead worker's lease is still there.
    expect(sandbox.log.list('broadcast').map((r) => r.status)).toEqual([200]);
    expect(listOutbox(database.db)[0]).toMatchObject({ state: 'running', attempts: 1, requestId: null });
    expect(readLease(database.db)?.holder).toMatch(/^crash-worker-/);
    expect(await drain({ now: Date.now })).toMatchObject({ leased: false });

    const report = await drain({ now: afterLease });
    expect(report.done).toHaveLength(1);
    const attempts = sandbox.log.list('broadcast');
    expect(attempts.map((r) => r.status)).toEqual([200, 409]);
    expect(new Set(attempts.map((r) => r.retryKey)).size).toBe(1);
    // No second validation or quota check: the first attempt may have been counted.
    expect(sandbox.log.count('validateBroadcast')).toBe(1);
    expect(listOutbox(database.db)[0]).toMatchObject({
      state: 'done',
      acceptedRequestId: attempts[0]?.requestId,
    });
    expect(getCampaign(database.db, id)).toMatchObject({
      status: 'sent',
      delivery: { requestId: attempts[0]?.requestId },
    });
    expect(consumption(sandbox)).toBe(sandbox.channel().friends.targetReach());
  });

  it('never sends a multicast chunk twice, killed at each chunk in turn', async () => {
    for (const crashAfter of [1, 2, 3]) {
      const fixture = await syncFixture();
      const { sandbox, database, drain, campaign } = fixture;
      const friends = sandbox
        .channel()
        .friends.reachable()
        .map((f) => f.userId);
      const to = Array.from({ length: 1200 }, (_, i) => friends[i] ?? userId(i + 1));
      const id = campaign({ sendKind: 'multicast', to }, 1200);
      queueCampaignSend(database.db, id);

      const killed = await runWorker(fixture, { CRASH_AT: 'accepted', CRASH_AFTER: String(crashAfter) });
      expect(killed.signal).toBe('SIGKILL');
      expect(listOutbox(database.db).map((e) => e.state)).toEqual(
        ['done', 'done', 'done'].map((s, i) =>
          i < crashAfter - 1 ? s : i === crashAfter - 1 ? 'running' : 'pending',
        ),
      );
      await drain({ now: afterLease });

      const outbox = listOutbox(database.db);
      expect(outbox.map((e) => e.state)).toEqual(['done', 'done', 'done']);
      const accepted = sandbox.log.list('multicast').filter((r) => r.status === 200);
      expect(accepted.map((r) => r.retryKey)).toEqual(outbox.map((e) => e.retryKey));
      expect(sandbox.log.list('multicast').filter((r) => r.status === 409)).toHaveLength(1);
      expect(getCampaign(database.db, id)?.status).toBe('sent');
      expect(consumption(sandbox)).toBe(new Set(to.filter((u) => friends.includes(u))).size);
      await sandbox.close();
    }
  });

  it('runs to the end in its own process when nothing stops it, and the lease is given back', async () => {
    const fixture = await syncFixture();
    queueCampaignSend(fixture.database.db, fixture.campaign({}));
    const run = await runWorker(fixture, {});
    expect(run).toMatchObject({ code: 0, signal: null, stderr: '' });
    expect(JSON.parse(run.stdout)).toMatchObject({ leased: true, done: [1] });
    expect(readLease(fixture.database.db)).toBeUndefined();
  });
});
