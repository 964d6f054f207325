// Vertical CJK layout: column order and breaking, which glyphs turn, tate-chu-yoko, punctuation
// positions per language, and the line-start / line-end rules.

import { describe, expect, it } from 'vitest';
import {
  layoutVerticalText,
  punctuationStyleFor,
  type VerticalLayoutInput,
} from '../../../shared/editor/vertical-text';

/** A fixed-width measure: every character of a turned run is half an em wide. */
const input = (text: string, over: Partial<VerticalLayoutInput> = {}): VerticalLayoutInput => ({
  text,
  fontSize: 100,
  lineHeight: 1.5,
  width: 600,
  height: 400,
  align: 'start',
  punctuation: 'chinese',
  measure: (s) => s.length * 50,
  ...over,
});

describe('layoutVerticalText', () => {
  it('sets ideographs upright, top to bottom, in the rightmost column first', () => {
    const layout = layoutVerticalText(input('春夏秋'));
    expect(layout.columns).toBe(1);
    expect(layout.glyphs.map((g) => [g.text, g.cx, g.cy, g.rotated])).toEqual([
      ['春', 600 - 75, 50, false],
      ['夏', 600 - 75, 150, false],
      ['秋', 600 - 75, 250, false],
    ]);
  });

  it('breaks columns when the box is full and stacks them right to left', () => {
    const layout = layoutVerticalText(input('一二三四五六'));
    expect(layout.columns).toBe(2);
    const columns = layout.glyphs.map((g) => g.column);
    expect(columns).toEqual([0, 0, 0, 0, 1, 1]);
    const [first, , , , fifth] = layout.glyphs;
    expect(fifth?.cx).toBe((first?.cx ?? 0) - 150);
    expect(fifth?.cy).toBe(50);
    expect(layout.contentHeight).toBe(400);
    expect(layout.contentWidth).toBe(300);
  });

  it('starts a new column at every newline', () => {
    const layout = layoutVerticalText(input('春\n夏'));
    expect(layout.glyphs.map((g) => g.column)).toEqual([0, 1]);
  });

  it('turns a Latin run as one unit, measured by the caller', () => {
    const layout = layoutVerticalText(input('買LINE券', { height: 1000 }));
    const run = layout.glyphs.find((g) => g.text === 'LINE');
    expect(run).toMatchObject({ rotated: true, advance: 200 });
    const after = layout.glyphs.find((g) => g.text === '券');
    // 買 takes 100, the run 200: 券 is centred at 300 + 50.
    expect(after?.cy).toBe(350);
  });

  it('keeps a one- or two-digit number upright in one cell (tate-chu-yoko) but turns longer numbers', () => {
    const short = layoutVerticalText(input('12月', { height: 1000 }));
    expect(short.glyphs[0]).toMatchObject({ text: '12', rotated: false, advance: 100 });
    const long = layoutVerticalText(input('2025年', { height: 1000 }));
    expect(long.glyphs[0]).toMatchObject({ text: '2025', rotated: true, advance: 200 });
  });

  it('turns brackets and the long vowel mark along the column', () => {
    const layout = layoutVerticalText(input('「ラーメン」', { height: 1000, punctuation: 'japanese' }));
    const turned = layout.glyphs.filter((g) => g.rotated).map((g) => g.text);
    expect(turned).toEqual(['「', 'ー', '」']);
  });

  it('moves 、 and 。 to the top-right in Japanese and keeps them centred in Chinese', () => {
    const ja = layoutVerticalText(input('春。', { punctuation: 'japanese' }));
    const zh = layoutVerticalText(input('春。', { punctuation: 'chinese' }));
    const jaDot = ja.glyphs[1];
    const zhDot = zh.glyphs[1];
    expect(zhDot).toMatchObject({ cx: 525, cy: 150 });
    expect(jaDot?.cx).toBeGreaterThan(525);
    expect(jaDot?.cy).toBeLessThan(150);
  });

  it('lets closing punctuation hang below a full column instead of starting the next one', () => {
    const layout = layoutVerticalText(input('一二三四。五'));
    expect(layout.glyphs.find((g) => g.text === '。')?.column).toBe(0);
    expect(layout.glyphs.find((g) => g.text === '五')?.column).toBe(1);
  });

  it('carries an opening bracket to the next column rather than leaving it at the end', () => {
    const layout = layoutVerticalText(input('一二三「四」'));
    expect(layout.glyphs.find((g) => g.text === '「')?.column).toBe(1);
    expect(layout.glyphs.find((g) => g.text === '四')?.column).toBe(1);
  });

  it('centres or bottom-aligns each column when asked', () => {
    const middle = layoutVerticalText(input('春', { align: 'center' }));
    expect(middle.glyphs[0]?.cy).toBe(200);
    const bottom = layoutVerticalText(input('春', { align: 'end' }));
    expect(bottom.glyphs[0]?.cy).toBe(350);
  });

  it('keeps Thai with its combining marks in one turned run', () => {
    const layout = layoutVerticalText(input('ที่นี่', { height: 1000 }));
    expect(layout.glyphs).toHaveLength(1);
    expect(layout.glyphs[0]?.rotated).toBe(true);
    expect(layout.glyphs[0]?.text).toBe('ที่นี่');
  });

  it('treats spaces between CJK as half-em gaps and draws nothing for them', () => {
    const layout = layoutVerticalText(input('春 夏', { height: 1000 }));
    expect(layout.glyphs.map((g) => g.text)).toEqual(['春', '夏']);
    expect(layout.glyphs[1]?.cy).toBe(100 + 50 + 50);
  });

  it('refuses a font size of zero', () => {
    expect(() => layoutVerticalText(input('春', { fontSize: 0 }))).toThrow(/font size/);
  });

  it('picks the punctuation style from the font', () => {
    expect(punctuationStyleFor('Noto Sans JP')).toBe('japanese');
    expect(punctuationStyleFor('Noto Sans TC')).toBe('chinese');
  });
});
