// What one schema migration is. Its own module, so the migrations and the code that runs them do
// not import each other.

import type Database from 'better-sqlite3';

export interface Migration {
  /** 1-based and contiguous; becomes PRAGMA user_version once applied. */
  readonly version: number;
  /** Matches the file name after the number, e.g. "channels" for 0001-channels.ts. */
  readonly name: string;
  up(db: Database.Database): void;
}
