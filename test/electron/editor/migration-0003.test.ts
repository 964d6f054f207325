// Migration 0003-projects on ':memory:': tables, constraints and cascades.

import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/storage/migrate';
import { migrations } from '../../../electron/storage/migrations';
import { projects } from '../../../electron/storage/migrations/0003-projects';
import { openRawDatabase } from '../../helpers/temp-database';
import { tableNames, userVersion } from '../../helpers/sqlite-schema';

function migratedTo3() {
  const db = openRawDatabase();
  db.pragma('foreign_keys = ON');
  expect(migrations[2]).toBe(projects);
  migrate(db, migrations.slice(0, 3));
  return db;
}

const sha = (c: string) => c.repeat(64);

describe('0003-projects', () => {
  it('is version 3 and creates the project tables', () => {
    const db = migratedTo3();
    expect(projects.version).toBe(3);
    expect(userVersion(db)).toBe(3);
    expect(tableNames(db)).toEqual(
      expect.arrayContaining(['projects', 'assets', 'project_assets', 'project_text_rasters']),
    );
  });

  it('keeps rows valid: kind, name length, JSON array documents, asset id and mime', () => {
    const db = migratedTo3();
    const insert = db.prepare(
      'INSERT INTO projects (channel_id, name, kind, template_id, documents) VALUES (?, ?, ?, ?, ?)',
    );
    expect(() => insert.run(1, 'A', 'richmenu', 't', '[]')).not.toThrow();
    expect(() => insert.run(1, 'A', 'flex', 't', '[]')).toThrow(/CHECK/);
    expect(() => insert.run(1, '', 'richmenu', 't', '[]')).toThrow(/CHECK/);
    expect(() => insert.run(1, 'A', 'richmenu', 't', '{"a":1}')).toThrow(/CHECK/);
    expect(() => insert.run(1, 'A', 'richmenu', 't', 'not json')).toThrow(/CHECK/);
    expect(() => insert.run(999, 'A', 'richmenu', 't', '[]')).toThrow(/FOREIGN KEY/);
    const asset = db.prepare(
      'INSERT INTO assets (id, mime, width, height, original, editing, editing_mime, editing_width, editing_height) VALUES (?, ?, 1, 1, ?, ?, ?, 1, 1)',
    );
    expect(() => asset.run(sha('a'), 'image/png', Buffer.from([1]), null, null)).not.toThrow();
    expect(() => asset.run(sha('A'), 'image/png', Buffer.from([1]), null, null)).toThrow(/CHECK/);
    expect(() => asset.run(sha('b'), 'image/svg+xml', Buffer.from([1]), null, null)).toThrow(/CHECK/);
    expect(() => asset.run(sha('c'), 'image/png', Buffer.alloc(0), null, null)).toThrow(/CHECK/);
    expect(() => asset.run(sha('d'), 'image/png', Buffer.from([1]), Buffer.from([1]), null)).toThrow(/CHECK/);
  });

  it('cascades channel → projects → links and rasters, but keeps shared assets', () => {
    const db = migratedTo3();
    db.prepare("INSERT INTO channels (name, kind) VALUES ('Shop', 'line')").run();
    const channelId = (db.prepare("SELECT id FROM channels WHERE name = 'Shop'").get() as { id: number }).id;
    const project = db
      .prepare(
        "INSERT INTO projects (channel_id, name, kind, template_id, documents) VALUES (?, 'P', 'imagemap', 't', '[]')",
      )
      .run(channelId).lastInsertRowid;
    db.prepare(
      "INSERT INTO assets (id, mime, width, height, original, editing_width, editing_height) VALUES (?, 'image/png', 1, 1, x'01', 1, 1)",
    ).run(sha('e'));
    db.prepare("INSERT INTO project_assets (project_id, asset_id, file_name) VALUES (?, ?, 'a.png')").run(
      project,
      sha('e'),
    );
    db.prepare("INSERT INTO project_text_rasters (project_id, raster_key, png) VALUES (?, 'k', x'00')").run(
      project,
    );
    db.prepare('DELETE FROM channels WHERE id = ?').run(channelId);
    expect(db.prepare('SELECT count(*) AS n FROM projects').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM project_assets').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM project_text_rasters').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM assets').get()).toEqual({ n: 1 });
    // An asset still linked to a project cannot be deleted from under it.
    const p2 = db
      .prepare(
        "INSERT INTO projects (channel_id, name, kind, template_id, documents) VALUES (1, 'Q', 'imagemap', 't', '[]')",
      )
      .run().lastInsertRowid;
    db.prepare("INSERT INTO project_assets (project_id, asset_id, file_name) VALUES (?, ?, 'a.png')").run(
      p2,
      sha('e'),
    );
    expect(() => db.prepare('DELETE FROM assets').run()).toThrow(/FOREIGN KEY/);
  });
});
