// Undo/redo for the editor document: a pure, capped stack of past and future states. One gesture (a
// drag, a transform, a colour scrub) is one step; Escape abandons a gesture without leaving a redo
// entry. Selection and zoom never enter it: it only holds documents. Model: tldraw HistoryManager.

export const defaultHistoryLimit = 500;

export interface History<T> {
  readonly past: readonly T[];
  readonly present: T;
  readonly future: readonly T[];
  /** The state when the open gesture began, or null when no gesture is open. */
  readonly gestureBase: T | null;
  /**
   * The merge key of the last committed step: a following commit with the same key replaces that
   * step instead of adding one (typing a word into a field is one step, not one per letter).
   */
  readonly lastMergeKey: string | null;
  readonly limit: number;
}

export function createHistory<T>(present: T, limit = defaultHistoryLimit): History<T> {
  if (!Number.isInteger(limit) || limit < 1) throw new Error(`createHistory: limit ${String(limit)} < 1`);
  return { past: [], present, future: [], gestureBase: null, lastMergeKey: null, limit };
}

function pushPast<T>(past: readonly T[], state: T, limit: number): readonly T[] {
  const next = [...past, state];
  return next.length > limit ? next.slice(next.length - limit) : next;
}

export interface CommitOptions {
  /** Consecutive commits with the same key become one step. */
  readonly mergeKey?: string;
}

/**
 * Records `next` as one undoable step. A commit while a gesture is open closes that gesture first
 * (its changes and this one become one step). Committing the same object is a no-op.
 */
export function commit<T>(history: History<T>, next: T, options: CommitOptions = {}): History<T> {
  if (history.gestureBase !== null) {
    return commitGesture(updateGesture(history, next));
  }
  if (next === history.present) return history;
  const mergeKey = options.mergeKey ?? null;
  if (mergeKey !== null && mergeKey === history.lastMergeKey && history.past.length > 0) {
    return { ...history, present: next, future: [] };
  }
  return {
    ...history,
    past: pushPast(history.past, history.present, history.limit),
    present: next,
    future: [],
    lastMergeKey: mergeKey,
  };
}

/** Starts a gesture: changes until commitGesture give feedback but are not steps of their own. */
export function beginGesture<T>(history: History<T>): History<T> {
  if (history.gestureBase !== null) return history;
  return { ...history, gestureBase: history.present };
}

/** Shows an intermediate state of the open gesture (opening one if none is open). */
export function updateGesture<T>(history: History<T>, next: T): History<T> {
  const open = beginGesture(history);
  return open.present === next ? open : { ...open, present: next };
}

/** Ends the gesture as one step; a gesture that changed nothing leaves no step. */
export function commitGesture<T>(history: History<T>): History<T> {
  const base = history.gestureBase;
  if (base === null) return history;
  if (history.present === base) return { ...history, gestureBase: null };
  return {
    ...history,
    past: pushPast(history.past, base, history.limit),
    future: [],
    gestureBase: null,
    lastMergeKey: null,
  };
}

/** Escape: puts back the state from before the gesture, leaving neither an undo nor a redo entry. */
export function abandonGesture<T>(history: History<T>): History<T> {
  const base = history.gestureBase;
  if (base === null) return history;
  return { ...history, present: base, gestureBase: null };
}

export const isGestureOpen = <T>(history: History<T>): boolean => history.gestureBase !== null;
export const canUndo = <T>(history: History<T>): boolean => history.past.length > 0;
export const canRedo = <T>(history: History<T>): boolean => history.future.length > 0;

export function undo<T>(history: History<T>): History<T> {
  // An open gesture is abandoned first: undo never lands between a gesture's frames.
  const settled = abandonGesture(history);
  const previous = settled.past[settled.past.length - 1];
  if (previous === undefined) return settled;
  return {
    ...settled,
    past: settled.past.slice(0, -1),
    present: previous,
    future: [settled.present, ...settled.future],
    lastMergeKey: null,
  };
}

export function redo<T>(history: History<T>): History<T> {
  const settled = abandonGesture(history);
  const [next, ...rest] = settled.future;
  if (next === undefined) return settled;
  return {
    ...settled,
    past: pushPast(settled.past, settled.present, settled.limit),
    present: next,
    future: rest,
    lastMergeKey: null,
  };
}

/** Starts over from `present` (another project opened): old steps would undo into another document. */
export function resetHistory<T>(history: History<T>, present: T): History<T> {
  return createHistory(present, history.limit);
}
