// Pure document edits: each returns a new document (or the same one when nothing changes) and never
// touches the input.

import { describe, expect, it } from 'vitest';
import type { ShapeLayer, TextLayer } from '../../../shared/editor/document';
import {
  addArea,
  applyLayout,
  addLayer,
  cellAt,
  duplicateLayers,
  moveLayers,
  moveLayerTo,
  newShapeLayer,
  newTextLayer,
  removeArea,
  removeLayers,
  renameLayer,
  reorderLayer,
  roundAreaRect,
  setAreaAction,
  setAreaRect,
  setCanvasBackground,
  setCellBackground,
  setCellCrop,
  setCellPhoto,
  setLayerHidden,
  setLayerLocked,
  setVideoArea,
  updateImagemapSettings,
  updateLayer,
  updateRichMenuSettings,
} from '../../../shared/editor/operations';
import { imagemapFixture, layerIds, richMenuFixture } from './fixtures';

const photo = {
  assetId: 'f'.repeat(64),
  natural: { width: 4000, height: 3000 },
  crop: { x: 0, y: 0, width: 2000, height: 3000 },
};

describe('layer operations', () => {
  it('adds a layer on top or at an index, and refuses a used id', () => {
    const doc = richMenuFixture();
    const text = newTextLayer(
      't',
      'Text',
      { x: 0, y: 0, width: 10, height: 10 },
      {
        text: '你好',
        fontFamily: 'Noto Sans TC',
        fontSize: 80,
      },
    );
    expect(layerIds(addLayer(doc, text))).toEqual(['a', 'b', 'c', 't']);
    expect(layerIds(addLayer(doc, text, 0))).toEqual(['t', 'a', 'b', 'c']);
    expect(() => addLayer(doc, { ...text, id: 'a' })).toThrow(/already used/);
    expect(layerIds(doc)).toEqual(['a', 'b', 'c']);
  });

  it('reorders forward, backward, to the front and to the back', () => {
    const doc = richMenuFixture();
    expect(layerIds(reorderLayer(doc, 'a', 'forward'))).toEqual(['b', 'a', 'c']);
    expect(layerIds(reorderLayer(doc, 'c', 'backward'))).toEqual(['a', 'c', 'b']);
    expect(layerIds(reorderLayer(doc, 'a', 'front'))).toEqual(['b', 'c', 'a']);
    expect(layerIds(reorderLayer(doc, 'c', 'back'))).toEqual(['c', 'a', 'b']);
    expect(reorderLayer(doc, 'c', 'forward')).toBe(doc);
    expect(layerIds(moveLayerTo(doc, 'a', 2))).toEqual(['b', 'c', 'a']);
  });

  it('moves unlocked layers only, and a zero move changes nothing', () => {
    const doc = richMenuFixture();
    const moved = moveLayers(doc, new Set(['a', 'c']), 10, -5);
    expect(moved.layers[0]?.rect).toMatchObject({ x: 110, y: 95 });
    expect(moved.layers[2]?.rect).toEqual(doc.layers[2]?.rect); // c is locked
    expect(moveLayers(doc, new Set(['a']), 0, 0)).toBe(doc);
  });

  it('locks, hides and renames, returning the same document when the value is already set', () => {
    const doc = richMenuFixture();
    expect(setLayerLocked(doc, 'a', true).layers[0]?.locked).toBe(true);
    expect(setLayerHidden(doc, 'b', true).layers[1]?.hidden).toBe(true);
    expect(renameLayer(doc, 'a', 'Banner').layers[0]?.name).toBe('Banner');
    expect(setLayerLocked(doc, 'c', true)).toBe(doc);
    expect(renameLayer(doc, 'a', 'Box A')).toBe(doc);
  });

  it('updates typed fields of one layer', () => {
    const doc = richMenuFixture();
    const next = updateLayer<TextLayer>(doc, 'c', { vertical: true, fontSize: 90 });
    expect(next.layers[2]).toMatchObject({ vertical: true, fontSize: 90, text: '春季特賣' });
    expect(updateLayer<ShapeLayer>(doc, 'a', { fill: '#ff0000' })).toBe(doc);
  });

  it('duplicates above the original, offset, unlocked, with the ids asked for', () => {
    const doc = richMenuFixture();
    const { doc: next, ids } = duplicateLayers(doc, ['a', 'c'], (l) => `${l.id}-copy`);
    expect(ids).toEqual(['a-copy', 'c-copy']);
    expect(layerIds(next)).toEqual(['a', 'a-copy', 'b', 'c', 'c-copy']);
    expect(next.layers[1]?.rect).toMatchObject({ x: 124, y: 124 });
    expect(next.layers[4]?.locked).toBe(false);
  });

  it('deletes unlocked layers and keeps locked ones', () => {
    const doc = richMenuFixture();
    expect(layerIds(removeLayers(doc, new Set(['a', 'c'])))).toEqual(['b', 'c']);
    expect(removeLayers(doc, new Set(['zzz']))).toBe(doc);
  });

  it('makes shapes with sensible defaults; a line has no fill', () => {
    const line = newShapeLayer('l', 'Line', 'line', { x: 0, y: 0, width: 100, height: 50 });
    expect(line).toMatchObject({ fill: null, stroke: '#1d2127', rect: { height: 0 } });
    const rounded = newShapeLayer('r', 'Rounded', 'roundedRect', { x: 0, y: 0, width: 120, height: 60 });
    expect(rounded.cornerRadius).toBe(10);
  });
});

describe('cell operations', () => {
  it('puts a photo in a cell, pans its crop and empties it', () => {
    const doc = richMenuFixture();
    const filled = setCellPhoto(doc, 'c2', photo);
    expect(filled.cells[1]?.photo).toBe(photo);
    const panned = setCellCrop(filled, 'c2', { ...photo.crop, x: 500 });
    expect(panned.cells[1]?.photo?.crop.x).toBe(500);
    expect(panned.cells[1]?.photo?.assetId).toBe(photo.assetId);
    expect(setCellCrop(doc, 'c1', photo.crop)).toBe(doc); // no photo: nothing to pan
    expect(setCellPhoto(panned, 'c2', null).cells[1]?.photo).toBeNull();
  });

  it('sets cell and canvas backgrounds', () => {
    const doc = richMenuFixture();
    expect(setCellBackground(doc, 'c1', '#123456').cells[0]?.background).toBe('#123456');
    expect(setCanvasBackground(doc, '#ffffff')).toBe(doc);
    expect(setCanvasBackground(doc, '#000000').background).toBe('#000000');
  });

  it('finds the cell under a point', () => {
    const doc = richMenuFixture();
    expect(cellAt(doc, 10, 10)?.id).toBe('c1');
    expect(cellAt(doc, 1250, 10)?.id).toBe('c2');
    expect(cellAt(doc, 2600, 10)).toBeUndefined();
  });
});

describe('area operations', () => {
  it('rounds area rects to whole pixels of at least 1×1', () => {
    expect(roundAreaRect({ x: 10.4, y: 9.6, width: 100.2, height: 0.2 })).toEqual({
      x: 10,
      y: 10,
      width: 101,
      height: 1,
    });
  });

  it('adds, moves, sets an action on and removes an area', () => {
    const doc = richMenuFixture();
    const added = addArea(doc, { id: 'n', rect: { x: 1.2, y: 2, width: 300, height: 200 }, action: null });
    expect(added.areas[2]?.rect.x).toBe(1);
    const moved = setAreaRect(added, 'n', { x: 50, y: 60, width: 300, height: 200 });
    expect(moved.areas[2]?.rect).toEqual({ x: 50, y: 60, width: 300, height: 200 });
    const action = { type: 'uri', uri: 'https://example.com' } as const;
    const acted = setAreaAction(moved, 'n', action);
    expect(acted.areas[2]?.action).toBe(action);
    expect(removeArea(acted, 'n').areas).toHaveLength(2);
    expect(() =>
      addArea(doc, { id: 'area-1', rect: { x: 0, y: 0, width: 1, height: 1 }, action: null }),
    ).toThrow();
  });
});

describe('settings', () => {
  it('edits rich-menu settings only on a rich menu', () => {
    const rich = richMenuFixture();
    const next = updateRichMenuSettings(rich, { chatBarText: '點我', selected: true });
    expect(next.kind === 'richmenu' && next.richMenu).toMatchObject({ chatBarText: '點我', selected: true });
    expect(updateRichMenuSettings(rich, { name: 'Spring' })).toBe(rich);
    const map = imagemapFixture();
    expect(updateRichMenuSettings(map, { name: 'x' })).toBe(map);
  });

  it('edits imagemap settings only on an imagemap', () => {
    const map = imagemapFixture();
    const next = updateImagemapSettings(map, { altText: '春季' });
    expect(next.kind === 'imagemap' && next.imagemap.altText).toBe('春季');
    const rich = richMenuFixture();
    expect(updateImagemapSettings(rich, { altText: 'x' })).toBe(rich);
  });
});

describe('setVideoArea', () => {
  const withVideo = () =>
    updateImagemapSettings(imagemapFixture(), {
      video: {
        videoAssetId: 'a'.repeat(64),
        previewAssetId: 'b'.repeat(64),
        area: { x: 0, y: 0, width: 1040, height: 585 },
        externalLink: null,
      },
    });
  const areaOf = (doc: ReturnType<typeof withVideo>) =>
    doc.kind === 'imagemap' ? doc.imagemap.video?.area : undefined;

  it('moves and resizes the video area in whole pixels, keeping the rest of the video', () => {
    const doc = withVideo();
    const next = setVideoArea(doc, { x: 10.4, y: 99.6, width: 500.2, height: 281 });
    expect(areaOf(next)).toEqual({ x: 10, y: 100, width: 501, height: 281 });
    expect(next.kind === 'imagemap' && next.imagemap.video?.videoAssetId).toBe('a'.repeat(64));
    expect(areaOf(doc)).toEqual({ x: 0, y: 0, width: 1040, height: 585 });
  });

  it('keeps the area inside the image', () => {
    const doc = withVideo();
    expect(areaOf(setVideoArea(doc, { x: 900, y: -40, width: 400, height: 200 }))).toEqual({
      x: 640,
      y: 0,
      width: 400,
      height: 200,
    });
    expect(areaOf(setVideoArea(doc, { x: 5, y: 900, width: 2000, height: 300 }))).toEqual({
      x: 0,
      y: 740,
      width: 1040,
      height: 300,
    });
  });

  it('returns the same document when nothing changes, there is no video or it is a rich menu', () => {
    const doc = withVideo();
    expect(setVideoArea(doc, { x: 0.2, y: 0, width: 1040, height: 585 })).toBe(doc);
    const plain = imagemapFixture();
    expect(setVideoArea(plain, { x: 1, y: 1, width: 10, height: 10 })).toBe(plain);
    const rich = richMenuFixture();
    expect(setVideoArea(rich, { x: 1, y: 1, width: 10, height: 10 })).toBe(rich);
  });
});

describe('applyLayout', () => {
  it('carries photos, backgrounds and actions over in order and makes one area per new cell', () => {
    let doc = setCellPhoto(richMenuFixture(), 'c1', photo);
    doc = setCellBackground(doc, 'c2', '#abcdef');
    doc = setAreaAction(doc, 'area-1', { type: 'message', text: 'hi' });
    let n = 0;
    const thirds = [0, 1, 2].map((i) => ({ x: i * 833, y: 0, width: 833, height: 1686 }));
    const refitted: string[] = [];
    const next = applyLayout(
      doc,
      'three',
      thirds,
      () => String(++n),
      (fill, _old, frame) => {
        refitted.push(`${String(frame.width)}`);
        return { ...fill, crop: { ...fill.crop, width: 1 } };
      },
    );
    expect(next.templateId).toBe('three');
    expect(next.cells.map((c) => c.rect.x)).toEqual([0, 833, 1666]);
    expect(next.cells[0]?.photo?.crop.width).toBe(1);
    expect(next.cells[1]?.background).toBe('#abcdef');
    expect(next.cells[2]?.photo).toBeNull();
    expect(next.areas.map((a) => a.action?.type ?? null)).toEqual(['message', null, null]);
    expect(refitted).toEqual(['833']);
    expect(new Set(next.cells.map((c) => c.id)).size).toBe(3);
  });
});
