// The outbox runs rich-menu publishing and linking, and the winners of A/B tests, beside the sends:
// its `kind` takes 'richMenuPublish', 'richMenuLink' and 'abTestWinner', and an entry keeps what it
// did (`result`: a publish's report, a winner's decision, recorded before the winner is sent). The
// local rate-limit budgets also count rich-menu creations and deletions ('richMenus', 100 an hour).
//
// SQLite cannot change a CHECK in place, so both tables are rebuilt from their own stored
// definition with only the kind list widened: whatever an earlier migration added to them (columns,
// kinds, indexes) is kept as it is.

import type Database from 'better-sqlite3';
import type { Migration } from '../migration';

/** The table's definition with `kind IN (…)` widened by `kinds`. */
function widenedKinds(sql: string, kinds: readonly string[]): string {
  const pattern = /(kind\s+TEXT\s+NOT\s+NULL\s+CHECK\s*\(\s*kind\s+IN\s*\()([^)]*)(\))/i;
  const match = pattern.exec(sql);
  if (!match) throw new Error('0010-outbox-jobs: no kind CHECK to widen');
  const listed = [...match[2]!.matchAll(/'([^']*)'/g)].map((m) => m[1]!);
  const all = [...listed, ...kinds.filter((k) => !listed.includes(k))];
  return sql.replace(pattern, `$1${all.map((k) => `'${k}'`).join(', ')}$3`);
}

function rebuild(db: Database.Database, table: string, kinds: readonly string[]): void {
  const sql = db
    .prepare(`SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?`)
    .pluck()
    .get(table) as string;
  const indexes = db
    .prepare(`SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL`)
    .pluck()
    .all(table) as string[];
  const rebuilt = `${table}_rebuilt`;
  const create = widenedKinds(sql, kinds).replace(
    new RegExp(`^CREATE TABLE\\s+"?${table}"?`, 'i'),
    `CREATE TABLE ${rebuilt}`,
  );
  db.exec(create);
  db.exec(`INSERT INTO ${rebuilt} SELECT * FROM ${table}`);
  db.exec(`DROP TABLE ${table}`);
  db.exec(`ALTER TABLE ${rebuilt} RENAME TO ${table}`);
  for (const index of indexes) db.exec(index);
}

export const outboxJobs: Migration = {
  version: 10,
  name: 'outbox-jobs',
  up(db) {
    // Literals, not shared constants: a shipped migration must not change when those do.
    rebuild(db, 'outbox', ['richMenuPublish', 'richMenuLink', 'abTestWinner']);
    db.exec(`
      -- What a finished job recorded, JSON: a rich-menu publish's report, an A/B winner's decision.
      ALTER TABLE outbox ADD COLUMN result TEXT CHECK (result IS NULL OR json_valid(result));
    `);
    rebuild(db, 'pull_budget_calls', ['richMenus']);
  },
};
