// The outbox: every change for LINE, written in the same transaction as the local change and run by
// one worker. An entry is one LINE request (a multicast of 1,200 IDs is three), with the retry key it
// will be sent under, made when the entry is written, so every attempt and every retry after a crash
// reuses it. The lease row lets one worker at a time run per data folder, across processes.

import type { Migration } from '../migration';

export const outbox: Migration = {
  version: 6,
  name: 'outbox',
  up(db) {
    // Literals, not shared constants: a shipped migration must not change when those do.
    db.exec(`
      CREATE TABLE outbox (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        channel_id INTEGER NOT NULL REFERENCES channels (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('broadcast', 'narrowcast', 'multicast', 'pushMessage')),
        -- A sent campaign is LINE's history and is never deleted, so its entries stay.
        campaign_id INTEGER REFERENCES campaigns (id) ON DELETE RESTRICT,
        -- Position of the request within its campaign (multicast chunks, A/B variants), from 0.
        part INTEGER NOT NULL DEFAULT 0 CHECK (part >= 0),
        -- LINE's request body as JSON.
        payload TEXT NOT NULL CHECK (json_valid(payload)),
        -- Messages the request is expected to count against the month's quota.
        cost INTEGER NOT NULL DEFAULT 0 CHECK (cost >= 0),
        state TEXT NOT NULL DEFAULT 'pending'
          CHECK (state IN ('pending', 'running', 'done', 'failed', 'needs-user')),
        attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        -- {key, params, status?, lineMessage?, details?}: LINE's message and details, never a token.
        last_error TEXT CHECK (last_error IS NULL OR json_valid(last_error)),
        retry_key TEXT NOT NULL CHECK (length(retry_key) = 36),
        -- Epoch ms of the first attempt under the retry key: LINE honours it for 24 hours.
        first_attempt_at INTEGER,
        -- X-Line-Request-Id of the request LINE accepted, and X-Line-Accepted-Request-Id of a 409.
        request_id TEXT CHECK (request_id IS NULL OR length(request_id) BETWEEN 1 AND 100),
        accepted_request_id TEXT CHECK (accepted_request_id IS NULL OR length(accepted_request_id) BETWEEN 1 AND 100),
        -- Narrowcast progress as LINE last reported it (phase, counts), JSON.
        progress TEXT CHECK (progress IS NULL OR json_valid(progress)),
        created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        finished_at TEXT,
        CHECK ((state IN ('done', 'failed', 'needs-user')) = (finished_at IS NOT NULL)),
        CHECK (state <> 'done' OR request_id IS NOT NULL OR accepted_request_id IS NOT NULL)
      ) STRICT;
      CREATE UNIQUE INDEX outbox_retry_key ON outbox (retry_key);
      CREATE UNIQUE INDEX outbox_campaign_part ON outbox (campaign_id, part) WHERE campaign_id IS NOT NULL;
      CREATE INDEX outbox_open ON outbox (channel_id, id) WHERE state IN ('pending', 'running');

      -- At most one row: the worker that may run the outbox, until expires_at (epoch ms).
      CREATE TABLE outbox_lease (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        holder TEXT NOT NULL CHECK (length(holder) BETWEEN 1 AND 200),
        acquired_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL,
        CHECK (expires_at > acquired_at)
      ) STRICT;
    `);
  },
};
