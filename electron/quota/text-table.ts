// Plain-text tables and amounts for the command line: columns padded by how wide text looks in a
// terminal (Chinese and Japanese characters take two cells, Thai vowel and tone marks none), and
// money in the plan's currency.

import type { Currency } from '../../shared/quota/model';

// Wide: CJK, Hangul, full-width forms. Zero-width: combining marks (Thai above/below marks included).
const wide =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
const zeroWidth = /[\u0300-\u036f\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u200b-\u200f]/u;

export function displayWidth(text: string): number {
  let width = 0;
  for (const character of text) width += zeroWidth.test(character) ? 0 : wide.test(character) ? 2 : 1;
  return width;
}

export type Align = 'left' | 'right';

/** Rows of cells as lines, each column as wide as its widest cell; the last column is not padded. */
export function formatColumns(rows: readonly (readonly string[])[], align: readonly Align[] = []): string[] {
  const widths: number[] = [];
  for (const row of rows)
    row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell))));
  return rows.map((row) =>
    row
      .map((cell, i) => {
        if (i === row.length - 1 && align[i] !== 'right') return cell;
        const padding = ' '.repeat((widths[i] ?? 0) - displayWidth(cell));
        return align[i] === 'right' ? padding + cell : cell + padding;
      })
      .join('  ')
      .trimEnd(),
  );
}

const currencySymbols: Readonly<Record<Currency, string>> = { TWD: 'NT$', JPY: '¥', THB: '฿', USD: '$' };

/** `NT$1,200`, `¥88,002.8`, `NT$0.011`: up to three decimals, as plan prices have. */
export function formatMoney(currency: Currency, amount: number): string {
  const sign = amount < 0 ? '-' : '';
  return `${sign}${currencySymbols[currency]}${Math.abs(amount).toLocaleString('en-US', { maximumFractionDigits: 3 })}`;
}

export const formatCount = (value: number): string => value.toLocaleString('en-US');
