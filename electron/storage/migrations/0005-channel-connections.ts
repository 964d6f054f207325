// How each LINE channel reaches LINE: its API origins, the bot its token was last verified as, and
// where the token is kept. The token itself is never stored in the clear: `secret_ciphertext`
// holds it encrypted (safeStorage, or AES-256-GCM with a key kept outside the data folder), or
// `secret_ref` names its entry in the OS keychain. The sandbox channel has no row: its emulator
// keeps its own token.

import type { Migration } from '../migration';

export const channelConnections: Migration = {
  version: 5,
  name: 'channel-connections',
  up(db) {
    // Literals, not shared constants: a shipped migration must not change when those do.
    db.exec(`
      CREATE TABLE channel_connections (
        channel_id INTEGER PRIMARY KEY REFERENCES channels (id) ON DELETE CASCADE,
        -- Origins only (the SDK drops any path); NULL: LINE's own hosts.
        api_base_url TEXT CHECK (api_base_url IS NULL OR length(api_base_url) BETWEEN 8 AND 2000),
        data_api_base_url TEXT
          CHECK (data_api_base_url IS NULL OR length(data_api_base_url) BETWEEN 8 AND 2000),
        bot_user_id TEXT NOT NULL CHECK (length(bot_user_id) BETWEEN 1 AND 100),
        basic_id TEXT NOT NULL CHECK (length(basic_id) BETWEEN 1 AND 100),
        display_name TEXT NOT NULL CHECK (length(display_name) <= 200),
        picture_url TEXT CHECK (picture_url IS NULL OR length(picture_url) <= 2000),
        verified_at TEXT NOT NULL,
        secret_store TEXT NOT NULL CHECK (secret_store IN ('safe-storage', 'keychain', 'encrypted-file')),
        -- The keychain entry's account name, or the key file's id for encrypted-file.
        secret_ref TEXT NOT NULL CHECK (length(secret_ref) BETWEEN 1 AND 200),
        secret_ciphertext BLOB,
        CHECK ((secret_store = 'keychain') = (secret_ciphertext IS NULL))
      ) STRICT;
    `);
  },
};
