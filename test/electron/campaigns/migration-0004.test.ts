// 0004-campaigns moves the audiences feature's stand-in rows into campaigns, ids kept, and rebuilds
// the audiences table so retargeting audiences refer to campaigns, members and links intact.

import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/storage/migrate';
import { migrations } from '../../../electron/storage/migrations';
import { openRawDatabase } from '../../helpers/temp-database';

describe('0004-campaigns', () => {
  it('moves broadcasts into campaigns with their ids, and keeps every audience pointing at them', () => {
    const db = openRawDatabase();
    migrate(db, migrations.slice(0, 3));
    db.exec(`
      INSERT INTO campaign_broadcasts (id, channel_id, title, kind, request_id, planned_at, sent_at,
                                       planned_recipients, unique_impressions, unique_clicks)
      VALUES (7, 1, 'Spring sale', 'broadcast', 'req-1', '2026-03-01T10:00:00.000Z', '2026-03-01T10:00:05.000Z', 4000, 900, 120),
             (8, 1, 'Spring sale', 'narrowcast', NULL, '2026-04-01T10:00:00.000Z', NULL, 2500, NULL, NULL),
             (9, 1, '夏のセール', 'narrowcast', NULL, NULL, NULL, 0, NULL, NULL);
      INSERT INTO audiences (id, channel_id, name, kind, broadcast_id, rate) VALUES (3, 1, 'Clicked spring', 'click', 7, 0.03);
      INSERT INTO audiences (id, channel_id, name, kind, id_kind, member_count) VALUES (4, 1, 'VIP', 'upload', 'userId', 1);
      INSERT INTO audience_member_blocks (audience_id, block, member_count, members) VALUES (4, 0, 1, zeroblob(16));
      INSERT INTO audience_uploads (audience_id, file_name, first_member, added) VALUES (4, 'vip.txt', 0, 1);
    `);
    db.pragma('foreign_keys = ON');

    expect(migrate(db, migrations.slice(0, 4))).toBe(4);

    expect(
      db
        .prepare(
          'SELECT id, key, title, status, send_kind, send_at, request_id, sent_at, planned_recipients, unique_impressions, unique_clicks FROM campaigns ORDER BY id',
        )
        .all(),
    ).toEqual([
      {
        id: 7,
        key: 'Spring sale',
        title: 'Spring sale',
        status: 'sent',
        send_kind: 'broadcast',
        send_at: '2026-03-01T10:00:00.000Z',
        request_id: 'req-1',
        sent_at: '2026-03-01T10:00:05.000Z',
        planned_recipients: 4000,
        unique_impressions: 900,
        unique_clicks: 120,
      },
      {
        id: 8,
        key: 'Spring sale #8',
        title: 'Spring sale',
        status: 'draft',
        send_kind: 'narrowcast',
        send_at: '2026-04-01T10:00:00.000Z',
        request_id: null,
        sent_at: null,
        planned_recipients: 2500,
        unique_impressions: null,
        unique_clicks: null,
      },
      {
        id: 9,
        key: '夏のセール',
        title: '夏のセール',
        status: 'draft',
        send_kind: 'narrowcast',
        send_at: null,
        request_id: null,
        sent_at: null,
        planned_recipients: 0,
        unique_impressions: null,
        unique_clicks: null,
      },
    ]);
    const content = JSON.parse(
      (db.prepare('SELECT content FROM campaigns WHERE id = 7').get() as { content: string }).content,
    ) as Record<string, unknown>;
    expect(content).toEqual({
      messages: [],
      recipient: null,
      filter: null,
      limit: null,
      notificationDisabled: false,
      to: [],
      abTest: null,
    });

    // The audiences and what hangs off them survived the rebuild, foreign keys whole.
    expect(db.prepare('SELECT id, broadcast_id FROM audiences ORDER BY id').all()).toEqual([
      { id: 3, broadcast_id: 7 },
      { id: 4, broadcast_id: null },
    ]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    // A campaign used by retargeting cannot be deleted; deleting an audience still cascades.
    expect(() => db.prepare('DELETE FROM campaigns WHERE id = 7').run()).toThrow(/FOREIGN KEY/);
    db.prepare('DELETE FROM audiences WHERE id = 4').run();
    expect(db.prepare('SELECT count(*) AS n FROM audience_member_blocks').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM audience_uploads').get()).toEqual({ n: 0 });
    // An audience cannot point at a campaign that does not exist.
    expect(() =>
      db
        .prepare(
          "INSERT INTO audiences (channel_id, name, kind, broadcast_id, rate) VALUES (1, 'X', 'impression', 99, 0.1)",
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
  });
});
