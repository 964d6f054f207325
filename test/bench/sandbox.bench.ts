// The LINE sandbox's figures: requests per second on cheap endpoints over loopback (keep-alive
// clients, a bounded number of requests in flight), and the time for a 1,500,000-ID audience file
// to be accepted. Rate limits are off: the figure is what the server can take, not LINE's quota.

import http from 'node:http';
import { randomBytes } from 'node:crypto';
import { startLineSandbox } from '../../electron/sandbox/server';
import type { Benchmark, Figure } from './harness';
import { median } from './harness';

interface LoadResult {
  readonly perSecond: number;
  readonly failures: number;
}

/** Sends `total` requests with at most `concurrency` in flight over keep-alive sockets. */
async function load(
  origin: string,
  token: string,
  method: string,
  path: string,
  body: string | undefined,
  total: number,
  concurrency: number,
): Promise<LoadResult> {
  const url = new URL(origin);
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  if (body !== undefined) {
    headers['content-type'] = 'application/json';
    headers['content-length'] = String(Buffer.byteLength(body));
  }
  const once = () =>
    new Promise<number>((resolve, reject) => {
      const req = http.request(
        { host: url.hostname, port: url.port, method, path, agent, headers },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  let next = 0;
  let failures = 0;
  const worker = async () => {
    while (next < total) {
      next++;
      const status = await once();
      if (status >= 300) failures++;
    }
  };
  const start = process.hrtime.bigint();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  agent.destroy();
  return { perSecond: total / seconds, failures };
}

export const sandboxBenchmark: Benchmark = {
  name: 'sandbox',
  async run(): Promise<Figure[]> {
    const sandbox = await startLineSandbox({ friends: 5000, seed: 1, rateLimits: false, logCapacity: 1000 });
    const figures: Figure[] = [];
    try {
      const cheap: [string, string, string, string | undefined][] = [
        ['GET /v2/bot/message/quota', 'GET', '/v2/bot/message/quota', undefined],
        ['GET /v2/bot/info', 'GET', '/v2/bot/info', undefined],
        ['GET /v2/bot/message/quota/consumption', 'GET', '/v2/bot/message/quota/consumption', undefined],
        [
          'POST /v2/bot/message/validate/push',
          'POST',
          '/v2/bot/message/validate/push',
          JSON.stringify({ messages: [{ type: 'text', text: 'Hello' }] }),
        ],
      ];
      for (const [name, method, path, body] of cheap) {
        await load(sandbox.origin, sandbox.token, method, path, body, 500, 8);
        const runs: LoadResult[] = [];
        for (let i = 0; i < 3; i++)
          runs.push(await load(sandbox.origin, sandbox.token, method, path, body, 6000, 16));
        figures.push({
          name: `${name}, median of 3 runs`,
          value: median(runs.map((r) => r.perSecond)),
          unit: 'req/s',
          target: { atLeast: 2000 },
          ...(runs.some((r) => r.failures)
            ? { note: `${String(runs.reduce((s, r) => s + r.failures, 0))} non-2xx` }
            : {}),
        });
      }

      // 1,500,000 IDs (about 50 MB): the channel's friends and unknown users mixed.
      const friends = sandbox.channel().friends.all.map((f) => f.userId);
      const lines: string[] = new Array<string>(1_500_000);
      const unknown = randomBytes(16).toString('hex');
      for (let i = 0; i < lines.length; i++)
        lines[i] =
          i % 300 === 0
            ? (friends[(i / 300) % friends.length] as string)
            : `U${unknown.slice(0, 24)}${i.toString(16).padStart(8, '0')}`;
      const file = new Blob([lines.join('\n')], { type: 'text/plain' });
      const times: number[] = [];
      for (let i = 0; i < 3; i++) {
        const form = new FormData();
        form.append('description', `bench ${String(i)}`);
        form.append('isIfaAudience', 'false');
        form.append('file', file, 'ids.txt');
        const start = process.hrtime.bigint();
        const res = await fetch(`${sandbox.origin}/v2/bot/audienceGroup/upload/byFile`, {
          method: 'POST',
          headers: { authorization: `Bearer ${sandbox.token}` },
          body: form,
        });
        await res.arrayBuffer();
        times.push(Number(process.hrtime.bigint() - start) / 1e6);
        if (res.status !== 202) throw new Error(`upload answered ${String(res.status)}`);
      }
      figures.push({
        name: '1,500,000-ID audience file (≈ 50 MB) accepted, worst of 3',
        value: Math.max(...times),
        unit: 'ms',
        target: { atMost: 2000 },
        note: `median ${median(times).toFixed(0)} ms, ${(file.size / 2 ** 20).toFixed(1)} MB`,
      });
    } finally {
      await sandbox.close();
    }
    return figures;
  },
};
