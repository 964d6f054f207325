// Campaigns and the month's planning figures. Campaigns take over the stand-in table the audiences
// feature kept for retargeting (campaign_broadcasts): its rows move here with their ids, and the
// audiences table is rebuilt so retargeting audiences refer to campaigns. Each channel gets its
// planning row (time zone, plan, cap, friend statistics, messages used, automations); user plans
// sit beside the built-in catalogue (shared/quota/plans.ts).

import type { Migration } from '../migration';

export const campaigns: Migration = {
  version: 4,
  name: 'campaigns',
  up(db) {
    // Literals, not shared constants: a shipped migration must not change when those do.
    db.exec(`
      CREATE TABLE campaigns (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        channel_id INTEGER NOT NULL REFERENCES channels (id) ON DELETE CASCADE,
        -- Stable per channel: files and scripts refer to a campaign by it.
        key TEXT NOT NULL CHECK (length(key) BETWEEN 1 AND 220),
        title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        status TEXT NOT NULL
          CHECK (status IN ('draft', 'ready', 'scheduled', 'sending', 'sent', 'failed')),
        send_kind TEXT NOT NULL CHECK (send_kind IN ('broadcast', 'narrowcast', 'multicast', 'push')),
        -- ISO instant with offset; NULL: at the next sync.
        send_at TEXT,
        -- The rest of the draft as validated JSON (messages, recipient, filter, limit,
        -- notificationDisabled, to, abTest): LINE's own objects, see shared/campaigns/model.ts.
        content TEXT NOT NULL CHECK (json_valid(content)),
        -- Reach expected when it was last saved: what retargeting estimates start from.
        planned_recipients INTEGER NOT NULL DEFAULT 0 CHECK (planned_recipients >= 0),
        -- What sync records: LINE's X-Line-Request-Id, when it was accepted, its statistics.
        request_id TEXT CHECK (request_id IS NULL OR length(request_id) BETWEEN 1 AND 100),
        sent_at TEXT,
        delivered INTEGER CHECK (delivered >= 0),
        unique_impressions INTEGER CHECK (unique_impressions >= 0),
        unique_clicks INTEGER CHECK (unique_clicks >= 0),
        stats_synced_at TEXT,
        created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        CHECK (request_id IS NULL OR sent_at IS NOT NULL)
      ) STRICT;
      CREATE UNIQUE INDEX campaigns_key ON campaigns (channel_id, key);
      CREATE INDEX campaigns_channel_time ON campaigns (channel_id, send_at);
      CREATE UNIQUE INDEX campaigns_request ON campaigns (channel_id, request_id) WHERE request_id IS NOT NULL;

      -- The stand-in's rows, ids kept (audiences refer to them). Its records were broadcasts or
      -- narrowcasts with no messages: sent ones become sent (locked) campaigns, the others drafts.
      INSERT INTO campaigns (id, channel_id, key, title, status, send_kind, send_at, content,
                             planned_recipients, request_id, sent_at, unique_impressions, unique_clicks,
                             stats_synced_at)
      SELECT b.id, b.channel_id,
             CASE WHEN EXISTS (SELECT 1 FROM campaign_broadcasts o
                               WHERE o.channel_id = b.channel_id AND o.title = b.title AND o.id < b.id)
                  THEN b.title || ' #' || b.id ELSE b.title END,
             b.title,
             CASE WHEN b.sent_at IS NOT NULL THEN 'sent' ELSE 'draft' END,
             b.kind,
             coalesce(b.planned_at, b.sent_at),
             '{"messages":[],"recipient":null,"filter":null,"limit":null,"notificationDisabled":false,"to":[],"abTest":null}',
             b.planned_recipients, b.request_id, b.sent_at, b.unique_impressions, b.unique_clicks,
             b.stats_synced_at
      FROM campaign_broadcasts b;
      DROP TABLE campaign_broadcasts;

      -- audiences, rebuilt to refer to campaigns (SQLite cannot change a foreign key in place).
      CREATE TABLE audiences_rebuilt (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        channel_id INTEGER NOT NULL REFERENCES channels (id) ON DELETE CASCADE,
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
        kind TEXT NOT NULL CHECK (kind IN ('upload', 'chatTag', 'click', 'impression', 'line')),
        id_kind TEXT CHECK (id_kind IN ('userId', 'ifa')),
        member_count INTEGER CHECK (member_count >= 0),
        status TEXT NOT NULL DEFAULT 'local'
          CHECK (status IN ('local', 'IN_PROGRESS', 'READY', 'FAILED', 'EXPIRED')),
        failure TEXT CHECK (failure IN ('too-few-members', 'bad-file', 'internal')),
        tag_match TEXT CHECK (tag_match IN ('any', 'all')),
        -- Sent campaigns are locked, so one used by retargeting is never deleted.
        broadcast_id INTEGER REFERENCES campaigns (id) ON DELETE RESTRICT,
        click_url TEXT CHECK (click_url IS NULL OR length(click_url) BETWEEN 1 AND 2000),
        rate REAL CHECK (rate IS NULL OR (rate >= 0 AND rate <= 1)),
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
      INSERT INTO audiences_rebuilt SELECT * FROM audiences;
      DROP TABLE audiences;
      ALTER TABLE audiences_rebuilt RENAME TO audiences;
      CREATE UNIQUE INDEX audiences_name ON audiences (channel_id, name COLLATE NOCASE) WHERE kind <> 'line';
      CREATE UNIQUE INDEX audiences_line_group ON audiences (channel_id, line_audience_group_id)
        WHERE line_audience_group_id IS NOT NULL;
      CREATE INDEX audiences_broadcast ON audiences (broadcast_id) WHERE broadcast_id IS NOT NULL;

      -- One row per channel, made with defaults when first read.
      CREATE TABLE channel_planning (
        channel_id INTEGER PRIMARY KEY REFERENCES channels (id) ON DELETE CASCADE,
        time_zone TEXT NOT NULL CHECK (length(time_zone) BETWEEN 1 AND 64),
        plan_id TEXT NOT NULL CHECK (length(plan_id) BETWEEN 1 AND 64),
        additional_message_cap INTEGER CHECK (additional_message_cap >= 0),
        -- FriendStatistics as JSON (followers, blocks, targetReach, asOf, demographics), or NULL.
        friends TEXT CHECK (friends IS NULL OR json_valid(friends)),
        consumed_month TEXT CHECK (consumed_month IS NULL OR consumed_month GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]'),
        consumed_messages INTEGER CHECK (consumed_messages >= 0),
        automations TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(automations)),
        updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        CHECK ((consumed_month IS NULL) = (consumed_messages IS NULL))
      ) STRICT;

      -- Plans the user added, or built-in plans the user edited (same id: the user's copy wins).
      CREATE TABLE user_plans (
        id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 64),
        plan TEXT NOT NULL CHECK (json_valid(plan)),
        updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
      ) STRICT;
    `);
  },
};
