// The migration runner: ordering, idempotence, all-or-nothing steps, and foreign-key handling.

import { describe, expect, it, vi } from 'vitest';
import { assertContiguous, migrate, type Migration } from '../../../electron/storage/migrate';
import { openRawDatabase } from '../../helpers/temp-database';
import { tableNames, userVersion } from '../../helpers/sqlite-schema';

function createTable(version: number, table: string): Migration {
  return {
    version,
    name: `create-${table}`,
    up: vi.fn((db) => {
      db.exec(`CREATE TABLE ${table} (id INTEGER PRIMARY KEY)`);
    }),
  };
}

describe('assertContiguous', () => {
  it('accepts 1..n in order and an empty list', () => {
    expect(() => assertContiguous([])).not.toThrow();
    expect(() => assertContiguous([createTable(1, 'a'), createTable(2, 'b')])).not.toThrow();
  });

  it.each([
    ['not starting at 1', [createTable(2, 'b')]],
    ['with a gap', [createTable(1, 'a'), createTable(3, 'c')]],
    ['out of order', [createTable(2, 'b'), createTable(1, 'a')]],
    ['with a duplicate', [createTable(1, 'a'), createTable(1, 'b')]],
  ])('rejects a list %s', (_label, list) => {
    expect(() => assertContiguous(list)).toThrow(/numbered 1\.\.n/);
  });

  it('is enforced by migrate before anything runs', () => {
    const db = openRawDatabase();
    const first = createTable(1, 'a');
    expect(() => migrate(db, [first, createTable(3, 'c')])).toThrow(/position 2 holds version 3/);
    expect(first.up).not.toHaveBeenCalled();
    expect(userVersion(db)).toBe(0);
  });
});

describe('migrate', () => {
  it('applies pending migrations in order and records each version', () => {
    const db = openRawDatabase();
    const order: string[] = [];
    const list: Migration[] = ['a', 'b', 'c'].map((table, index) => ({
      version: index + 1,
      name: table,
      up(handle) {
        order.push(table);
        handle.exec(`CREATE TABLE ${table} (id INTEGER PRIMARY KEY)`);
      },
    }));

    expect(migrate(db, list.slice(0, 1))).toBe(1);
    expect(userVersion(db)).toBe(1);
    expect(migrate(db, list)).toBe(3);
    expect(order).toEqual(['a', 'b', 'c']);
    expect(tableNames(db)).toEqual(['a', 'b', 'c']);
  });

  it('runs nothing when the database is current', () => {
    const db = openRawDatabase();
    const list = [createTable(1, 'a'), createTable(2, 'b')];
    migrate(db, list);
    migrate(db, list);
    expect(list[0]?.up).toHaveBeenCalledTimes(1);
    expect(list[1]?.up).toHaveBeenCalledTimes(1);
    expect(userVersion(db)).toBe(2);
  });

  it('rolls a failing migration back entirely and keeps the earlier ones', () => {
    const db = openRawDatabase();
    const failing: Migration = {
      version: 2,
      name: 'half-done',
      up(handle) {
        handle.exec('CREATE TABLE half (id INTEGER PRIMARY KEY)');
        handle.exec('INSERT INTO a (id) VALUES (42)');
        handle.exec('THIS IS NOT SQL');
      },
    };
    const after = createTable(3, 'never');

    expect(() => migrate(db, [createTable(1, 'a'), failing, after])).toThrow(
      /Migration 0002-half-done failed/,
    );
    expect(userVersion(db)).toBe(1);
    expect(tableNames(db)).toEqual(['a']);
    expect(db.prepare('SELECT count(*) AS n FROM a').get()).toEqual({ n: 0 });
    expect(after.up).not.toHaveBeenCalled();
    expect(db.inTransaction).toBe(false);
  });

  it('leaves user_version unchanged when the first pending migration fails on an up-to-date step', () => {
    const db = openRawDatabase();
    migrate(db, [createTable(1, 'a')]);
    const boom: Migration = {
      version: 2,
      name: 'boom',
      up() {
        throw new Error('boom');
      },
    };
    expect(() => migrate(db, [createTable(1, 'a'), boom])).toThrow(/0002-boom failed: boom/);
    expect(userVersion(db)).toBe(1);
  });

  it('refuses a migration that leaves foreign key violations', () => {
    const db = openRawDatabase();
    const parent = createTable(1, 'parent');
    const dangling: Migration = {
      version: 2,
      name: 'dangling',
      up(handle) {
        handle.exec(`
          CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL REFERENCES parent(id));
          INSERT INTO child (parent_id) VALUES (99);
        `);
      },
    };
    expect(() => migrate(db, [parent, dangling])).toThrow(/foreign key violation/);
    expect(userVersion(db)).toBe(1);
    expect(tableNames(db)).toEqual(['parent']);
  });

  it('lets a migration rebuild a parent table without cascading deletes, then restores foreign_keys', () => {
    const db = openRawDatabase();
    db.pragma('foreign_keys = ON');
    const initial: Migration = {
      version: 1,
      name: 'parent-child',
      up(handle) {
        handle.exec(`
          CREATE TABLE parent (id INTEGER PRIMARY KEY, label TEXT);
          CREATE TABLE child (id INTEGER PRIMARY KEY,
            parent_id INTEGER NOT NULL REFERENCES parent(id) ON DELETE CASCADE);
          INSERT INTO parent (id, label) VALUES (1, 'p');
          INSERT INTO child (parent_id) VALUES (1), (1);
        `);
      },
    };
    // SQLite's documented way to change a table: create new, copy, drop old, rename.
    const rebuild: Migration = {
      version: 2,
      name: 'rebuild-parent',
      up(handle) {
        handle.exec(`
          CREATE TABLE parent_new (id INTEGER PRIMARY KEY, label TEXT NOT NULL DEFAULT '');
          INSERT INTO parent_new (id, label) SELECT id, coalesce(label, '') FROM parent;
          DROP TABLE parent;
          ALTER TABLE parent_new RENAME TO parent;
        `);
      },
    };
    migrate(db, [initial, rebuild]);
    expect(db.prepare('SELECT count(*) AS n FROM child').get()).toEqual({ n: 2 });
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.exec('DELETE FROM parent WHERE id = 1');
    expect(db.prepare('SELECT count(*) AS n FROM child').get()).toEqual({ n: 0 });
  });

  it('refuses a database newer than its list', () => {
    const db = openRawDatabase();
    db.pragma('user_version = 5');
    expect(() => migrate(db, [createTable(1, 'a')])).toThrow(/schema 5 is newer/);
    expect(userVersion(db)).toBe(5);
  });
});
