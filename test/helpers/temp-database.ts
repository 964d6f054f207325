// Databases for tests: the app's own (migrated, via openDatabase) or a raw better-sqlite3 handle
// for building fixtures, each closed when the calling test finishes.

import { join } from 'node:path';
import Database from 'better-sqlite3';
import { onTestFinished } from 'vitest';
import {
  databaseFileName,
  openDatabase,
  type AppDatabase,
  type OpenDatabaseOptions,
  type SqliteDatabase,
} from '../../electron/storage/database';
import { makeTempDir } from './temp-dir';

/** A migrated in-memory database. */
export function openMemoryDatabase(options: OpenDatabaseOptions = {}): AppDatabase {
  const database = openDatabase(':memory:', options);
  onTestFinished(() => {
    database.close();
  });
  return database;
}

/** A migrated database in a fresh temporary directory; `dir` is removed after the test. */
export function openTempDatabase(options: OpenDatabaseOptions = {}): AppDatabase & { readonly dir: string } {
  const dir = makeTempDir();
  // Registered after makeTempDir's cleanup, so it runs first: onTestFinished hooks run in reverse.
  const database = openDatabase(join(dir, databaseFileName), options);
  onTestFinished(() => {
    database.close();
  });
  return { ...database, dir };
}

/** A plain better-sqlite3 connection with no pragmas or migrations applied. */
export function openRawDatabase(file = ':memory:'): SqliteDatabase {
  const db = new Database(file);
  onTestFinished(() => {
    db.close();
  });
  return db;
}
