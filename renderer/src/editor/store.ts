// The open project's live state: the documents under undo history, which document is shown, the
// selection, the mode and the view. Components read slices through useEditor (useSyncExternalStore),
// so a drag frame re-renders only what reads the changed slice. Selection, zoom and mode never enter
// the history (practice 8).

import { useSyncExternalStore } from 'react';
import type { EditorDocument } from '../../../shared/editor/document';
import {
  abandonGesture,
  canRedo,
  canUndo,
  commit,
  commitGesture,
  createHistory,
  isGestureOpen,
  redo,
  undo,
  updateGesture,
  type History,
} from '../../../shared/editor/history';

export type Selection =
  | { readonly kind: 'none' }
  | { readonly kind: 'layers'; readonly ids: readonly string[] }
  | { readonly kind: 'cell'; readonly id: string }
  | { readonly kind: 'area'; readonly id: string }
  /** The imagemap's video area (tap-area mode). */
  | { readonly kind: 'video' };

export const noSelection: Selection = { kind: 'none' };

/** design: photos, text and shapes; areas: the tap areas and their actions. */
export type EditorMode = 'design' | 'areas';

/** 'fit' follows the window; a number is a fixed scale (1 = 100 %). */
export type Zoom = 'fit' | number;

export interface EditorState {
  readonly history: History<readonly EditorDocument[]>;
  readonly active: number;
  readonly selection: Selection;
  readonly mode: EditorMode;
  readonly zoom: Zoom;
  /** The scale 'fit' currently means, reported by the canvas. */
  readonly fitScale: number;
  readonly snapping: boolean;
  readonly showAreas: boolean;
}

type Listener = () => void;

export class EditorStore {
  private state: EditorState;
  private readonly listeners = new Set<Listener>();

  constructor(documents: readonly EditorDocument[]) {
    this.state = {
      history: createHistory(documents, 500),
      active: 0,
      selection: noSelection,
      mode: 'design',
      zoom: 'fit',
      fitScale: 0.4,
      snapping: true,
      showAreas: true,
    };
  }

  readonly subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly get = (): EditorState => this.state;

  private set(next: EditorState): void {
    if (next === this.state) return;
    this.state = next;
    for (const listener of this.listeners) listener();
  }

  patch(patch: Partial<Omit<EditorState, 'history'>>): void {
    this.set({ ...this.state, ...patch });
  }

  get documents(): readonly EditorDocument[] {
    return this.state.history.present;
  }

  get doc(): EditorDocument {
    const doc = this.state.history.present[this.state.active] ?? this.state.history.present[0];
    if (!doc) throw new Error('EditorStore: a project has no documents');
    return doc;
  }

  private withDoc(documents: readonly EditorDocument[], next: EditorDocument): readonly EditorDocument[] {
    const current = documents[this.state.active];
    if (current === next) return documents;
    return documents.map((d, i) => (i === this.state.active ? next : d));
  }

  /** One undoable step on the active document. */
  apply(edit: (doc: EditorDocument) => EditorDocument, mergeKey?: string): void {
    const next = edit(this.doc);
    if (next === this.doc) return;
    const documents = this.withDoc(this.documents, next);
    this.set({ ...this.state, history: commit(this.state.history, documents, mergeKey ? { mergeKey } : {}) });
  }

  /** One undoable step on the whole document list (add / remove a tab). */
  applyDocuments(documents: readonly EditorDocument[], active = this.state.active): void {
    this.set({
      ...this.state,
      history: commit(this.state.history, documents),
      active: Math.max(0, Math.min(active, documents.length - 1)),
      selection: noSelection,
    });
  }

  /** A frame of a gesture: feedback now, one step when it commits. */
  gesture(edit: (doc: EditorDocument) => EditorDocument): void {
    const next = edit(this.doc);
    const documents = this.withDoc(this.documents, next);
    this.set({ ...this.state, history: updateGesture(this.state.history, documents) });
  }

  commitGesture(): void {
    this.set({ ...this.state, history: commitGesture(this.state.history) });
  }

  /** Escape: back to where the gesture began, with no step. */
  abandonGesture(): void {
    this.set({ ...this.state, history: abandonGesture(this.state.history) });
  }

  get gestureOpen(): boolean {
    return isGestureOpen(this.state.history);
  }

  undo(): void {
    const history = undo(this.state.history);
    this.set({ ...this.state, history, ...this.settle(history.present) });
  }

  redo(): void {
    const history = redo(this.state.history);
    this.set({ ...this.state, history, ...this.settle(history.present) });
  }

  /** Keeps the active index and the selection pointing at things that still exist. */
  private settle(documents: readonly EditorDocument[]): Pick<EditorState, 'active' | 'selection'> {
    const active = Math.min(this.state.active, documents.length - 1);
    const doc = documents[active];
    const selection = this.state.selection;
    if (!doc) return { active, selection: noSelection };
    switch (selection.kind) {
      case 'none':
        return { active, selection };
      case 'layers': {
        const ids = selection.ids.filter((id) => doc.layers.some((l) => l.id === id));
        return { active, selection: ids.length ? { kind: 'layers', ids } : noSelection };
      }
      case 'cell':
        return { active, selection: doc.cells.some((c) => c.id === selection.id) ? selection : noSelection };
      case 'area':
        return { active, selection: doc.areas.some((a) => a.id === selection.id) ? selection : noSelection };
      case 'video':
        return { active, selection: hasVideo(doc) ? selection : noSelection };
    }
  }

  get canUndo(): boolean {
    return canUndo(this.state.history);
  }

  get canRedo(): boolean {
    return canRedo(this.state.history);
  }

  select(selection: Selection): void {
    this.patch({ selection });
  }

  setActive(active: number): void {
    if (active === this.state.active) return;
    this.set({ ...this.state, active, selection: noSelection });
  }
}

export function useEditor<T>(store: EditorStore, selector: (state: EditorState) => T): T {
  return useSyncExternalStore(store.subscribe, () => selector(store.get()));
}

export function activeDocument(state: EditorState): EditorDocument {
  const doc = state.history.present[state.active] ?? state.history.present[0];
  if (!doc) throw new Error('activeDocument: a project has no documents');
  return doc;
}

export const hasVideo = (doc: EditorDocument): boolean =>
  doc.kind === 'imagemap' && doc.imagemap.video !== null;

export const selectedLayerIds = (selection: Selection): readonly string[] =>
  selection.kind === 'layers' ? selection.ids : [];
