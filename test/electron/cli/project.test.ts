// `oa-planner project list` through the real bundled CLI as a child process: every channel's
// projects with their ids, the trash marked, one channel with --channel, and the same as JSON.

import { describe, expect, it } from 'vitest';
import { createProject, trashProject } from '../../../electron/editor/projects';
import { openDataDirectory } from '../../../electron/storage/database';
import { runCliProcess } from '../../helpers/cli';
import { makeTempDir } from '../../helpers/temp-dir';

/** Sandbox (1) holds “Spring menu” and the trashed “Old menu”; Shop (2) holds “Winter sale”. */
function dataFolder(): string {
  const dir = makeTempDir();
  const database = openDataDirectory(dir);
  try {
    const db = database.db;
    db.prepare(`INSERT INTO channels (name, kind) VALUES ('Shop', 'line')`).run();
    createProject(db, { channelId: 1, name: 'Spring menu', templateId: 'richmenu-compact-2@1200x405' });
    const old = createProject(db, {
      channelId: 1,
      name: 'Old menu',
      templateId: 'richmenu-compact-2@1200x405',
    });
    trashProject(db, old.id);
    createProject(db, { channelId: 2, name: 'Winter sale', templateId: 'imagemap-square-1' });
  } finally {
    database.close();
  }
  return dir;
}

describe('oa-planner project list', () => {
  it('prints every project with its id, kind and channel, the trashed ones marked', () => {
    const dir = dataFolder();
    const run = runCliProcess(['project', 'list', '--data-dir', dir]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^ID\s+KIND\s+DOCS\s+CHANNEL\s+NAME$/);
    expect(lines.slice(1).map((l) => l.split(/\s{2,}/))).toEqual([
      ['1', 'Rich menu', '1', 'Sandbox', 'Spring menu'],
      ['3', 'Rich message', '1', 'Shop', 'Winter sale'],
      ['2', 'Rich menu', '1', 'Sandbox', 'Old menu (in the trash)'],
    ]);
  });

  it('lists one channel with --channel, and as JSON with --json', () => {
    const dir = dataFolder();
    const shop = runCliProcess(['project', 'list', '--channel', 'shop', '--data-dir', dir]);
    expect(shop.status).toBe(0);
    expect(shop.stdout).toContain('Winter sale');
    expect(shop.stdout).not.toContain('Spring menu');

    const json = runCliProcess(['project', 'list', '--json', '--data-dir', dir]);
    expect(json.status).toBe(0);
    const listed = JSON.parse(json.stdout) as { id: number; name: string; trashedAt: string | null }[];
    expect(listed.map((p) => [p.id, p.name, p.trashedAt === null])).toEqual([
      [1, 'Spring menu', true],
      [3, 'Winter sale', true],
      [2, 'Old menu', false],
    ]);
    expect(listed[1]).toMatchObject({
      kind: 'imagemap',
      channel: { id: 2, name: 'Shop' },
      documents: 1,
    });
    expect(listed[0]).toHaveProperty('updatedAt');
  });

  it('says so when there are no projects, and refuses what it does not know', () => {
    const empty = makeTempDir();
    const none = runCliProcess(['project', 'list', '--data-dir', empty]);
    expect(none.status).toBe(0);
    expect(none.stdout.trim()).toBe('No projects yet.');
    expect(JSON.parse(runCliProcess(['project', 'list', '--json', '--data-dir', empty]).stdout)).toEqual([]);

    const action = runCliProcess(['project', 'rename', '--data-dir', empty]);
    expect(action.status).toBe(2);
    expect(action.stderr).toContain('unknown action "rename" (list)');
    const channel = runCliProcess(['project', 'list', '--channel', 'Nowhere', '--data-dir', dataFolder()]);
    expect(channel.status).toBe(1);
    expect(channel.stderr).toContain('Nowhere');
  });
});
