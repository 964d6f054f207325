// The sandbox's made-up identifiers come from its seed: LINE's shapes, one stream per kind, and a
// new run over the same database file starts new streams.

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { requestIdPattern } from '../../../shared/line/ids';
import { createIdSource, nextSandboxRun } from '../../../electron/sandbox/ids';
import { openSandboxDb } from '../../../electron/sandbox/store';
import { makeTempDir } from '../../helpers/temp-dir';

const take = (count: number, make: () => string) => Array.from({ length: count }, make);

describe('sandbox IDs', () => {
  it('are UUIDs of the version-4 layout, the same for the same seed, run and stream', () => {
    const first = createIdSource(5)('requests');
    const again = createIdSource(5)('requests');
    const ids = take(200, () => first.uuid());
    expect(take(200, () => again.uuid())).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    for (const id of ids) expect(id).toMatch(requestIdPattern);
  });

  it('differ between seeds, runs and streams', () => {
    const id = (seed: number, run: number, stream: string) => createIdSource(seed, run)(stream).uuid();
    const all = [id(5, 1, 'requests'), id(6, 1, 'requests'), id(5, 2, 'requests'), id(5, 1, 'rich menus')];
    expect(new Set(all).size).toBe(4);
  });

  it('count the runs over a database file; an in-memory one is always on its first run', () => {
    const file = path.join(makeTempDir(), 'sandbox.sqlite');
    const runs = [1, 2, 3].map(() => {
      const db = openSandboxDb(file);
      try {
        return nextSandboxRun(db);
      } finally {
        db.close();
      }
    });
    expect(runs).toEqual([1, 2, 3]);
    const memory = openSandboxDb(':memory:');
    expect(nextSandboxRun(memory)).toBe(1);
    memory.close();
  });
});
