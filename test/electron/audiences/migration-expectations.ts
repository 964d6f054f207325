// What must hold right after migration 0002-audiences; used by test/electron/storage/migrations.test.ts.

import { expect } from 'vitest';
import type { SqliteDatabase } from '../../../electron/storage/database';
import { tableNames } from '../../helpers/sqlite-schema';

export function expectAudiencesMigration(db: SqliteDatabase): void {
  expect(tableNames(db)).toEqual([
    'audience_member_blocks',
    'audience_tags',
    'audience_uploads',
    'audiences',
    'campaign_broadcasts',
    'channels',
    'chat_tags',
    'friend_tags',
    'friends',
  ]);
  db.exec('SAVEPOINT probe');
  try {
    const insert = db.prepare(
      'INSERT INTO audiences (channel_id, name, kind, id_kind, member_count) VALUES (?, ?, ?, ?, ?)',
    );
    const id = Number(insert.run(1, 'VIP', 'upload', 'userId', 0).lastInsertRowid);
    expect(() => insert.run(1, 'vip', 'upload', 'userId', 0)).toThrow(/UNIQUE/);
    expect(() => insert.run(1, 'x'.repeat(121), 'upload', 'userId', 0)).toThrow(/CHECK/);
    expect(() => insert.run(1, 'Other', 'upload', 'phone', 0)).toThrow(/CHECK/);
    expect(() => insert.run(1, 'Other', 'upload', 'userId', null)).toThrow(/CHECK/);
    expect(() => insert.run(99, 'Other', 'upload', 'userId', 0)).toThrow(/FOREIGN KEY/);
    // Retargeting needs its broadcast and rate; chat-tag audiences need a match rule.
    expect(() =>
      db.prepare("INSERT INTO audiences (channel_id, name, kind) VALUES (1, 'C', 'click')").run(),
    ).toThrow(/CHECK/);
    expect(() =>
      db.prepare("INSERT INTO audiences (channel_id, name, kind) VALUES (1, 'T', 'chatTag')").run(),
    ).toThrow(/CHECK/);
    expect(() =>
      db
        .prepare(
          "INSERT INTO audiences (channel_id, name, kind, status, id_kind, member_count) VALUES (1, 'F', 'upload', 'FAILED', 'userId', 0)",
        )
        .run(),
    ).toThrow(/CHECK/);
    const block = db.prepare(
      'INSERT INTO audience_member_blocks (audience_id, block, member_count, members) VALUES (?, ?, ?, ?)',
    );
    expect(() => block.run(id, 0, 2, Buffer.alloc(16))).toThrow(/CHECK/);
    block.run(id, 0, 1, Buffer.alloc(16));
    const friend = db.prepare('INSERT INTO friends (channel_id, user_id) VALUES (1, ?)');
    expect(() => friend.run(`U${'A'.repeat(32)}`)).toThrow(/CHECK/);
    friend.run(`U${'a'.repeat(32)}`);
    const tag = Number(
      db.prepare("INSERT INTO chat_tags (channel_id, name) VALUES (1, 'VIP')").run().lastInsertRowid,
    );
    db.prepare('INSERT INTO friend_tags (tag_id, channel_id, user_id) VALUES (?, 1, ?)').run(
      tag,
      `U${'a'.repeat(32)}`,
    );
    // Deleting the channel takes every audience, block, tag and friend with it.
    db.prepare('DELETE FROM channels WHERE id = 1').run();
    for (const table of ['audiences', 'audience_member_blocks', 'chat_tags', 'friends', 'friend_tags']) {
      expect(db.prepare(`SELECT count(*) AS n FROM ${table}`).get()).toEqual({ n: 0 });
    }
  } finally {
    db.exec('ROLLBACK TO probe; RELEASE probe');
  }
}
