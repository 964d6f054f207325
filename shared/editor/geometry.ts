// Pure geometry for the editor: photo crops (cover-fit, pan, zoom, clamp), rectangle tests and area
// derivation. Crops are in the photo's source pixels (see document.ts); frames in image pixels.

import type { Cell, PhotoFill, Rect, Size, TapArea } from './document';

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** How far a crop may zoom in relative to cover-fit (1 = cover, 10 = a tenth of the photo's width). */
export const maxCropZoom = 10;

/** The centred crop of a `natural`-sized photo that covers a frame of `frame` size (no letterbox). */
export function coverCrop(natural: Size, frame: Size): Rect {
  const { width, height } = coverCropSize(natural, frame);
  return { x: (natural.width - width) / 2, y: (natural.height - height) / 2, width, height };
}

/** The largest crop of the frame's aspect that fits in the photo. */
function coverCropSize(natural: Size, frame: Size): Size {
  const frameAspect = frame.width / frame.height;
  const naturalAspect = natural.width / natural.height;
  return naturalAspect > frameAspect
    ? { width: natural.height * frameAspect, height: natural.height }
    : { width: natural.width, height: natural.width / frameAspect };
}

/**
 * Keeps a crop valid for its frame: the frame's aspect ratio, no larger than cover-fit (no empty
 * margins), no smaller than cover ÷ maxCropZoom, and entirely inside the photo. Keeps the centre.
 */
export function clampCrop(crop: Rect, natural: Size, frame: Size): Rect {
  const cover = coverCropSize(natural, frame);
  const aspect = frame.width / frame.height;
  const width = clamp(crop.width, cover.width / maxCropZoom, cover.width);
  const height = width / aspect;
  const cx = crop.x + crop.width / 2;
  const cy = crop.y + crop.height / 2;
  return {
    x: clamp(cx - width / 2, 0, natural.width - width),
    y: clamp(cy - height / 2, 0, natural.height - height),
    width,
    height: Math.min(height, natural.height),
  };
}

/** Moves the photo inside its frame by (dx, dy) image pixels (the photo follows the pointer). */
export function panCrop(fill: PhotoFill, frame: Size, dxImagePx: number, dyImagePx: number): PhotoFill {
  const sourcePerImagePx = fill.crop.width / frame.width;
  const moved = {
    ...fill.crop,
    x: fill.crop.x - dxImagePx * sourcePerImagePx,
    y: fill.crop.y - dyImagePx * sourcePerImagePx,
  };
  return { ...fill, crop: clampCrop(moved, fill.natural, frame) };
}

/**
 * Zooms by `factor` (> 1 zooms in) keeping the source point under `anchor` (frame-local image
 * pixels; default the frame centre) where it is, within clampCrop's limits.
 */
export function zoomCrop(fill: PhotoFill, frame: Size, factor: number, anchor?: Point): PhotoFill {
  if (!(factor > 0) || !Number.isFinite(factor)) return fill;
  const a = anchor ?? { x: frame.width / 2, y: frame.height / 2 };
  const cover = coverCropSize(fill.natural, frame);
  const width = clamp(fill.crop.width / factor, cover.width / maxCropZoom, cover.width);
  const height = (width * frame.height) / frame.width;
  const fx = a.x / frame.width;
  const fy = a.y / frame.height;
  const sourceX = fill.crop.x + fx * fill.crop.width;
  const sourceY = fill.crop.y + fy * fill.crop.height;
  const zoomed = { x: sourceX - fx * width, y: sourceY - fy * height, width, height };
  return { ...fill, crop: clampCrop(zoomed, fill.natural, frame) };
}

/** The zoom of a crop relative to cover-fit (1 = cover). */
export function cropZoom(fill: PhotoFill, frame: Size): number {
  return coverCropSize(fill.natural, frame).width / fill.crop.width;
}

/** Back to the centred cover-fit. */
export function resetCrop(fill: PhotoFill, frame: Size): PhotoFill {
  return { ...fill, crop: coverCrop(fill.natural, frame) };
}

/** A photo fill for a frame: cover-fit, centred. */
export function fillFrame(assetId: string, natural: Size, frame: Size): PhotoFill {
  return { assetId, natural, crop: coverCrop(natural, frame) };
}

/** Re-fits an existing fill to a frame whose size changed, keeping the centre and zoom where possible. */
export function refitCrop(fill: PhotoFill, oldFrame: Size, newFrame: Size): PhotoFill {
  const zoom = cropZoom(fill, oldFrame);
  const cover = coverCropSize(fill.natural, newFrame);
  const width = cover.width / zoom;
  const height = (width * newFrame.height) / newFrame.width;
  const cx = fill.crop.x + fill.crop.width / 2;
  const cy = fill.crop.y + fill.crop.height / 2;
  const crop = { x: cx - width / 2, y: cy - height / 2, width, height };
  return { ...fill, crop: clampCrop(crop, fill.natural, newFrame) };
}

// ---- Rectangles --------------------------------------------------------------------------------

const clamp = (value: number, min: number, max: number): number =>
  max < min ? min : Math.min(max, Math.max(min, value));

/** The overlap of two rectangles, or null when they share no area (touching edges do not overlap). */
export function rectIntersection(a: Rect, b: Rect): Rect | null {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const right = Math.min(a.x + a.width, b.x + b.width);
  const bottom = Math.min(a.y + a.height, b.y + b.height);
  return right > x && bottom > y ? { x, y, width: right - x, height: bottom - y } : null;
}

export function rectsOverlap(a: Rect, b: Rect): boolean {
  return rectIntersection(a, b) !== null;
}

/** Whether `inner` lies entirely inside `outer` (edges may coincide). */
export function rectContains(outer: Rect, inner: Rect): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}

export const boundsRect = (size: Size): Rect => ({ x: 0, y: 0, width: size.width, height: size.height });

/** Moves a rect inside `bounds`, shrinking it only when it is larger than the bounds. */
export function clampRectToBounds(rect: Rect, bounds: Size): Rect {
  const width = Math.min(Math.abs(rect.width), bounds.width);
  const height = Math.min(Math.abs(rect.height), bounds.height);
  const x = rect.width < 0 ? rect.x + rect.width : rect.x;
  const y = rect.height < 0 ? rect.y + rect.height : rect.y;
  return {
    x: clamp(x, 0, bounds.width - width),
    y: clamp(y, 0, bounds.height - height),
    width,
    height,
  };
}

/** A rect with positive width and height from two corners in any order (e.g. a drag). */
export function rectFromPoints(a: Point, b: Point): Rect {
  return {
    x: Math.min(a.x, b.x),
    y: Math.min(a.y, b.y),
    width: Math.abs(a.x - b.x),
    height: Math.abs(a.y - b.y),
  };
}

/** Whole image pixels, as LINE wants area bounds: edges rounded, so adjacent rects stay adjacent. */
export function roundRect(rect: Rect): Rect {
  const x = Math.round(rect.x);
  const y = Math.round(rect.y);
  return {
    x,
    y,
    width: Math.round(rect.x + rect.width) - x,
    height: Math.round(rect.y + rect.height) - y,
  };
}

export function scaleRect(rect: Rect, factor: number): Rect {
  return { x: rect.x * factor, y: rect.y * factor, width: rect.width * factor, height: rect.height * factor };
}

/** The axis-aligned bounding box of `rect` rotated by `rotationDeg` (clockwise) about its centre. */
export function rotatedBounds(rect: Rect, rotationDeg: number): Rect {
  const radians = (rotationDeg * Math.PI) / 180;
  const cos = Math.abs(Math.cos(radians));
  const sin = Math.abs(Math.sin(radians));
  const width = rect.width * cos + rect.height * sin;
  const height = rect.width * sin + rect.height * cos;
  const cx = rect.x + rect.width / 2;
  const cy = rect.y + rect.height / 2;
  return { x: cx - width / 2, y: cy - height / 2, width, height };
}

/** The default tap areas of a template: one per cell, same rect, no action yet. */
export function areasFromCells(cells: readonly Cell[], nextId: () => string): TapArea[] {
  return cells.map((cell) => ({ id: nextId(), rect: cell.rect, action: null }));
}
