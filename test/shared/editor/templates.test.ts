// The template catalogue: counts, exact integer tiling at every size, ids, custom grids and their errors.

import { describe, expect, it } from 'vitest';
import type { Rect, Size } from '../../../shared/editor/document';
import {
  checkCanvasSize,
  customGridTemplate,
  describeTemplateError,
  findTemplate,
  imagemapTemplates,
  parseGridSpec,
  richMenuSizes,
  richMenuTemplates,
  templateAtSize,
  templateNameKeys,
  templateSizes,
  TemplateSpecError,
  tryCustomGridTemplate,
} from '../../../shared/editor/templates';
import { en } from '../../../shared/i18n/messages/en';
import { ja } from '../../../shared/i18n/messages/ja';
import { th } from '../../../shared/i18n/messages/th';
import { zhTW } from '../../../shared/i18n/messages/zh-TW';

/** Every pixel of the canvas is covered by exactly one cell, and every edge is a whole pixel. */
function expectExactTiling(cells: readonly Rect[], size: Size): void {
  const coverage = new Uint8Array(size.width * size.height);
  for (const c of cells) {
    for (const v of [c.x, c.y, c.width, c.height]) expect(Number.isInteger(v)).toBe(true);
    expect(c.width).toBeGreaterThan(0);
    expect(c.height).toBeGreaterThan(0);
    expect(c.x + c.width).toBeLessThanOrEqual(size.width);
    expect(c.y + c.height).toBeLessThanOrEqual(size.height);
    for (let y = c.y; y < c.y + c.height; y += 1) {
      const row = coverage.subarray(y * size.width + c.x, y * size.width + c.x + c.width);
      for (let i = 0; i < row.length; i += 1) row[i] = row[i]! + 1;
    }
  }
  const area = cells.reduce((sum, c) => sum + c.width * c.height, 0);
  // Covered area equals the canvas and equals the sum of the cells: no gaps and no overlaps.
  expect(coverage.every((n) => n === 1)).toBe(true);
  expect(area).toBe(size.width * size.height);
}

describe('catalogue', () => {
  it('has at least 7 large and 5 compact rich-menu layouts and 8 square imagemap layouts', () => {
    const large = richMenuTemplates.filter((t) => t.size.height === 1686);
    const compact = richMenuTemplates.filter((t) => t.size.height === 843);
    expect(large.length).toBeGreaterThanOrEqual(7);
    expect(compact.length).toBeGreaterThanOrEqual(5);
    expect(large.length + compact.length).toBe(richMenuTemplates.length);
    expect(imagemapTemplates.length).toBeGreaterThanOrEqual(8);
    for (const t of imagemapTemplates) expect(t.size).toEqual({ width: 1040, height: 1040 });
    expect(large.map((t) => t.cells.length).sort()).toEqual(expect.arrayContaining([1, 2, 2, 3, 4, 4, 6]));
  });

  it('tiles every template exactly, at every size it is offered in', () => {
    for (const template of [...richMenuTemplates, ...imagemapTemplates]) {
      for (const size of templateSizes(template.id)) {
        const sized = templateAtSize(template.id, size);
        expect(sized, `${template.id} at ${String(size.width)}`).toBeDefined();
        expectExactTiling(sized!.cells, size);
      }
    }
  });

  it('has unique ids that findTemplate resolves, sized variants included', () => {
    const ids = [...richMenuTemplates, ...imagemapTemplates].map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of richMenuTemplates) expect(findTemplate(t.id)).toEqual(t);
    const small = findTemplate('richmenu-large-6@800x540');
    expect(small?.size).toEqual({ width: 800, height: 540 });
    expect(small?.cells[1]).toEqual({ x: 267, y: 0, width: 266, height: 270 });
    expect(findTemplate('richmenu-large-6@2500x1686')).toBeUndefined();
    expect(findTemplate('richmenu-large-6@2500x843')).toBeUndefined();
    expect(findTemplate('no-such-template')).toBeUndefined();
  });

  it('offers LINE’s six rich-menu sizes, all of which LINE accepts', () => {
    expect(
      [...richMenuSizes.large, ...richMenuSizes.compact].map((s) => `${String(s.width)}x${String(s.height)}`),
    ).toEqual(['2500x1686', '1200x810', '800x540', '2500x843', '1200x405', '800x270']);
    for (const s of [...richMenuSizes.large, ...richMenuSizes.compact])
      expect(checkCanvasSize('richmenu', s)).toBeNull();
  });

  it('names every layout in all four catalogues', () => {
    for (const messages of [en, zhTW, ja, th]) {
      for (const key of templateNameKeys) {
        const name = key
          .split('.')
          .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages);
        expect(typeof name, key).toBe('string');
      }
    }
  });
});

describe('custom grids', () => {
  it('parses columns / rows ratios and tiles the canvas', () => {
    const t = customGridTemplate('richmenu', { width: 2500, height: 1686 }, ' 1:2:1 / 1:1 ');
    expect(t.cells).toHaveLength(6);
    expect(t.cells.slice(0, 3).map((c) => c.width)).toEqual([625, 1250, 625]);
    expect(t.cells.map((c) => c.height)).toEqual([843, 843, 843, 843, 843, 843]);
    expectExactTiling(t.cells, t.size);
    expect(t.id).toBe('custom:richmenu:2500x1686:1:2:1/1:1');
    expect(findTemplate(t.id)).toEqual(t);
  });

  it('treats a lone axis as columns over one row, and accepts decimals', () => {
    expect(customGridTemplate('richmenu', { width: 2500, height: 843 }, '1:1:1').cells).toHaveLength(3);
    const t = customGridTemplate('imagemap', { width: 1040, height: 1333 }, '1.5:1 / 3:1:2');
    expect(t.cells).toHaveLength(6);
    expect(t.cells[0]).toEqual({ x: 0, y: 0, width: 624, height: 667 });
    expectExactTiling(t.cells, t.size);
  });

  it('names the bad part of a ratio string', () => {
    const bad = parseGridSpec('1:x:1 / 1');
    expect(bad).toEqual({
      ok: false,
      error: expect.objectContaining({
        code: 'grid-spec-part',
        params: { part: 'x', axis: 'columns', max: 100 },
      }) as unknown,
    });
    const rows = parseGridSpec('1:1 / 1:0');
    expect(!rows.ok && rows.error.params).toEqual({ part: '0', axis: 'rows', max: 100 });
    expect(!rows.ok && rows.error.message).toContain('In the rows, "0" is not a ratio');
    expect(parseGridSpec('  ')).toMatchObject({ ok: false, error: { code: 'grid-spec-empty' } });
    expect(parseGridSpec('1/1/1')).toMatchObject({ ok: false, error: { code: 'grid-spec-axes' } });
    expect(parseGridSpec('1::1')).toMatchObject({
      ok: false,
      error: { code: 'grid-spec-part', params: { part: '' } },
    });
    expect(parseGridSpec('1:-2')).toMatchObject({ ok: false, error: { params: { part: '-2' } } });
  });

  it('refuses more cells than LINE allows tap areas', () => {
    const result = tryCustomGridTemplate('richmenu', { width: 2500, height: 1686 }, '1:1:1:1:1:1:1 / 1:1:1');
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'grid-spec-too-many-cells', params: { count: 21, max: 20 } },
    });
    expect(
      tryCustomGridTemplate('imagemap', { width: 1040, height: 1040 }, '1:1:1:1:1 / 1:1:1:1:1:1:1:1:1:1').ok,
    ).toBe(true);
  });

  it('allows imagemap heights 520–2080 only, 1040 wide', () => {
    expect(customGridTemplate('imagemap', { width: 1040, height: 520 }, '1').size.height).toBe(520);
    expect(customGridTemplate('imagemap', { width: 1040, height: 2080 }, '1').size.height).toBe(2080);
    expect(() => customGridTemplate('imagemap', { width: 1040, height: 519 }, '1')).toThrow(
      TemplateSpecError,
    );
    expect(tryCustomGridTemplate('imagemap', { width: 1040, height: 2081 }, '1')).toMatchObject({
      ok: false,
      error: { code: 'imagemap-height-range', params: { height: 2081, min: 520, max: 2080 } },
    });
    expect(tryCustomGridTemplate('imagemap', { width: 1000, height: 1000 }, '1')).toMatchObject({
      ok: false,
      error: { code: 'canvas-size-invalid' },
    });
  });

  it('refuses rich-menu sizes LINE refuses (width, height, aspect)', () => {
    expect(checkCanvasSize('richmenu', { width: 2500, height: 1725 })?.code).toBe('canvas-size-invalid');
    expect(checkCanvasSize('richmenu', { width: 2600, height: 843 })?.code).toBe('canvas-size-invalid');
    expect(checkCanvasSize('richmenu', { width: 799, height: 250 })?.code).toBe('canvas-size-invalid');
    expect(checkCanvasSize('richmenu', { width: 1000, height: 249 })?.code).toBe('canvas-size-invalid');
    expect(checkCanvasSize('richmenu', { width: 1450, height: 1000 })).toBeNull();
    expect(checkCanvasSize('richmenu', { width: 2500, height: 1724 })).toBeNull();
  });

  it('renders refusals through the catalogue with the axis translated', () => {
    const result = parseGridSpec('1:1 / a');
    if (result.ok) throw new Error('expected a refusal');
    const t = (key: string, params?: Record<string, string | number>) =>
      `${key}${params ? JSON.stringify(params) : ''}`;
    expect(describeTemplateError(result.error, t)).toBe(
      'editor.errors.grid-spec-part{"part":"a","axis":"editor.errors.axis.rows","max":100}',
    );
  });
});
