// Creates the channels table and the default Sandbox channel, so a fresh data folder is usable
// before any LINE account is connected. Later tables reference channels(id) ON DELETE CASCADE.

import type { Migration } from '../migration';

export const channels: Migration = {
  version: 1,
  name: 'channels',
  up(db) {
    // Literals rather than shared constants (channelNameMaxLength, sandboxChannelName): a shipped
    // migration must not change when those do.
    // STRICT makes SQLite reject wrongly typed values instead of storing them. AUTOINCREMENT keeps
    // a deleted channel's id from being reused, since preferences remember lastChannelId.
    db.exec(`
      CREATE TABLE channels (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        kind TEXT NOT NULL CHECK (kind IN ('sandbox', 'line')),
        created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
      ) STRICT;

      -- The sandbox is a singleton: the app falls back to it when no LINE channel is chosen.
      CREATE UNIQUE INDEX channels_single_sandbox ON channels (kind) WHERE kind = 'sandbox';

      INSERT INTO channels (name, kind) VALUES ('Sandbox', 'sandbox');
    `);
  },
};
