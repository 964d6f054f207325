// The limits sheet in code: values that must match LINE's documentation and derived numbers.

import { describe, expect, it } from 'vitest';
import {
  allowedActionTypes,
  imagemapVariantHeight,
  imagemapWidths,
  maxAreasFor,
  minTapSizeImagePx,
  richMenuAliasIdPattern,
  richMenuImageMaxBytes,
  imagemapImageMaxBytes,
} from '../../../shared/editor/limits';

describe('limits', () => {
  it('holds LINE’s numbers', () => {
    expect(imagemapWidths).toEqual([240, 300, 460, 700, 1040]);
    expect(richMenuImageMaxBytes).toBe(1_048_576);
    expect(imagemapImageMaxBytes).toBe(10_485_760);
    expect(maxAreasFor('richmenu')).toBe(20);
    expect(maxAreasFor('imagemap')).toBe(50);
    expect(allowedActionTypes.imagemap).toEqual(['uri', 'message', 'clipboard']);
    expect(allowedActionTypes.richmenu).toHaveLength(9);
  });

  it('scales imagemap heights per width with rounding', () => {
    expect(imagemapWidths.map((w) => imagemapVariantHeight(1040, w))).toEqual([240, 300, 460, 700, 1040]);
    expect(imagemapWidths.map((w) => imagemapVariantHeight(1333, w))).toEqual([308, 385, 590, 897, 1333]);
  });

  it('derives the minimum tap size from 44 CSS px at phone width', () => {
    expect(minTapSizeImagePx('richmenu', 2500)).toBe(294);
    expect(minTapSizeImagePx('richmenu', 800)).toBe(94);
    expect(minTapSizeImagePx('imagemap', 1040)).toBe(153);
  });

  it('accepts alias ids exactly as LINE’s pattern does', () => {
    expect(richMenuAliasIdPattern.test('tab_a-1')).toBe(true);
    expect(richMenuAliasIdPattern.test('a'.repeat(32))).toBe(true);
    expect(richMenuAliasIdPattern.test('a'.repeat(33))).toBe(false);
    expect(richMenuAliasIdPattern.test('Tab')).toBe(false);
    expect(richMenuAliasIdPattern.test('')).toBe(false);
  });
});
