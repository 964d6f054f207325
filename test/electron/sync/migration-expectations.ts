// What must hold right after 0006-outbox and 0007-richmenus, for the step-by-step test in test/electron/storage/
// migrations.test.ts.

import { expect } from 'vitest';
import type { SqliteDatabase } from '../../../electron/storage/database';
import { tableColumns, tableIndexes, tableNames } from '../../helpers/sqlite-schema';

const key = '0b6c7a5e-3f0e-4a57-9a52-2f6f1d3e4c5b';

export function expectOutboxMigration(db: SqliteDatabase): void {
  expect(tableNames(db)).toEqual(expect.arrayContaining(['outbox', 'outbox_lease']));
  expect(tableColumns(db, 'outbox').map((c) => c.name)).toEqual([
    'id',
    'channel_id',
    'kind',
    'campaign_id',
    'part',
    'payload',
    'cost',
    'state',
    'attempts',
    'last_error',
    'retry_key',
    'first_attempt_at',
    'request_id',
    'accepted_request_id',
    'progress',
    'created_at',
    'updated_at',
    'finished_at',
  ]);
  expect(tableIndexes(db, 'outbox').map((i) => i.name)).toEqual(
    expect.arrayContaining(['outbox_retry_key', 'outbox_campaign_part', 'outbox_open']),
  );
  db.exec('SAVEPOINT probe');
  try {
    const insert = db.prepare(
      `INSERT INTO outbox (channel_id, kind, payload, retry_key, state, finished_at, request_id)
       VALUES (1, ?, '{}', ?, ?, ?, ?)`,
    );
    insert.run('broadcast', key, 'pending', null, null);
    // One retry key, one request.
    expect(() => insert.run('broadcast', key, 'pending', null, null)).toThrow(/UNIQUE/);
    expect(() => insert.run('reply', key.replace('0b', '1b'), 'pending', null, null)).toThrow(/CHECK/);
    expect(() => insert.run('broadcast', 'short', 'pending', null, null)).toThrow(/CHECK/);
    // Done means LINE accepted it, with the ID to show for it.
    expect(() => insert.run('broadcast', key.replace('0b', '2b'), 'done', 'now', null)).toThrow(/CHECK/);
    insert.run('broadcast', key.replace('0b', '3b'), 'done', 'now', 'r1');
    expect(() => insert.run('broadcast', key.replace('0b', '4b'), 'failed', null, null)).toThrow(/CHECK/);
    const lease = db.prepare(
      'INSERT INTO outbox_lease (id, holder, acquired_at, expires_at) VALUES (?, ?, 1, 2)',
    );
    lease.run(1, 'a');
    expect(() => lease.run(2, 'b')).toThrow(/CHECK/);
  } finally {
    db.exec('ROLLBACK TO probe; RELEASE probe');
  }
}

/** What must hold right after 0007-richmenus. */
export function expectRichMenusMigration(db: SqliteDatabase): void {
  expect(tableNames(db)).toEqual(expect.arrayContaining(['rich_menus']));
  expect(tableColumns(db, 'rich_menus').map((c) => c.name)).toEqual([
    'id',
    'channel_id',
    'project_id',
    'document_index',
    'marker',
    'content_hash',
    'rich_menu_id',
    'state',
    'created_at',
    'updated_at',
  ]);
  expect(tableIndexes(db, 'rich_menus').map((i) => i.name)).toEqual(
    expect.arrayContaining(['rich_menus_marker', 'rich_menus_line_id', 'rich_menus_project']),
  );
  db.exec('SAVEPOINT probe');
  try {
    const insert = db.prepare(
      `INSERT INTO rich_menus (channel_id, document_index, marker, rich_menu_id, state) VALUES (1, 0, ?, ?, ?)`,
    );
    // The marker is stored before LINE's id is known.
    insert.run('oap-0000000000000001', null, 'creating');
    expect(() => insert.run('oap-0000000000000001', null, 'creating')).toThrow(/UNIQUE/);
    // Past creating, LINE's id is known.
    expect(() => insert.run('oap-0000000000000002', null, 'live')).toThrow(/CHECK/);
    insert.run('oap-0000000000000003', 'richmenu-1', 'live');
    expect(() => insert.run('oap-0000000000000004', 'richmenu-1', 'uploaded')).toThrow(/UNIQUE/);
    expect(() => insert.run('oap-0000000000000005', 'richmenu-2', 'gone')).toThrow(/CHECK/);
  } finally {
    db.exec('ROLLBACK TO probe; RELEASE probe');
  }
}

/** What must hold right after 0008-pull. */
export function expectPullMigration(db: SqliteDatabase): void {
  expect(tableNames(db)).toEqual(expect.arrayContaining(['pull_budget_calls']));
  expect(tableColumns(db, 'channel_planning').map((c) => c.name)).toEqual(
    expect.arrayContaining([
      'quota_type',
      'quota_value',
      'quota_pulled_at',
      'consumed_pulled_at',
      'friends_pulled_at',
    ]),
  );
  expect(tableColumns(db, 'audiences').map((c) => c.name)).toEqual(
    expect.arrayContaining(['line_expires_at', 'line_create_route']),
  );
  expect(tableIndexes(db, 'pull_budget_calls').map((i) => i.name)).toEqual(['pull_budget_calls_window']);
  db.exec('SAVEPOINT probe');
  try {
    const call = db.prepare('INSERT INTO pull_budget_calls (channel_id, kind, called_at) VALUES (1, ?, ?)');
    call.run('insight', 1);
    expect(() => call.run('richMenus', 1)).toThrow(/CHECK/);
    expect(() => call.run('insight', -1)).toThrow(/CHECK/);
    const planning = db.prepare(
      `INSERT INTO channel_planning (channel_id, time_zone, plan_id, quota_type, quota_value) VALUES (1, 'Asia/Taipei', 'p', ?, ?)`,
    );
    expect(() => planning.run('unlimited', 1)).toThrow(/CHECK/);
    expect(() => planning.run('limited', -1)).toThrow(/CHECK/);
    planning.run('limited', 5000);
    // A channel's calls go with it.
    db.prepare("INSERT INTO channels (name, kind) VALUES ('Shop', 'line')").run();
    const shop = (db.prepare("SELECT id FROM channels WHERE name = 'Shop'").get() as { id: number }).id;
    db.prepare("INSERT INTO pull_budget_calls (channel_id, kind, called_at) VALUES (?, 'audiences', 5)").run(
      shop,
    );
    db.prepare('DELETE FROM channels WHERE id = ?').run(shop);
    expect(db.prepare('SELECT COUNT(*) AS n FROM pull_budget_calls WHERE channel_id = ?').get(shop)).toEqual({
      n: 0,
    });
  } finally {
    db.exec('ROLLBACK TO probe; RELEASE probe');
  }
}

/** What must hold right after 0009-audience-sync. */
export function expectAudienceSyncMigration(db: SqliteDatabase): void {
  expect(tableColumns(db, 'outbox').map((c) => c.name)).toEqual(expect.arrayContaining(['audience_id']));
  expect(tableColumns(db, 'audiences').map((c) => c.name)).toEqual(expect.arrayContaining(['line_marker']));
  expect(tableIndexes(db, 'outbox').map((i) => i.name)).toEqual(
    expect.arrayContaining(['outbox_retry_key', 'outbox_campaign_part', 'outbox_open', 'outbox_audience']),
  );
  db.exec('SAVEPOINT probe');
  try {
    const insert = db.prepare(
      `INSERT INTO outbox (channel_id, kind, payload, retry_key, state, finished_at, request_id, audience_id)
       VALUES (1, ?, '{}', ?, ?, ?, NULL, ?)`,
    );
    const audience = Number(
      db
        .prepare(`INSERT INTO audiences (channel_id, name, kind, member_count) VALUES (1, 'A', 'upload', 0)`)
        .run().lastInsertRowid,
    );
    // An audience entry is done without a request ID; a send still needs one.
    insert.run('audienceCreate', key, 'done', 'now', audience);
    expect(() => insert.run('broadcast', key.replace('0b', '1b'), 'done', 'now', null)).toThrow(/CHECK/);
    expect(() => insert.run('broadcast', key.replace('0b', '2b'), 'pending', null, audience)).toThrow(
      /CHECK/,
    );
    expect(() => insert.run('audienceMerge', key.replace('0b', '3b'), 'pending', null, null)).toThrow(
      /CHECK/,
    );
    // A deleted audience leaves its entries, which keep what deleting it on LINE needs.
    db.prepare('DELETE FROM audiences WHERE id = ?').run(audience);
    expect(db.prepare('SELECT audience_id FROM outbox WHERE retry_key = ?').pluck().get(key)).toBeNull();
    const marker = db.prepare('UPDATE audiences SET line_marker = ? WHERE id = ?');
    const other = Number(
      db
        .prepare(`INSERT INTO audiences (channel_id, name, kind, member_count) VALUES (1, 'B', 'upload', 0)`)
        .run().lastInsertRowid,
    );
    expect(() => marker.run('oap-12', other)).toThrow(/CHECK/);
    marker.run('oap-0123456789abcdef', other);
    expect(() =>
      db
        .prepare(
          `INSERT INTO audiences (channel_id, name, kind, member_count, line_marker) VALUES (1, 'C', 'upload', 0, 'oap-0123456789abcdef')`,
        )
        .run(),
    ).toThrow(/UNIQUE/);
  } finally {
    db.exec('ROLLBACK TO probe; RELEASE probe');
  }
}

/** What must hold right after 0010-outbox-jobs. */
export function expectOutboxJobsMigration(db: SqliteDatabase): void {
  expect(tableColumns(db, 'outbox').map((c) => c.name)).toEqual(expect.arrayContaining(['result']));
  expect(tableIndexes(db, 'outbox').map((i) => i.name)).toEqual(
    expect.arrayContaining(['outbox_retry_key', 'outbox_campaign_part', 'outbox_open']),
  );
  expect(tableIndexes(db, 'pull_budget_calls').map((i) => i.name)).toEqual(['pull_budget_calls_window']);
  db.exec('SAVEPOINT probe');
  try {
    const insert = db.prepare(
      `INSERT INTO outbox (channel_id, kind, payload, retry_key, result) VALUES (1, ?, '{}', ?, ?)`,
    );
    for (const [i, kind] of ['broadcast', 'richMenuPublish', 'richMenuLink', 'abTestWinner'].entries())
      insert.run(kind, `${String(i)}b6c7a5e-3f0e-4a57-9a52-2f6f1d3e4c5b`, null);
    expect(() => insert.run('reply', key.replace('0b', 'ab'), null)).toThrow(/CHECK/);
    expect(() => insert.run('richMenuPublish', key.replace('0b', 'bb'), 'not json')).toThrow(/CHECK/);
    // The checks of 0006 still hold.
    expect(() =>
      db
        .prepare(
          `INSERT INTO outbox (channel_id, kind, payload, retry_key, state, finished_at) VALUES (1, 'richMenuLink', '{}', ?, 'done', 'now')`,
        )
        .run(key.replace('0b', 'cb')),
    ).toThrow(/CHECK/);
    const call = db.prepare('INSERT INTO pull_budget_calls (channel_id, kind, called_at) VALUES (1, ?, ?)');
    call.run('richMenus', 1);
    call.run('insight', 1);
    expect(() => call.run('menus', 1)).toThrow(/CHECK/);
  } finally {
    db.exec('ROLLBACK TO probe; RELEASE probe');
  }
}

/** What must hold right after 0011-outbox-open-index. */
export function expectOutboxOpenIndexMigration(db: SqliteDatabase): void {
  const sql = db
    .prepare(`SELECT sql FROM sqlite_master WHERE type = 'index' AND name = 'outbox_open'`)
    .pluck()
    .get() as string;
  expect(sql).toMatch(/ON outbox \(channel_id, id\) WHERE finished_at IS NULL$/);
  // A channel's open entries are read through that index, not the whole outbox.
  const plan = db
    .prepare(
      `EXPLAIN QUERY PLAN SELECT * FROM outbox WHERE channel_id = ? AND finished_at IS NULL ORDER BY id`,
    )
    .all(1) as { detail: string }[];
  expect(plan.map((p) => p.detail).join('\n')).toMatch(/USING INDEX outbox_open/);
}
