// Each shipped migration, applied one step at a time from an empty database, with the schema and
// data expected after that step. Adding a migration without adding its expectations fails here.

import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/storage/migrate';
import { migrations } from '../../../electron/storage/migrations';
import type { SqliteDatabase } from '../../../electron/storage/database';
import { openRawDatabase } from '../../helpers/temp-database';
import { expectAudiencesMigration } from '../audiences/migration-expectations';
import { expectProjectsMigration } from '../editor/migration-expectations';
import { expectCampaignsMigration } from '../campaigns/migration-expectations';
import { expectChannelConnectionsMigration } from '../channels/migration-expectations';
import {
  expectOutboxMigration,
  expectAudienceSyncMigration,
  expectOutboxJobsMigration,
  expectOutboxOpenIndexMigration,
  expectPullMigration,
  expectRichMenusMigration,
} from '../sync/migration-expectations';
import {
  schemaObjects,
  tableColumns,
  tableIndexes,
  tableNames,
  userVersion,
} from '../../helpers/sqlite-schema';

const isoUtcMillis = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** Runs constraint probes without leaving their rows (or AUTOINCREMENT counters) behind for later steps. */
function withRollback(db: SqliteDatabase, probe: () => void): void {
  db.exec('SAVEPOINT probe');
  try {
    probe();
  } finally {
    db.exec('ROLLBACK TO probe; RELEASE probe');
  }
}

/** What must hold right after migration N (index N - 1) has been applied. */
const expectations: readonly ((db: SqliteDatabase) => void)[] = [
  // 0001-channels
  (db) => {
    expect(tableNames(db)).toEqual(['channels']);
    expect(tableColumns(db, 'channels')).toEqual([
      { name: 'id', type: 'INTEGER', notnull: 0, dflt_value: null, pk: 1 },
      { name: 'name', type: 'TEXT', notnull: 1, dflt_value: null, pk: 0 },
      { name: 'kind', type: 'TEXT', notnull: 1, dflt_value: null, pk: 0 },
      {
        name: 'created_at',
        type: 'TEXT',
        notnull: 1,
        dflt_value: expect.stringContaining('strftime') as string,
        pk: 0,
      },
    ]);
    expect(tableIndexes(db, 'channels')).toEqual([
      { name: 'channels_single_sandbox', unique: 1, partial: 1, columns: ['kind'] },
    ]);

    const rows = db.prepare('SELECT id, name, kind, created_at FROM channels').all();
    expect(rows).toEqual([
      { id: 1, name: 'Sandbox', kind: 'sandbox', created_at: expect.stringMatching(isoUtcMillis) },
    ]);
    const createdAt = (rows[0] as { created_at: string }).created_at;
    expect(Math.abs(Date.parse(createdAt) - Date.now())).toBeLessThan(60_000);

    withRollback(db, () => {
      const insert = db.prepare('INSERT INTO channels (name, kind) VALUES (?, ?)');
      expect(() => insert.run('', 'line')).toThrow(/CHECK constraint/);
      expect(() => insert.run('x'.repeat(101), 'line')).toThrow(/CHECK constraint/);
      expect(() => insert.run('Shop', 'facebook')).toThrow(/CHECK constraint/);
      expect(() => insert.run('Second sandbox', 'sandbox')).toThrow(/UNIQUE constraint/);
      expect(() => insert.run(null, 'line')).toThrow(/NOT NULL/);
      // STRICT: a value of the wrong type is rejected rather than stored as-is.
      expect(() =>
        db
          .prepare("INSERT INTO channels (name, kind, created_at) VALUES ('n', 'line', ?)")
          .run(Buffer.from('x')),
      ).toThrow(/cannot store BLOB/);
      expect(insert.run('x'.repeat(100), 'line').lastInsertRowid).toBe(2);
      // AUTOINCREMENT: a deleted channel's id is not handed out again.
      db.prepare('DELETE FROM channels WHERE id = 2').run();
      expect(insert.run('Shop', 'line').lastInsertRowid).toBe(3);
    });
  },
  // 0002-audiences
  expectAudiencesMigration,
  // 0003-projects (constraints and cascades: test/electron/editor/migration-0003.test.ts)
  expectProjectsMigration,
  // 0004-campaigns (how the stand-in's rows move: test/electron/campaigns/migration-0004.test.ts)
  expectCampaignsMigration,
  // 0005-channel-connections
  expectChannelConnectionsMigration,
  // 0006-outbox
  expectOutboxMigration,
  // 0007-richmenus
  expectRichMenusMigration,
  // 0008-pull
  expectPullMigration,
  // 0009-audience-sync
  expectAudienceSyncMigration,
  // 0010-outbox-jobs
  expectOutboxJobsMigration,
  // 0011-outbox-open-index
  expectOutboxOpenIndexMigration,
];

describe('shipped migrations', () => {
  it('have one expectation block each', () => {
    expect(expectations).toHaveLength(migrations.length);
  });

  it('live one per file, named NNNN-<name>.ts after their version and name', () => {
    const dir = fileURLToPath(new URL('../../../electron/storage/migrations/', import.meta.url));
    const files = readdirSync(dir)
      .filter((file) => file !== 'index.ts')
      .sort();
    expect(files).toEqual(migrations.map((m) => `${String(m.version).padStart(4, '0')}-${m.name}.ts`));
  });

  it.each(migrations.map((m) => [m.version, m.name] as const))(
    'step %i (%s) produces its schema and data',
    (version) => {
      const db = openRawDatabase();
      for (let step = 1; step <= version; step++) {
        expect(migrate(db, migrations.slice(0, step))).toBe(step);
        expect(userVersion(db)).toBe(step);
        expectations[step - 1]?.(db);
      }
    },
  );

  it('end with no foreign key problems and a clean integrity check', () => {
    const db = openRawDatabase();
    migrate(db, migrations);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(schemaObjects(db).length).toBeGreaterThan(0);
  });
});
