// A worker killed (SIGKILL, in a process of its own) between LINE accepting a send and the outbox
// recording it: the next worker takes the dead one's lease once it expires, sends again under the
// same retry key, and LINE, which answers 409 with the accepted request's ID, delivers once. An
// audience LINE made for a dead worker (its creation takes no retry key) is found again by the marker
// ending its description, so it is never made twice.

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { getAudience, renameAudience } from '../../../electron/audiences/repository';
import { getCampaign } from '../../../electron/campaigns/repository';
import { listOutbox, openOutboxEntries, readLease } from '../../../electron/sync/outbox-store';
import { queueCampaignSend } from '../../../electron/sync/queue';
import { markedAudienceDescription } from '../../../shared/sync/audiences';
import { projectRoot, testOutputDirectory } from '../../helpers/project';
import { userId } from '../campaigns/fixtures';
import { appendUserIds, lineAudiencesMarked, localMarker, userIdAudience } from './audience-fixtures';
import { acceptedByLine, consumption, syncFixture, type SyncFixture } from './helpers';

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
function runWorker(
  fixture: SyncFixture,
  env: Record<string, string>,
  started?: (child: ChildProcess) => void,
): Promise<ChildRun> {
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
  started?.(child);
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
      // The first group is the first chunk, the second group the other two (see `group` in
      // worker.ts): both of its chunks are on record as tried before the first of them leaves, and
      // what LINE took is recorded with the next group's commit or at the end of the run.
      const atKill = [
        ['running', 'pending', 'pending'],
        ['done', 'running', 'running'],
        ['done', 'running', 'running'],
      ][crashAfter - 1];
      expect(listOutbox(database.db).map((e) => e.state)).toEqual(atKill);
      await drain({ now: afterLease });

      const outbox = listOutbox(database.db);
      expect(outbox.map((e) => e.state)).toEqual(['done', 'done', 'done']);
      const accepted = sandbox.log.list('multicast').filter((r) => r.status === 200);
      expect(accepted.map((r) => r.retryKey)).toEqual(outbox.map((e) => e.retryKey));
      // Each chunk LINE took whose record the kill prevented goes again under its key: LINE answers 409.
      expect(sandbox.log.list('multicast').filter((r) => r.status === 409)).toHaveLength(
        crashAfter === 3 ? 2 : 1,
      );
      // A chunk on record as tried goes straight to LINE: each chunk was validated once.
      expect(sandbox.log.count('validateMulticast')).toBe(3);
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

describe('a worker killed at any moment', () => {
  /** A broadcast, a multicast of 700 IDs (two requests), a push and a narrowcast. */
  async function workload() {
    const fixture = await syncFixture();
    const { sandbox, database, campaign } = fixture;
    const friends = sandbox
      .channel()
      .friends.reachable()
      .map((f) => f.userId);
    const to = Array.from({ length: 700 }, (_, i) => friends[i] ?? userId(i + 1));
    const campaigns = [
      campaign({ title: 'Everyone' }),
      campaign({ title: 'Many', sendKind: 'multicast', to }, 700),
      campaign({ title: 'One', sendKind: 'push', to: [friends[0] ?? userId(1)] }, 1),
      campaign({ title: 'Some', sendKind: 'narrowcast', limit: { max: 30 } }, 30),
    ];
    for (const id of campaigns) queueCampaignSend(database.db, id);
    const expected =
      sandbox.channel().friends.targetReach() + new Set(to.filter((u) => friends.includes(u))).size + 1 + 30;
    return { fixture, campaigns, expected };
  }

  /** Requests a worker makes for the workload when nothing stops it. */
  const requestsOfARun = 4 * 5 + 1;

  it('makes the requests the moments below are counted in', async () => {
    const { fixture } = await workload();
    const run = await runWorker(fixture, { PROGRESS_POLLS: '1' });
    expect(run.code).toBe(0);
    expect(fixture.sandbox.log.count()).toBe(requestsOfARun);
  });

  // Killed as the k-th request is answered: during validation, the quota check, a send whose
  // answer never arrives, or progress; then a new worker finishes the outbox.
  it.each(Array.from({ length: requestsOfARun }, (_, k) => k + 1))(
    'killed at request %i: every send accepted exactly once, no entry lost',
    async (k) => {
      const { fixture, campaigns, expected } = await workload();
      const { sandbox, database, drain } = fixture;
      let seen = 0;
      let child: ChildProcess | undefined;
      const add = sandbox.log.add.bind(sandbox.log);
      sandbox.log.add = (entry) => {
        add(entry);
        if (++seen === k) child?.kill('SIGKILL');
      };
      const run = await runWorker(fixture, { PROGRESS_POLLS: '1' }, (c) => (child = c));
      expect(run.signal).toBe('SIGKILL');

      const report = await drain({ now: afterLease });
      expect(report.failed).toEqual([]);
      const outbox = listOutbox(database.db);
      expect(outbox).toHaveLength(5);
      expect(outbox.map((e) => e.state)).toEqual(Array(5).fill('done'));
      const sends = ['broadcast', 'multicast', 'pushMessage', 'narrowcast'];
      const accepted = sandbox.log
        .list()
        .filter((r) => sends.includes(r.operationId ?? '') && (r.status === 200 || r.status === 202));
      expect(accepted.map((r) => r.retryKey).sort()).toEqual(outbox.map((e) => e.retryKey).sort());
      // LINE's own record: one send per entry, each under its entry's key.
      const line = acceptedByLine(sandbox);
      expect(line.sends).toHaveLength(outbox.length);
      for (const e of outbox) expect(line.keys.get(e.retryKey)).toBe(e.acceptedRequestId ?? e.requestId);
      for (const id of campaigns) expect(getCampaign(database.db, id)?.status).toBe('sent');
      sandbox.advance(3_600_000);
      expect(consumption(sandbox)).toBe(expected);
    },
  );
});

describe('a worker killed at seeded random moments, 20 campaigns of every kind and audiences', () => {
  /** mulberry32: the same "random" moments on every run of the suite. */
  function seeded(seed: number): () => number {
    let a = seed >>> 0;
    return () => {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
    };
  }

  const sends = ['broadcast', 'multicast', 'pushMessage', 'narrowcast'];
  /** Audience calls that change something on LINE and take no retry key. */
  const audienceChanges = new Set([
    'createAudienceForUploadingUserIds',
    'addUserIdsToAudience',
    'updateAudienceGroupDescription',
  ]);

  // Fifty worker processes, started one after another: longer than the default timeout on two cores.
  it('is killed 50 times and restarted; LINE accepts each campaign and makes each audience exactly once, no entry lost', async () => {
    const fixture = await syncFixture({ quota: { type: 'none' } });
    const { sandbox, database, campaign, drain } = fixture;
    const { db } = database;
    const friends = sandbox
      .channel()
      .friends.reachable()
      .map((f) => f.userId);
    const reach = sandbox.channel().friends.targetReach();

    // Three audiences only this computer has: the first six narrowcasts go to them, so their uploads
    // are queued with those sends, which wait until LINE has them READY. The third grows while they
    // wait; its sends take 10 of its members, whichever LINE has by then.
    const vip = userIdAudience(db, 'Spring VIP', friends.slice(0, 30));
    const regulars = userIdAudience(db, 'Regulars', friends.slice(30, 50));
    const newcomers = userIdAudience(db, 'Newcomers', friends.slice(50, 60));
    const targets = [
      { audienceId: vip, recipients: 30, limit: null },
      { audienceId: regulars, recipients: 20, limit: null },
      { audienceId: newcomers, recipients: 10, limit: { max: 10 } },
    ];

    const campaigns: number[] = [];
    const toAudience = new Map<number, number>();
    const queued = new Set<number>();
    let expected = 0;
    /** Plans and queues campaigns [from, until) of each kind; every entry queued is noted. */
    const queue = (from: number, until: number): void => {
      const planned: number[] = [];
      for (let i = from; i < until; i++) {
        planned.push(campaign({ title: `Everyone ${String(i)}` }));
        expected += reach;
        // Every fourth multicast goes in two requests (500 IDs, then the rest).
        const size = i % 4 === 0 ? 700 : 3;
        const to = Array.from({ length: size }, (_, n) => friends[(n + i) % friends.length] ?? userId(n + 1));
        planned.push(campaign({ title: `Many ${String(i)}`, sendKind: 'multicast', to }, size));
        expected += new Set(to.slice(0, 500)).size + new Set(to.slice(500)).size;
        planned.push(
          campaign({ title: `One ${String(i)}`, sendKind: 'push', to: [friends[i] ?? userId(i + 1)] }, 1),
        );
        expected += 1;
        const target = i < 6 ? targets[i % 3] : undefined;
        if (target) {
          const id = campaign(
            {
              title: `Some ${String(i)}`,
              sendKind: 'narrowcast',
              recipient: { type: 'audience', audienceId: target.audienceId },
              limit: target.limit,
            },
            target.recipients,
          );
          toAudience.set(id, target.audienceId);
          planned.push(id);
          expected += target.recipients;
        } else {
          planned.push(
            campaign({ title: `Some ${String(i)}`, sendKind: 'narrowcast', limit: { max: 5 } }, 5),
          );
          expected += 5;
        }
      }
      for (const id of planned) queueCampaignSend(db, id);
      campaigns.push(...planned);
      for (const e of listOutbox(db)) queued.add(e.id);
    };
    queue(0, 3);
    // Each send's audience upload is queued just before it.
    expect(
      listOutbox(db)
        .map((e) => e.kind)
        .filter((kind) => kind === 'audienceCreate' || kind === 'narrowcast'),
    ).toEqual(Array<string[]>(3).fill(['audienceCreate', 'narrowcast']).flat());

    // Each worker is killed as the k-th request it causes is logged, k drawn from 1–6 by the seed:
    // during validation, the quota check, a send (before or after LINE took it), progress, or an
    // audience call. Besides, every creation of an audience, the first addition and the first renaming
    // are carried out by LINE, whose answer is then cut, and the worker killed as that is logged,
    // before the cut: LINE did it, and the worker never learnt so (these calls take no retry key).
    sandbox.faults.set([
      { operation: 'createAudienceForUploadingUserIds', kind: 'drop', when: 'after', times: 3 },
      { operation: 'addUserIdsToAudience', kind: 'drop', when: 'after', times: 1 },
      { operation: 'updateAudienceGroupDescription', kind: 'drop', when: 'after', times: 1 },
    ]);
    const random = seeded(20_261_202);
    let seen = 0;
    let killAt = Number.POSITIVE_INFINITY;
    const cut = new Set<string>();
    let child: ChildProcess | undefined;
    const add = sandbox.log.add.bind(sandbox.log);
    sandbox.log.add = (entry) => {
      add(entry);
      const dropped = entry.fault === 'drop';
      if (++seen === killAt || dropped) child?.kill('SIGKILL');
      if (dropped) cut.add(entry.operationId ?? '');
    };
    const leaseStep = 5 * 60_000;
    let kills = 0;
    let run = 0;
    let edited = false;
    while (kills < 50) {
      run++;
      expect(run).toBeLessThan(80);
      // Once LINE has the second audience, it is renamed, members are added to the third, and the
      // other campaigns are planned and queued, as a user goes on working while sync restarts.
      if (!edited && getAudience(db, regulars)?.lineAudienceGroupId) {
        renameAudience(db, regulars, 'Regulars 2026');
        expect(appendUserIds(db, newcomers, friends.slice(60, 68))).toHaveLength(1);
        queue(3, 20);
        edited = true;
      }
      // LINE's work goes on between workers: audiences become READY, narrowcasts finish.
      sandbox.advance(1000);
      seen = 0;
      killAt = 1 + Math.floor(random() * 6);
      const ran = await runWorker(
        fixture,
        { PROGRESS_POLLS: '1', CLOCK_OFFSET_MS: String(run * leaseStep) },
        (c) => (child = c),
      );
      if (ran.signal === 'SIGKILL') kills++;
      else expect(ran).toMatchObject({ code: 0, stderr: '' });
    }
    killAt = Number.POSITIVE_INFINITY;
    expect(edited).toBe(true);
    expect([...cut].sort()).toEqual([...audienceChanges].sort());
    expect(sandbox.faults.list()).toEqual([]);

    // Restarted: workers run until the outbox is empty (audiences READY, narrowcasts followed to the end).
    let after = 0;
    while (openOutboxEntries(db).length > 0) {
      after++;
      expect(after).toBeLessThan(10);
      sandbox.advance(5000);
      const report = await drain({ now: () => Date.now() + (run + after) * leaseStep });
      expect(report).toMatchObject({ leased: true, failed: [], needsUser: [] });
    }

    // No entry lost, none added: 85 sends, three uploads, an addition and a renaming.
    const outbox = listOutbox(db);
    expect(outbox.map((e) => e.id).sort((a, b) => a - b)).toEqual([...queued].sort((a, b) => a - b));
    expect(outbox.map((e) => e.state)).toEqual(Array(90).fill('done'));
    const sent = outbox.filter((e) => sends.includes(e.kind));
    expect(sent).toHaveLength(85);
    expect(outbox.filter((e) => !sends.includes(e.kind)).map((e) => e.kind)).toEqual([
      'audienceCreate',
      'audienceCreate',
      'audienceCreate',
      'audienceRename',
      'audienceAdd',
    ]);
    const accepted = sandbox.log
      .list()
      .filter((r) => sends.includes(r.operationId ?? '') && (r.status === 200 || r.status === 202));
    // Some workers died after LINE took a send and before it was recorded: their repeats got 409.
    expect(sandbox.log.list().some((r) => sends.includes(r.operationId ?? '') && r.status === 409)).toBe(
      true,
    );
    // Each entry's request accepted once, under its key; any repeat was answered 409.
    expect(accepted.map((r) => r.retryKey).sort()).toEqual(sent.map((e) => e.retryKey).sort());
    const line = acceptedByLine(sandbox);
    expect(line.sends).toHaveLength(sent.length);
    for (const e of sent) expect(line.keys.get(e.retryKey)).toBe(e.acceptedRequestId ?? e.requestId);
    for (const id of campaigns) expect(getCampaign(db, id)?.status).toBe('sent');

    // Each audience is on LINE once: made by one creation (the workers after a kill found it by the
    // marker ending its description), under its current name, with every member.
    const lineAudiences = sandbox.channel().audiences;
    expect(lineAudiences.list()).toHaveLength(3);
    expect(sandbox.log.list('createAudienceForUploadingUserIds').map((r) => r.status)).toEqual([0, 0, 0]);
    expect(sandbox.log.count('getAudienceGroups')).toBeGreaterThanOrEqual(3);
    for (const [audienceId, name, members] of [
      [vip, 'Spring VIP', 30],
      [regulars, 'Regulars 2026', 20],
      [newcomers, 'Newcomers', 18],
    ] as const) {
      const marker = localMarker(db, audienceId) ?? '';
      const [onLine, ...more] = lineAudiencesMarked(sandbox, marker);
      expect(more).toEqual([]);
      expect(String(onLine?.id)).toBe(getAudience(db, audienceId)?.lineAudienceGroupId);
      expect(onLine?.description).toBe(markedAudienceDescription(name, marker));
      expect(lineAudiences.members(onLine!)).toHaveLength(members);
      expect(lineAudiences.json(onLine!, sandbox.clock.now())).toMatchObject({
        status: 'READY',
        audienceCount: members,
      });
    }
    // The addition and the renaming whose workers died were made again: harmless, as LINE had them.
    expect(sandbox.log.count('addUserIdsToAudience')).toBeGreaterThanOrEqual(2);
    expect(sandbox.log.count('updateAudienceGroupDescription')).toBeGreaterThanOrEqual(2);
    // The narrowcasts went to the audiences LINE made.
    for (const [campaignId, audienceId] of toAudience) {
      const entry = sent.find((e) => e.campaignId === campaignId);
      expect(entry?.payload.recipient).toEqual({
        type: 'audience',
        audienceGroupId: Number(getAudience(db, audienceId)?.lineAudienceGroupId),
      });
    }

    sandbox.advance(3_600_000);
    expect(consumption(sandbox)).toBe(expected);
  }, 180_000);
});
