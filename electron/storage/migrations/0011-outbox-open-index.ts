// The index of open outbox entries is keyed on finished_at (NULL exactly while an entry is pending or
// running, as the outbox's CHECK holds) instead of the state: an entry moving from pending to
// running, which happens before every attempt, then leaves the index as it is, so recording an
// attempt writes one page fewer.

import type { Migration } from '../migration';

export const outboxOpenIndex: Migration = {
  version: 11,
  name: 'outbox-open-index',
  up(db) {
    db.exec(`
      DROP INDEX outbox_open;
      CREATE INDEX outbox_open ON outbox (channel_id, id) WHERE finished_at IS NULL;
    `);
  },
};
