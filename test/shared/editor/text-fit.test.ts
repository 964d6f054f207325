// Text that does not fit its box: the vertical layout's bounds, the horizontal lines' measurement,
// the overflow strips and needed size, stale measurements, and the linter's warning.

import { describe, expect, it } from 'vitest';
import type { EditorDocument, TextLayer } from '../../../shared/editor/document';
import { describeFinding, lintDocument } from '../../../shared/editor/lint';
import { newTextLayer } from '../../../shared/editor/operations';
import { textRasterKey } from '../../../shared/editor/rasters';
import {
  horizontalTextMeasurement,
  textOverflow,
  textOverflowTolerance,
  verticalTextMeasurement,
  type TextMeasurement,
} from '../../../shared/editor/text-fit';
import { layoutVerticalText } from '../../../shared/editor/vertical-text';
import { en } from '../../../shared/i18n/messages/en';
import { richMenuFixture } from './fixtures';

const fontSize = 40;

function textLayer(patch: Partial<TextLayer> = {}): TextLayer {
  const base = newTextLayer(
    't1',
    'Headline',
    { x: 100, y: 100, width: 80, height: 240 },
    {
      text: '春季特賣',
      fontFamily: 'Noto Sans TC',
      fontSize,
      vertical: true,
    },
  );
  return { ...base, ...patch };
}

/** The vertical layout the canvas draws, with every horizontal run measured at 0.6 em a character. */
function vertical(layer: TextLayer): TextMeasurement {
  const layout = layoutVerticalText({
    text: layer.text,
    fontSize: layer.fontSize,
    lineHeight: layer.lineHeight,
    width: layer.rect.width,
    height: layer.rect.height,
    align: 'center',
    punctuation: 'chinese',
    measure: (text) => text.length * layer.fontSize * 0.6,
  });
  return verticalTextMeasurement(layer, layout);
}

const measured = (layer: TextLayer, content: TextMeasurement['content']): TextMeasurement => ({
  key: textRasterKey(layer),
  content,
});

describe('vertical text', () => {
  it('fits: one column of four characters in a box two ems wide and six tall', () => {
    const layer = textLayer();
    const m = vertical(layer);
    // The column hugs the right edge: its cell from 80 − 25 − 20 to 80 − 25 + 20, centred along.
    expect(m.content).toEqual({ x: 35, y: 40, width: 40, height: 160 });
    expect(textOverflow(layer, m)).toBeNull();
  });

  it('runs out to the left when the text needs more columns than the box is wide', () => {
    // 24 characters in columns of 6: four columns, the last three past the box's left edge.
    const layer = textLayer({ text: '春季特賣全館八折限時優惠歡迎光臨好禮相送數量有限' });
    const overflow = textOverflow(layer, vertical(layer));
    expect(overflow).not.toBeNull();
    expect(overflow?.content).toEqual({ x: -115, y: 0, width: 190, height: 240 });
    expect(overflow?.outside).toEqual([{ x: -115, y: 0, width: 115, height: 240 }]);
    expect(overflow?.needed).toEqual({ x: -115, y: 0, width: 195, height: 240 });
  });

  it('runs out at the bottom when a Latin word is longer than a column', () => {
    // "SPRINGSALE" turns as one run of 10 × 24 = 240 px, in a box 200 tall.
    const layer = textLayer({ text: 'SPRINGSALE', rect: { x: 0, y: 0, width: 80, height: 200 } });
    const overflow = textOverflow(layer, vertical(layer));
    expect(overflow?.outside).toEqual([{ x: 35, y: 200, width: 40, height: 40 }]);
  });
});

describe('horizontal text', () => {
  const layer = textLayer({ vertical: false, rect: { x: 0, y: 0, width: 300, height: 100 }, align: 'left' });

  it('centres the line boxes in the box and places the widest line by the alignment', () => {
    expect(horizontalTextMeasurement(layer, { lines: 2, widest: 240 }).content).toEqual({
      x: 0,
      y: 0,
      width: 240,
      height: 100,
    });
    const right = { ...layer, align: 'right' as const };
    expect(horizontalTextMeasurement(right, { lines: 1, widest: 240 }).content.x).toBe(60);
    const centre = { ...layer, align: 'center' as const };
    expect(horizontalTextMeasurement(centre, { lines: 1, widest: 240 }).content.x).toBe(30);
  });

  it('fits while all its lines fit the height, and overflows by the lines the box cannot show', () => {
    expect(textOverflow(layer, horizontalTextMeasurement(layer, { lines: 2, widest: 290 }))).toBeNull();
    const three = textOverflow(layer, horizontalTextMeasurement(layer, { lines: 3, widest: 290 }));
    expect(three?.outside).toEqual([
      { x: 0, y: -25, width: 290, height: 25 },
      { x: 0, y: 100, width: 290, height: 25 },
    ]);
    expect(three?.needed).toEqual({ x: 0, y: -25, width: 300, height: 150 });
  });

  it('overflows sideways when one character is wider than the box', () => {
    const narrow = { ...layer, align: 'center' as const, rect: { x: 0, y: 0, width: 30, height: 100 } };
    const overflow = textOverflow(narrow, horizontalTextMeasurement(narrow, { lines: 1, widest: 40 }));
    expect(overflow?.outside).toEqual([
      { x: -5, y: 25, width: 5, height: 50 },
      { x: 30, y: 25, width: 5, height: 50 },
    ]);
  });
});

describe('textOverflow', () => {
  const layer = textLayer({ rect: { x: 0, y: 0, width: 100, height: 100 } });

  it('allows a pixel of slack on every side', () => {
    const t = textOverflowTolerance;
    expect(
      textOverflow(layer, measured(layer, { x: -t, y: -t, width: 100 + 2 * t, height: 100 + 2 * t })),
    ).toBeNull();
    expect(textOverflow(layer, measured(layer, { x: 0, y: 0, width: 101.5, height: 100 }))).not.toBeNull();
  });

  it('ignores a measurement of another version of the layer, hidden layers and empty text', () => {
    const spill = { x: -50, y: 0, width: 150, height: 100 };
    expect(textOverflow(layer, { key: 'stale', content: spill })).toBeNull();
    expect(textOverflow({ ...layer, text: 'changed' }, measured(layer, spill))).toBeNull();
    expect(textOverflow({ ...layer, hidden: true }, measured({ ...layer, hidden: true }, spill))).toBeNull();
    const blank = { ...layer, text: '  ' };
    expect(textOverflow(blank, measured(blank, spill))).toBeNull();
    expect(textOverflow(layer, undefined)).toBeNull();
  });
});

describe('the text-overflow check', () => {
  const layer = textLayer({ text: '春季特賣全館八折限時優惠歡迎光臨好禮相送數量有限' });
  const doc: EditorDocument = { ...richMenuFixture(), layers: [layer] };

  it('is a warning naming the layer, the size it needs and its box, from the measurements given', () => {
    const findings = lintDocument(doc, { textMeasurements: new Map([[layer.id, vertical(layer)]]) });
    const finding = findings.find((f) => f.code === 'text-overflow');
    expect(finding).toEqual({
      code: 'text-overflow',
      severity: 'warning',
      areaId: null,
      params: { layer: 'Headline', width: 195, height: 240, boxWidth: 80, boxHeight: 240 },
      target: { kind: 'layer', id: 't1' },
    });
    const t = (key: string, params: Record<string, string | number> = {}) =>
      (
        key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], en) as string
      ).replace(/\{\{(\w+)\}\}/g, (_, n: string) => String(params[n]));
    expect(describeFinding(finding!, t)).toBe(
      'The text “Headline” does not fit its box: it needs 195×240 px, the box is 80×240 px, so part of it is cut off or runs over what is around it. Make the box larger, or the text smaller or shorter.',
    );
  });

  it('is not reported without measurements (main), nor for text that fits', () => {
    expect(lintDocument(doc).some((f) => f.code === 'text-overflow')).toBe(false);
    const fits = textLayer();
    const fitting = { ...doc, layers: [fits] };
    const findings = lintDocument(fitting, { textMeasurements: new Map([[fits.id, vertical(fits)]]) });
    expect(findings.some((f) => f.code === 'text-overflow')).toBe(false);
  });
});
