// The LINE emoji the picker offers: a few of LINE's free emoji sets, each shown by a stand-in glyph
// (the real images live on LINE's servers, which the app does not fetch while planning offline).

export interface PickerEmoji {
  readonly productId: string;
  readonly emojiId: string;
  /** What the picker and the preview show in its place. */
  readonly glyph: string;
}

const brown = '5ac1bfd5040ab15980c9b435';
const moon = '5ac21a8c040ab15980c9b43f';

const glyphs = ['😀', '😍', '😂', '😢', '😡', '👍', '🎉', '❤️', '🎁', '⭐', '🔥', '🙏'];

export const pickerEmoji: readonly PickerEmoji[] = [
  ...glyphs.slice(0, 8).map((glyph, i) => ({
    productId: brown,
    emojiId: String(i + 1).padStart(3, '0'),
    glyph,
  })),
  ...glyphs.slice(8).map((glyph, i) => ({ productId: moon, emojiId: String(i + 1).padStart(3, '0'), glyph })),
];

/** The stand-in glyph of a LINE emoji, or a generic one for emoji the picker does not offer. */
export function emojiGlyph(productId: string, emojiId: string): string {
  return pickerEmoji.find((e) => e.productId === productId && e.emojiId === emojiId)?.glyph ?? '🙂';
}
