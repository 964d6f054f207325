// The geometry of the canvas's gestures, pure so it can be tested without a stage: the document
// rectangle a Konva node's position, size, scale and rotation stand for when a drag or resize ends,
// where a dragged layer or area may go (snapped, kept inside the image), which boxes the area
// transformer accepts, and the conversion between the stage's screen pixels and image pixels.

import type { Rect, Size } from './document';
import { clampRectToBounds, rectFromPoints, type Point } from './geometry';
import { snapMove, type SnapGuide, type SnapTargets } from './snapping';

/** How the stage shows the image: screen = image × scale + (x, y). */
export interface StageView {
  readonly x: number;
  readonly y: number;
  readonly scale: number;
}

export function toImagePoint(view: StageView, screen: Point): Point {
  return { x: (screen.x - view.x) / view.scale, y: (screen.y - view.y) / view.scale };
}

export function toScreenPoint(view: StageView, image: Point): Point {
  return { x: image.x * view.scale + view.x, y: image.y * view.scale + view.y };
}

/** Snapping pulls within this many screen pixels, whatever the zoom. */
export const snapThresholdScreenPx = 6;

/** The snap threshold in image pixels at a zoom. */
export const snapThreshold = (scale: number): number => snapThresholdScreenPx / scale;

/** No guides: one shared empty list, so a frame that shows none again changes nothing. */
const noGuides: readonly SnapGuide[] = [];

/** A drawn or resized tap area smaller than this (image pixels) is not kept. */
export const minAreaSide = 8;

/** What a Konva node says about itself at the end of a transform. */
export interface NodeTransform {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly scaleX: number;
  readonly scaleY: number;
  readonly rotation: number;
}

// ---- Layers: nodes placed by their centre, rotating about it --------------------------------------

/** Where a layer's node sits for its rect: the centre (the node's offset is half its size). */
export function layerNodeCentre(rect: Rect): Point {
  return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
}

/**
 * The rect and rotation a layer node stands for after the transformer resized or turned it: its size
 * times the scale (a flip's negative scale counts as its size), centred where the node is, at least
 * 1×1 pixel, except a line, which keeps its height of 0. The rotation is rounded to a tenth of a
 * degree, so a turn that snapped to 90° is stored as 90, not 89.99999.
 */
export function layerFromNode(node: NodeTransform): { rect: Rect; rotation: number } {
  const width = Math.max(1, node.width * Math.abs(node.scaleX));
  const height = node.height === 0 ? 0 : Math.max(1, node.height * Math.abs(node.scaleY));
  const rotation = Math.round(node.rotation * 10) / 10;
  return {
    rect: { x: node.x - width / 2, y: node.y - height / 2, width, height },
    // -0 would count as a change from 0 and make an empty undo step.
    rotation: rotation === 0 ? 0 : rotation,
  };
}

/**
 * Where a dragged layer goes: its centre moved so the unrotated box snaps to the targets. A rotated
 * layer does not snap (its box is not what the eye lines up).
 */
export function dragLayer(
  centre: Point,
  size: Size,
  rotation: number,
  targets: SnapTargets | null,
  threshold: number,
): { centre: Point; guides: readonly SnapGuide[] } {
  if (!targets || rotation % 360 !== 0) return { centre, guides: noGuides };
  const { width, height } = size;
  const rect = { x: centre.x - width / 2, y: centre.y - height / 2, width, height };
  const snapped = snapMove(rect, targets, threshold);
  return {
    centre: { x: snapped.rect.x + width / 2, y: snapped.rect.y + height / 2 },
    guides: snapped.guides,
  };
}

// ---- Areas: nodes placed by their top-left, never rotated ------------------------------------------

/**
 * The rect a tap or video area node stands for after a resize: its size times the scale, a flipped
 * (negative) side turned back into a positive one from the other edge, kept inside the image.
 */
export function areaFromNode(node: NodeTransform, bounds: Size): Rect {
  return clampRectToBounds(
    { x: node.x, y: node.y, width: node.width * node.scaleX, height: node.height * node.scaleY },
    bounds,
  );
}

/**
 * Where a dragged area goes: inside the image, then snapped to the targets (when snapping is on),
 * then inside the image again, since a snap near an edge may pull it out.
 */
export function dragArea(
  rect: Rect,
  bounds: Size,
  targets: SnapTargets | null,
  threshold: number,
): { rect: Rect; guides: readonly SnapGuide[] } {
  const inside = clampRectToBounds(rect, bounds);
  if (!targets) return { rect: inside, guides: noGuides };
  const snapped = snapMove(inside, targets, threshold);
  return { rect: clampRectToBounds(snapped.rect, bounds), guides: snapped.guides };
}

/**
 * Whether the area transformer may take a box (screen pixels, as Konva's boundBoxFunc gives it): all
 * of it inside the image, give or take half a screen pixel, and at least minSide image pixels a side.
 * A resize that would leave the image or shrink the area below that stops where it was.
 */
export function areaBoxAllowed(box: Rect, view: StageView, bounds: Size, minSide = minAreaSide): boolean {
  const s = view.scale;
  const slack = 0.5;
  const inImage =
    box.x >= view.x - slack &&
    box.y >= view.y - slack &&
    box.x + box.width <= view.x + bounds.width * s + slack &&
    box.y + box.height <= view.y + bounds.height * s + slack;
  return inImage && box.width >= minSide * s && box.height >= minSide * s;
}

/** Konva's boundBoxFunc for the area transformer: the new box when allowed, else the old one. */
export function boundAreaBox<B extends Rect>(
  old: B,
  next: B,
  view: StageView,
  bounds: Size,
  minSide = minAreaSide,
): B {
  return areaBoxAllowed(next, view, bounds, minSide) ? next : old;
}

/** The area being drawn from where the press began to the pointer, kept inside the image. */
export function drawnArea(from: Point, to: Point, bounds: Size): Rect {
  return clampRectToBounds(rectFromPoints(from, to), bounds);
}

/** Whether a drawn area is large enough to keep (a click, or a slip of the mouse, draws nothing). */
export const keepsDrawnArea = (rect: Rect, minSide = minAreaSide): boolean =>
  rect.width >= minSide && rect.height >= minSide;
