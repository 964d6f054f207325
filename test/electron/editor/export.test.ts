// Export with sharp from stored projects: exact sizes, ≤ 1 MB with the quality reported, the five
// imagemap widths, JSON valid against LINE's OpenAPI, pixels where the document says, clear refusals.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { ApiHandlers } from '../../../shared/api/contract';
import type { AssetInfo } from '../../../shared/editor/assets';
import type { EditorDocument, ShapeLayer, TextLayer } from '../../../shared/editor/document';
import { fillFrame } from '../../../shared/editor/geometry';
import { textRasterKey } from '../../../shared/editor/rasters';
import {
  assertExportable,
  encodeJpegUnder,
  encodePngUnder,
  fileStems,
} from '../../../electron/editor/export';
import { createDocument, sequentialIds } from '../../../shared/editor/create';
import { findTemplate } from '../../../shared/editor/templates';
import { englishText } from '../../../shared/i18n/text';
import { renderStoredProject } from '../../../electron/editor/export-project';
import { writeExport } from '../../../electron/editor/export-files';
import { openTestApp } from '../../helpers/test-handlers';
import { makeTempDir } from '../../helpers/temp-dir';
import { schemaValidator } from '../../helpers/line-openapi';
import { noisyJpeg, textRasterPng, upload } from './fixtures';

const attempt = (fn: () => unknown): Promise<unknown> => Promise.resolve().then(fn);

async function pixel(file: string, x: number, y: number): Promise<number[]> {
  const { data, info } = await sharp(file).raw().toBuffer({ resolveWithObject: true });
  const i = (y * info.width + x) * info.channels;
  return [data[i]!, data[i + 1]!, data[i + 2]!];
}

const near = (actual: number[], expected: number[], tolerance = 24) =>
  actual.every((v, i) => Math.abs(v - expected[i]!) <= tolerance);

/** A half-red, half-blue photo: a crop of its right half must come out blue. */
const halves = () =>
  sharp({ create: { width: 1000, height: 500, channels: 3, background: '#ff0000' } })
    .composite([
      {
        input: { create: { width: 500, height: 500, channels: 3, background: '#0000ff' } },
        left: 500,
        top: 0,
      },
    ])
    .jpeg({ quality: 95 })
    .toBuffer();

async function richMenuProject(handlers: ApiHandlers) {
  const project = await handlers.createProject({
    channelId: 1,
    name: 'Spring',
    templateId: 'richmenu-large-6',
  });
  const base = project.documents[0]!;
  const photos = await Promise.all([0, 1, 2, 3].map((i) => noisyJpeg(1200, 900, i + 1)));
  const assets: AssetInfo[] = [];
  for (const [i, photo] of photos.entries())
    assets.push(await upload(handlers, project.id, `photo-${String(i)}.jpg`, photo));
  const split = await upload(handlers, project.id, 'halves.jpg', await halves());
  const text: TextLayer = {
    id: 'text-1',
    name: 'Headline',
    type: 'text',
    rect: { x: 100, y: 700, width: 800, height: 200 },
    rotation: 0,
    opacity: 1,
    locked: false,
    hidden: false,
    text: '春季特賣',
    fontFamily: 'Noto Sans TC',
    fontSize: 120,
    fontWeight: 700,
    color: '#202020',
    align: 'center',
    lineHeight: 1.2,
    vertical: false,
    stroke: null,
    shadow: null,
  };
  const shape: ShapeLayer = {
    id: 'shape-1',
    name: 'Badge',
    type: 'shape',
    shape: 'ellipse',
    rect: { x: 2000, y: 1300, width: 300, height: 300 },
    rotation: 0,
    opacity: 1,
    locked: false,
    hidden: false,
    fill: '#00ff00',
    stroke: null,
    strokeWidth: 0,
    cornerRadius: 0,
  };
  const cells = base.cells.map((cell, i) => {
    if (i < 4) return { ...cell, photo: fillFrame(assets[i]!.assetId, assets[i]!.natural, cell.rect) };
    if (i === 4) {
      // The blue right half only: crop x ≥ 500 (source pixels).
      return {
        ...cell,
        photo: {
          assetId: split.assetId,
          natural: split.natural,
          crop: { x: 520, y: 0, width: 480, height: 480 * (cell.rect.height / cell.rect.width) },
        },
      };
    }
    return { ...cell, background: '#ffcc00' };
  });
  const actions = ['https://example.com/a', 'https://example.com/b'];
  const doc: EditorDocument = {
    ...base,
    cells,
    layers: [text, shape],
    areas: base.areas.map((a, i) => ({
      ...a,
      action: i < 2 ? { type: 'uri', uri: actions[i]! } : { type: 'message', text: `Item ${String(i)}` },
    })),
  };
  await handlers.saveProject({
    id: project.id,
    documents: [doc],
    textRasters: [
      { key: textRasterKey(text), pngBase64: (await textRasterPng(800, 200)).toString('base64') },
    ],
  });
  return { project, doc };
}

describe('rich-menu export', () => {
  it('writes a JPEG of exactly 2500×1686, ≤ 1 MB, with the quality used, and the JSON', async () => {
    const { handlers } = openTestApp();
    const { project } = await richMenuProject(handlers);
    const outDir = makeTempDir();
    const result = await handlers.exportProject({ id: project.id, format: 'jpeg', outDir });
    const [exported] = result.documents;
    expect(exported).toMatchObject({ kind: 'richmenu', format: 'jpeg', pngColours: null });
    expect(exported!.jpegQuality).toBeGreaterThanOrEqual(1);
    expect(exported!.jpegQuality).toBeLessThanOrEqual(90);
    expect(readdirSync(outDir).sort()).toEqual(['richmenu.jpg', 'richmenu.json']);
    const image = path.join(outDir, 'richmenu.jpg');
    const meta = await sharp(image).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 2500, 1686]);
    expect(readFileSync(image).length).toBeLessThanOrEqual(1024 * 1024);
    expect(exported!.imageBytes).toBe(readFileSync(image).length);
    // Pixels where the document put them: blue crop in cell 5, yellow cell 6, green badge, dark text bar.
    expect(near(await pixel(image, 1250, 1264), [0, 0, 255])).toBe(true);
    expect(near(await pixel(image, 1800, 900), [255, 204, 0])).toBe(true);
    expect(near(await pixel(image, 2150, 1450), [0, 255, 0])).toBe(true);
    expect(near(await pixel(image, 500, 800), [32, 32, 32])).toBe(true);
    const json: unknown = JSON.parse(readFileSync(path.join(outDir, 'richmenu.json'), 'utf8'));
    expect(schemaValidator('RichMenuRequest')(json)).toEqual([]);
    expect(json).toMatchObject({ size: { width: 2500, height: 1686 }, areas: { length: 6 } });
  });

  it('writes a PNG ≤ 1 MB, falling back to a palette for photos', async () => {
    const { handlers } = openTestApp();
    const { project } = await richMenuProject(handlers);
    const outDir = makeTempDir();
    const result = await handlers.exportProject({ id: project.id, format: 'png', outDir });
    const file = path.join(outDir, 'richmenu.png');
    expect(readFileSync(file).length).toBeLessThanOrEqual(1024 * 1024);
    expect((await sharp(file).metadata()).width).toBe(2500);
    // Noisy photos never fit as full-colour PNG: the export says how many colours it used, and that
    // so few band photos — JPEG would keep them whole.
    const [exported] = result.documents;
    expect(exported!.pngColours).toBeGreaterThanOrEqual(2);
    expect(exported!.pngColours).toBeLessThan(256);
    expect(exported!.suggestJpeg).toBe(true);
  });

  it('refuses a document with lint errors, listing them in words', async () => {
    const { handlers } = openTestApp();
    const project = await handlers.createProject({
      channelId: 1,
      name: 'Empty',
      templateId: 'richmenu-compact-2',
    });
    const outDir = path.join(makeTempDir(), 'out');
    await expect(
      attempt(() => handlers.exportProject({ id: project.id, format: 'jpeg', outDir })),
    ).rejects.toThrow(
      'Fix these 2 problems before exporting:\n- Area 1 has no action yet. Choose what happens when it is tapped.\n- Area 2 has no action yet.',
    );
    expect(existsSync(outDir)).toBe(false);
  });

  it('says which text layer has not been rendered when its raster is missing', async () => {
    const { handlers } = openTestApp();
    const { project, doc } = await richMenuProject(handlers);
    const moved = {
      ...doc,
      layers: doc.layers.map((l) => (l.type === 'text' ? { ...l, text: 'Changed' } : l)),
    };
    await handlers.saveProject({ id: project.id, documents: [moved] });
    await expect(
      attempt(() => handlers.exportProject({ id: project.id, format: 'jpeg', outDir: makeTempDir() })),
    ).rejects.toThrow('The text layer “Headline” has not been rendered yet');
  });

  it('exports a tab set as one image and JSON per menu, named by alias', async () => {
    const { handlers } = openTestApp();
    const project = await handlers.createProject({
      channelId: 1,
      name: 'Tabs',
      templateId: 'richmenu-compact-2',
    });
    const base = project.documents[0]!;
    if (base.kind !== 'richmenu') throw new Error('rich menu expected');
    const tab = (alias: string, other: string): EditorDocument => ({
      ...base,
      richMenu: { ...base.richMenu, aliasId: alias },
      areas: base.areas.map((a, i) => ({
        ...a,
        action:
          i === 0
            ? { type: 'message', text: alias }
            : { type: 'richmenuswitch', richMenuAliasId: other, data: `to=${other}` },
      })),
    });
    await handlers.saveProject({ id: project.id, documents: [tab('tab-a', 'tab-b'), tab('tab-b', 'tab-a')] });
    const outDir = makeTempDir();
    await handlers.exportProject({ id: project.id, format: 'jpeg', outDir });
    expect(readdirSync(outDir).sort()).toEqual([
      'richmenu-tab-a.jpg',
      'richmenu-tab-a.json',
      'richmenu-tab-b.jpg',
      'richmenu-tab-b.json',
    ]);
    expect((await sharp(path.join(outDir, 'richmenu-tab-b.jpg')).metadata()).height).toBe(843);

    // A problem in one menu is refused naming that menu as its tab does (its alias).
    const broken = { ...tab('tab-b', 'tab-a'), areas: base.areas.map((a) => ({ ...a, action: null })) };
    await handlers.saveProject({ id: project.id, documents: [tab('tab-a', 'tab-b'), broken] });
    await expect(
      attempt(() => handlers.exportProject({ id: project.id, format: 'jpeg', outDir: makeTempDir() })),
    ).rejects.toThrow('Fix these 2 problems before exporting:\n- tab-b: Area 1 has no action yet.');
  });
});

describe('export in memory', () => {
  it('renders images and LINE objects without a folder; writing them gives the same files', async () => {
    const { handlers, data } = openTestApp();
    const { project } = await richMenuProject(handlers);
    const rendered = await renderStoredProject(data.database.db, project.id, 'jpeg');
    const [menu] = rendered.documents;
    if (menu?.kind !== 'richmenu') throw new Error('a rich menu expected');
    expect(englishText(menu.name)).toBe('Rich menu');
    expect([menu.image.name, menu.image.width, menu.image.height]).toEqual(['richmenu.jpg', 2500, 1686]);
    expect((await sharp(menu.image.bytes).metadata()).format).toBe('jpeg');
    expect(schemaValidator('RichMenuRequest')(menu.richMenu)).toEqual([]);

    const outDir = makeTempDir();
    const written = writeExport(rendered, outDir);
    expect(readFileSync(path.join(outDir, 'richmenu.jpg')).equals(menu.image.bytes)).toBe(true);
    expect(JSON.parse(readFileSync(path.join(outDir, 'richmenu.json'), 'utf8'))).toEqual(menu.richMenu);
    expect(written.documents[0]).toMatchObject({ jpegQuality: menu.encoded.jpegQuality, suggestJpeg: false });
  });
});

describe('imagemap export', () => {
  it('writes the five widths without extensions, each ≤ 10 MB, and the message JSON', async () => {
    const { handlers } = openTestApp();
    const project = await handlers.createProject({
      channelId: 1,
      name: 'Sale',
      custom: { kind: 'imagemap', size: { width: 1040, height: 1333 }, spec: '1:1 / 1:1' },
    });
    const base = project.documents[0]!;
    const photo = await upload(handlers, project.id, 'p.jpg', await noisyJpeg(1600, 1200));
    const doc: EditorDocument = {
      ...base,
      cells: base.cells.map((c) => ({ ...c, photo: fillFrame(photo.assetId, photo.natural, c.rect) })),
      areas: base.areas.map((a) => ({ ...a, action: { type: 'uri', uri: 'https://example.com/sale' } })),
    };
    await handlers.saveProject({ id: project.id, documents: [doc] });
    const outDir = makeTempDir();
    const result = await handlers.exportProject({ id: project.id, format: 'jpeg', outDir });
    expect(readdirSync(outDir).sort()).toEqual(['1040', '240', '300', '460', '700', 'imagemap-message.json']);
    const heights = { 240: 308, 300: 385, 460: 590, 700: 897, 1040: 1333 };
    for (const [width, height] of Object.entries(heights)) {
      const file = path.join(outDir, width);
      const meta = await sharp(file).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', Number(width), height]);
      expect(readFileSync(file).length).toBeLessThanOrEqual(10 * 1024 * 1024);
    }
    const json: unknown = JSON.parse(readFileSync(path.join(outDir, 'imagemap-message.json'), 'utf8'));
    expect(schemaValidator('ImagemapMessage')(json)).toEqual([]);
    // A rich message is called one, not "Menu 1".
    expect(englishText(result.documents[0]!.name)).toBe('Rich message');
    expect(json).toMatchObject({
      baseUrl: 'https://example.com/REPLACE-WITH-YOUR-IMAGEMAP-FOLDER',
      baseSize: { width: 1040, height: 1333 },
      actions: { length: 4 },
    });
  });
});

describe('encoders', () => {
  it('binary-searches the JPEG quality to the byte budget', async () => {
    const raw = await sharp(await noisyJpeg(1000, 800))
      .raw()
      .toBuffer({ resolveWithObject: true });
    const image = {
      data: raw.data,
      info: { width: raw.info.width, height: raw.info.height, channels: 3 as const },
    };
    const roomy = await encodeJpegUnder(image, 10 * 1024 * 1024);
    expect(roomy).toMatchObject({ jpegQuality: 90, attempts: 1 });
    const tight = await encodeJpegUnder(image, 150_000);
    expect(tight.bytes.length).toBeLessThanOrEqual(150_000);
    expect(tight.jpegQuality).toBeLessThan(90);
    // The next quality up would not have fitted: the search found the best one.
    const next = await sharp(image.data, { raw: image.info })
      .jpeg({ quality: tight.jpegQuality! + 1, chromaSubsampling: '4:2:0' })
      .toBuffer();
    expect(next.length).toBeGreaterThan(150_000);
    const small = await sharp(await noisyJpeg(300, 200))
      .raw()
      .toBuffer({ resolveWithObject: true });
    const noise = { data: small.data, info: { width: 300, height: 200, channels: 3 as const } };
    await expect(encodePngUnder(noise, 1000)).rejects.toThrow('Export it as JPEG instead');
  });
});

describe('rich-menu tab sets', () => {
  it('names each menu’s files uniquely, even when an alias looks like a position', () => {
    const menu = (aliasId: string | null) => {
      const doc = createDocument(findTemplate('richmenu-large-6')!, { ids: sequentialIds() });
      if (doc.kind !== 'richmenu') throw new Error('expected a rich menu');
      return { ...doc, richMenu: { ...doc.richMenu, aliasId } };
    };
    expect(fileStems([menu(null)])).toEqual(['richmenu']);
    expect(fileStems([menu('tab-a'), menu('tab-b')])).toEqual(['richmenu-tab-a', 'richmenu-tab-b']);
    const stems = fileStems([menu('2'), menu(null)]);
    expect(new Set(stems).size).toBe(2);
  });

  it('refuses a set where two menus share an alias, naming both', () => {
    const menu = () => {
      const doc = createDocument(findTemplate('richmenu-large-1')!, { ids: sequentialIds() });
      if (doc.kind !== 'richmenu') throw new Error('expected a rich menu');
      return {
        ...doc,
        richMenu: { ...doc.richMenu, aliasId: 'tab-a' },
        areas: doc.areas.map((a) => ({ ...a, action: { type: 'message' as const, text: 'hi' } })),
      };
    };
    // An alias two menus share names neither of them: they go by their positions.
    expect(() => assertExportable([menu(), menu()])).toThrow(/Menu 1 and Menu 2 both use the alias “tab-a”/);
  });
});
