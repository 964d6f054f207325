// Reads a SQLite schema back as plain data, so tests can assert on what migrations created.

import type { SqliteDatabase } from '../../electron/storage/database';

export interface SchemaObject {
  readonly type: 'table' | 'index' | 'view' | 'trigger';
  readonly name: string;
  readonly tableName: string;
  readonly sql: string | null;
}

/** Everything in sqlite_master except SQLite's own objects (sqlite_sequence, autoindexes), sorted by name. */
export function schemaObjects(db: SqliteDatabase): SchemaObject[] {
  return db
    .prepare(
      `SELECT type, name, tbl_name AS tableName, sql FROM sqlite_master
       WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name`,
    )
    .all() as SchemaObject[];
}

export function tableNames(db: SqliteDatabase): string[] {
  return schemaObjects(db)
    .filter((object) => object.type === 'table')
    .map((object) => object.name);
}

export interface ColumnInfo {
  readonly name: string;
  readonly type: string;
  readonly notnull: 0 | 1;
  readonly dflt_value: string | null;
  readonly pk: number;
}

export function tableColumns(db: SqliteDatabase, table: string): ColumnInfo[] {
  return (db.pragma(`table_info(${quoteIdentifier(table)})`) as (ColumnInfo & { cid: number })[]).map(
    ({ name, type, notnull, dflt_value, pk }) => ({ name, type, notnull, dflt_value, pk }),
  );
}

export interface IndexInfo {
  readonly name: string;
  readonly unique: 0 | 1;
  readonly partial: 0 | 1;
  readonly columns: string[];
}

export function tableIndexes(db: SqliteDatabase, table: string): IndexInfo[] {
  const list = db.pragma(`index_list(${quoteIdentifier(table)})`) as {
    name: string;
    unique: 0 | 1;
    partial: 0 | 1;
  }[];
  return list
    .map(({ name, unique, partial }) => ({
      name,
      unique,
      partial,
      columns: (db.pragma(`index_info(${quoteIdentifier(name)})`) as { name: string }[]).map(
        (column) => column.name,
      ),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export function userVersion(db: SqliteDatabase): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
