// The editor store: undoable steps on the active document, gestures as one step, selection and view
// outside the history, and the active index and selection kept valid by undo and tab changes.

import { describe, expect, it } from 'vitest';
import { moveLayers, removeArea, removeLayers, setAreaRect } from '../../../shared/editor/operations';
import { EditorStore, activeDocument } from '../../../renderer/src/editor/store';
import { richMenuFixture } from '../../shared/editor/fixtures';

const xOf = (store: EditorStore, id: string) => store.doc.layers.find((l) => l.id === id)?.rect.x;

describe('EditorStore', () => {
  it('applies edits to the active document as undoable steps, and notifies only on change', () => {
    const store = new EditorStore([richMenuFixture()]);
    let notified = 0;
    store.subscribe(() => (notified += 1));
    store.apply((d) => moveLayers(d, new Set(['a']), 10, 0));
    store.apply((d) => moveLayers(d, new Set(['a']), 10, 0));
    expect(xOf(store, 'a')).toBe(120);
    expect(notified).toBe(2);
    store.apply((d) => d); // no change, no step, no notification
    expect(notified).toBe(2);
    store.undo();
    expect(xOf(store, 'a')).toBe(110);
    store.redo();
    expect(xOf(store, 'a')).toBe(120);
    expect([store.canUndo, store.canRedo]).toEqual([true, false]);
  });

  it('merges steps that share a merge key (a run of nudges is one undo)', () => {
    const store = new EditorStore([richMenuFixture()]);
    for (let i = 0; i < 5; i++) store.apply((d) => moveLayers(d, new Set(['a']), 1, 0), 'nudge:a');
    expect(xOf(store, 'a')).toBe(105);
    store.undo();
    expect(xOf(store, 'a')).toBe(100);
    expect(store.canUndo).toBe(false);
  });

  it('makes a gesture one step when it commits, and none when abandoned', () => {
    const store = new EditorStore([richMenuFixture()]);
    for (let dx = 1; dx <= 20; dx++)
      store.gesture((d) => setAreaRect(d, 'area-1', { x: dx, y: 0, width: 1000, height: 1686 }));
    expect(store.gestureOpen).toBe(true);
    expect(store.doc.areas[0]?.rect.x).toBe(20);
    store.commitGesture();
    expect(store.gestureOpen).toBe(false);
    store.undo();
    expect(store.doc.areas[0]?.rect).toEqual({ x: 0, y: 0, width: 1250, height: 1686 });

    store.gesture((d) => setAreaRect(d, 'area-1', { x: 50, y: 0, width: 1000, height: 1686 }));
    store.abandonGesture();
    expect(store.doc.areas[0]?.rect.x).toBe(0);
    expect(store.canRedo).toBe(true); // the abandoned gesture took no step, so redo is still there
  });

  it('keeps selection, mode and zoom out of the history', () => {
    const store = new EditorStore([richMenuFixture()]);
    store.apply((d) => moveLayers(d, new Set(['a']), 5, 0));
    store.select({ kind: 'layers', ids: ['a'] });
    store.patch({ mode: 'areas', zoom: 2 });
    store.undo();
    expect(store.get().mode).toBe('areas');
    expect(store.get().zoom).toBe(2);
    expect(store.get().selection).toEqual({ kind: 'layers', ids: ['a'] });
  });

  it('drops a selection that undo or redo leaves pointing at nothing', () => {
    const store = new EditorStore([richMenuFixture()]);
    store.apply((d) => removeLayers(d, new Set(['b'])));
    store.apply((d) => removeArea(d, 'area-2'));
    store.select({ kind: 'area', id: 'area-1' });
    store.undo(); // area-2 back; area-1 still exists
    expect(store.get().selection).toEqual({ kind: 'area', id: 'area-1' });
    store.redo();
    store.undo();
    store.undo(); // layer b back
    store.select({ kind: 'layers', ids: ['a', 'b'] });
    store.redo(); // b removed again: only a stays selected
    expect(store.get().selection).toEqual({ kind: 'layers', ids: ['a'] });
  });

  it('edits only the active document of a set, and clamps the active tab when tabs go', () => {
    const first = richMenuFixture();
    const second = { ...richMenuFixture(), richMenu: { ...first.richMenu, aliasId: 'tab-b' } };
    const store = new EditorStore([first, second]);
    store.setActive(1);
    store.select({ kind: 'layers', ids: ['a'] });
    store.apply((d) => moveLayers(d, new Set(['a']), 7, 0));
    expect(store.documents[0]).toBe(first);
    expect(store.documents[1]?.layers[0]?.rect.x).toBe(107);
    store.setActive(0);
    expect(store.get().selection).toEqual({ kind: 'none' });
    store.applyDocuments([first], 5);
    expect(store.get().active).toBe(0);
    store.undo(); // the removed tab comes back
    expect(store.documents).toHaveLength(2);
    expect(activeDocument(store.get())).toBe(store.documents[0]);
  });
});
