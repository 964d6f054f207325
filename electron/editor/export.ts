// Export in main with sharp, in memory: composites a document at full resolution from the ORIGINAL
// assets (cell photos cover-cropped, backgrounds, shapes as SVG, text layers from the renderer's
// rasters), then encodes what LINE accepts: a rich-menu JPEG/PNG of exactly its size and ≤ 1 MB
// (quality searched) with its JSON, or the imagemap widths `240 … 1040` (each ≤ 10 MB) with the
// message JSON. export-files.ts writes the result to a folder; sync can upload it as it is.

import sharp from 'sharp';
import type { JpegOptions, Sharp } from 'sharp';
import type {
  Cell,
  EditorDocument,
  ImageLayer,
  ImagemapDocument,
  PhotoFill,
  Rect,
  RichMenuDocument,
  ShapeLayer,
  Size,
  TextLayer,
} from '../../shared/editor/document';
import { assertNever } from '../../shared/domain/assert';
import { roundRect } from '../../shared/editor/geometry';
import {
  imagemapImageMaxBytes,
  imagemapVariantHeight,
  imagemapWidths,
  richMenuImageMaxBytes,
  videoPreviewMaxBytes,
} from '../../shared/editor/limits';
import { documentFileStems, documentName, exportProblems } from '../../shared/editor/document-set';
import {
  imagemapBaseUrlPlaceholder,
  imagemapMessage,
  imagemapVideoFileName,
  imagemapVideoPreviewFileName,
  richMenuObject,
  type ImagemapMessageObject,
  type RichMenuObject,
} from '../../shared/editor/line-json';
import type { ExportedDocument, ExportFormat } from '../../shared/editor/project';
import type { LocalizedText } from '../../shared/i18n/text';
import { textRasterKey } from '../../shared/editor/rasters';
import { ApiError, type ErrorText } from '../../shared/api/result';

/** A user-actionable export failure (missing asset or raster, lint errors, unfit image). */
export class ExportError extends ApiError {
  constructor(text: ErrorText, details: readonly ErrorText[] = []) {
    super('invalid-argument', text, details);
    this.name = 'ExportError';
  }
}

export interface ExportSources {
  /** The original bytes of an asset, or undefined when the store lacks it. */
  readonly original: (assetId: string) => Buffer | undefined;
  /** Text-layer rasters by textRasterKey. */
  readonly textRasters: ReadonlyMap<string, Buffer>;
}

// ---- Compositing -------------------------------------------------------------------------------

/**
 * Pixels placed on the canvas, always inside it (see `clipped`): opaque RGB (photo cells, painted as
 * row copies) or straight-alpha RGBA (everything else, blended).
 */
interface Overlay {
  readonly input: Buffer;
  readonly left: number;
  readonly top: number;
  readonly raw: { width: number; height: number; channels: 3 | 4 };
}

interface Pixels {
  readonly data: Buffer;
  readonly width: number;
  readonly height: number;
  /** RGB, or RGBA when the photo has transparency. */
  readonly channels: 3 | 4;
}

function parseColor(color: string): { r: number; g: number; b: number; alpha: number } {
  const hex = color.replace('#', '');
  const n = (i: number): number => parseInt(hex.slice(i, i + 2), 16);
  return { r: n(0), g: n(2), b: n(4), alpha: hex.length >= 8 ? n(6) / 255 : 1 };
}

/** An overlay clipped to the canvas (sharp refuses overlays that reach outside the base image). */
async function clipped(
  image: Sharp,
  width: number,
  height: number,
  left: number,
  top: number,
  canvas: Size,
): Promise<Overlay | null> {
  const x0 = Math.max(0, left);
  const y0 = Math.max(0, top);
  const x1 = Math.min(canvas.width, left + width);
  const y1 = Math.min(canvas.height, top + height);
  if (x1 <= x0 || y1 <= y0) return null;
  let pipeline = image;
  if (x0 !== left || y0 !== top || x1 !== left + width || y1 !== top + height) {
    pipeline = sharp(await image.png({ compressionLevel: 0 }).toBuffer()).extract({
      left: x0 - left,
      top: y0 - top,
      width: x1 - x0,
      height: y1 - y0,
    });
  }
  const { data, info } = await pipeline.ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { input: data, left: x0, top: y0, raw: { width: info.width, height: info.height, channels: 4 } };
}

/**
 * The visible part of a photo, scaled to `target` pixels, from the original, as one sharp pipeline:
 * resizing the whole photo first lets sharp decode JPEGs at 1/2, 1/4 or 1/8 size (shrink-on-load,
 * several times faster for 12 MP photos); the crop is then extracted from the scaled photo.
 */
async function photoPixels(
  fill: PhotoFill,
  target: Size,
  sources: ExportSources,
  where: ErrorText,
): Promise<Pixels> {
  const original = sources.original(fill.assetId);
  if (!original) {
    throw new ExportError({
      key: 'errors.export.photoMissing',
      params: { where, asset: fill.assetId.slice(0, 12) },
    });
  }
  const scale = target.width / fill.crop.width;
  // At least the target size, so the extract below always fits inside the scaled photo.
  const scaledWidth = Math.max(target.width, Math.round(fill.natural.width * scale));
  const scaledHeight = Math.max(target.height, Math.round(fill.natural.height * scale));
  const left = Math.min(Math.max(0, Math.round(fill.crop.x * scale)), scaledWidth - target.width);
  const top = Math.min(Math.max(0, Math.round(fill.crop.y * scale)), scaledHeight - target.height);
  const { data, info } = await sharp(original, { limitInputPixels: false })
    .autoOrient()
    .resize(scaledWidth, scaledHeight, { fit: 'fill' })
    .extract({ left, top, width: target.width, height: target.height })
    // RGB (grey photos too), with alpha only when the photo has some: opaque cells paint as copies.
    .toColourspace('srgb')
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: info.channels === 4 ? 4 : 3 };
}

const rawImage = (pixels: Pixels): Sharp =>
  sharp(pixels.data, { raw: { width: pixels.width, height: pixels.height, channels: pixels.channels } });

async function cellOverlays(
  cell: Cell,
  index: number,
  canvas: Size,
  sources: ExportSources,
): Promise<Overlay[]> {
  const r = roundRect(cell.rect);
  if (r.width < 1 || r.height < 1) return [];
  const overlays: Overlay[] = [];
  if (cell.background) {
    const bg = sharp({
      create: { width: r.width, height: r.height, channels: 4, background: parseColor(cell.background) },
    });
    const o = await clipped(bg, r.width, r.height, r.x, r.y, canvas);
    if (o) overlays.push(o);
  }
  if (cell.photo) {
    const pixels = await photoPixels(cell.photo, r, sources, {
      key: 'errors.export.cell',
      params: { cell: index + 1 },
    });
    const inside = r.x >= 0 && r.y >= 0 && r.x + r.width <= canvas.width && r.y + r.height <= canvas.height;
    // Template cells lie inside the canvas: their pixels go straight to the composite.
    const o = inside
      ? {
          input: pixels.data,
          left: r.x,
          top: r.y,
          raw: { width: r.width, height: r.height, channels: pixels.channels },
        }
      : await clipped(rawImage(pixels), r.width, r.height, r.x, r.y, canvas);
    if (o) overlays.push(o);
  }
  return overlays;
}

/** Multiplies an RGBA buffer's alpha by `opacity`, in place. */
function applyOpacity(data: Buffer, opacity: number): void {
  if (opacity >= 1) return;
  for (let i = 3; i < data.length; i += 4) data[i] = Math.round(data[i]! * opacity);
}

/** Rotates an unrotated layer image about its centre and places that centre on the rect's centre. */
async function placeLayer(
  image: Sharp,
  rect: Rect,
  rotation: number,
  opacity: number,
  canvas: Size,
): Promise<Overlay | null> {
  let pipeline = image.ensureAlpha();
  if (rotation % 360 !== 0) {
    pipeline = sharp(await pipeline.png({ compressionLevel: 0 }).toBuffer()).rotate(rotation, {
      background: { r: 0, g: 0, b: 0, alpha: 0 },
    });
  }
  const { data, info } = await pipeline.raw().toBuffer({ resolveWithObject: true });
  applyOpacity(data, opacity);
  const left = Math.round(rect.x + rect.width / 2 - info.width / 2);
  const top = Math.round(rect.y + rect.height / 2 - info.height / 2);
  const size = { width: info.width, height: info.height };
  // Inside the canvas (the usual case) the pixels are placed as they are; only a layer reaching
  // outside needs another pass to cut it.
  if (left >= 0 && top >= 0 && left + size.width <= canvas.width && top + size.height <= canvas.height) {
    return { input: data, left, top, raw: { ...size, channels: 4 } };
  }
  const raw = sharp(data, { raw: { ...size, channels: 4 } });
  return clipped(raw, info.width, info.height, left, top, canvas);
}

const svgColor = (color: string | null): string => {
  if (color === null) return 'none';
  const { r, g, b, alpha } = parseColor(color);
  return `rgba(${String(r)},${String(g)},${String(b)},${String(alpha)})`;
};

/** A shape as SVG at its size, stroke centred on the outline like Konva's. */
export function shapeSvg(layer: ShapeLayer): { svg: string; width: number; height: number } {
  const pad = Math.ceil(layer.strokeWidth / 2) + 1;
  const width = Math.max(1, Math.round(layer.rect.width)) + 2 * pad;
  const height = Math.max(1, Math.round(layer.rect.height)) + 2 * pad;
  const w = layer.rect.width;
  const h = layer.rect.height;
  const paint = `fill="${svgColor(layer.fill)}" stroke="${svgColor(layer.stroke)}" stroke-width="${String(layer.stroke ? layer.strokeWidth : 0)}"`;
  let body: string;
  switch (layer.shape) {
    case 'rect':
      body = `<rect x="${String(pad)}" y="${String(pad)}" width="${String(w)}" height="${String(h)}" ${paint}/>`;
      break;
    case 'roundedRect': {
      const radius = Math.min(layer.cornerRadius, w / 2, h / 2);
      body = `<rect x="${String(pad)}" y="${String(pad)}" width="${String(w)}" height="${String(h)}" rx="${String(radius)}" ${paint}/>`;
      break;
    }
    case 'ellipse':
      body = `<ellipse cx="${String(pad + w / 2)}" cy="${String(pad + h / 2)}" rx="${String(w / 2)}" ry="${String(h / 2)}" ${paint}/>`;
      break;
    case 'line':
      // A line runs along the rect's horizontal centre line (Konva's Line with points [0,h/2,w,h/2]).
      body = `<line x1="${String(pad)}" y1="${String(pad + h / 2)}" x2="${String(pad + w)}" y2="${String(pad + h / 2)}" stroke="${svgColor(layer.stroke ?? layer.fill)}" stroke-width="${String(Math.max(1, layer.strokeWidth))}"/>`;
      break;
    default:
      return assertNever(layer.shape, 'shapeSvg');
  }
  return {
    svg: `<svg xmlns="http://www.w3.org/2000/svg" width="${String(width)}" height="${String(height)}">${body}</svg>`,
    width,
    height,
  };
}

async function layerOverlay(
  layer: TextLayer | ShapeLayer | ImageLayer,
  canvas: Size,
  sources: ExportSources,
): Promise<Overlay | null> {
  if (layer.hidden || layer.opacity <= 0) return null;
  switch (layer.type) {
    case 'image': {
      const size = {
        width: Math.max(1, Math.round(layer.rect.width)),
        height: Math.max(1, Math.round(layer.rect.height)),
      };
      const pixels = await photoPixels(layer.photo, size, sources, {
        key: 'errors.export.layer',
        params: { layer: layer.name },
      });
      return placeLayer(rawImage(pixels), layer.rect, layer.rotation, layer.opacity, canvas);
    }
    case 'shape': {
      const { svg } = shapeSvg(layer);
      return placeLayer(sharp(Buffer.from(svg)), layer.rect, layer.rotation, layer.opacity, canvas);
    }
    case 'text': {
      if (layer.text.trim() === '') return null;
      const raster = sources.textRasters.get(textRasterKey(layer));
      if (!raster) {
        throw new ExportError({ key: 'errors.export.textNotRendered', params: { layer: layer.name } });
      }
      return placeLayer(sharp(raster), layer.rect, layer.rotation, layer.opacity, canvas);
    }
    default:
      return assertNever(layer, 'layerOverlay');
  }
}

/**
 * Paints overlays, in order, over an opaque RGB canvas with the "over" operator on straight alpha —
 * what sharp's composite does, without its conversion of the whole canvas to floating point, which
 * made it the slowest step of an export. Most overlays are opaque photo cells in RGB: a row copy each.
 */
export function paintOverlays(
  canvas: Size,
  background: { r: number; g: number; b: number },
  overlays: readonly Overlay[],
): Buffer {
  const out = Buffer.alloc(canvas.width * canvas.height * 3);
  out.fill(Buffer.from([background.r, background.g, background.b]));
  for (const o of overlays) {
    const { width, height, channels } = o.raw;
    const src = o.input;
    if (channels === 3) {
      for (let y = 0; y < height; y++) {
        const d = ((o.top + y) * canvas.width + o.left) * 3;
        src.copy(out, d, y * width * 3, (y + 1) * width * 3);
      }
      continue;
    }
    for (let y = 0; y < height; y++) {
      let s = y * width * 4;
      let d = ((o.top + y) * canvas.width + o.left) * 3;
      for (let x = 0; x < width; x++, s += 4, d += 3) {
        const a = src[s + 3]!;
        if (a === 255) {
          out[d] = src[s]!;
          out[d + 1] = src[s + 1]!;
          out[d + 2] = src[s + 2]!;
        } else if (a !== 0) {
          const rest = 255 - a;
          out[d] = (src[s]! * a + out[d]! * rest + 127) / 255;
          out[d + 1] = (src[s + 1]! * a + out[d + 1]! * rest + 127) / 255;
          out[d + 2] = (src[s + 2]! * a + out[d + 2]! * rest + 127) / 255;
        }
      }
    }
  }
  return out;
}

/** The document composited at its full size, as raw RGB pixels. */
export async function renderDocument(
  doc: EditorDocument,
  sources: ExportSources,
): Promise<{ data: Buffer; info: { width: number; height: number; channels: 3 } }> {
  const canvas = doc.size;
  // Cells and layers are independent: decode them all concurrently (sharp runs them on its thread
  // pool); they are painted in document order below.
  const [cellLayers, layerLayers] = await Promise.all([
    Promise.all(doc.cells.map((cell, i) => cellOverlays(cell, i, canvas, sources))),
    Promise.all(doc.layers.map((layer) => layerOverlay(layer, canvas, sources))),
  ]);
  const overlays = [...cellLayers.flat(), ...layerLayers.flatMap((o) => (o ? [o] : []))];
  const data = paintOverlays(canvas, parseColor(doc.background), overlays);
  return { data, info: { width: canvas.width, height: canvas.height, channels: 3 } };
}

// ---- Encoding under a byte budget ----------------------------------------------------------------

type RawImage = Awaited<ReturnType<typeof renderDocument>>;

const fromRaw = (image: RawImage): Sharp => sharp(image.data, { raw: image.info });

export interface EncodedImage {
  readonly bytes: Buffer;
  readonly format: ExportFormat;
  readonly jpegQuality: number | null;
  readonly pngColours: number | null;
  /** How many encodes the search took. */
  readonly attempts: number;
}

const jpegOptions = (quality: number): JpegOptions => ({
  quality,
  chromaSubsampling: '4:2:0',
  mozjpeg: false,
});

/**
 * The best JPEG quality that fits `maxBytes`: 90 when it fits (higher only grows files for no visible
 * gain), otherwise a binary search over 1–89 (size grows with quality). Quality 1 always fits a canvas
 * of LINE's sizes.
 */
export async function encodeJpegUnder(image: RawImage, maxBytes: number, start = 90): Promise<EncodedImage> {
  let attempts = 1;
  let best = await fromRaw(image).jpeg(jpegOptions(start)).toBuffer();
  if (best.length <= maxBytes)
    return { bytes: best, format: 'jpeg', jpegQuality: start, pngColours: null, attempts };
  let lo = 1;
  let hi = start - 1;
  let bestQuality = 0;
  // Guess first from the size at `start` (bytes fall roughly linearly with quality in this range).
  let guess = Math.max(lo, Math.min(hi, Math.floor((start * maxBytes) / best.length)));
  while (lo <= hi) {
    const q = guess;
    const bytes = await fromRaw(image).jpeg(jpegOptions(q)).toBuffer();
    attempts += 1;
    if (bytes.length <= maxBytes) {
      best = bytes;
      bestQuality = q;
      lo = q + 1;
    } else {
      hi = q - 1;
    }
    guess = Math.floor((lo + hi) / 2);
  }
  if (bestQuality === 0) {
    throw new ExportError({ key: 'errors.export.jpegTooLarge', params: { bytes: maxBytes } });
  }
  return { bytes: best, format: 'jpeg', jpegQuality: bestQuality, pngColours: null, attempts };
}

/**
 * PNG in full colour when it fits, else a palette with ever fewer colours (256 → 2). Photos rarely
 * fit: the palette steps are coarse (each quantisation of a 4 MP image costs ~0.5 s).
 */
export async function encodePngUnder(image: RawImage, maxBytes: number): Promise<EncodedImage> {
  let attempts = 1;
  const full = await fromRaw(image).png({ compressionLevel: 6, adaptiveFiltering: true }).toBuffer();
  if (full.length <= maxBytes)
    return { bytes: full, format: 'png', jpegQuality: null, pngColours: null, attempts };
  for (const colours of [256, 64, 16, 4, 2]) {
    const bytes = await fromRaw(image)
      .png({ palette: true, colours, compressionLevel: 9, effort: 3, dither: 1 })
      .toBuffer();
    attempts += 1;
    if (bytes.length <= maxBytes)
      return { bytes, format: 'png', jpegQuality: null, pngColours: colours, attempts };
  }
  throw new ExportError({
    key: 'errors.export.pngTooLarge',
    params: { kilobytes: Math.round(maxBytes / 1024) },
  });
}

// ---- Rendering a project in memory ----------------------------------------------------------------

/** One file of an export, in memory: its name in the export folder and its bytes. */
export interface RenderedFile {
  readonly name: string;
  readonly bytes: Buffer;
  /** For images. */
  readonly width?: number;
  readonly height?: number;
}

export interface RenderedRichMenu {
  readonly kind: 'richmenu';
  readonly index: number;
  readonly name: LocalizedText;
  readonly aliasId: string | null;
  readonly encoded: EncodedImage;
  /** The image to upload: exactly the menu's size, at most 1 MB. */
  readonly image: RenderedFile;
  /** The object for LINE's "create rich menu". */
  readonly richMenu: RichMenuObject;
  /** What the export folder holds for this menu: the image and its JSON. */
  readonly files: readonly RenderedFile[];
}

export interface RenderedImagemap {
  readonly kind: 'imagemap';
  readonly index: number;
  readonly name: LocalizedText;
  /** The five widths, smallest first, each named by its width. */
  readonly images: readonly (RenderedFile & { readonly encoded: EncodedImage })[];
  readonly video: { readonly mp4: RenderedFile; readonly preview: RenderedFile } | null;
  readonly message: ImagemapMessageObject;
  /** What the export folder holds: the five widths, the video and its preview, the message JSON. */
  readonly files: readonly RenderedFile[];
}

export type RenderedDocument = RenderedRichMenu | RenderedImagemap;

export interface RenderedExport {
  readonly format: ExportFormat;
  readonly documents: readonly RenderedDocument[];
}

const json = (value: unknown): Buffer => Buffer.from(`${JSON.stringify(value, null, 2)}\n`);

/** Checks a document set and throws one ExportError listing every problem (document-set.ts). */
export function assertExportable(documents: readonly EditorDocument[]): void {
  const problems = exportProblems(documents);
  if (problems.length > 0) {
    throw new ExportError({ key: 'errors.export.fixFirst', params: { count: problems.length } }, problems);
  }
}

/** File names per menu of a set: by alias, else by position; never the same name twice. */
export const fileStems = documentFileStems;

export async function renderRichMenu(
  doc: RichMenuDocument,
  sources: ExportSources,
  format: ExportFormat,
  stem = 'richmenu',
  index = 0,
  name: LocalizedText = { key: 'editor.kind.richmenu' },
): Promise<RenderedRichMenu> {
  const image = await renderDocument(doc, sources);
  const encoded =
    format === 'jpeg'
      ? await encodeJpegUnder(image, richMenuImageMaxBytes)
      : await encodePngUnder(image, richMenuImageMaxBytes);
  const imageFile: RenderedFile = {
    name: `${stem}.${format === 'jpeg' ? 'jpg' : 'png'}`,
    bytes: encoded.bytes,
    width: doc.size.width,
    height: doc.size.height,
  };
  const richMenu = richMenuObject(doc);
  return {
    kind: 'richmenu',
    index,
    name,
    aliasId: doc.richMenu.aliasId,
    encoded,
    image: imageFile,
    richMenu,
    files: [imageFile, { name: `${stem}.json`, bytes: json(richMenu) }],
  };
}

/** The five widths from the composited 1040-wide image, each within LINE's 10 MB. */
export async function encodeImagemapWidths(
  image: RawImage,
  baseHeight: number,
  format: ExportFormat,
): Promise<{ width: number; height: number; encoded: EncodedImage }[]> {
  return Promise.all(
    imagemapWidths.map(async (width) => {
      const height = imagemapVariantHeight(baseHeight, width);
      const resized = await fromRaw(image)
        .resize(width, height, { fit: 'fill', kernel: 'lanczos3' })
        .raw()
        .toBuffer({ resolveWithObject: true });
      const variant = { data: resized.data, info: { width, height, channels: 3 as const } };
      const encoded =
        format === 'jpeg'
          ? await encodeJpegUnder(variant, imagemapImageMaxBytes)
          : await encodePngUnder(variant, imagemapImageMaxBytes);
      return { width, height, encoded };
    }),
  );
}

async function renderVideo(
  video: NonNullable<ImagemapDocument['imagemap']['video']>,
  sources: ExportSources,
): Promise<{ mp4: RenderedFile; preview: RenderedFile }> {
  const mp4 = sources.original(video.videoAssetId);
  const preview = sources.original(video.previewAssetId);
  if (!mp4 || !preview) throw new ExportError({ key: 'errors.export.videoMissing' });
  const previewImage = await sharp(preview)
    .autoOrient()
    .flatten({ background: '#ffffff' })
    .raw()
    .toBuffer({ resolveWithObject: true });
  const encodedPreview = await encodeJpegUnder(
    {
      data: previewImage.data,
      info: { width: previewImage.info.width, height: previewImage.info.height, channels: 3 },
    },
    videoPreviewMaxBytes,
  );
  return {
    mp4: { name: imagemapVideoFileName, bytes: mp4 },
    preview: {
      name: imagemapVideoPreviewFileName,
      bytes: encodedPreview.bytes,
      width: previewImage.info.width,
      height: previewImage.info.height,
    },
  };
}

export async function renderImagemap(
  doc: ImagemapDocument,
  sources: ExportSources,
  format: ExportFormat,
  index = 0,
  name: LocalizedText = { key: 'editor.kind.imagemap' },
): Promise<RenderedImagemap> {
  const image = await renderDocument(doc, sources);
  const [variants, video] = await Promise.all([
    encodeImagemapWidths(image, doc.size.height, format),
    doc.imagemap.video ? renderVideo(doc.imagemap.video, sources) : Promise.resolve(null),
  ]);
  const images = variants.map((v) => ({
    name: String(v.width),
    bytes: v.encoded.bytes,
    width: v.width,
    height: v.height,
    encoded: v.encoded,
  }));
  const baseUrl = doc.imagemap.baseUrl.trim() || imagemapBaseUrlPlaceholder;
  const message = imagemapMessage(doc, baseUrl);
  return {
    kind: 'imagemap',
    index,
    name,
    images,
    video,
    message,
    files: [
      ...images.map(({ encoded: _encoded, ...file }) => file),
      ...(video ? [video.mp4, video.preview] : []),
      { name: 'imagemap-message.json', bytes: json(message) },
    ],
  };
}

/**
 * Renders a project's documents in memory: refuses a set with problems (every one listed), then
 * makes each document's images and LINE objects. Writing them to a folder is export-files.ts; sync
 * uploads them as they are.
 */
export async function renderExport(
  documents: readonly EditorDocument[],
  sources: ExportSources,
  format: ExportFormat,
): Promise<RenderedExport> {
  assertExportable(documents);
  const stems = documentFileStems(documents);
  const rendered: RenderedDocument[] = [];
  for (const [index, doc] of documents.entries()) {
    const name = documentName(documents, index);
    rendered.push(
      doc.kind === 'richmenu'
        ? await renderRichMenu(doc, sources, format, stems[index] ?? 'richmenu', index, name)
        : await renderImagemap(doc, sources, format, index, name),
    );
  }
  return { format, documents: rendered };
}

/** A palette under 256 colours visibly bands photos: the export then suggests JPEG. */
export const paletteSuggestsJpeg = (encoded: EncodedImage): boolean =>
  encoded.pngColours !== null && encoded.pngColours < 256;

/** The summary of a rendered document, as the export result reports it. */
export function renderedSummary(doc: RenderedDocument): Omit<ExportedDocument, 'files'> {
  const encodings = doc.kind === 'richmenu' ? [doc.encoded] : doc.images.map((i) => i.encoded);
  // The largest image (the rich menu, or the imagemap's 1040) speaks for the document.
  const main = encodings[encodings.length - 1]!;
  return {
    index: doc.index,
    kind: doc.kind,
    name: doc.name,
    format: main.format,
    jpegQuality: main.jpegQuality,
    pngColours: main.pngColours,
    imageBytes: main.bytes.length,
    suggestJpeg: encodings.some(paletteSuggestsJpeg),
  };
}
