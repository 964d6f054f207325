// Where a rich message's video goes. Taps on the video play it, so a video over a tap area takes
// that area's taps: a new video is placed, at its preview's aspect, in the largest part of the image
// no tap area covers; when the areas leave no such part, it goes where it covers the fewest, and the
// editor says which ones and why (the video settings and the checks both use videoRoom). A free video
// sits in the middle of its free space.

import type { EditorDocument, Rect, Size, TapArea } from './document';
import { rectIntersection } from './geometry';

/** LINE's own example video is 16:9; a preview of no usable size gets that. */
export const defaultVideoAspect = 16 / 9;

/** Aspects beyond these are clamped: a sliver of a video is no use on a phone. */
export const videoAspectLimits = { min: 1 / 3, max: 3 } as const;

/**
 * A free place smaller than this share of the image (one cell of a 3×3 grid) is too small to offer
 * for a new video, whatever its aspect.
 */
export const videoMinAreaShare = 1 / 9;

const minVideoArea = (doc: EditorDocument): number => doc.size.width * doc.size.height * videoMinAreaShare;

/** The aspect (width ÷ height) of a preview image, within the limits; 16:9 when it has no size. */
export function videoAspectOf(preview: Size | null | undefined): number {
  if (!preview || !(preview.width > 0) || !(preview.height > 0)) return defaultVideoAspect;
  const aspect = preview.width / preview.height;
  return Math.min(videoAspectLimits.max, Math.max(videoAspectLimits.min, aspect));
}

/** Whole pixels, width w, at the aspect; never taller than `maxHeight` nor below 1×1. */
function sized(x: number, y: number, width: number, aspect: number, maxHeight: number): Rect {
  const w = Math.max(1, Math.floor(width));
  const h = Math.max(1, Math.min(maxHeight, Math.floor(w / aspect)));
  return { x, y, width: w, height: h };
}

/**
 * The largest rect of the aspect, inside the image, that overlaps no tap area (touching is fine), of
 * at least `minArea` square pixels; the highest, then leftmost, of equally large ones. Null when none
 * fits.
 *
 * A largest free rect can slide left until its left edge meets the image's edge or an area's right
 * edge, and up until its top meets the image's top or an area's bottom, so only those corners need
 * trying; from each, the width is limited by the image and by every area to its lower right.
 */
export function freeVideoArea(doc: EditorDocument, aspect: number, minArea = minVideoArea(doc)): Rect | null {
  const { width: W, height: H } = doc.size;
  const minWidth = Math.sqrt(minArea * aspect);
  const areas = doc.areas.map((a) => a.rect).filter((r) => r.width > 0 && r.height > 0);
  const xs = [0, ...areas.map((r) => r.x + r.width)].filter((x) => x >= 0 && x < W);
  const ys = [0, ...areas.map((r) => r.y + r.height)].filter((y) => y >= 0 && y < H);
  let best: Rect | null = null;
  for (const y of new Set(ys)) {
    for (const x of new Set(xs)) {
      let width = Math.min(W - x, (H - y) * aspect);
      for (const r of areas) {
        if (r.x + r.width <= x || r.y + r.height <= y) continue; // wholly left of or above the corner
        width = Math.min(width, Math.max(r.x - x, (r.y - y) * aspect));
      }
      if (!(width >= minWidth) || width < 1) continue;
      const rect = sized(x, y, width, aspect, H - y);
      const better =
        !best ||
        rect.width > best.width ||
        (rect.width === best.width && (rect.y < best.y || (rect.y === best.y && rect.x < best.x)));
      if (better) best = rect;
    }
  }
  return best;
}

/** The tap areas a video area overlaps, in the document's order. */
export function areasUnderVideo(doc: EditorDocument, video: Rect): readonly TapArea[] {
  return doc.areas.filter((area) => rectIntersection(area.rect, video) !== null);
}

export interface VideoPlacement {
  readonly area: Rect;
  /** True when it overlaps no tap area. */
  readonly free: boolean;
  /** Ids of the tap areas it covers (empty when free). */
  readonly overlaps: readonly string[];
}

/**
 * The area for a video added now: the largest free place of the aspect, or, when the tap areas leave
 * none, the largest rect of the aspect that fits the image, where it covers the fewest areas (then the
 * least of them, then highest, then leftmost).
 */
export function placeVideoArea(doc: EditorDocument, aspect = defaultVideoAspect): VideoPlacement {
  const free = freeVideoArea(doc, aspect);
  if (free) return { area: centreInFreeSpace(doc, free), free: true, overlaps: [] };
  const { width: W, height: H } = doc.size;
  const size = sized(0, 0, Math.min(W, H * aspect), aspect, H);
  const clampX = (x: number) => Math.max(0, Math.min(W - size.width, Math.round(x)));
  const clampY = (y: number) => Math.max(0, Math.min(H - size.height, Math.round(y)));
  const rects = doc.areas.map((a) => a.rect);
  const xs = new Set(
    [0, W, ...rects.flatMap((r) => [r.x, r.x + r.width])].flatMap((e) => [e, e - size.width]).map(clampX),
  );
  const ys = new Set(
    [0, H, ...rects.flatMap((r) => [r.y, r.y + r.height])].flatMap((e) => [e, e - size.height]).map(clampY),
  );
  let best: { rect: Rect; count: number; covered: number } | null = null;
  for (const y of [...ys].sort((a, b) => a - b)) {
    for (const x of [...xs].sort((a, b) => a - b)) {
      const rect = { ...size, x, y };
      let count = 0;
      let covered = 0;
      for (const r of rects) {
        const overlap = rectIntersection(r, rect);
        if (overlap) {
          count += 1;
          covered += overlap.width * overlap.height;
        }
      }
      if (!best || count < best.count || (count === best.count && covered < best.covered)) {
        best = { rect, count, covered };
      }
    }
  }
  const area = best?.rect ?? size;
  const overlaps = areasUnderVideo(doc, area).map((a) => a.id);
  return { area, free: overlaps.length === 0, overlaps };
}

/**
 * Moves a free rect (found at its top-left-most place) to the middle of the free space around it:
 * first across, as far right as no area or edge stops it, halved; then down the same way.
 */
function centreInFreeSpace(doc: EditorDocument, rect: Rect): Rect {
  const rects = doc.areas.map((a) => a.rect).filter((r) => r.width > 0 && r.height > 0);
  let slack = doc.size.width - (rect.x + rect.width);
  for (const r of rects) {
    const besideIt = r.y < rect.y + rect.height && r.y + r.height > rect.y && r.x >= rect.x + rect.width;
    if (besideIt) slack = Math.min(slack, r.x - (rect.x + rect.width));
  }
  const across = { ...rect, x: rect.x + Math.floor(Math.max(0, slack) / 2) };
  slack = doc.size.height - (across.y + across.height);
  for (const r of rects) {
    const below =
      r.x < across.x + across.width && r.x + r.width > across.x && r.y >= across.y + across.height;
    if (below) slack = Math.min(slack, r.y - (across.y + across.height));
  }
  return { ...across, y: across.y + Math.floor(Math.max(0, slack) / 2) };
}

export interface VideoRoom {
  /** The tap areas the video covers, with their 1-based numbers as the editor shows them. */
  readonly covers: readonly { readonly id: string; readonly number: number }[];
  /**
   * Whether the image has a free place for a video of this aspect, at least as large as the video or
   * as the smallest offered to a new one: false means the overlap cannot be avoided by moving the
   * video; the areas must shrink or go.
   */
  readonly room: boolean;
}

/** What the video covers and whether it could go elsewhere; null for a document without a video. */
export function videoRoom(doc: EditorDocument): VideoRoom | null {
  if (doc.kind !== 'imagemap' || !doc.imagemap.video) return null;
  const area = doc.imagemap.video.area;
  const numbers = new Map(doc.areas.map((a, i) => [a.id, i + 1]));
  const covers = areasUnderVideo(doc, area).map((a) => ({ id: a.id, number: numbers.get(a.id) ?? 0 }));
  if (covers.length === 0) return { covers, room: true };
  const aspect = area.width > 0 && area.height > 0 ? area.width / area.height : defaultVideoAspect;
  const minArea = Math.min(area.width * area.height, minVideoArea(doc));
  return { covers, room: freeVideoArea(doc, aspect, minArea) !== null };
}
