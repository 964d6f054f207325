// A database SQLite finds damaged ("database disk image is malformed"), at open or in the middle
// of a command: the message names the file and says to restore it from a backup, in one line for
// the CLI, and the file is left exactly as it was (the app never repairs it on its own).

import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { dispatchApiCall } from '../../../shared/api/dispatch';
import { createAppServices } from '../../../electron/app/services';
import { databaseFileName, openDataDirectory, DatabaseOpenError } from '../../../electron/storage/database';
import { runCliProcess } from '../../helpers/cli';
import { openRawDatabase } from '../../helpers/temp-database';
import { makeTempDir } from '../../helpers/temp-dir';

/** Overwrites the first byte of a page's b-tree header (its page type) with a value no page has. */
function breakPage(file: string, pageNumber: number): void {
  const raw = openRawDatabase(file);
  const pageSize = raw.pragma('page_size', { simple: true }) as number;
  raw.close();
  const fd = openSync(file, 'r+');
  try {
    writeSync(fd, Buffer.from([0x07]), 0, 1, (pageNumber - 1) * pageSize + (pageNumber === 1 ? 100 : 0));
  } finally {
    closeSync(fd);
  }
}

/** A data folder whose `audiences` table is damaged; everything else reads fine. */
function folderWithDamagedAudiences(): { dir: string; file: string } {
  const dir = makeTempDir();
  openDataDirectory(dir).close();
  const file = join(dir, databaseFileName);
  const raw = openRawDatabase(file);
  const root = raw
    .prepare("SELECT rootpage FROM sqlite_master WHERE name = 'audiences'")
    .pluck()
    .get() as number;
  raw.close();
  breakPage(file, root);
  return { dir, file };
}

const restoreAdvice =
  /is damaged \(SQLite: .*malformed.*\)\. Quit OA Planner and restore that file from a backup/;

describe('a damaged database', () => {
  it('is named, with what to do, when a CLI command meets the damage; the file is left as it was', () => {
    const { dir, file } = folderWithDamagedAudiences();
    const before = readFileSync(file);
    const run = runCliProcess(['audience', 'list', '--data-dir', dir]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`oa-planner audience: The database at ${file} is damaged`);
    expect(lines[0]).toMatch(restoreAdvice);
    expect(lines[0]).toContain('never repairs a database on its own');
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('is named when the damage shows while the database opens (an upgrade reading its schema)', () => {
    const dir = makeTempDir();
    openDataDirectory(dir).close();
    const file = join(dir, databaseFileName);
    const raw = openRawDatabase(file);
    raw.pragma('user_version = 2');
    raw.close();
    breakPage(file, 1);
    expect(() => openDataDirectory(dir)).toThrow(DatabaseOpenError);
    expect(() => openDataDirectory(dir)).toThrow(restoreAdvice);

    const run = runCliProcess(['audience', 'list', '--data-dir', dir]);
    expect(run.status).toBe(1);
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      expect.stringMatching(new RegExp(`^oa-planner audience: The database at ${file} is damaged`)),
    ]);
  });

  it('is named by the API too, as an error the page can show', async () => {
    const { dir, file } = folderWithDamagedAudiences();
    const data = createAppServices({ shell: 'browser', dataDirectory: dir });
    onTestFinished(() => data.close());
    const { handlers } = data;
    const result = await dispatchApiCall(handlers, 'listAudiences', [1]);
    expect(result).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    const message = result.ok ? '' : result.error.message;
    expect(message).toContain(file);
    expect(message).toMatch(restoreAdvice);
  });
});
