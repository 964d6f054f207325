// `oa-planner plans` as a child process: the real bundled command over a real data folder.

import { describe, expect, it } from 'vitest';
import { saveUserPlan } from '../../../electron/quota/plans';
import { openDataDirectory } from '../../../electron/storage/database';
import type { Plan } from '../../../shared/quota/model';
import { builtinPlan, builtinPlans } from '../../../shared/quota/plans';
import { runCliProcess } from '../../helpers/cli';
import { makeTempDir } from '../../helpers/temp-dir';

describe('oa-planner plans', () => {
  it('lists every plan with its id, region, name, fee, free messages, bands, validity, verified flag and origin', () => {
    const dir = makeTempDir();
    const run = runCliProcess(['plans', '--data-dir', dir]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(
      /^id\s+region\s+name\s+fee\s+free\s+additional messages\s+valid\s+verified\s+origin$/,
    );
    const row = (id: string) => lines.find((line) => line.startsWith(`${id} `))?.split(/\s{2,}/);
    expect(row('tw-2023-high')).toEqual([
      'tw-2023-high',
      'TW',
      '高用量',
      'NT$1,200',
      '6,000',
      'NT$0.2* each',
      '2023-09-01 →',
      'yes',
      'built-in',
    ]);
    expect(row('tw-legacy-free')).toEqual([
      'tw-legacy-free',
      'TW',
      '輕用量 (2019–2023)',
      'NT$0',
      '500',
      'none',
      '2019-04-18 → 2023-08-31 (then tw-2023-light)',
      'yes',
      'built-in',
    ]);
    expect(row('jp-2023-standard')?.slice(3, 6)).toEqual([
      '¥15,000',
      '30,000',
      '¥3 to the 50,000th · ¥2.8* after',
    ]);
    expect(row('th-pro')?.slice(2, 8)).toEqual([
      'Pro',
      '฿1,780',
      '35,000',
      'price unknown',
      '2023-02-01 →',
      'no',
    ]);
    // Columns line up as a terminal shows them: CJK characters take two cells.
    const cells = (text: string) => [...text].reduce((w, c) => w + (/[\u3000-\u9fff]/.test(c) ? 2 : 1), 0);
    const additionalColumn = lines[0]!.indexOf('additional messages');
    for (const id of ['tw-2023-light', 'tw-legacy-high', 'jp-2023-communication', 'th-basic']) {
      const line = lines.find((l) => l.startsWith(`${id} `)) ?? '';
      const additional = line.split(/\s{2,}/)[5] ?? '';
      expect(cells(line.slice(0, line.indexOf(`  ${additional}`) + 2)), id).toBe(additionalColumn);
    }
  });

  it('prints the plans as JSON with their sources, and shows the user’s edits and additions', () => {
    const dir = makeTempDir();
    const database = openDataDirectory(dir);
    const added: Plan = {
      ...builtinPlan('tw-2023-high')!,
      id: 'agency-deal',
      name: 'Agency deal',
      origin: 'user',
    };
    saveUserPlan(database.db, added);
    saveUserPlan(database.db, { ...builtinPlan('jp-2023-light')!, monthlyFee: 5_500 });
    database.close();

    const json = runCliProcess(['plans', '--json', '--data-dir', dir]);
    expect(json.status).toBe(0);
    const plans = JSON.parse(json.stdout) as Plan[];
    expect(plans.map((p) => p.id)).toEqual([...builtinPlans.map((p) => p.id), 'agency-deal']);
    expect(plans.find((p) => p.id === 'jp-2023-light')).toMatchObject({
      monthlyFee: 5_500,
      origin: 'user',
      edited: true,
    });
    expect(plans.every((p) => p.source.length > 0)).toBe(true);

    const table = runCliProcess(['plans', '--data-dir', dir]).stdout.split('\n');
    expect(table.find((l) => l.startsWith('jp-2023-light '))).toMatch(/¥5,500 .* edited$/);
    expect(table.find((l) => l.startsWith('agency-deal '))).toMatch(/ yours$/);
  });

  it('is called wrongly with an argument: exit 2 and a hint', () => {
    const run = runCliProcess(['plans', 'all', '--data-dir', makeTempDir()]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('plans takes no arguments (got "all")');
    expect(run.stderr).toContain('oa-planner plans --help');
  });
});
