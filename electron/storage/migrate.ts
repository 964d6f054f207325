// Brings a database's schema up to date by applying numbered migrations in order. PRAGMA
// user_version records the last one applied, and each step commits atomically with it.

import type Database from 'better-sqlite3';
import type { Migration } from './migration';
import { migrations as allMigrations } from './migrations';

export type { Migration };

/** Throws unless versions run 1, 2, 3… in order, so a gap or reordering fails at startup, not on a user's data. */
export function assertContiguous(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(
        `Migrations must be numbered 1..n in order: position ${String(index + 1)} holds version ${String(migration.version)} (${migration.name}).`,
      );
    }
  });
}

export function latestVersion(migrations: readonly Migration[] = allMigrations): number {
  return migrations.length;
}

export function readUserVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Applies every migration newer than the database's user_version and returns the resulting
 * version. `migrations` is a parameter so tests can inject a failing or partial list.
 *
 * Several processes may open one data folder at once (the app, `oa-planner` commands). The steps
 * therefore run in one write-locked (IMMEDIATE) transaction that re-reads user_version inside the
 * lock and applies only what is still pending: a process that waited while another migrated finds
 * the work done instead of creating the same tables again. Each step is a savepoint of it: a step
 * that fails is rolled back entirely, and the steps before it are committed (one commit in all, so
 * a new data folder is set up at once).
 */
export function migrate(db: Database.Database, migrations: readonly Migration[] = allMigrations): number {
  assertContiguous(migrations);
  const latest = latestVersion(migrations);
  // The common case, outside any lock: already current (or newer, refused below).
  const seen = readUserVersion(db);
  assertNotNewer(seen, latest);
  if (seen === latest) return seen;

  const applyStep = db.transaction((migration: Migration): void => {
    try {
      migration.up(db);
      const violations = db.pragma('foreign_key_check') as unknown[];
      if (violations.length > 0) {
        throw new Error(
          `left ${String(violations.length)} foreign key violation(s): ${JSON.stringify(violations[0])}`,
        );
      }
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      throw new Error(
        `Migration ${String(migration.version).padStart(4, '0')}-${migration.name} failed: ${detail}`,
        { cause: error },
      );
    }
    // user_version lives in the database header, so it commits or rolls back with the step.
    db.pragma(`user_version = ${String(migration.version)}`);
  });
  let failure: unknown;
  const applyPending = db.transaction((): number => {
    let current = readUserVersion(db);
    assertNotNewer(current, latest);
    for (let migration = migrations[current]; migration; migration = migrations[current]) {
      try {
        // Inside the transaction, a savepoint: rolled back alone when the step fails.
        applyStep(migration);
      } catch (error) {
        failure = error;
        break;
      }
      current = migration.version;
    }
    return current;
  });

  // SQLite's documented recipe for schema changes: foreign keys off outside the transaction (the
  // pragma is a no-op inside one), then foreign_key_check before commit. Otherwise rebuilding a
  // parent table (create, copy, DROP, rename) would cascade-delete every child row.
  const foreignKeys = db.pragma('foreign_keys', { simple: true }) as number;
  db.pragma('foreign_keys = OFF');
  try {
    const version = applyPending.immediate();
    if (failure !== undefined) throw failure;
    return version;
  } finally {
    db.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
  }
}

function assertNotNewer(current: number, latest: number): void {
  // openDatabase refuses this earlier with a friendlier error; this guards direct callers, and a
  // newer app that migrated the file while this one waited for the lock.
  if (current > latest) {
    throw new Error(
      `Database schema ${String(current)} is newer than the latest known migration (${String(latest)}).`,
    );
  }
}
