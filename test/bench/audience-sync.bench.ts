// Uploading a 1,500,000-ID audience to the sandbox through sync (the outbox entry, its members read
// from SQLite and written as LINE's ID file, the creation recorded) against the same upload made by
// a bare @line/bot-sdk call with the file ready in memory, each on a fresh sandbox. The ID file is
// written from the stored blocks in parts (memberFile), and the bare call's file the same way.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { manageAudience } from '@line/bot-sdk';
import { appendMembers, insertAudience } from '../../electron/audiences/repository';
import { startLineSandbox, type LineSandbox } from '../../electron/sandbox/server';
import { openDataDirectory, writeTransaction } from '../../electron/storage/database';
import { queueAudienceUpload } from '../../electron/sync/audience-queue';
import { channelConnection } from '../../electron/sync/connection';
import { memberFile } from '../../electron/sync/run-audiences';
import { drainOutbox } from '../../electron/sync/worker';
import type { Benchmark, Figure } from './harness';
import { median } from './harness';

const total = 1_500_000;

const sandboxFor = () => startLineSandbox({ friends: 500, seed: 1, rateLimits: false, logCapacity: 100 });

/** Ascending packed user IDs (as an import stores them), one in 300 a friend of the channel. */
function members(): Uint32Array {
  const packed = new Uint32Array(total * 4);
  for (let i = 0; i < total; i++) {
    packed[i * 4] = 0x10000000 + i;
    packed[i * 4 + 3] = i;
  }
  return packed;
}

async function bare(sandbox: LineSandbox, packed: Uint32Array): Promise<number> {
  const client = new manageAudience.ManageAudienceBlobClient({
    channelAccessToken: sandbox.token,
    baseURL: sandbox.origin,
  });
  const file = memberFile(packed, 'userId', 0, total);
  const start = process.hrtime.bigint();
  await client.createAudienceForUploadingUserIds(file, 'Bench bare', false, 'bench');
  return Number(process.hrtime.bigint() - start) / 1e6;
}

async function synced(sandbox: LineSandbox, packed: Uint32Array): Promise<number> {
  const dir = mkdtempSync(path.join(tmpdir(), 'oa-planner-bench-'));
  const database = openDataDirectory(dir);
  try {
    const { db } = database;
    writeTransaction(db, () => {
      const id = insertAudience(db, {
        channelId: 1,
        name: 'Bench',
        kind: 'upload',
        idKind: 'userId',
        memberCount: 0,
      });
      appendMembers(db, id, packed, 0, 'bench.txt');
      queueAudienceUpload(db, id);
    });
    const sources = {
      sandbox: { connection: () => Promise.resolve({ origin: sandbox.origin, token: sandbox.token }) },
    };
    const start = process.hrtime.bigint();
    const report = await drainOutbox({
      db,
      connect: (channelId) => channelConnection(db, channelId, sources),
      retry: { minTimeout: 0, maxTimeout: 0 },
    });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (report.done.length !== 1) throw new Error(`uploaded ${String(report.done.length)} of 1`);
    return ms;
  } finally {
    database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export const audienceSyncBenchmark: Benchmark = {
  name: 'audience-sync',
  async run(): Promise<Figure[]> {
    const packed = members();
    const writes: number[] = [];
    for (let i = 0; i < 5; i++) {
      const start = process.hrtime.bigint();
      memberFile(packed, 'userId', 0, total);
      writes.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    const bareTimes: number[] = [];
    const syncTimes: number[] = [];
    // Seven rounds, the first a warm-up: the median of six pairs run one after the other.
    for (let round = 0; round < 7; round++) {
      for (const [samples, run] of [
        [bareTimes, bare],
        [syncTimes, synced],
      ] as const) {
        const sandbox = await sandboxFor();
        try {
          samples.push(await run(sandbox, packed));
        } finally {
          await sandbox.close();
        }
      }
    }
    const bareMs = median(bareTimes.slice(1));
    const syncMs = median(syncTimes.slice(1));
    return [
      { name: 'bare SDK upload, 1,500,000-ID audience file', value: bareMs, unit: 'ms' },
      { name: 'sync upload (outbox entry, members from SQLite), 1,500,000 IDs', value: syncMs, unit: 'ms' },
      {
        name: 'of which: writing the 1,500,000-line ID file (median of 5)',
        value: median(writes),
        unit: 'ms',
      },
      {
        name: 'sync upload ÷ bare SDK upload',
        value: syncMs / bareMs,
        unit: 'ratio',
        target: { atMost: 1.2 },
      },
    ];
  },
};
