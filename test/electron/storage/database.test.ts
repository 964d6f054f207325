// openDatabase / openDataDirectory: connection pragmas, migration on open, and refusing files it
// must not touch (newer schema, not SQLite) without changing a byte of them.

import { copyFileSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  DatabaseOpenError,
  DatabaseTooNewError,
  databaseFileName,
  newDatabasePageSize,
  openDataDirectory,
  openDatabase,
  type SqliteDatabase,
} from '../../../electron/storage/database';
import { latestVersion, migrate, type Migration } from '../../../electron/storage/migrate';
import { probeSchemaVersion } from '../../../electron/storage/schema-version-probe';
import { migrations } from '../../../electron/storage/migrations';
import { listChannels } from '../../../electron/storage/channels';
import { makeTempDir } from '../../helpers/temp-dir';
import { openMemoryDatabase, openRawDatabase, openTempDatabase } from '../../helpers/temp-database';
import { userVersion } from '../../helpers/sqlite-schema';

function count(db: { prepare(sql: string): { get(): unknown } }, sql: string): number {
  return (db.prepare(sql).get() as { n: number }).n;
}

describe('openDatabase on :memory:', () => {
  it('migrates to the latest schema with foreign keys on', () => {
    const { db, schemaVersion } = openMemoryDatabase();
    expect(schemaVersion).toBe(latestVersion());
    expect(schemaVersion).toBe(migrations.length);
    expect(userVersion(db)).toBe(schemaVersion);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('journal_mode', { simple: true })).toBe('memory');
  });

  it('enforces foreign keys with ON DELETE CASCADE against channels', () => {
    const { db } = openMemoryDatabase();
    db.exec(`
      CREATE TABLE notes (id INTEGER PRIMARY KEY,
        channel_id INTEGER NOT NULL REFERENCES channels(id) ON DELETE CASCADE);
      INSERT INTO notes (channel_id) VALUES (1);
    `);
    expect(() => db.prepare('INSERT INTO notes (channel_id) VALUES (999)').run()).toThrow(
      /FOREIGN KEY constraint/,
    );
    db.prepare('DELETE FROM channels WHERE id = 1').run();
    expect(count(db, 'SELECT count(*) AS n FROM notes')).toBe(0);
  });
});

describe('openDatabase on a file', () => {
  it('uses WAL with synchronous NORMAL and a busy timeout', () => {
    const { db, file } = openTempDatabase();
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(1); // NORMAL
    expect(db.pragma('busy_timeout', { simple: true })).toBeGreaterThanOrEqual(1000);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(existsSync(file)).toBe(true);
  });

  it('creates new files with 16 KiB pages and leaves an existing file’s page size alone', () => {
    const fresh = openTempDatabase();
    expect(fresh.db.pragma('page_size', { simple: true })).toBe(newDatabasePageSize);

    const dir = makeTempDir();
    const file = join(dir, databaseFileName);
    const older = openRawDatabase(file);
    older.exec('CREATE TABLE kept (x)');
    older.close();
    const reopened = openDatabase(file);
    expect(reopened.db.pragma('page_size', { simple: true })).toBe(4096);
    reopened.close();
  });

  it('keeps WAL mode in the file itself, so other connections see it', () => {
    const { file, close } = openTempDatabase();
    close();
    expect(openRawDatabase(file).pragma('journal_mode', { simple: true })).toBe('wal');
  });

  it('does not re-run migrations when opened again, and keeps data', () => {
    const dir = makeTempDir();
    const file = join(dir, databaseFileName);
    const first = openDatabase(file);
    first.db.prepare("INSERT INTO channels (name, kind) VALUES ('Shop', 'line')").run();
    first.close();

    const spied: Migration[] = migrations.map((m) => ({ ...m, up: vi.fn(m.up) }));
    const second = openDatabase(file, { migrations: spied });
    try {
      expect(second.schemaVersion).toBe(migrations.length);
      for (const m of spied) expect(m.up).not.toHaveBeenCalled();
      expect(listChannels(second.db).map((c) => c.name)).toEqual(['Sandbox', 'Shop']);
    } finally {
      second.close();
    }
  });

  it('upgrades an older database, applying only the missing migrations', () => {
    const dir = makeTempDir();
    const file = join(dir, databaseFileName);
    openDatabase(file).close();
    const extra: Migration = {
      version: migrations.length + 1,
      name: 'extra',
      up: vi.fn((db) => {
        db.exec('CREATE TABLE extra (id INTEGER PRIMARY KEY)');
      }),
    };
    const upgraded = openDatabase(file, { migrations: [...migrations, extra] });
    try {
      expect(upgraded.schemaVersion).toBe(migrations.length + 1);
      expect(extra.up).toHaveBeenCalledTimes(1);
    } finally {
      upgraded.close();
    }
  });

  it('reports a failing migration naming the file and leaves the previous version', () => {
    const dir = makeTempDir();
    const file = join(dir, databaseFileName);
    openDatabase(file).close();
    const broken: Migration = {
      version: migrations.length + 1,
      name: 'broken',
      up(db) {
        db.exec('CREATE TABLE extra (id INTEGER PRIMARY KEY); SELECT * FROM missing_table;');
      },
    };
    let caught: unknown;
    try {
      openDatabase(file, { migrations: [...migrations, broken] });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DatabaseOpenError);
    expect((caught as DatabaseOpenError).message).toContain(file);
    expect((caught as DatabaseOpenError).message).toMatch(/-broken failed: no such table: missing_table/);
    expect((caught as DatabaseOpenError).code).toBe('SQLITE_ERROR');

    const raw = openRawDatabase(file);
    expect(userVersion(raw)).toBe(migrations.length);
    expect(count(raw, "SELECT count(*) AS n FROM sqlite_master WHERE name = 'extra'")).toBe(0);
  });

  it('names the file when the folder does not exist', () => {
    const file = join(makeTempDir(), 'no', 'such', 'dir', databaseFileName);
    expect(() => openDatabase(file)).toThrow(DatabaseOpenError);
    expect(() => openDatabase(file)).toThrow(file);
  });
});

describe('openDatabase refusing a database from a newer app', () => {
  function writeFutureDatabase(file: string, version: number, journalMode: 'delete' | 'wal'): Buffer {
    const raw = openRawDatabase(file);
    raw.pragma(`journal_mode = ${journalMode}`);
    raw.exec(`
      CREATE TABLE channels (id INTEGER PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, created_at TEXT NOT NULL);
      CREATE TABLE from_the_future (id INTEGER PRIMARY KEY, payload TEXT);
      INSERT INTO from_the_future (payload) VALUES ('keep me');
    `);
    raw.pragma(`user_version = ${String(version)}`);
    raw.close();
    return readFileSync(file);
  }

  it('throws DatabaseTooNewError with a clear message and leaves the file byte-identical', () => {
    const dir = makeTempDir();
    const file = join(dir, databaseFileName);
    const before = writeFutureDatabase(file, 7, 'delete');
    const three: Migration[] = [1, 2, 3].map((version) => ({
      version,
      name: `m${String(version)}`,
      up: vi.fn(),
    }));

    let caught: unknown;
    try {
      openDatabase(file, { migrations: three });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DatabaseTooNewError);
    expect((caught as Error).message).toBe(
      `The database at ${file} was written by a newer OA Planner (schema 7; this version understands up to 3). ` +
        'Update OA Planner, or choose another data folder.',
    );
    expect(caught).toMatchObject({ file, foundVersion: 7, supportedVersion: 3 });
    for (const m of three) expect(m.up).not.toHaveBeenCalled();

    expect(readFileSync(file).equals(before)).toBe(true);
    // Still a rollback-journal database: switching to WAL would have rewritten the header.
    expect(readdirSync(dir)).toEqual([databaseFileName]);
  });

  it('refuses with the app’s own migrations too, leaving a WAL database unchanged', () => {
    const dir = makeTempDir();
    const file = join(dir, databaseFileName);
    const future = migrations.length + 1;
    const before = writeFutureDatabase(file, future, 'wal');
    expect(() => openDataDirectory(dir)).toThrow(
      `schema ${String(future)}; this version understands up to ${String(migrations.length)}`,
    );
    expect(readFileSync(file).equals(before)).toBe(true);

    const raw = openRawDatabase(file);
    expect(userVersion(raw)).toBe(future);
    expect(raw.prepare('SELECT payload FROM from_the_future').pluck().all()).toEqual(['keep me']);
  });
});

describe('openDatabase refusing a newer database whose write-ahead log is not checkpointed', () => {
  const sideFiles = ['', '-wal', '-shm'] as const;

  /**
   * What a newer app leaves when it crashes (or is killed) with changes still in its log: the three
   * files copied while its connection is open. `raise` runs on that connection before the copy.
   */
  function crashedWhileOpen(dir: string, raise: (db: SqliteDatabase) => void): string {
    const live = join(makeTempDir(), databaseFileName);
    const writer = openRawDatabase(live);
    writer.pragma('journal_mode = WAL');
    writer.pragma('wal_autocheckpoint = 0');
    raise(writer);
    const file = join(dir, databaseFileName);
    for (const suffix of sideFiles) copyFileSync(`${live}${suffix}`, `${file}${suffix}`);
    writer.close();
    return file;
  }

  const snapshot = (file: string) => sideFiles.map((suffix) => readFileSync(`${file}${suffix}`));

  it('refuses it and leaves the main file, -wal and -shm byte-identical', () => {
    const dir = makeTempDir();
    const future = migrations.length + 1;
    const file = crashedWhileOpen(dir, (db) => {
      db.exec("CREATE TABLE from_the_future (payload TEXT); INSERT INTO from_the_future VALUES ('keep me')");
      db.pragma(`user_version = ${String(future)}`);
    });
    const before = snapshot(file);
    expect(before[1]?.length).toBeGreaterThan(0);

    expect(() => openDataDirectory(dir)).toThrow(DatabaseTooNewError);
    expect(() => openDataDirectory(dir)).toThrow(`schema ${String(future)}`);

    expect(readdirSync(dir).sort()).toEqual(sideFiles.map((suffix) => `${databaseFileName}${suffix}`).sort());
    const after = snapshot(file);
    sideFiles.forEach((suffix, index) => {
      expect(after[index]?.equals(before[index] ?? Buffer.alloc(0)), `${databaseFileName}${suffix}`).toBe(
        true,
      );
    });
  });

  it('finds the newer version in the log when the main file still has the old one', () => {
    const dir = makeTempDir();
    const future = migrations.length + 1;
    const file = crashedWhileOpen(dir, (db) => {
      migrate(db, migrations);
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.pragma(`user_version = ${String(future)}`);
    });
    expect(readFileSync(file).readUInt32BE(60)).toBe(migrations.length);
    const before = snapshot(file);

    expect(() => openDataDirectory(dir)).toThrow(DatabaseTooNewError);
    expect(snapshot(file).every((bytes, index) => bytes.equals(before[index] ?? Buffer.alloc(0)))).toBe(true);
  });

  it('counts only committed, intact frames of the log, as SQLite does', () => {
    const dir = makeTempDir();
    const file = crashedWhileOpen(dir, (db) => {
      db.exec('CREATE TABLE t (x)');
      db.pragma('user_version = 5');
      db.pragma('user_version = 9');
    });
    expect(probeSchemaVersion(file)).toBe(9);
    // A write torn by the crash: the last frame (the one that set 9) is cut short.
    const wal = readFileSync(`${file}-wal`);
    writeFileSync(`${file}-wal`, wal.subarray(0, wal.length - 100));
    expect(probeSchemaVersion(file)).toBe(5);

    const copy = join(makeTempDir(), databaseFileName);
    for (const suffix of ['', '-wal']) copyFileSync(`${file}${suffix}`, `${copy}${suffix}`);
    expect(userVersion(openRawDatabase(copy))).toBe(5);
  });

  it('reads a closed database’s version from its header, and nothing from a file that is not SQLite', () => {
    const { file, close } = openTempDatabase();
    close();
    expect(existsSync(`${file}-wal`)).toBe(false);
    expect(probeSchemaVersion(file)).toBe(migrations.length);
    const notes = join(makeTempDir(), 'notes.txt');
    writeFileSync(notes, 'campaign notes '.repeat(20));
    expect(probeSchemaVersion(notes)).toBeUndefined();
    expect(probeSchemaVersion(join(makeTempDir(), 'missing.sqlite'))).toBe(0);
  });
});

describe('openDatabase on a file that is not a SQLite database', () => {
  it('throws DatabaseOpenError naming the file and leaves it alone', () => {
    const dir = makeTempDir();
    const file = join(dir, databaseFileName);
    const content = Buffer.from('These are my campaign notes, not a database.\n'.repeat(200));
    writeFileSync(file, content);

    let caught: unknown;
    try {
      openDatabase(file);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DatabaseOpenError);
    expect((caught as DatabaseOpenError).code).toBe('SQLITE_NOTADB');
    expect((caught as DatabaseOpenError).file).toBe(file);
    expect((caught as Error).message).toContain(`The file at ${file} is not an OA Planner database`);
    expect(readFileSync(file).equals(content)).toBe(true);
    expect(readdirSync(dir)).toEqual([databaseFileName]);
  });
});

describe('openDataDirectory', () => {
  it('creates the folder and a database holding exactly one Sandbox channel', () => {
    const dir = join(makeTempDir(), 'nested', 'data');
    const database = openDataDirectory(dir);
    try {
      expect(database.file).toBe(join(dir, databaseFileName));
      expect(existsSync(database.file)).toBe(true);
      expect(listChannels(database.db)).toEqual([
        { id: 1, name: 'Sandbox', kind: 'sandbox', createdAt: expect.stringMatching(/Z$/) as string },
      ]);
    } finally {
      database.close();
    }
  });

  it('opens the same database on the next start', () => {
    const dir = makeTempDir();
    const first = openDataDirectory(dir);
    first.db.prepare("INSERT INTO channels (name, kind) VALUES ('Shop', 'line')").run();
    first.close();
    const second = openDataDirectory(dir);
    try {
      expect(listChannels(second.db)).toHaveLength(2);
    } finally {
      second.close();
    }
  });
});
