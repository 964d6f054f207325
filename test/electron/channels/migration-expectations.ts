// What must hold right after 0005-channel-connections, for the step-by-step test in
// test/electron/storage/migrations.test.ts: the table, its checks (a keychain entry has no
// ciphertext, every other store has one) and the cascade when a channel is deleted.

import { expect } from 'vitest';
import type { SqliteDatabase } from '../../../electron/storage/database';
import { tableColumns, tableNames } from '../../helpers/sqlite-schema';

export function expectChannelConnectionsMigration(db: SqliteDatabase): void {
  expect(tableNames(db)).toContain('channel_connections');
  expect(tableColumns(db, 'channel_connections').map((c) => c.name)).toEqual([
    'channel_id',
    'api_base_url',
    'data_api_base_url',
    'bot_user_id',
    'basic_id',
    'display_name',
    'picture_url',
    'verified_at',
    'secret_store',
    'secret_ref',
    'secret_ciphertext',
  ]);
  db.exec('SAVEPOINT probe');
  try {
    const channel = Number(
      db.prepare("INSERT INTO channels (name, kind) VALUES ('Shop', 'line')").run().lastInsertRowid,
    );
    const insert = db.prepare(
      `INSERT INTO channel_connections (channel_id, api_base_url, data_api_base_url, bot_user_id, basic_id,
         display_name, picture_url, verified_at, secret_store, secret_ref, secret_ciphertext)
       VALUES (?, 'https://api.line.me', 'https://api-data.line.me', 'Ubot', '@shop', 'Shop', NULL,
         '2026-12-01T00:00:00.000Z', ?, 'ref', ?)`,
    );
    expect(() => insert.run(channel, 'keychain', Buffer.from('x'))).toThrow(/CHECK constraint/);
    expect(() => insert.run(channel, 'encrypted-file', null)).toThrow(/CHECK constraint/);
    expect(() => insert.run(channel, 'plain-text', Buffer.from('x'))).toThrow(/CHECK constraint/);
    expect(() => insert.run(999, 'keychain', null)).toThrow(/FOREIGN KEY/);
    insert.run(channel, 'encrypted-file', Buffer.from('sealed'));
    expect(() => insert.run(channel, 'keychain', null)).toThrow(/UNIQUE|PRIMARY KEY/);
    db.prepare('DELETE FROM channels WHERE id = ?').run(channel);
    expect(db.prepare('SELECT count(*) AS n FROM channel_connections').get()).toEqual({ n: 0 });
  } finally {
    db.exec('ROLLBACK TO probe; RELEASE probe');
  }
}
