// The byte-level ID parser against a plain reading of LINE's rule ("U" and 32 lowercase hex digits):
// every byte value at every digit position, and packed IDs written back as they were read.

import { describe, expect, it } from 'vitest';
import { formatPackedId, parseIdBytes } from '../../../shared/audiences/ids';
import { randomHex, seededRandom } from '../../../shared/domain/random';

const bytesOf = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

describe('parseIdBytes on user IDs', () => {
  it('accepts exactly the IDs of "U" and 32 lowercase hex digits, whatever byte sits at any position', () => {
    const valid = `U${'0123456789abcdef'.repeat(2)}`;
    const words = new Uint32Array(4);
    const wrong: string[] = [];
    for (let position = 1; position < valid.length; position++) {
      for (let byte = 0; byte < 256; byte++) {
        const bytes = bytesOf(valid);
        bytes[position] = byte;
        const lowerHex = /^[0-9a-f]$/.test(String.fromCharCode(byte));
        const upperHex = /^[A-F]$/.test(String.fromCharCode(byte));
        const expected = lowerHex ? 'userId' : upperHex ? 'user-id-uppercase' : 'not-an-id';
        const got = parseIdBytes(bytes, 0, bytes.length, words, 0);
        if (got !== expected) wrong.push(`${String(position)}:${String(byte)} → ${got}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('packs each ID into four words that format back to the same text, at any offset', () => {
    const random = seededRandom(3);
    const words = new Uint32Array(4 * 100);
    const ids = Array.from({ length: 100 }, () => `U${randomHex(random, 32)}`);
    const line = bytesOf(`x,${ids.join(',')}`);
    ids.forEach((id, i) => {
      const start = 2 + i * 34;
      expect(parseIdBytes(line, start, start + 33, words, i * 4)).toBe('userId');
    });
    expect(ids.map((_, i) => formatPackedId('userId', words, i * 4))).toEqual(ids);
  });
});
