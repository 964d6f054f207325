// `oa-planner campaign import|export|list` through the real bundled CLI as a child process: the
// issue's file imported, refusals with JSON paths that leave the database as it was (exit 1), export
// then import changing nothing, and the list as a table and as JSON.

import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDataDirectory } from '../../../electron/storage/database';
import { runCliProcess } from '../../helpers/cli';
import { makeTempDir } from '../../helpers/temp-dir';
import { issueExampleIn } from '../../shared/campaigns/fixtures';
import { campaignTables, imagemapProject, uploadAudience } from '../campaigns/fixtures';

// The issue's example, years on: the CLI checks send times against the real clock.
const file = issueExampleIn(2030);

function dataFolder(extraChannel = false) {
  const dir = makeTempDir();
  const database = openDataDirectory(dir);
  uploadAudience(
    database.db,
    'VIP 客人',
    Array.from({ length: 1200 }, (_, i) => i + 1),
  );
  uploadAudience(
    database.db,
    'Blocked',
    Array.from({ length: 200 }, (_, i) => i + 1),
  );
  imagemapProject(database.db, 'Spring menu');
  if (extraChannel) database.db.prepare(`INSERT INTO channels (name, kind) VALUES ('Shop', 'line')`).run();
  database.close();
  const write = (name: string, value: unknown) => {
    const target = path.join(dir, name);
    writeFileSync(target, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
    return target;
  };
  const tables = () => {
    const db = openDataDirectory(dir);
    try {
      return campaignTables(db.db);
    } finally {
      db.close();
    }
  };
  return {
    dir,
    write,
    tables,
    cli: (...args: string[]) => runCliProcess(['campaign', ...args, '--data-dir', dir]),
  };
}

describe('oa-planner campaign', () => {
  it('imports a campaign file, lists it, exports it, and importing the export changes nothing', () => {
    const { write, cli, dir, tables } = dataFolder();
    const imported = cli('import', write('plan.json', file));
    expect(imported.stderr).toBe('');
    expect(imported.status).toBe(0);
    expect(imported.stdout.trim()).toBe(
      `Imported ${path.join(dir, 'plan.json')} into channel 1 "Sandbox": 2 created, 0 updated, 0 unchanged; planning figures saved.`,
    );

    const list = cli('list', '--month', '2030-12');
    expect(list.status).toBe(0);
    expect(list.stdout.split('\n').slice(0, 4)).toEqual([
      'Channel 1 "Sandbox", times in Asia/Taipei; reach is approximate (~), based on data up to 3 days old.',
      'key   status  time              kind        reach  sync        problems',
      'vip   ready   2030-12-18T20:00  narrowcast   ~500  not-queued  ok',
      'xmas  ready   2030-12-20T12:00  broadcast   ~2000  not-queued  ok',
    ]);

    const json = cli('list', '--json');
    const listed = JSON.parse(json.stdout) as {
      timeZone: string;
      campaigns: { key: string; reach: { expected: number }; findings: unknown[] }[];
    };
    expect(listed.timeZone).toBe('Asia/Taipei');
    expect(listed.campaigns.map((c) => [c.key, c.reach.expected, c.findings.length])).toEqual([
      ['vip', 500, 0],
      ['xmas', 2000, 0],
    ]);

    const out = path.join(dir, 'export.json');
    const exported = cli('export', '--out', out);
    expect(exported.status).toBe(0);
    expect(exported.stdout.trim()).toBe(`Wrote 2 campaigns of channel 1 "Sandbox" to ${out}.`);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual({
      ...file,
      campaigns: [file.campaigns[1], file.campaigns[0]],
    });
    const before = tables();
    const again = cli('import', out);
    expect(again.stdout.trim()).toMatch(/: 0 created, 0 updated, 2 unchanged\.$/);
    expect(tables()).toEqual(before);
  });

  it('refuses a file with problems, naming each JSON path, exits 1 and changes nothing', () => {
    const { write, cli, tables, dir } = dataFolder();
    expect(cli('import', write('plan.json', file)).status).toBe(0);
    const before = tables();
    const broken = {
      ...file,
      campaigns: [
        { ...file.campaigns[0], messages: [{ type: 'text', text: 42 }] },
        { ...file.campaigns[1], limit: { max: 49 } },
        { key: 'new', title: 'New', send: 'broadcast', messages: [{ type: 'sticker', packageId: '446' }] },
      ],
    };
    const refused = cli('import', write('broken.json', broken));
    expect(refused.status).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr.split('\n').slice(0, 3)).toEqual([
      `oa-planner campaign: ${path.join(dir, 'broken.json')} was not imported and nothing was changed; fix these 2 problems:`,
      '  campaigns[0].messages[0].text: This must be a string (in quotes). Correct the value.',
      '  campaigns[2].messages[0].stickerId: “stickerId” is missing. Add “stickerId”.',
    ]);
    expect(tables()).toEqual(before);

    // The rules of a ready campaign, once the file reads.
    const rule = cli(
      'import',
      write('rule.json', { ...file, campaigns: [{ ...file.campaigns[1], limit: { max: 49 } }] }),
    );
    expect(rule.status).toBe(1);
    expect(rule.stderr).toContain(
      'campaigns[0].limit.max: With an attribute filter the number of recipients must be at least 50; it is 49. Set it to 50 or more, or remove the filter.',
    );
    expect(tables()).toEqual(before);

    const notJson = cli(
      'import',
      write('bad.json', '{\n  "format": "oa-planner.campaigns",\n  "version": 1,,\n}'),
    );
    expect(notJson.status).toBe(1);
    expect(notJson.stderr).toContain('The file is not valid JSON at line 3, column 16');
    expect(tables()).toEqual(before);
  });

  it('needs --channel when the folder has several channels, and names them', () => {
    const { cli } = dataFolder(true);
    const list = cli('list');
    expect(list.status).toBe(2);
    expect(list.stderr).toContain('Name the channel with --channel');
    expect(cli('list', '--channel', 'Shop').stdout.trim()).toBe('No campaigns in channel 2 "Shop".');
    expect(cli('list', '--channel', 'Nowhere')).toMatchObject({ status: 1 });
    expect(cli('export')).toMatchObject({ status: 2 });
    expect(cli('list', '--month', 'December')).toMatchObject({ status: 2 });
  });
});
