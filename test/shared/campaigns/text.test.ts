// Text as LINE counts it: UTF-16 units, `$` placeholders for LINE emoji, and the device-dependent
// (private-use) characters broadcasts refuse, named with their place.

import { describe, expect, it } from 'vitest';
import {
  deviceDependentCharacters,
  followTextEdit,
  insertEmoji,
  isDeviceDependent,
  placeholderOffsets,
  textCounter,
} from '../../../shared/campaigns/text';

describe('the text counter', () => {
  it('counts UTF-16 code units against 5,000', () => {
    expect(textCounter('a'.repeat(5000))).toMatchObject({ units: 5000, max: 5000, remaining: 0 });
    expect(textCounter('a'.repeat(5001)).remaining).toBe(-1);
    // 🍎 and a surrogate-pair kanji (𠮷) count 2 each, as LINE counts.
    expect(textCounter('🍎𠮷').units).toBe(4);
    expect(textCounter('$x', [{ index: 0, productId: 'p', emojiId: '001' }])).toMatchObject({
      emojis: 1,
      emojiMax: 20,
    });
  });
});

describe('device-dependent characters', () => {
  it.each([
    [0xe000, true],
    [0xf8ff, true],
    [0xf900, false],
    [0xdfff, false],
    [0xefffd, false],
    [0xf0000, true],
    [0xffffd, true],
    [0xffffe, false],
    [0x100000, true],
    [0x100078, true],
    [0x1000b2, true],
    [0x10fffd, true],
    [0x10fffe, false],
    [0x1f600, false],
  ])('U+%s is device-dependent: %s', (codePoint, expected) => {
    expect(isDeviceDependent(codePoint)).toBe(expected);
  });

  it('names each one with its character index, line and column', () => {
    const text = `Hi 🍎\nsale \u{100078} now \u{1000B2}\n\uE001`;
    expect(deviceDependentCharacters(text)).toEqual([
      { character: 'U+100078', index: 11, line: 2, column: 6 },
      { character: 'U+1000B2', index: 17, line: 2, column: 12 },
      { character: 'U+E001', index: 19, line: 3, column: 1 },
    ]);
    expect(deviceDependentCharacters('聖誕特賣開跑！😀')).toEqual([]);
  });
});

describe('the emoji picker', () => {
  it('inserts a $ and moves the emoji after it', () => {
    const first = insertEmoji('Hello world', [], 5, { productId: 'p1', emojiId: '001' });
    expect(first.text).toBe('Hello$ world');
    const second = insertEmoji(first.text, first.emojis, 0, { productId: 'p2', emojiId: '002' });
    expect(second.text).toBe('$Hello$ world');
    expect(second.emojis.map((e) => [e.index, e.productId])).toEqual([
      [0, 'p2'],
      [6, 'p1'],
    ]);
    expect(placeholderOffsets(second.text)).toEqual([0, 6]);
  });

  it('keeps placeholders on their $ while the text around them is edited', () => {
    const emojis = [
      { index: 2, productId: 'p', emojiId: '001' },
      { index: 9, productId: 'p', emojiId: '002' },
    ];
    // Typing before both moves both; the $ stay put in the text.
    expect(followTextEdit('Hi$ there$', '🍎 Hi$ there$', emojis).map((e) => e.index)).toEqual([5, 12]);
    // Deleting the first $ drops its emoji and moves the second back.
    expect(followTextEdit('Hi$ there$', 'Hi there$', emojis).map((e) => e.emojiId)).toEqual(['002']);
    expect(followTextEdit('Hi$ there$', 'Hi there$', emojis)[0]?.index).toBe(8);
  });
});
