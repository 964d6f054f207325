// LINE's ID file written from stored member blocks: every ID as LINE writes it, one a line, for any
// range over blocks of any size and alignment, for user IDs and IFAs alike.

import { describe, expect, it } from 'vitest';
import { formatPackedId } from '../../../shared/audiences/ids';
import { seededRandom } from '../../../shared/domain/random';
import { memberFile } from '../../../electron/sync/run-audiences';

function randomMembers(count: number, seed: number): Uint32Array {
  const random = seededRandom(seed);
  const packed = new Uint32Array(count * 4);
  for (let i = 0; i < packed.length; i++) packed[i] = Math.floor(random() * 2 ** 32);
  // Edge words: all zeros and all ones.
  packed.set([0, 0, 0, 0, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff], 0);
  return packed;
}

/**
 * The members as blocks of the given sizes, as SQLite gives them (Buffers), every other one at an
 * odd byte offset of a larger buffer.
 */
function blocks(packed: Uint32Array, sizes: readonly number[]): Uint8Array[] {
  const bytes = new Uint8Array(packed.buffer);
  const out: Uint8Array[] = [];
  let at = 0;
  sizes.forEach((size, i) => {
    const shift = i % 2 === 0 ? 3 : 0;
    const holder = Buffer.alloc(size * 16 + 8, 0xee);
    holder.set(bytes.subarray(at * 16, (at + size) * 16), shift);
    out.push(holder.subarray(shift, shift + size * 16));
    at += size;
  });
  return out;
}

const expected = (packed: Uint32Array, kind: 'userId' | 'ifa', from: number, to: number) => {
  const lines: string[] = [];
  for (let i = from; i < to; i++) lines.push(formatPackedId(kind, packed, i * 4));
  return lines;
};

describe('memberFile', () => {
  const packed = randomMembers(1000, 11);
  const parts = blocks(packed, [1, 300, 0, 499, 200]);

  it('writes every user ID of a range as U and 32 hex digits, one a line', async () => {
    for (const [from, to] of [
      [0, 1000],
      [0, 1],
      [1, 301],
      [250, 820],
      [999, 1000],
      [500, 500],
    ] as const) {
      const text = await memberFile(parts, 'userId', from, to).text();
      const lines = expected(packed, 'userId', from, to);
      expect(text).toBe(lines.map((line) => `${line}\n`).join(''));
      // The packed array gives the same file as its blocks, and so do parts of any size.
      expect(await memberFile(packed, 'userId', from, to).text()).toBe(text);
      expect(await memberFile(parts, 'userId', from, to, 7).text()).toBe(text);
      expect(await memberFile(parts, 'userId', from, to, 1).text()).toBe(text);
    }
  });

  it('writes IFAs as lowercase UUIDs', async () => {
    const text = await memberFile(parts, 'ifa', 10, 710).text();
    expect(text.split('\n')).toEqual(expected(packed, 'ifa', 10, 710));
  });
});
