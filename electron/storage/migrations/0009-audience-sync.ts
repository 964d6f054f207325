// Audiences through the outbox: the outbox takes the audience kinds (create, add, rename, delete),
// each naming the local audience it changes (kept when the audience is deleted: the entry's payload
// then holds what deleting it on LINE needs), and an audience entry is done without a request ID
// (LINE's audience endpoints take no retry key). Each audience gets the marker its description
// carries on LINE, so a creation whose answer was lost is found again instead of made twice.
// SQLite cannot change a CHECK, so the outbox is rebuilt with its rows, ids and indexes.

import type { Migration } from '../migration';

export const audienceSync: Migration = {
  version: 9,
  name: 'audience-sync',
  up(db) {
    // Literals, not shared constants: a shipped migration must not change when those do.
    db.exec(`
      CREATE TABLE outbox_new (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        channel_id INTEGER NOT NULL REFERENCES channels (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('broadcast', 'narrowcast', 'multicast', 'pushMessage',
          'audienceCreate', 'audienceAdd', 'audienceRename', 'audienceDelete')),
        campaign_id INTEGER REFERENCES campaigns (id) ON DELETE RESTRICT,
        part INTEGER NOT NULL DEFAULT 0 CHECK (part >= 0),
        payload TEXT NOT NULL CHECK (json_valid(payload)),
        cost INTEGER NOT NULL DEFAULT 0 CHECK (cost >= 0),
        state TEXT NOT NULL DEFAULT 'pending'
          CHECK (state IN ('pending', 'running', 'done', 'failed', 'needs-user')),
        attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        last_error TEXT CHECK (last_error IS NULL OR json_valid(last_error)),
        retry_key TEXT NOT NULL CHECK (length(retry_key) = 36),
        first_attempt_at INTEGER,
        request_id TEXT CHECK (request_id IS NULL OR length(request_id) BETWEEN 1 AND 100),
        accepted_request_id TEXT CHECK (accepted_request_id IS NULL OR length(accepted_request_id) BETWEEN 1 AND 100),
        progress TEXT CHECK (progress IS NULL OR json_valid(progress)),
        created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        finished_at TEXT,
        -- The local audience an audience entry changes; NULL for sends, and once it is deleted.
        audience_id INTEGER REFERENCES audiences (id) ON DELETE SET NULL,
        CHECK ((state IN ('done', 'failed', 'needs-user')) = (finished_at IS NOT NULL)),
        -- A send is done once LINE accepted it, with the ID to show for it.
        CHECK (kind LIKE 'audience%' OR state <> 'done' OR request_id IS NOT NULL OR accepted_request_id IS NOT NULL),
        CHECK (kind LIKE 'audience%' OR audience_id IS NULL)
      ) STRICT;
      INSERT INTO outbox_new (id, channel_id, kind, campaign_id, part, payload, cost, state, attempts, last_error,
          retry_key, first_attempt_at, request_id, accepted_request_id, progress, created_at, updated_at, finished_at)
        SELECT id, channel_id, kind, campaign_id, part, payload, cost, state, attempts, last_error,
          retry_key, first_attempt_at, request_id, accepted_request_id, progress, created_at, updated_at, finished_at
        FROM outbox;
      DROP TABLE outbox;
      ALTER TABLE outbox_new RENAME TO outbox;
      CREATE UNIQUE INDEX outbox_retry_key ON outbox (retry_key);
      CREATE UNIQUE INDEX outbox_campaign_part ON outbox (campaign_id, part) WHERE campaign_id IS NOT NULL;
      CREATE INDEX outbox_open ON outbox (channel_id, id) WHERE state IN ('pending', 'running');
      CREATE INDEX outbox_audience ON outbox (audience_id) WHERE audience_id IS NOT NULL;

      -- oap- and 16 hex digits, at the end of the audience's description on LINE.
      ALTER TABLE audiences ADD COLUMN line_marker TEXT
        CHECK (line_marker IS NULL OR (length(line_marker) = 20 AND line_marker GLOB 'oap-*'));
      CREATE UNIQUE INDEX audiences_line_marker ON audiences (line_marker) WHERE line_marker IS NOT NULL;
    `);
  },
};
