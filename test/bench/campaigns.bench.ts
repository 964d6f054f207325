// Campaign figures: importing a 1,000-campaign file (broadcasts, filtered narrowcasts, narrowcasts to
// audiences of 20,000 members, A/B tests; most of them ready, so every rule runs) into a data folder,
// in process and as the real `oa-planner campaign import` child process; checking them all again as
// `campaign list` does.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { appendMembers, insertAudience } from '../../electron/audiences/repository';
import { clearMemberCache } from '../../electron/audiences/algebra';
import { checkStoredDraft, loadChannelFacts } from '../../electron/campaigns/context';
import { importCampaignFileText } from '../../electron/campaigns/files';
import { listCampaigns } from '../../electron/campaigns/repository';
import { openDataDirectory, type AppDatabase } from '../../electron/storage/database';
import { seededRandom } from '../../shared/domain/random';
import { type Benchmark, type Figure, median, time } from './harness';

const cliLauncher = path.resolve('electron', 'bin', 'oa-planner.mjs');
const campaignCount = 1000;

/** The file: its campaigns over a year, or (`oneMonth`) all of them in March. */
export function campaignFile(oneMonth = false): string {
  const random = seededRandom(11);
  const campaigns = Array.from({ length: campaignCount }, (_, i) => {
    const day = String(1 + (i % 28)).padStart(2, '0');
    const month = oneMonth ? '03' : String(1 + (Math.floor(i / 28) % 12)).padStart(2, '0');
    const base = {
      key: `c${String(i)}`,
      title: `春季特賣 ${String(i)}`,
      status: i % 10 === 0 ? 'draft' : 'ready',
      at: `2031-${month}-${day}T${String(9 + (i % 12)).padStart(2, '0')}:00`,
      messages: [
        {
          type: 'text',
          text: `聖誕特賣開跑！第 ${String(i)} 波，全館 ${String(Math.floor(random() * 50))} 折起 🎄`,
        },
      ],
    };
    switch (i % 10) {
      case 1:
      case 2:
        return {
          ...base,
          send: 'narrowcast',
          filter: {
            demographic: {
              type: 'operator',
              and: [
                { type: 'gender', oneOf: ['female'] },
                { type: 'age', gte: 'age_20', lt: 'age_40' },
                { type: 'area', oneOf: ['tw_01', 'tw_02'] },
              ],
            },
          },
          limit: { max: 500, upToRemainingQuota: true },
        };
      case 3:
        return {
          ...base,
          send: 'narrowcast',
          recipient: {
            type: 'operator',
            and: [
              { type: 'audience', audience: 'Members' },
              { type: 'operator', not: { type: 'audience', audience: 'Unsubscribed' } },
            ],
          },
        };
      case 4:
        return {
          ...base,
          send: 'broadcast',
          messages: [],
          abTest: {
            variants: [
              { share: 0.1, messages: [{ type: 'text', text: 'A 版本' }] },
              { share: 0.1, messages: [{ type: 'text', text: 'B 版本' }] },
            ],
            metric: 'click',
            decideAfterHours: 72,
          },
        };
      default:
        return { ...base, send: 'broadcast' };
    }
  });
  return JSON.stringify({
    format: 'oa-planner.campaigns',
    version: 1,
    timeZone: 'Asia/Taipei',
    plan: { id: 'tw-2023-high', additionalMessageCap: 20_000 },
    friends: {
      followers: 60_000,
      blocks: 5000,
      targetReach: 50_000,
      asOf: '2030-11-28',
      demographics: {
        genders: { male: 0.4, female: 0.55, unknown: 0.05 },
        ages: { age_15: 0.1, age_20: 0.25, age_30: 0.3, age_40: 0.2, age_50: 0.15 },
        areas: { tw_01: 0.3, tw_02: 0.25, tw_03: 0.1 },
      },
    },
    campaigns,
  });
}

/** A data folder with the two audiences the file names (20,000 and 2,000 members). */
function dataFolder(dir: string): void {
  const database = openDataDirectory(dir);
  const random = seededRandom(5);
  const members = (n: number) => Uint32Array.from({ length: n * 4 }, () => Math.floor(random() * 2 ** 32));
  for (const [name, n] of [
    ['Members', 20_000],
    ['Unsubscribed', 2000],
  ] as const) {
    database.db.transaction(() => {
      const id = insertAudience(database.db, {
        channelId: 1,
        name,
        kind: 'upload',
        idKind: 'userId',
        memberCount: 0,
      });
      appendMembers(database.db, id, members(n), 0, 'bench');
    })();
  }
  database.close();
}

export const campaignsBenchmark: Benchmark = {
  name: 'campaigns',
  async run(): Promise<Figure[]> {
    const scratch = mkdtempSync(path.join(tmpdir(), 'oa-planner-bench-campaigns-'));
    try {
      const text = campaignFile();
      const file = path.join(scratch, 'campaigns.json');
      writeFileSync(file, text);

      // In process: each run into a fresh copy of the folder, opened before the clock starts.
      let run = 0;
      const imports: number[] = [];
      for (let i = 0; i < 5; i++) {
        const dir = path.join(scratch, `import-${String(run++)}`);
        dataFolder(dir);
        const database: AppDatabase = openDataDirectory(dir);
        clearMemberCache();
        const start = process.hrtime.bigint();
        const outcome = importCampaignFileText(database.db, text, { channel: null });
        imports.push(Number(process.hrtime.bigint() - start) / 1e6);
        if (!outcome.ok) throw new Error(`import refused: ${JSON.stringify(outcome.problems.slice(0, 3))}`);
        if (outcome.result.created.length !== campaignCount)
          throw new Error('import did not create every campaign');
        database.close();
      }

      // The whole command, as a script runs it.
      const processes: number[] = [];
      for (let i = 0; i < 3; i++) {
        const dir = path.join(scratch, `cli-${String(i)}`);
        dataFolder(dir);
        const start = process.hrtime.bigint();
        const child = spawnSync(
          process.execPath,
          [cliLauncher, 'campaign', 'import', file, '--data-dir', dir],
          {
            encoding: 'utf8',
            env: { ...process.env, CI: '1' },
          },
        );
        processes.push(Number(process.hrtime.bigint() - start) / 1e6);
        if (child.status !== 0) throw new Error(`campaign import failed: ${child.stderr}`);
      }

      // `plan --json` for a month holding all 1,000, as a script runs it.
      const monthFile = path.join(scratch, 'march.json');
      writeFileSync(monthFile, campaignFile(true));
      const planDir = path.join(scratch, 'plan');
      dataFolder(planDir);
      const imported = spawnSync(
        process.execPath,
        [cliLauncher, 'campaign', 'import', monthFile, '--data-dir', planDir],
        {
          encoding: 'utf8',
          env: { ...process.env, CI: '1' },
        },
      );
      if (imported.status !== 0) throw new Error(`campaign import failed: ${imported.stderr}`);
      const plans: number[] = [];
      for (let i = 0; i < 5; i++) {
        const start = process.hrtime.bigint();
        const child = spawnSync(
          process.execPath,
          [cliLauncher, 'plan', '--month', '2031-03', '--json', '--data-dir', planDir],
          { encoding: 'utf8', env: { ...process.env, CI: '1' }, maxBuffer: 64 * 1024 * 1024 },
        );
        plans.push(Number(process.hrtime.bigint() - start) / 1e6);
        if (child.status !== 0) throw new Error(`plan failed: ${child.stderr}`);
        const sends = (JSON.parse(child.stdout) as { sends: unknown[] }).sends.length;
        if (sends < 900) throw new Error(`plan forecast only ${String(sends)} sends`);
      }

      // Checking every campaign again, as `campaign list` does.
      const database = openDataDirectory(path.join(scratch, 'import-0'));
      const campaigns = listCampaigns(database.db, 1);
      const checks = await time(() => {
        const facts = loadChannelFacts(database.db, 1);
        const now = new Date();
        for (const c of campaigns) checkStoredDraft(database.db, facts, c, c.id, c.status, now);
      }, 5);
      database.close();

      return [
        {
          name: `import a ${String(campaignCount)}-campaign file (median of 5)`,
          value: median(imports),
          unit: 'ms',
          target: { atMost: 500 },
          note: `fastest ${imports.reduce((a, b) => Math.min(a, b)).toFixed(0)} ms`,
        },
        {
          name: 'oa-planner campaign import, whole process (median of 3)',
          value: median(processes),
          unit: 'ms',
          note: 'start-up and migrations included',
        },
        {
          name: `oa-planner plan --json, a month of ${String(campaignCount)} campaigns, whole process (median of 5)`,
          value: median(plans),
          unit: 'ms',
          target: { atMost: 400 },
          note: `fastest ${plans.reduce((a, b) => Math.min(a, b)).toFixed(0)} ms`,
        },
        {
          name: `check all ${String(campaignCount)} campaigns again (median of 5)`,
          value: median(checks),
          unit: 'ms',
        },
      ];
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  },
};
