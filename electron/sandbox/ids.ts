// The identifiers the sandbox makes up (request IDs, audience group IDs, rich-menu IDs, message IDs
// and quote tokens) drawn from its seed, so the same seed and the same requests give the same IDs,
// and with them the same hash-decided opens and clicks, on every run. Each kind of ID has its own
// named stream, so a new kind added later does not shift the IDs of the existing ones.

import { hashUnit, randomHex, seededRandom } from '../../shared/domain/random';
import type { SandboxDb } from './store';

export interface IdStream {
  /** A float in [0, 1). */
  next(): number;
  /** `digits` lowercase hex digits. */
  hex(digits: number): string;
  /** A lowercase UUID in the version-4 layout, the shape of LINE's `X-Line-Request-Id`. */
  uuid(): string;
}

/** The stream of one kind of ID, by name (e.g. `requests`, `channel 1 rich menus`). */
export type IdSource = (stream: string) => IdStream;

const hexByte = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
const hex16 = (n: number) => (hexByte[(n >>> 8) & 0xff] as string) + (hexByte[n & 0xff] as string);

export function createIdStream(seed: number): IdStream {
  const random = seededRandom(seed);
  const word = () => Math.floor(random() * 0x100000000);
  return {
    next: random,
    hex: (digits) => randomHex(random, digits),
    // Built from four 32-bit words with a table, not strings: every request takes one.
    uuid() {
      const a = word();
      const b = word();
      const c = word();
      const d = word();
      const version = ((b & 0x0fff) | 0x4000) >>> 0;
      const variant = (((c >>> 16) & 0x3fff) | 0x8000) >>> 0;
      return `${hex16(a >>> 16)}${hex16(a)}-${hex16(b >>> 16)}-${hex16(version)}-${hex16(variant)}-${hex16(c)}${hex16(d >>> 16)}${hex16(d)}`;
    },
  };
}

/**
 * IDs for a sandbox of this seed. `run` tells apart the runs over one database file, so a restarted
 * sandbox never hands out an ID it gave before (request IDs and rich-menu IDs are stored keys).
 */
export function createIdSource(seed: number, run = 1): IdSource {
  return (stream) =>
    createIdStream(Math.floor(hashUnit(`${String(seed)}/${String(run)}/${stream}`) * 2 ** 32));
}

/**
 * Counts the runs of a sandbox over this database: 1 for a new file (and always for `:memory:`),
 * then one more each time it is opened again. The table is created on demand, so files made before
 * it existed get it too.
 */
export function nextSandboxRun(db: SandboxDb): number {
  db.exec(
    'CREATE TABLE IF NOT EXISTS sandbox_runs (id INTEGER PRIMARY KEY CHECK (id = 1), runs INTEGER NOT NULL)',
  );
  db.prepare(
    'INSERT INTO sandbox_runs (id, runs) VALUES (1, 1) ON CONFLICT (id) DO UPDATE SET runs = runs + 1',
  ).run();
  return (db.prepare('SELECT runs FROM sandbox_runs WHERE id = 1').get() as { runs: number }).runs;
}
