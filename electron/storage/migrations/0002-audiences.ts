// Audiences: upload, chat-tag, click/impression retargeting and read-only LINE audiences, their
// members (packed 16-byte IDs in blocks), local chat tags on friends, and the minimal reference to
// planned/sent broadcasts that retargeting needs (owned by the campaigns feature once it exists).

import type { Migration } from '../migration';

export const audiences: Migration = {
  version: 2,
  name: 'audiences',
  up(db) {
    // Literals, not shared constants: a shipped migration must not change when those do.
    db.exec(`
      -- A planned or sent broadcast/narrowcast: what click/impression retargeting and redelivery
      -- refer to. The campaigns feature will own this table; request_id is LINE's X-Line-Request-Id.
      CREATE TABLE campaign_broadcasts (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        channel_id INTEGER NOT NULL REFERENCES channels (id) ON DELETE CASCADE,
        title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        kind TEXT NOT NULL CHECK (kind IN ('broadcast', 'narrowcast')),
        request_id TEXT CHECK (request_id IS NULL OR length(request_id) BETWEEN 1 AND 100),
        planned_at TEXT,
        sent_at TEXT,
        planned_recipients INTEGER NOT NULL DEFAULT 0 CHECK (planned_recipients >= 0),
        unique_impressions INTEGER CHECK (unique_impressions >= 0),
        unique_clicks INTEGER CHECK (unique_clicks >= 0),
        stats_synced_at TEXT,
        -- A request ID exists only once LINE accepted the send.
        CHECK (request_id IS NULL OR sent_at IS NOT NULL)
      ) STRICT;
      CREATE INDEX campaign_broadcasts_channel ON campaign_broadcasts (channel_id, sent_at);
      CREATE UNIQUE INDEX campaign_broadcasts_request ON campaign_broadcasts (channel_id, request_id)
        WHERE request_id IS NOT NULL;

      CREATE TABLE audiences (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        channel_id INTEGER NOT NULL REFERENCES channels (id) ON DELETE CASCADE,
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
        kind TEXT NOT NULL CHECK (kind IN ('upload', 'chatTag', 'click', 'impression', 'line')),
        id_kind TEXT CHECK (id_kind IN ('userId', 'ifa')),
        -- Known members (upload), or LINE's audienceCount (line); NULL when unknown.
        member_count INTEGER CHECK (member_count >= 0),
        status TEXT NOT NULL DEFAULT 'local'
          CHECK (status IN ('local', 'IN_PROGRESS', 'READY', 'FAILED', 'EXPIRED')),
        failure TEXT CHECK (failure IN ('too-few-members', 'bad-file', 'internal')),
        tag_match TEXT CHECK (tag_match IN ('any', 'all')),
        -- Sent broadcasts are locked, so one used by retargeting is never deleted.
        broadcast_id INTEGER REFERENCES campaign_broadcasts (id) ON DELETE RESTRICT,
        click_url TEXT CHECK (click_url IS NULL OR length(click_url) BETWEEN 1 AND 2000),
        rate REAL CHECK (rate IS NULL OR (rate >= 0 AND rate <= 1)),
        -- audienceGroupId is an int64; TEXT keeps every digit.
        line_audience_group_id TEXT,
        line_type TEXT,
        line_created_at TEXT,
        line_synced_at TEXT,
        created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        CHECK ((kind IN ('click', 'impression')) = (broadcast_id IS NOT NULL AND rate IS NOT NULL)),
        CHECK (kind = 'click' OR click_url IS NULL),
        CHECK ((kind = 'chatTag') = (tag_match IS NOT NULL)),
        CHECK (kind <> 'upload' OR member_count IS NOT NULL),
        CHECK (kind <> 'line' OR line_audience_group_id IS NOT NULL),
        CHECK ((status = 'FAILED') = (failure IS NOT NULL))
      ) STRICT;
      -- LINE compares names without case; audiences pulled from LINE keep whatever they are called.
      CREATE UNIQUE INDEX audiences_name ON audiences (channel_id, name COLLATE NOCASE) WHERE kind <> 'line';
      CREATE UNIQUE INDEX audiences_line_group ON audiences (channel_id, line_audience_group_id)
        WHERE line_audience_group_id IS NOT NULL;
      CREATE INDEX audiences_broadcast ON audiences (broadcast_id) WHERE broadcast_id IS NOT NULL;

      -- Members of upload audiences as packed IDs (16 bytes each, in the order they were added):
      -- a 1.5M-ID import is a few blob writes instead of 1.5M rows, and appends only add blocks.
      CREATE TABLE audience_member_blocks (
        audience_id INTEGER NOT NULL REFERENCES audiences (id) ON DELETE CASCADE,
        block INTEGER NOT NULL CHECK (block >= 0),
        member_count INTEGER NOT NULL CHECK (member_count BETWEEN 1 AND 1048576),
        members BLOB NOT NULL CHECK (length(members) = member_count * 16),
        PRIMARY KEY (audience_id, block)
      ) STRICT;

      -- One row per import into an audience: what sync uploads (members [first_member, +added)).
      CREATE TABLE audience_uploads (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        audience_id INTEGER NOT NULL REFERENCES audiences (id) ON DELETE CASCADE,
        file_name TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 1000),
        first_member INTEGER NOT NULL CHECK (first_member >= 0),
        added INTEGER NOT NULL CHECK (added >= 0),
        created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        synced_at TEXT
      ) STRICT;
      CREATE INDEX audience_uploads_audience ON audience_uploads (audience_id);

      CREATE TABLE chat_tags (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        channel_id INTEGER NOT NULL REFERENCES channels (id) ON DELETE CASCADE,
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 50),
        created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
      ) STRICT;
      CREATE UNIQUE INDEX chat_tags_name ON chat_tags (channel_id, name COLLATE NOCASE);

      CREATE TABLE friends (
        channel_id INTEGER NOT NULL REFERENCES channels (id) ON DELETE CASCADE,
        user_id TEXT NOT NULL CHECK (length(user_id) = 33 AND user_id GLOB 'U[0-9a-f]*' AND NOT substr(user_id, 2) GLOB '*[^0-9a-f]*'),
        PRIMARY KEY (channel_id, user_id)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE friend_tags (
        tag_id INTEGER NOT NULL REFERENCES chat_tags (id) ON DELETE CASCADE,
        channel_id INTEGER NOT NULL,
        user_id TEXT NOT NULL,
        PRIMARY KEY (tag_id, user_id),
        FOREIGN KEY (channel_id, user_id) REFERENCES friends (channel_id, user_id) ON DELETE CASCADE
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX friend_tags_friend ON friend_tags (channel_id, user_id);

      CREATE TABLE audience_tags (
        audience_id INTEGER NOT NULL REFERENCES audiences (id) ON DELETE CASCADE,
        tag_id INTEGER NOT NULL REFERENCES chat_tags (id) ON DELETE CASCADE,
        PRIMARY KEY (audience_id, tag_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX audience_tags_tag ON audience_tags (tag_id);
    `);
  },
};
