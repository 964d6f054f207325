// Imports into one data folder at the same moment, from several `oa-planner audience import`
// processes and from the app: each waits for the other's write and succeeds; a name taken by the
// one that committed first is refused with the name message, never "database is locked".

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportOutcome } from '../../../shared/audiences/import-outcome';
import { createAppServices } from '../../../electron/app/services';
import { openDataDirectory } from '../../../electron/storage/database';
import { listAudiences } from '../../../electron/audiences/repository';
import { runCliProcessesTogether } from '../../helpers/cli';
import { makeTempDir } from '../../helpers/temp-dir';

/** Rounds per test: each round failed at least once in most rounds while commits were deferred. */
const rounds = 3;
const idsPerFile = 100_000;

/** A file of distinct user IDs (`seed` keeps files apart), LF-terminated. */
function idFile(dir: string, seed: number): string {
  const lines: string[] = [];
  for (let i = 0; i < idsPerFile; i++) {
    lines.push(`U${seed.toString(16).padStart(8, '0')}${i.toString(16).padStart(24, '0')}`);
  }
  const file = join(dir, `ids-${String(seed)}.txt`);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

/** A migrated data folder, so the processes meet at the import, not at the first open. */
function newDataFolder(): string {
  const dir = makeTempDir();
  openDataDirectory(dir).close();
  return dir;
}

function audienceNames(dir: string): string[] {
  const database = openDataDirectory(dir);
  try {
    return listAudiences(database.db, 1)
      .map((a) => `${a.name}:${String(a.size)}`)
      .sort();
  } finally {
    database.close();
  }
}

const importArgs = (dir: string, file: string, name: string) => [
  'audience',
  'import',
  file,
  '--name',
  name,
  '--data-dir',
  dir,
];

describe('concurrent audience imports', () => {
  it('all succeed, one after the other, into one data folder', { timeout: 120_000 }, async () => {
    const files = makeTempDir();
    const inputs = [1, 2, 3, 4].map((seed) => idFile(files, seed));
    for (let round = 0; round < rounds; round++) {
      const dir = newDataFolder();
      const runs = await runCliProcessesTogether(
        inputs.map((file, index) => importArgs(dir, file, `List ${String(index + 1)}`)),
      );
      for (const run of runs) {
        expect(run.stderr, `round ${String(round)}`).toBe('');
        expect(run.status).toBe(0);
      }
      expect(audienceNames(dir)).toEqual([1, 2, 3, 4].map((n) => `List ${String(n)}:${String(idsPerFile)}`));
    }
  });

  it('refuse a name taken meanwhile with the name message', { timeout: 120_000 }, async () => {
    const files = makeTempDir();
    const inputs = [1, 2, 3].map((seed) => idFile(files, seed));
    for (let round = 0; round < rounds; round++) {
      const dir = newDataFolder();
      const runs = await runCliProcessesTogether(inputs.map((file) => importArgs(dir, file, 'Spring VIP')));
      expect(
        runs.filter((run) => run.status === 0),
        `round ${String(round)}`,
      ).toHaveLength(1);
      for (const run of runs.filter((r) => r.status !== 0)) {
        expect(run.status).toBe(1);
        expect(run.stderr).toBe('oa-planner audience: “Spring VIP”: Another one already has this name.\n');
      }
      expect(audienceNames(dir)).toEqual([`Spring VIP:${String(idsPerFile)}`]);
    }
  });

  it('from the app and from the CLI at once all succeed', { timeout: 120_000 }, async () => {
    const files = makeTempDir();
    const inputs = [1, 2, 3].map((seed) => idFile(files, seed));
    const appFile = readFileSync(idFile(files, 4));
    for (let round = 0; round < rounds; round++) {
      const dir = newDataFolder();
      // The app: the real handler table over its own connection, as browser mode and Electron use it.
      const app = createAppServices({ shell: 'browser', dataDirectory: dir });
      const { handlers } = app;
      let appOutcome: Promise<ImportOutcome> | undefined;
      const runs = await runCliProcessesTogether(
        inputs.map((file, index) => importArgs(dir, file, `List ${String(index + 1)}`)),
        {},
        () => {
          // Sent and parsed while the CLI processes read their files, committed as they commit.
          appOutcome = (async () => {
            const { importId } = await handlers.beginAudienceImport({
              target: { mode: 'create', channelId: 1, name: 'From the app' },
              fileName: 'app.txt',
              totalBytes: appFile.length,
            });
            await handlers.appendAudienceImportChunk(importId, 0, appFile.toString('base64'));
            return handlers.finishAudienceImport(importId);
          })();
        },
      );
      const outcome = await appOutcome;
      await app.close();
      for (const run of runs) {
        expect(run.stderr, `round ${String(round)}`).toBe('');
        expect(run.status).toBe(0);
      }
      expect(outcome).toMatchObject({ ok: true });
      expect(audienceNames(dir)).toEqual(
        ['From the app', 'List 1', 'List 2', 'List 3'].map((name) => `${name}:${String(idsPerFile)}`),
      );
    }
  });
});
