// `oa-planner sync --dry-run`, the question on a terminal, and `--watch`: a dry run pulls and shows
// the diff, queues and sends nothing, and exits 0; on a terminal the user's yes sends and a no sends
// nothing (exit 2); --watch (in-process, on a manual clock: no waiting on the wall clock) sends a
// campaign scheduled while it runs when its time comes, once, lists a schedule missed before it
// started without sending it, and stops cleanly when asked; the bundled command stops on SIGINT and
// SIGTERM.

import { spawn } from 'node:child_process';
import { describe, expect, it, onTestFinished } from 'vitest';
import { runCli } from '../../../electron/cli/cli';
import type { CliIo } from '../../../electron/cli/command';
import { openDataDirectory } from '../../../electron/storage/database';
import { runCliProcess } from '../../helpers/cli';
import { cliLauncher } from '../../helpers/project';
import { makeTempDir } from '../../helpers/temp-dir';
import { listedCampaigns, readyBroadcast, sandboxDataFolder } from './sync-fixtures';

/** Outbox entries and messages the data folder's sandbox counted, read straight from the files. */
function sent(dir: string): { entries: number; consumed: number } {
  const pulled = runCliProcess(['sync', '--pull-only', '--json', '--data-dir', dir]);
  expect(pulled.status).toBe(0);
  const database = openDataDirectory(dir);
  try {
    const entries = database.db.prepare('SELECT count(*) FROM outbox').pluck().get() as number;
    const consumed = (JSON.parse(pulled.stdout) as { consumption: { messages: number } }).consumption
      .messages;
    return { entries, consumed };
  } finally {
    database.close();
  }
}

/** An in-process run of the command, its output collected, with `io` additions. */
function inProcess(args: string[], extra: Partial<CliIo> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const waiters: { test: () => boolean; resolve: () => void }[] = [];
  const wake = () => {
    for (const w of [...waiters])
      if (w.test()) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve();
      }
  };
  const done = runCli(args, {
    stdout: (t) => {
      out.push(t);
      wake();
    },
    stderr: (t) => {
      err.push(t);
      wake();
    },
    env: {},
    ...extra,
  });
  return {
    done,
    stdout: () => out.join('\n'),
    stderr: () => err.join('\n'),
    /** Resolves once the output (stdout and stderr) matches: no timer involved. */
    printed(pattern: RegExp): Promise<void> {
      const test = () => pattern.test(`${out.join('\n')}\n${err.join('\n')}`);
      return new Promise((resolve) => {
        if (test()) resolve();
        else waiters.push({ test, resolve });
      });
    },
  };
}

/** A clock the test moves: timers scheduled on it run when the time they wait for is reached. */
function manualClock(start: number) {
  let now = start;
  const due = new Set<{ at: number; run: () => void }>();
  return {
    now: () => now,
    timer: {
      schedule(ms: number, run: () => void) {
        const t = { at: now + ms, run };
        due.add(t);
        return () => due.delete(t);
      },
    },
    advanceTo(at: number) {
      now = at;
      for (const t of [...due].filter((d) => d.at <= now)) {
        due.delete(t);
        t.run();
      }
    },
  };
}

describe('oa-planner sync --dry-run', () => {
  it('pulls and shows the diff with its cost, queues and sends nothing, and exits 0', () => {
    const dir = sandboxDataFolder([readyBroadcast('winter-sale', 'Winter sale')]);
    const dry = runCliProcess(['sync', '--dry-run', '--channel', 'Sandbox', '--data-dir', dir]);
    expect(dry.status).toBe(0);
    expect(dry.stdout).toMatch(
      /^winter-sale — to be queued \(at the next sync\) — broadcast to [\d,]+ recipients, [\d,]+ messages$/m,
    );
    expect(dry.stdout).toMatch(/^Messages: [\d,]+ to send, 6,000 left this month$/m);
    expect(dry.stderr).toContain('Dry run: nothing was sent to LINE or queued.');
    expect(listedCampaigns(dir).map((c) => c.status)).toEqual(['ready']);
    expect(sent(dir)).toEqual({ entries: 0, consumed: 0 });

    const json = runCliProcess(['sync', '--dry-run', '--json', '--data-dir', dir]);
    expect(json.status).toBe(0);
    const diff = JSON.parse(json.stdout) as { dryRun: boolean; nextSync: { title: string; cost: number }[] };
    expect(diff.dryRun).toBe(true);
    expect(diff.nextSync.map((s) => s.title)).toEqual(['winter-sale']);
    expect(sent(dir)).toEqual({ entries: 0, consumed: 0 });
  });

  it('refuses to be combined with --yes or --watch (exit 2)', () => {
    const dir = makeTempDir();
    for (const other of ['--yes', '--watch']) {
      const run = runCliProcess(['sync', '--dry-run', other, '--data-dir', dir]);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/--dry-run|--watch/);
    }
  });
});

describe('oa-planner sync on a terminal', () => {
  it('asks before sending: a no sends nothing (exit 2), a yes sends (exit 0)', async () => {
    const dir = sandboxDataFolder([readyBroadcast('winter-sale', 'Winter sale')]);
    const questions: string[] = [];
    const no = inProcess(['sync', '--data-dir', dir], {
      ask: (q) => {
        questions.push(q);
        return Promise.resolve('n');
      },
    });
    expect(await no.done).toBe(2);
    expect(questions).toEqual(['Send this to LINE? [y/N] ']);
    expect(no.stdout()).toContain('winter-sale — to be queued');
    expect(no.stderr()).toContain('Nothing was sent.');
    expect(listedCampaigns(dir).map((c) => c.status)).toEqual(['ready']);

    const yes = inProcess(['sync', '--data-dir', dir], { ask: () => Promise.resolve('yes') });
    expect(await yes.done).toBe(0);
    expect(yes.stdout()).toMatch(
      /^winter-sale — broadcast, [\d,]+ messages — done, request ID [0-9a-f-]{36}$/m,
    );
    expect(listedCampaigns(dir).map((c) => c.status)).toEqual(['sent']);
  });
});

describe('oa-planner sync --watch', () => {
  it('sends a schedule when it falls due, once; lists a missed one and leaves it; stops when asked', async () => {
    const dir = sandboxDataFolder([
      readyBroadcast('missed', 'Yesterday'),
      readyBroadcast('friday', 'Friday sale'),
    ]);
    const start = Date.now();
    const hour = 3_600_000;
    const database = openDataDirectory(dir);
    const schedule = database.db.prepare(
      `UPDATE campaigns SET status = 'scheduled', send_at = ? WHERE key = ?`,
    );
    schedule.run(new Date(start - hour).toISOString(), 'missed');
    schedule.run(new Date(start + hour).toISOString(), 'friday');
    database.close();

    const clock = manualClock(start);
    let stop = () => undefined as void;
    const stopRequested = new Promise<void>((resolve) => (stop = resolve));
    const watch = inProcess(['sync', '--watch', '--data-dir', dir], { clock, stopRequested });
    onTestFinished(() => stop());
    await watch.printed(/^Watching/m);
    expect(watch.stdout()).toContain('Nothing to send.');
    expect(watch.stderr()).toMatch(
      /^missed — scheduled for .+, missed while nothing was running: not sent\./m,
    );
    expect(listedCampaigns(dir).map((c) => [c.key, c.status])).toEqual([
      ['missed', 'scheduled'],
      ['friday', 'scheduled'],
    ]);

    clock.advanceTo(start + hour - 1);
    expect(listedCampaigns(dir).map((c) => c.status)).toEqual(['scheduled', 'scheduled']);
    clock.advanceTo(start + hour);
    await watch.printed(/^friday — broadcast, [\d,]+ messages — done, request ID [0-9a-f-]{36}$/m);

    // Later looks (and connection checks) send nothing more.
    clock.advanceTo(start + 3 * hour);
    clock.advanceTo(start + 5 * hour);
    stop();
    expect(await watch.done).toBe(0);
    expect(watch.stderr()).toMatch(/Stopped\.$/);
    expect(watch.stdout().match(/— done, request ID/g)).toHaveLength(1);
    expect(listedCampaigns(dir).map((c) => [c.key, c.status])).toEqual([
      ['missed', 'scheduled'],
      ['friday', 'sent'],
    ]);
    expect(sent(dir).entries).toBe(1);
  });

  it.each(['SIGINT', 'SIGTERM'] as const)('the bundled command stops cleanly on %s', async (signal) => {
    const dir = sandboxDataFolder([readyBroadcast('winter-sale', 'Winter sale')]);
    const child = spawn(process.execPath, [cliLauncher, 'sync', '--watch', '--yes', '--data-dir', dir], {
      env: { ...process.env, CI: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    onTestFinished(() => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const watching = new Promise<void>((resolve) =>
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        if (stderr.includes('Watching')) resolve();
      }),
    );
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    await Promise.race([watching, exited]);
    expect(stderr).toContain('Watching');
    child.kill(signal);
    expect(await exited).toBe(0);
    expect(stdout).toMatch(/^winter-sale — broadcast, [\d,]+ messages — done/m);
    expect(stderr).toMatch(/Stopped\.\n$/);
    expect(listedCampaigns(dir).map((c) => c.status)).toEqual(['sent']);
  });
});
