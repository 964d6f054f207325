// Audience figures: importing a 1,500,000-row file (2% invalid, 10% duplicates, CRLF, BOM) with the
// real CLI in a child process, beside `LC_ALL=C sort -u` on the same file; exact AND/OR/NOT counts
// over three audiences of 1,000,000 IDs; listing 1,000 audiences.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, openSync, rmSync, writeSync, closeSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { clearMemberCache, evaluateAudienceExpression } from '../../electron/audiences/algebra';
import { appendMembers, insertAudience, listAudiences } from '../../electron/audiences/repository';
import { insertCampaignBroadcast } from '../../electron/campaigns/broadcasts';
import { createAppServices } from '../../electron/app/services';
import type { AudienceExpression } from '../../shared/audiences/algebra';
import { randomHex, seededRandom } from '../../shared/domain/random';
import { type Benchmark, type Figure, median, time } from './harness';

/** 1,500,000 rows after a header: 2% invalid, 10% repeats of earlier IDs, the rest new; CRLF and BOM. */
function writeImportFile(file: string, rows: number): void {
  const random = seededRandom(42);
  const fd = openSync(file, 'w');
  const seen: string[] = [];
  let batch = '\ufeffuserId\r\n';
  for (let i = 0; i < rows; i++) {
    const r = random();
    let line: string;
    if (r < 0.02) line = i % 2 ? `U${randomHex(random, 32).slice(0, 31)}` : `user ${String(i)}`;
    else if (r < 0.12 && seen.length > 0) line = seen[Math.floor(random() * seen.length)] ?? '';
    else {
      line = `U${randomHex(random, 32)}`;
      seen.push(line);
    }
    batch += `${line}\r\n`;
    if (batch.length > 1 << 20) {
      writeSync(fd, batch);
      batch = '';
    }
  }
  writeSync(fd, batch);
  closeSync(fd);
}

/** The bench runs bundled from node_modules/.cache with the project as its working directory. */
const cliLauncher = path.resolve('electron', 'bin', 'oa-planner.mjs');

/** Reports the process's peak resident memory on exit, read by the parent from stderr. */
const peakRssProbe =
  'data:text/javascript,' +
  encodeURIComponent(
    "process.on('exit',()=>process.stderr.write('\\npeak-rss-kb='+process.resourceUsage().maxRSS+'\\n'))",
  );

function runImport(file: string, dataDir: string): { ms: number; peakMb: number } {
  const start = process.hrtime.bigint();
  const run = spawnSync(
    process.execPath,
    [
      '--import',
      peakRssProbe,
      cliLauncher,
      'audience',
      'import',
      file,
      '--name',
      'Bench',
      '--data-dir',
      dataDir,
    ],
    { encoding: 'utf8', env: { ...process.env, CI: '1' } },
  );
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.status !== 0) throw new Error(`import failed: ${run.stderr}`);
  const kb = Number(/peak-rss-kb=(\d+)/.exec(run.stderr)?.[1] ?? Number.NaN);
  return { ms, peakMb: kb / 1024 };
}

function runSort(file: string): number {
  const start = process.hrtime.bigint();
  const run = spawnSync('sort', ['-u', file, '-o', '/dev/null'], { env: { ...process.env, LC_ALL: 'C' } });
  if (run.status !== 0) throw new Error(`sort -u failed: ${String(run.stderr)}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function packedRandom(
  count: number,
  random: () => number,
  shared: Uint32Array,
  sharedCount: number,
): Uint32Array {
  const out = new Uint32Array(count * 4);
  out.set(shared.subarray(0, sharedCount * 4));
  for (let i = sharedCount * 4; i < out.length; i++) out[i] = Math.floor(random() * 2 ** 32);
  return out;
}

export const audiencesBenchmark: Benchmark = {
  name: 'audiences',
  async run(): Promise<Figure[]> {
    const scratch = mkdtempSync(path.join(tmpdir(), 'oa-planner-bench-audiences-'));
    try {
      const file = path.join(scratch, 'ids.txt');
      writeImportFile(file, 1_500_000);

      const sortTimes: number[] = [];
      const imports: { ms: number; peakMb: number }[] = [];
      // Alternate the two so background load on the shared cores hits both alike; five pairs, as
      // that load comes and goes.
      for (let i = 0; i < 5; i++) {
        sortTimes.push(runSort(file));
        imports.push(runImport(file, path.join(scratch, `import-${String(i)}`)));
      }
      const importMs = median(imports.map((r) => r.ms));
      const sortMs = median(sortTimes);
      const peakMb = Math.max(...imports.map((r) => r.peakMb));

      // Three audiences of 1,000,000 IDs each, overlapping by 300,000 (A∩B) and 200,000 (A∩C).
      const data = createAppServices({ shell: 'cli', dataDirectory: path.join(scratch, 'algebra') });
      const db = data.database.db;
      const random = seededRandom(7);
      const a = packedRandom(1_000_000, random, new Uint32Array(0), 0);
      const b = packedRandom(1_000_000, random, a, 300_000);
      const c = packedRandom(1_000_000, random, a.subarray(300_000 * 4), 200_000);
      const ids = [a, b, c].map((packed, i) =>
        db.transaction(() => {
          const id = insertAudience(db, {
            channelId: 1,
            name: `Bench ${String(i)}`,
            kind: 'upload',
            idKind: 'userId',
            memberCount: 0,
          });
          appendMembers(db, id, packed, 0, 'bench');
          return id;
        })(),
      );
      const [ia, ib, ic] = ids as [number, number, number];
      const expression: AudienceExpression = {
        type: 'and',
        operands: [
          {
            type: 'or',
            operands: [
              { type: 'audience', audienceId: ia },
              { type: 'audience', audienceId: ib },
            ],
          },
          { type: 'not', operand: { type: 'audience', audienceId: ic } },
        ],
      };
      // The import section above leaves a large heap of garbage (the file's lines as strings): collect
      // it now, so its sweeping is not timed as part of the counts.
      (globalThis as { gc?: () => void }).gc?.();
      let count = 0;
      // CPU time beside the wall time: on shared cores busy with other work the wall time grows with
      // the load, the CPU time much less.
      const coldCpu: number[] = [];
      const cold = await time(
        () => {
          const before = process.cpuUsage();
          clearMemberCache();
          const result = evaluateAudienceExpression(db, 1, expression, { targetReach: null });
          count = result.count?.kind === 'exact' ? result.count.count : -1;
          const used = process.cpuUsage(before);
          coldCpu.push((used.user + used.system) / 1000);
        },
        5,
        1,
      );
      const warm = await time(
        () => evaluateAudienceExpression(db, 1, expression, { targetReach: null }),
        5,
        1,
      );

      // 1,000 audiences of every kind in a fresh channel-sized data folder.
      const listing = createAppServices({ shell: 'cli', dataDirectory: path.join(scratch, 'listing') });
      const ldb = listing.database.db;
      const broadcast = insertCampaignBroadcast(ldb, {
        channelId: 1,
        title: 'Spring sale',
        kind: 'broadcast',
        requestId: 'req-1',
        plannedAt: null,
        sentAt: new Date().toISOString(),
        plannedRecipients: 20_000,
        uniqueImpressions: null,
        uniqueClicks: null,
      });
      const tag = Number(
        ldb.prepare("INSERT INTO chat_tags (channel_id, name) VALUES (1, 'VIP')").run().lastInsertRowid,
      );
      ldb.transaction(() => {
        for (let i = 0; i < 1000; i++) {
          const kind = i % 10 === 0 ? 'chatTag' : i % 10 === 1 ? 'click' : 'upload';
          const id = insertAudience(ldb, {
            channelId: 1,
            name: `Audience ${String(i)}`,
            kind,
            ...(kind === 'upload' ? { idKind: 'userId' as const, memberCount: i * 10 } : {}),
            ...(kind === 'chatTag' ? { tagMatch: 'any' as const } : {}),
            ...(kind === 'click' ? { broadcastId: broadcast, rate: 0.05 } : {}),
          });
          if (kind === 'chatTag')
            ldb.prepare('INSERT INTO audience_tags (audience_id, tag_id) VALUES (?, ?)').run(id, tag);
        }
      })();
      let listed = 0;
      const listTimes = await time(() => (listed = listAudiences(ldb, 1).length), 20, 3);
      await listing.close();
      await data.close();

      return [
        { name: 'import 1,500,000 rows (CLI process, total), median', value: importMs, unit: 'ms' },
        { name: 'LC_ALL=C sort -u on the same file, median', value: sortMs, unit: 'ms' },
        { name: 'import ÷ sort -u', value: importMs / sortMs, unit: 'ratio', target: { atMost: 0.8 } },
        { name: 'import peak memory (child maxRSS)', value: peakMb, unit: 'MB', target: { atMost: 300 } },
        {
          name: '(A OR B) AND NOT C, 3 × 1,000,000 IDs, cold, median',
          value: median(cold),
          unit: 'ms',
          target: { atMost: 200 },
          note: `count ${String(count)}; CPU ${median(coldCpu.slice(1)).toFixed(0)} ms; load ${os.loadavg()[0]?.toFixed(1) ?? '?'}`,
        },
        { name: '(A OR B) AND NOT C, members cached, median', value: median(warm), unit: 'ms' },
        {
          name: 'list 1,000 audiences, median',
          value: median(listTimes),
          unit: 'ms',
          target: { atMost: 50 },
          note: `${String(listed)} listed`,
        },
      ];
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  },
};
