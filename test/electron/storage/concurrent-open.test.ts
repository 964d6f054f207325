// Several processes opening one data folder at the same moment (the app, `oa-planner` commands):
// each must wait its turn for the schema and the journal mode, never fail on the other's work.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { databaseFileName } from '../../../electron/storage/database';
import { migrations } from '../../../electron/storage/migrations';
import { runCliProcessesTogether } from '../../helpers/cli';
import { openRawDatabase } from '../../helpers/temp-database';
import { makeTempDir } from '../../helpers/temp-dir';
import { userVersion } from '../../helpers/sqlite-schema';

/** Rounds per test: one round failed almost always before migrations took the write lock. */
const rounds = 5;

describe('opening a new data folder from several processes at once', () => {
  it('migrates it once: every command succeeds and the schema is whole', { timeout: 120_000 }, async () => {
    for (let round = 0; round < rounds; round++) {
      const dir = makeTempDir();
      const runs = await runCliProcessesTogether(
        Array.from({ length: 3 }, () => ['audience', 'list', '--data-dir', dir]),
      );
      for (const run of runs) {
        expect(run.stderr, `round ${String(round)}`).toBe('');
        expect(run.status).toBe(0);
        expect(run.stdout).toContain('No audiences in channel 1 "Sandbox".');
      }
      const db = openRawDatabase(join(dir, databaseFileName));
      expect(userVersion(db)).toBe(migrations.length);
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.prepare('SELECT name FROM channels').pluck().all()).toEqual(['Sandbox']);
      db.close();
    }
  });
});
