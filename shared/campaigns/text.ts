// Text messages as LINE counts them: length in UTF-16 code units, LINE emoji as `$` placeholders
// named by their UTF-16 offset, and the device-dependent characters broadcasts refuse (LINE's
// discontinued private-use emoji such as U+100078, and every other private-use code point). Also the
// picker's edits: inserting an emoji and keeping the placeholders' offsets right while text changes.

import { messageLimits } from '../line/limits';
import type { LineEmoji } from './model';

export const textMaxUnits = messageLimits.textMaxUtf16;
export const emojisMax = messageLimits.emojisPerText;

export interface TextCounter {
  /** UTF-16 code units, as LINE counts (🍎 is 2). */
  readonly units: number;
  readonly max: number;
  /** Negative when over. */
  readonly remaining: number;
  readonly emojis: number;
  readonly emojiMax: number;
}

export function textCounter(text: string, emojis: readonly LineEmoji[] = []): TextCounter {
  return {
    units: text.length,
    max: textMaxUnits,
    remaining: textMaxUnits - text.length,
    emojis: emojis.length,
    emojiMax: emojisMax,
  };
}

/**
 * Private-use code points: the BMP's U+E000–U+F8FF and planes 15–16 (U+F0000–U+FFFFD,
 * U+100000–U+10FFFD). LINE's old "original unicode emoji" (U+100000…, discontinued 2022-03-31) live
 * there; they show on some devices only, which is what the seed calls 裝置依存文字.
 */
export function isDeviceDependent(codePoint: number): boolean {
  return (
    (codePoint >= 0xe000 && codePoint <= 0xf8ff) ||
    (codePoint >= 0xf0000 && codePoint <= 0xffffd) ||
    (codePoint >= 0x100000 && codePoint <= 0x10fffd)
  );
}

export interface DeviceDependentCharacter {
  /** `U+100078`. */
  readonly character: string;
  /** 1-based position among the text's characters (code points). */
  readonly index: number;
  /** 1-based line and column (in characters). */
  readonly line: number;
  readonly column: number;
}

export const codePointLabel = (codePoint: number): string =>
  `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;

export function deviceDependentCharacters(text: string): DeviceDependentCharacter[] {
  const found: DeviceDependentCharacter[] = [];
  let index = 0;
  let line = 1;
  let column = 0;
  for (const char of text) {
    index++;
    if (char === '\n') {
      line++;
      column = 0;
      continue;
    }
    column++;
    const codePoint = char.codePointAt(0) ?? 0;
    if (isDeviceDependent(codePoint))
      found.push({ character: codePointLabel(codePoint), index, line, column });
  }
  return found;
}

/** UTF-16 offsets of every `$` in the text: where LINE emoji can go. */
export function placeholderOffsets(text: string): number[] {
  const offsets: number[] = [];
  for (let i = text.indexOf('$'); i >= 0; i = text.indexOf('$', i + 1)) offsets.push(i);
  return offsets;
}

/** The picker: puts a `$` at UTF-16 offset `at` (clamped) with its emoji; later emoji move along. */
export function insertEmoji(
  text: string,
  emojis: readonly LineEmoji[],
  at: number,
  emoji: { readonly productId: string; readonly emojiId: string },
): { text: string; emojis: LineEmoji[] } {
  const offset = Math.max(0, Math.min(text.length, Math.trunc(at)));
  const moved = emojis.map((e) => (e.index >= offset ? { ...e, index: e.index + 1 } : e));
  const next = [...moved, { index: offset, productId: emoji.productId, emojiId: emoji.emojiId }];
  next.sort((a, b) => a.index - b.index);
  return { text: `${text.slice(0, offset)}$${text.slice(offset)}`, emojis: next };
}

/**
 * After the text changed from `before` to `after` (one edit: typing, deleting, pasting), emoji
 * placeholders after the edit shift with it and those inside the replaced span are dropped, so every
 * index keeps pointing at its `$`.
 */
export function followTextEdit(before: string, after: string, emojis: readonly LineEmoji[]): LineEmoji[] {
  let start = 0;
  const shortest = Math.min(before.length, after.length);
  while (start < shortest && before[start] === after[start]) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
    endBefore--;
    endAfter--;
  }
  const delta = endAfter - endBefore;
  const kept: LineEmoji[] = [];
  for (const emoji of emojis) {
    if (emoji.index < start) kept.push(emoji);
    else if (emoji.index >= endBefore) kept.push({ ...emoji, index: emoji.index + delta });
  }
  return kept.filter((e) => after[e.index] === '$');
}
