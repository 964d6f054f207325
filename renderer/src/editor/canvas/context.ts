// What the canvas's gesture hooks share: the store, the Konva stage and transformers, the gesture
// under way (at most one), the snap targets it uses, the current scale, and the signals that draw
// per-frame feedback (snap guides, the area being drawn, the drop target) on the handles layer.

import type Konva from 'konva';
import { useMemo, useRef } from 'react';
import type { EditorDocument, Rect } from '../../../../shared/editor/document';
import type { SnapGuide, SnapTargets } from '../../../../shared/editor/snapping';
import type { NodeTransform, StageView } from '../../../../shared/editor/transform';
import { createSignal, type Signal } from '../signal';
import type { EditorStore } from '../store';

/** The one gesture under way; Escape abandons it (canvas-handle.ts). */
export type Gesture =
  | {
      readonly kind: 'drag';
      readonly ids: readonly string[];
      readonly start: Map<string, { x: number; y: number }>;
      abandoned: boolean;
    }
  | { readonly kind: 'pan'; readonly cellId: string; readonly from: { x: number; y: number } }
  | { readonly kind: 'draw'; readonly from: { x: number; y: number } }
  | { readonly kind: 'transform'; abandoned: boolean }
  | { readonly kind: 'area-drag'; readonly id: string; abandoned: boolean }
  | { readonly kind: 'video-drag'; abandoned: boolean };

export type GestureOf<K extends Gesture['kind']> = Extract<Gesture, { kind: K }>;

export interface CanvasContext {
  readonly store: EditorStore;
  readonly stageRef: React.RefObject<Konva.Stage | null>;
  readonly transformerRef: React.RefObject<Konva.Transformer | null>;
  readonly areaTransformerRef: React.RefObject<Konva.Transformer | null>;
  readonly gestureRef: React.RefObject<Gesture | null>;
  readonly targetsRef: React.RefObject<SnapTargets | null>;
  /** The stage's scale, kept current for handlers that run between renders. */
  readonly scaleRef: React.RefObject<number>;
  readonly guides: Signal<readonly SnapGuide[]>;
  readonly draft: Signal<Rect | null>;
  readonly dropCell: Signal<string | null>;
}

export function useCanvasContext(store: EditorStore): CanvasContext {
  const stageRef = useRef<Konva.Stage>(null);
  const transformerRef = useRef<Konva.Transformer>(null);
  const areaTransformerRef = useRef<Konva.Transformer>(null);
  const gestureRef = useRef<Gesture | null>(null);
  const targetsRef = useRef<SnapTargets | null>(null);
  const scaleRef = useRef(1);
  return useMemo(
    () => ({
      store,
      stageRef,
      transformerRef,
      areaTransformerRef,
      gestureRef,
      targetsRef,
      scaleRef,
      guides: createSignal<readonly SnapGuide[]>([]),
      draft: createSignal<Rect | null>(null),
      dropCell: createSignal<string | null>(null),
    }),
    [store],
  );
}

/** A node's box and transform as the shared geometry reads them, when a transform ends. */
export function nodeTransform(node: Konva.Node): NodeTransform {
  return {
    x: node.x(),
    y: node.y(),
    width: node.width(),
    height: node.height(),
    scaleX: node.scaleX(),
    scaleY: node.scaleY(),
    rotation: node.rotation(),
  };
}

/** The stage's current view (screen = image × scale + offset), read when a handler runs. */
export function stageView(stage: Konva.Stage): StageView {
  return { x: stage.x(), y: stage.y(), scale: stage.scaleX() };
}

/** The pointer in image pixels, from a DOM event that Konva did not see (window listeners, drops). */
export function imagePointOf(
  stage: Konva.Stage,
  event: MouseEvent | DragEvent | WheelEvent,
): { x: number; y: number } | null {
  stage.setPointersPositions(event);
  return stage.getRelativePointerPosition();
}

/** Starts a gesture; every handler that begins one goes through here. */
export function beginGesture(context: CanvasContext, gesture: Gesture): void {
  context.gestureRef.current = gesture;
}

/** Ends the gesture of a kind and hands it back (null when another kind, or none, is under way). */
export function endGesture<K extends Gesture['kind']>(context: CanvasContext, kind: K): GestureOf<K> | null {
  const gesture = context.gestureRef.current;
  context.gestureRef.current = null;
  return gesture?.kind === kind ? (gesture as GestureOf<K>) : null;
}

/**
 * Takes the gesture of a kind if it is the one under way, leaving any other alone: for window-level
 * listeners, where every gesture's handler sees every release.
 */
export function takeGesture<K extends Gesture['kind']>(context: CanvasContext, kind: K): GestureOf<K> | null {
  const gesture = context.gestureRef.current;
  if (gesture?.kind !== kind) return null;
  context.gestureRef.current = null;
  return gesture as GestureOf<K>;
}

export const videoAreaOf = (doc: EditorDocument): Rect | null =>
  doc.kind === 'imagemap' ? (doc.imagemap.video?.area ?? null) : null;

/** The Konva ids of the imagemap video area's node and of its label (tap-area mode). */
export const videoNodeId = 'video-area-node';
export const videoLabelId = 'video-area-label';
export const areaNodeId = (areaId: string): string => `area-node-${areaId}`;
