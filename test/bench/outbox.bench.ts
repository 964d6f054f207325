// The outbox's own cost: draining 1,000 queued multicasts through the worker (validation, quota,
// the send under its retry key, every state change committed to SQLite) against the same LINE calls
// made by a bare @line/bot-sdk loop, each on a fresh sandbox.

import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { messagingApi } from '@line/bot-sdk';
import { insertCampaign } from '../../electron/campaigns/repository';
import { startLineSandbox, type LineSandbox } from '../../electron/sandbox/server';
import { openDataDirectory, writeTransaction } from '../../electron/storage/database';
import { channelConnection } from '../../electron/sync/connection';
import { queueCampaignSend } from '../../electron/sync/queue';
import { drainOutbox } from '../../electron/sync/worker';
import type { Benchmark, Figure } from './harness';
import { median } from './harness';

const sends = 1000;
const recipients = 5;

const sandboxFor = () =>
  startLineSandbox({ friends: 500, seed: 1, rateLimits: false, logCapacity: 100, quota: { type: 'none' } });

const message = (i: number) => [{ type: 'text' as const, text: `Order ${String(i)} has shipped` }];

async function bareLoop(sandbox: LineSandbox, to: readonly string[]): Promise<number> {
  const client = new messagingApi.MessagingApiClient({
    channelAccessToken: sandbox.token,
    baseURL: sandbox.origin,
  });
  const start = process.hrtime.bigint();
  for (let i = 0; i < sends; i++) {
    await client.validateMulticastWithHttpInfo({ messages: message(i) });
    await client.getMessageQuota();
    await client.getMessageQuotaConsumption();
    await client.multicastWithHttpInfo(
      { to: [...to], messages: message(i), notificationDisabled: false },
      randomUUID(),
    );
  }
  return Number(process.hrtime.bigint() - start) / 1e6;
}

async function worker(sandbox: LineSandbox, to: readonly string[]): Promise<number> {
  const dir = mkdtempSync(path.join(tmpdir(), 'oa-planner-bench-'));
  const database = openDataDirectory(dir);
  try {
    const { db } = database;
    writeTransaction(db, () => {
      for (let i = 0; i < sends; i++) {
        const id = insertCampaign(
          db,
          1,
          {
            title: `Order ${String(i)}`,
            key: `order-${String(i)}`,
            sendKind: 'multicast',
            at: null,
            messages: message(i),
            recipient: null,
            filter: null,
            limit: null,
            notificationDisabled: false,
            to,
            abTest: null,
          },
          'ready',
          to.length,
        );
        queueCampaignSend(db, id);
      }
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
    if (report.done.length !== sends)
      throw new Error(`drained ${String(report.done.length)} of ${String(sends)}`);
    return ms;
  } finally {
    database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export const outboxBenchmark: Benchmark = {
  name: 'outbox',
  async run(): Promise<Figure[]> {
    const bare: number[] = [];
    const drained: number[] = [];
    // Seven rounds, the first a warm-up: the median of six pairs run one after the other.
    for (let round = 0; round < 7; round++) {
      for (const [samples, run] of [
        [bare, bareLoop],
        [drained, worker],
      ] as const) {
        const sandbox = await sandboxFor();
        try {
          const to = sandbox
            .channel()
            .friends.reachable()
            .slice(0, recipients)
            .map((f) => f.userId);
          samples.push(await run(sandbox, to));
        } finally {
          await sandbox.close();
        }
      }
    }
    const bareMs = median(bare.slice(1));
    const drainedMs = median(drained.slice(1));
    return [
      { name: `bare SDK loop, ${String(sends)} multicasts (4 calls each)`, value: bareMs, unit: 'ms' },
      { name: `outbox drain, ${String(sends)} queued multicasts`, value: drainedMs, unit: 'ms' },
      {
        name: 'outbox drain ÷ bare SDK loop',
        value: drainedMs / bareMs,
        unit: 'ratio',
        target: { atMost: 1.2 },
      },
    ];
  },
};
