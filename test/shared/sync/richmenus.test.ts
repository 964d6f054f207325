// The rich-menu rules sync uses: the marker a created menu's name carries (found again, stripped for
// the editor, always within LINE's 300 characters) and the bulk-link chunks of 500.

import { describe, expect, it } from 'vitest';
import {
  bulkLinkChunks,
  markedRichMenuName,
  richMenuMarker,
  richMenuMarkerOf,
  unmarkedRichMenuName,
} from '../../../shared/sync/richmenus';

const marker = richMenuMarker(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 255]));

describe('rich-menu markers', () => {
  it('are oap- and 16 hex digits, and need 8 random bytes', () => {
    expect(marker).toBe('oap-01020304050607ff');
    expect(() => richMenuMarker(new Uint8Array(4))).toThrow(/8 random bytes/);
  });

  it('end the name sent to LINE, and are found and stripped again', () => {
    const name = markedRichMenuName('  Spring menu ', marker);
    expect(name).toBe('Spring menu #oap-01020304050607ff');
    expect(richMenuMarkerOf(name)).toBe(marker);
    expect(unmarkedRichMenuName(name)).toBe('Spring menu');
    expect(markedRichMenuName('', marker)).toBe('#oap-01020304050607ff');
    expect(richMenuMarkerOf('#oap-01020304050607ff')).toBe(marker);
  });

  it('keep a long name within LINE’s 300 characters, counting characters, not UTF-16 units', () => {
    const long = markedRichMenuName('🍣'.repeat(400), marker);
    expect(Array.from(long)).toHaveLength(300);
    expect(richMenuMarkerOf(long)).toBe(marker);
  });

  it('are not found in names made elsewhere', () => {
    expect(richMenuMarkerOf('Autumn')).toBeNull();
    expect(richMenuMarkerOf('Autumn #oap-123')).toBeNull();
    expect(richMenuMarkerOf('Autumn #oap-01020304050607ff and more')).toBeNull();
    expect(unmarkedRichMenuName('Autumn')).toBe('Autumn');
  });
});

describe('bulk-link chunks', () => {
  it('split 1,200 IDs into 500, 500 and 200, in order', () => {
    const ids = Array.from({ length: 1200 }, (_, i) => i);
    const chunks = bulkLinkChunks(ids);
    expect(chunks.map((c) => c.length)).toEqual([500, 500, 200]);
    expect(chunks.flat()).toEqual(ids);
    expect(bulkLinkChunks([])).toEqual([]);
  });
});
