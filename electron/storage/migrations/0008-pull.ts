// What sync pulls from LINE: the month's quota (type and value) beside the planning figures, with
// when each pulled figure was taken (consumption and friend statistics replace the hand-entered ones
// in place, so the forecast and reach estimates read them as before); audiences' expiry and how LINE
// says they were made; and the calls made against LINE's rate limits per endpoint kind, so the
// desktop app, browser mode and the CLI share one budget per channel.

import type { Migration } from '../migration';

export const pull: Migration = {
  version: 8,
  name: 'pull',
  up(db) {
    // Literals, not shared constants: a shipped migration must not change when those do.
    db.exec(`
      ALTER TABLE channel_planning ADD COLUMN quota_type TEXT CHECK (quota_type IN ('none', 'limited'));
      ALTER TABLE channel_planning ADD COLUMN quota_value INTEGER CHECK (quota_value >= 0);
      ALTER TABLE channel_planning ADD COLUMN quota_pulled_at TEXT;
      -- Set when sync wrote consumed_* / friends; cleared when the user enters them by hand.
      ALTER TABLE channel_planning ADD COLUMN consumed_pulled_at TEXT;
      ALTER TABLE channel_planning ADD COLUMN friends_pulled_at TEXT;

      -- UNIX-seconds created + LINE's retention, as an ISO instant; and LINE's createRoute
      -- (OA_MANAGER, MESSAGING_API, POINT_AD, AD_MANAGER) of audiences listed by LINE.
      ALTER TABLE audiences ADD COLUMN line_expires_at TEXT;
      ALTER TABLE audiences ADD COLUMN line_create_route TEXT
        CHECK (line_create_route IS NULL OR length(line_create_route) BETWEEN 1 AND 40);

      -- One row per call made to LINE under a local rate-limit budget; rows older than the
      -- longest window are pruned when new ones are written.
      CREATE TABLE pull_budget_calls (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        channel_id INTEGER NOT NULL REFERENCES channels (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('insight', 'audiences')),
        -- Epoch ms.
        called_at INTEGER NOT NULL CHECK (called_at >= 0)
      ) STRICT;
      CREATE INDEX pull_budget_calls_window ON pull_budget_calls (channel_id, kind, called_at);
    `);
  },
};
