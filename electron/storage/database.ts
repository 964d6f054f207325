// Opens the app's SQLite database: refuses files it cannot or must not touch, sets the connection
// pragmas, and migrates the schema. Repositories receive the raw better-sqlite3 handle.

import { join } from 'node:path';
import type { ErrorText } from '../../shared/api/result';
import { englishText } from '../../shared/i18n/text';
import Database from 'better-sqlite3';
import { latestVersion, migrate, readUserVersion, type Migration } from './migrate';
import { migrations as allMigrations } from './migrations';
import { ensurePrivateDirectory, ensurePrivateFile, makeFilePrivate } from './private-files';
import { probeSchemaVersion } from './schema-version-probe';

export type SqliteDatabase = Database.Database;

export const databaseFileName = 'oa-planner.sqlite';

export interface AppDatabase {
  readonly file: string;
  /** For repositories; the schema is guaranteed current while this handle is open. */
  readonly db: SqliteDatabase;
  readonly schemaVersion: number;
  close(): void;
}

export interface OpenDatabaseOptions {
  /** Path to better_sqlite3.node, e.g. one rebuilt for Electron's ABI. */
  readonly nativeBinding?: string;
  /** Defaults to the app's migrations; tests inject their own. */
  readonly migrations?: readonly Migration[];
}

/** The file was written by a newer app; it is left exactly as found. */
export class DatabaseTooNewError extends Error {
  constructor(
    readonly file: string,
    readonly foundVersion: number,
    readonly supportedVersion: number,
  ) {
    super(
      `The database at ${file} was written by a newer OA Planner (schema ${String(foundVersion)}; ` +
        `this version understands up to ${String(supportedVersion)}). Update OA Planner, or choose another data folder.`,
    );
    this.name = 'DatabaseTooNewError';
  }
}

/** The file could not be opened or migrated; `code` is SQLite's (e.g. SQLITE_NOTADB) when it has one. */
export class DatabaseOpenError extends Error {
  readonly code: string | undefined;

  constructor(
    readonly file: string,
    message: string,
    options: { cause: unknown },
  ) {
    super(message, options);
    this.name = 'DatabaseOpenError';
    this.code = sqliteCode(options.cause);
  }
}

const busyTimeoutMs = 5000;
export const newDatabasePageSize = 16_384;

export function openDatabase(file: string | ':memory:', options: OpenDatabaseOptions = {}): AppDatabase {
  const migrations = options.migrations ?? allMigrations;
  const supported = latestVersion(migrations);
  let db: SqliteDatabase;
  try {
    if (file !== ':memory:') {
      // Nothing before the version check may write: a newer app's file, its -wal and -shm must stay
      // byte-identical, and any SQLite connection would change one of them.
      const found = probeSchemaVersion(file);
      if (found !== undefined && found > supported) throw new DatabaseTooNewError(file, found, supported);
      // Created 0600 before SQLite sees it; SQLite gives -wal and -shm the same mode.
      ensurePrivateFile(file);
      for (const suffix of sqliteSideFiles) makeFilePrivate(`${file}${suffix}`);
    }
    db = new Database(
      file,
      options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding },
    );
  } catch (error) {
    if (error instanceof DatabaseTooNewError) throw error;
    throw openError(file, error);
  }

  try {
    // busy_timeout is connection state only; reading user_version is also what surfaces SQLITE_NOTADB.
    db.pragma(`busy_timeout = ${String(busyTimeoutMs)}`);
    const found = readUserVersion(db);
    if (found > supported) throw new DatabaseTooNewError(file, found, supported);

    if (file !== ':memory:') {
      // A new file gets 16 KiB pages: the database holds large blobs (audience member blocks,
      // images), which then take a quarter of the page writes. An existing file keeps its size.
      // Several processes may get here at once on a new file: each asks for the same size, and
      // the first to write creates the file with it.
      if (found === 0 && db.pragma('page_count', { simple: true }) === 0) {
        db.pragma(`page_size = ${String(newDatabasePageSize)}`);
      }
      // WAL lets readers (CLI, server) proceed while the app writes; it can be refused on some
      // network file systems, in which case the default rollback journal stays and that is fine.
      const mode = setJournalModeWal(db);
      // NORMAL is durable against application crashes under WAL and far cheaper than FULL.
      if (mode === 'wal') db.pragma('synchronous = NORMAL');
    }
    db.pragma('foreign_keys = ON');

    const schemaVersion = migrate(db, migrations);
    return {
      file,
      db,
      schemaVersion,
      close: () => {
        db.close();
      },
    };
  } catch (error) {
    db.close();
    if (error instanceof DatabaseTooNewError) throw error;
    throw openError(file, error);
  }
}

/**
 * Runs `work` as one write transaction that takes the write lock first (BEGIN IMMEDIATE), waiting
 * up to the busy timeout for another process's write to finish. A deferred transaction that reads
 * and then writes fails at once with "database is locked" when another connection wrote in
 * between, whatever the timeout; every transaction that writes goes through here. Inside another
 * transaction it becomes a savepoint of it.
 */
export function writeTransaction<T>(db: SqliteDatabase, work: () => T): T {
  return db.transaction(work).immediate();
}

/** The files SQLite keeps beside a database while it is open (or after a crash). */
const sqliteSideFiles = ['-wal', '-shm', '-journal'] as const;

/**
 * Switches to WAL, which needs a moment of exclusive access to the file. Another process opening
 * the same new file at the same time can hold it; SQLite then answers SQLITE_BUSY at once for
 * some of these steps rather than waiting, so retry until the busy timeout has passed.
 */
function setJournalModeWal(db: SqliteDatabase): unknown {
  const deadline = Date.now() + busyTimeoutMs;
  let attempt = 0;
  for (;;) {
    try {
      return db.pragma('journal_mode = WAL', { simple: true });
    } catch (error) {
      if (!sqliteCode(error)?.startsWith('SQLITE_BUSY') || Date.now() > deadline) throw error;
      pauseMs(Math.min(25, 1 + attempt * 2));
      attempt++;
    }
  }
}

/** Blocks the thread for `ms`, as SQLite's own busy handler does between attempts. */
function pauseMs(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Opens `<dir>/oa-planner.sqlite`, creating the (private) folder on first use. */
export function openDataDirectory(dir: string, options: OpenDatabaseOptions = {}): AppDatabase {
  ensurePrivateDirectory(dir);
  return openDatabase(join(dir, databaseFileName), options);
}

/**
 * What to tell the user when SQLite reports `error` on the database at `file`: the file's name and
 * what to do for damage (the app never repairs a database on its own); undefined for other errors.
 */
export function damagedDatabaseText(file: string, error: unknown): ErrorText | undefined {
  if (!sqliteCode(error)?.startsWith('SQLITE_CORRUPT')) return undefined;
  return { key: 'errors.storage.damaged', params: { file, detail: rootMessage(error) } };
}

/** damagedDatabaseText in English, for the command line and start-up failures. */
export function damagedDatabaseMessage(file: string, error: unknown): string | undefined {
  const text = damagedDatabaseText(file, error);
  return text && englishText(text);
}

function openError(file: string, cause: unknown): DatabaseOpenError {
  const code = sqliteCode(cause);
  const detail = cause instanceof Error ? cause.message : String(cause);
  if (code === 'SQLITE_NOTADB') {
    return new DatabaseOpenError(
      file,
      `The file at ${file} is not an OA Planner database (it is not a SQLite database, or it is encrypted). ` +
        'Choose another data folder, or move that file away.',
      { cause },
    );
  }
  const damaged = damagedDatabaseMessage(file, cause);
  if (damaged !== undefined) return new DatabaseOpenError(file, damaged, { cause });
  return new DatabaseOpenError(file, `Could not open the database at ${file}: ${detail}`, { cause });
}

/** The message of the innermost error (a failing migration wraps SQLite's). */
function rootMessage(error: unknown): string {
  if (error instanceof Error && error.cause !== undefined) return rootMessage(error.cause);
  return error instanceof Error ? error.message : String(error);
}

export function sqliteCode(error: unknown): string | undefined {
  if (error instanceof Database.SqliteError) return error.code;
  // A failing migration wraps the SQLite error; report the root code.
  if (error instanceof Error && error.cause !== undefined) return sqliteCode(error.cause);
  return undefined;
}
