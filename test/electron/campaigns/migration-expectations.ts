// What must hold right after 0004-campaigns, for the step-by-step test in test/electron/storage/
// migrations.test.ts (how rows move from the stand-in table: migration-0004.test.ts).

import { expect } from 'vitest';
import type { SqliteDatabase } from '../../../electron/storage/database';
import { tableColumns, tableIndexes, tableNames } from '../../helpers/sqlite-schema';

export function expectCampaignsMigration(db: SqliteDatabase): void {
  const tables = tableNames(db);
  expect(tables).toEqual(expect.arrayContaining(['campaigns', 'channel_planning', 'user_plans']));
  expect(tables).not.toContain('campaign_broadcasts');
  expect(tableColumns(db, 'campaigns').map((c) => c.name)).toEqual([
    'id',
    'channel_id',
    'key',
    'title',
    'status',
    'send_kind',
    'send_at',
    'content',
    'planned_recipients',
    'request_id',
    'sent_at',
    'delivered',
    'unique_impressions',
    'unique_clicks',
    'stats_synced_at',
    'created_at',
    'updated_at',
  ]);
  expect(tableIndexes(db, 'audiences').map((i) => i.name)).toEqual(
    expect.arrayContaining(['audiences_name', 'audiences_line_group', 'audiences_broadcast']),
  );
  db.exec('SAVEPOINT probe');
  try {
    const insert = db.prepare(
      `INSERT INTO campaigns (channel_id, key, title, status, send_kind, content) VALUES (1, ?, 'T', ?, ?, ?)`,
    );
    insert.run('a', 'draft', 'broadcast', '{}');
    expect(() => insert.run('a', 'draft', 'broadcast', '{}')).toThrow(/UNIQUE/);
    expect(() => insert.run('b', 'planned', 'broadcast', '{}')).toThrow(/CHECK/);
    expect(() => insert.run('b', 'draft', 'email', '{}')).toThrow(/CHECK/);
    expect(() => insert.run('b', 'draft', 'push', 'not json')).toThrow(/CHECK/);
    const planning = db.prepare(
      `INSERT INTO channel_planning (channel_id, time_zone, plan_id, consumed_month, consumed_messages) VALUES (1, 'Asia/Taipei', 'tw-2023-light', ?, ?)`,
    );
    expect(() => planning.run('2026-12', null)).toThrow(/CHECK/);
    expect(() => planning.run('Dec', 5)).toThrow(/CHECK/);
    planning.run('2026-12', 120);
  } finally {
    db.exec('ROLLBACK TO probe; RELEASE probe');
  }
}
