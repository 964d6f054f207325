// The undo stack: one gesture is one step, Escape abandons without a redo entry, merged typing, the
// cap, and that a new step clears the redo side.

import { describe, expect, it } from 'vitest';
import {
  abandonGesture,
  beginGesture,
  canRedo,
  canUndo,
  commit,
  commitGesture,
  createHistory,
  isGestureOpen,
  redo,
  undo,
  updateGesture,
} from '../../../shared/editor/history';

describe('history', () => {
  it('undoes and redoes single commits in order', () => {
    let h = createHistory('a');
    h = commit(h, 'b');
    h = commit(h, 'c');
    expect(h.present).toBe('c');
    h = undo(h);
    expect(h.present).toBe('b');
    h = undo(h);
    expect(h.present).toBe('a');
    expect(canUndo(h)).toBe(false);
    h = undo(h);
    expect(h.present).toBe('a');
    h = redo(h);
    h = redo(h);
    expect(h.present).toBe('c');
    expect(canRedo(h)).toBe(false);
  });

  it('records a whole gesture as one step, however many frames it had', () => {
    let h = createHistory(0);
    h = beginGesture(h);
    for (let frame = 1; frame <= 60; frame++) h = updateGesture(h, frame);
    expect(h.present).toBe(60);
    expect(h.past).toEqual([]);
    h = commitGesture(h);
    expect(isGestureOpen(h)).toBe(false);
    expect(h.past).toEqual([0]);
    h = undo(h);
    expect(h.present).toBe(0);
    h = redo(h);
    expect(h.present).toBe(60);
  });

  it('abandons a gesture (Escape) back to where it began, leaving neither undo nor redo', () => {
    let h = commit(createHistory('start'), 'before');
    h = beginGesture(h);
    h = updateGesture(h, 'dragging-1');
    h = updateGesture(h, 'dragging-2');
    h = abandonGesture(h);
    expect(h.present).toBe('before');
    expect(h.past).toEqual(['start']);
    expect(h.future).toEqual([]);
  });

  it('leaves no step for a gesture that changed nothing', () => {
    let h = createHistory('x');
    h = commitGesture(updateGesture(beginGesture(h), 'x'));
    expect(canUndo(h)).toBe(false);
  });

  it('undo during an open gesture abandons it first instead of undoing half of it', () => {
    let h = commit(createHistory(1), 2);
    h = updateGesture(h, 3);
    h = undo(h);
    expect(h.present).toBe(1);
    expect(h.future).toEqual([2]);
  });

  it('merges consecutive commits with the same merge key into one step', () => {
    let h = createHistory('');
    for (const text of ['H', 'He', 'Hel', 'Hello']) h = commit(h, text, { mergeKey: 'text:1' });
    h = commit(h, 'Hello!', { mergeKey: 'text:2' });
    expect(h.past).toEqual(['', 'Hello']);
    h = undo(h);
    expect(h.present).toBe('Hello');
    h = undo(h);
    expect(h.present).toBe('');
  });

  it('does not merge across an undo', () => {
    let h = commit(createHistory('a'), 'ab', { mergeKey: 'k' });
    h = undo(h);
    h = commit(h, 'ac', { mergeKey: 'k' });
    expect(h.past).toEqual(['a']);
    expect(h.present).toBe('ac');
  });

  it('clears the redo side when a new step is taken', () => {
    let h = commit(commit(createHistory(1), 2), 3);
    h = undo(undo(h));
    expect(h.future).toEqual([2, 3]);
    h = commit(h, 9);
    expect(h.future).toEqual([]);
    expect(canRedo(h)).toBe(false);
  });

  it('keeps at least 200 steps by default and drops the oldest beyond its cap', () => {
    let h = createHistory(0);
    for (let i = 1; i <= 250; i++) h = commit(h, i);
    let undone = 0;
    while (canUndo(h)) {
      h = undo(h);
      undone++;
    }
    expect(undone).toBe(250);
    expect(h.present).toBe(0);

    let capped = createHistory(0, 200);
    for (let i = 1; i <= 205; i++) capped = commit(capped, i);
    expect(capped.past.length).toBe(200);
    expect(capped.past[0]).toBe(5);
  });

  it('ignores a commit of the present value', () => {
    const h = createHistory({ n: 1 });
    expect(commit(h, h.present)).toBe(h);
  });

  it('refuses a cap below one', () => {
    expect(() => createHistory(0, 0)).toThrow(/limit/);
  });
});
