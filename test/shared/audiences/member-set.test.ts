// Deduping an import: the counts against plain Set arithmetic, and the new keys in ascending
// order (each upload is stored as one sorted run), also for keys equal in their first words.

import { describe, expect, it } from 'vitest';
import { dedupeImport } from '../../../shared/audiences/member-set';
import { seededRandom } from '../../../shared/domain/random';

function pack(keys: readonly (readonly number[])[]): Uint32Array {
  return Uint32Array.from(keys.flat());
}

function rows(packed: Uint32Array): string[] {
  return Array.from({ length: packed.length / 4 }, (_, i) =>
    [...packed.subarray(i * 4, i * 4 + 4)].map((w) => w.toString(16).padStart(8, '0')).join(''),
  );
}

describe('dedupeImport', () => {
  const random = seededRandom(3);
  const word = () => Math.floor(random() * 2 ** 32);
  // Random keys, keys sharing a first word (and more), and a bucket far larger than the rest.
  const distinct: number[][] = [];
  for (let i = 0; i < 20_000; i++) distinct.push([word(), word(), word(), word()]);
  for (let i = 0; i < 300; i++) distinct.push([0x12345678, i % 3, word(), i]);
  for (let i = 0; i < 3000; i++) distinct.push([0xfffffff0 + (i % 4), word(), 7, i]);

  it('counts repeats and members already in, and returns the new keys sorted', () => {
    const existing = distinct.filter((_, i) => i % 10 === 0);
    const file: number[][] = [];
    for (let i = 0; i < 40_000; i++) file.push(distinct[Math.floor(random() * distinct.length)] ?? []);
    const result = dedupeImport(pack(existing), pack(file));

    const had = new Set(rows(pack(existing)));
    const seen = new Set<string>();
    let duplicates = 0;
    let already = 0;
    for (const key of rows(pack(file))) {
      if (had.has(key)) already++;
      else if (seen.has(key)) duplicates++;
      else seen.add(key);
    }
    expect(result.duplicatesInFile).toBe(duplicates);
    expect(result.alreadyInAudience).toBe(already);
    const added = rows(result.added);
    expect(added).toEqual([...seen].sort());
  });

  it('dedupes a new audience (nothing to compare with) the same way', () => {
    const file: number[][] = [];
    for (let i = 0; i < 40_000; i++) file.push(distinct[Math.floor(random() * distinct.length)] ?? []);
    const result = dedupeImport(new Uint32Array(0), pack(file));
    const seen = new Set(rows(pack(file)));
    expect(rows(result.added)).toEqual([...seen].sort());
    expect(result.duplicatesInFile).toBe(file.length - seen.size);
    expect(result.alreadyInAudience).toBe(0);
  });

  it('keeps nothing for a file of members the audience has', () => {
    const existing = pack(distinct.slice(0, 50));
    const result = dedupeImport(existing, pack([...distinct.slice(0, 50), ...distinct.slice(0, 10)]));
    expect(result).toEqual({ added: new Uint32Array(0), duplicatesInFile: 0, alreadyInAudience: 60 });
  });
});
