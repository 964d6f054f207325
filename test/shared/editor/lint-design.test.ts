// The linter's design checks: photos shown larger than their own pixels allow and a video that
// cannot avoid the tap areas (text that does not fit is in text-fit.test.ts); the sentences of all
// the design checks in all four languages.

import { describe, expect, it } from 'vitest';
import { createDocument, sequentialIds } from '../../../shared/editor/create';
import type { EditorDocument, ImageLayer, PhotoFill } from '../../../shared/editor/document';
import { fillFrame, zoomCrop } from '../../../shared/editor/geometry';
import {
  describeFinding,
  lintDocument,
  photoSourceScale,
  photoUpscaleTolerance,
  type LintCode,
  type LintFinding,
} from '../../../shared/editor/lint';
import { newImageLayer, newTextLayer } from '../../../shared/editor/operations';
import { textRasterKey } from '../../../shared/editor/rasters';
import { findTemplate } from '../../../shared/editor/templates';
import { en } from '../../../shared/i18n/messages/en';
import { ja } from '../../../shared/i18n/messages/ja';
import { th } from '../../../shared/i18n/messages/th';
import { zhTW } from '../../../shared/i18n/messages/zh-TW';

function fromTemplate(id: string): EditorDocument {
  const doc = createDocument(findTemplate(id)!, { ids: sequentialIds(), name: 'Test' });
  return { ...doc, areas: doc.areas.map((a) => ({ ...a, action: { type: 'message', text: 'Hi' } })) };
}

const asset = 'a'.repeat(64);
const only = (findings: readonly LintFinding[], code: LintCode) => findings.filter((f) => f.code === code);

function withCellPhoto(doc: EditorDocument, index: number, photo: PhotoFill): EditorDocument {
  return { ...doc, cells: doc.cells.map((c, i) => (i === index ? { ...c, photo } : c)) };
}

describe('photo resolution', () => {
  // A 2500×1686 menu with two 1250×1686 cells.
  const menu = fromTemplate('richmenu-large-columns-2');
  const cell = menu.cells[1]!;

  it('says nothing of a photo with pixels to spare, or exactly as many as the cell', () => {
    const big = fillFrame(asset, { width: 3000, height: 4000 }, cell.rect);
    expect(only(lintDocument(withCellPhoto(menu, 1, big)), 'photo-upscaled')).toEqual([]);
    const exact = fillFrame(asset, { width: 1250, height: 1686 }, cell.rect);
    expect(only(lintDocument(withCellPhoto(menu, 1, exact)), 'photo-upscaled')).toEqual([]);
  });

  it('names the cell, the scale, the photo size and the size it would need', () => {
    // 1000×1400 (narrower than the cell) covering 1250×1686: its full width shows, enlarged 1.25×.
    const small = fillFrame(asset, { width: 1000, height: 1400 }, cell.rect);
    expect(only(lintDocument(withCellPhoto(menu, 1, small)), 'photo-upscaled')).toEqual([
      {
        code: 'photo-upscaled',
        severity: 'warning',
        areaId: null,
        params: { cell: 2, scale: 125, width: 1000, height: 1400, needWidth: 1250, needHeight: 1750 },
        target: { kind: 'cell', id: cell.id },
      },
    ]);
  });

  it('counts zoom: a sharp photo zoomed in far enough becomes a finding', () => {
    const photo = fillFrame(asset, { width: 1500, height: 2000 }, cell.rect);
    const frame = { width: cell.rect.width, height: cell.rect.height };
    expect(only(lintDocument(withCellPhoto(menu, 1, photo)), 'photo-upscaled')).toEqual([]);
    const zoomed = zoomCrop(photo, frame, 1.52);
    const [finding] = only(lintDocument(withCellPhoto(menu, 1, zoomed)), 'photo-upscaled');
    expect(finding?.params.scale).toBe(128);
  });

  it('allows a small tolerance before it reports', () => {
    const width = 1250;
    const justInside = { width: Math.ceil(width / photoUpscaleTolerance) + 1, height: 4000 };
    const justOutside = { width: Math.floor(width / photoUpscaleTolerance) - 1, height: 4000 };
    const lint = (natural: { width: number; height: number }) =>
      only(lintDocument(withCellPhoto(menu, 1, fillFrame(asset, natural, cell.rect))), 'photo-upscaled');
    expect(lint(justInside)).toEqual([]);
    expect(lint(justOutside)).toHaveLength(1);
  });

  it('measures an imagemap at its largest exported width', () => {
    const imagemap = fromTemplate('imagemap-square-4');
    const square = imagemap.cells[0]!;
    expect(square.rect.width).toBe(520);
    const photo = fillFrame(asset, { width: 400, height: 400 }, square.rect);
    expect(only(lintDocument(withCellPhoto(imagemap, 0, photo)), 'photo-upscaled')[0]?.params).toMatchObject({
      cell: 1,
      scale: 130,
    });
  });

  it('reports photo layers by name, but not hidden ones', () => {
    const rect = { x: 100, y: 100, width: 800, height: 600 };
    const layer: ImageLayer = newImageLayer(
      'img-1',
      'Shoe',
      rect,
      fillFrame(asset, { width: 400, height: 300 }, rect),
    );
    const doc = { ...menu, layers: [layer] };
    expect(only(lintDocument(doc), 'layer-photo-upscaled')).toEqual([
      {
        code: 'layer-photo-upscaled',
        severity: 'warning',
        areaId: null,
        params: { layer: 'Shoe', scale: 200, width: 400, height: 300, needWidth: 800, needHeight: 600 },
        target: { kind: 'layer', id: 'img-1' },
      },
    ]);
    expect(
      only(lintDocument({ ...doc, layers: [{ ...layer, hidden: true }] }), 'layer-photo-upscaled'),
    ).toEqual([]);
  });

  it('computes photo pixels per output pixel from the crop and the frame', () => {
    const photo = fillFrame(asset, { width: 2000, height: 1000 }, { width: 500, height: 500 });
    expect(photoSourceScale(photo, 500)).toEqual({ sourcePerOutput: 2, needWidth: 1000, needHeight: 500 });
    expect(photoSourceScale(photo, 500, 4).sourcePerOutput).toBe(0.5);
  });
});

describe('a video with no room of its own', () => {
  const video = (area: { x: number; y: number; width: number; height: number }) => ({
    videoAssetId: 'v'.repeat(64),
    previewAssetId: 'p'.repeat(64),
    area,
    externalLink: null,
  });
  function imagemapWithVideo(templateId: string, area = { x: 0, y: 0, width: 1040, height: 585 }) {
    const doc = fromTemplate(templateId);
    if (doc.kind !== 'imagemap') throw new Error('expected an imagemap');
    return {
      ...doc,
      imagemap: { ...doc.imagemap, baseUrl: 'https://cdn.example.com/a', video: video(area) },
    };
  }

  it('says why the video covers areas when they fill the image, naming them', () => {
    const findings = lintDocument(imagemapWithVideo('imagemap-square-rows-2'));
    expect(only(findings, 'video-no-room')).toEqual([
      {
        code: 'video-no-room',
        severity: 'warning',
        areaId: null,
        params: { areas: '1, 2', count: 2 },
        target: { kind: 'video' },
      },
    ]);
    // The per-area warnings stay: they say which areas lose their taps.
    expect(only(findings, 'video-area-overlap').map((f) => f.params.area)).toEqual([1, 2]);
  });

  it('says nothing of room when the video could move to a free place, or covers nothing', () => {
    const doc = imagemapWithVideo('imagemap-square-rows-2');
    const oneArea = { ...doc, areas: doc.areas.slice(0, 1) };
    expect(only(lintDocument(oneArea), 'video-no-room')).toEqual([]);
    expect(only(lintDocument(oneArea), 'video-area-overlap')).toHaveLength(1);
    const placed = {
      ...oneArea,
      imagemap: { ...oneArea.imagemap, video: video({ x: 0, y: 520, width: 924, height: 519 }) },
    };
    expect(lintDocument(placed).filter((f) => f.code.startsWith('video'))).toEqual([]);
  });
});

describe('sentences of the design checks', () => {
  function lookup(messages: unknown, key: string): unknown {
    return key
      .split('.')
      .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);
  }

  /** One finding of every design code, from documents that trigger them. */
  function samples(): LintFinding[] {
    const menu = fromTemplate('richmenu-large-columns-2');
    const rect = { x: 100, y: 100, width: 800, height: 600 };
    const layer = newImageLayer('img-1', 'Shoe', rect, fillFrame(asset, { width: 400, height: 300 }, rect));
    const doc = {
      ...withCellPhoto(menu, 0, fillFrame(asset, { width: 100, height: 100 }, menu.cells[0]!.rect)),
      layers: [layer],
    };
    const imagemap = fromTemplate('imagemap-square-rows-2');
    const withVideo = {
      ...imagemap,
      imagemap: {
        altText: 'Sale',
        baseUrl: '',
        video: {
          videoAssetId: 'v'.repeat(64),
          previewAssetId: 'p'.repeat(64),
          area: { x: 0, y: 0, width: 1040, height: 585 },
          externalLink: null,
        },
      },
    } as EditorDocument;
    const text = newTextLayer(
      't1',
      'Title',
      { x: 0, y: 0, width: 100, height: 50 },
      {
        text: 'Spring',
        fontFamily: 'Noto Sans',
        fontSize: 40,
      },
    );
    const spill = { key: textRasterKey(text), content: { x: -20, y: 0, width: 140, height: 50 } };
    const withText = { ...menu, layers: [text] };
    return [
      ...lintDocument(doc),
      ...lintDocument(withVideo),
      ...lintDocument(withText, { textMeasurements: new Map([[text.id, spill]]) }),
    ];
  }

  it('fills every {{placeholder}} from the finding, in all four languages', () => {
    const found = samples();
    for (const code of [
      'photo-upscaled',
      'layer-photo-upscaled',
      'video-no-room',
      'text-overflow',
    ] as const) {
      const finding = found.find((f) => f.code === code);
      expect(finding, code).toBeDefined();
      for (const messages of [en, zhTW, ja, th]) {
        const sentence = lookup(messages, `editor.lint.${code}`) as string;
        for (const name of sentence.match(/\{\{(\w+)\}\}/g) ?? []) {
          expect(Object.keys(finding!.params), `${code}: ${name}`).toContain(name.slice(2, -2));
        }
      }
    }
  });

  it('reads as a sentence that says how to fix it', () => {
    const t = (key: string, params: Record<string, string | number> = {}) =>
      (lookup(en, key) as string).replace(/\{\{(\w+)\}\}/g, (_, n: string) => String(params[n]));
    const finding = samples().find((f) => f.code === 'photo-upscaled')!;
    expect(describeFinding(finding, t)).toBe(
      'The photo in cell 1 is shown at 1686 % of its own pixels (100×100 px), so it will look blurry on phones. Zoom it out, or use a photo of at least 1686×1686 px.',
    );
  });
});
