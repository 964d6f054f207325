// The checks of the open project's whole document set (shared/editor/document-set.ts), computed once
// per document list however many components show them: the tabs' error counts, the checks panel
// and the export dialog all read the same result.

import type { EditorDocument } from '../../../shared/editor/document';
import { checkDocumentSet, type SetCheck } from '../../../shared/editor/document-set';
import type { TextMeasurements } from '../../../shared/editor/text-fit';
import { useEditor, type EditorStore } from './store';
import { useTextMeasurements } from './text-measure';

interface Cached {
  readonly active: number;
  readonly measurements: TextMeasurements;
  readonly check: SetCheck;
}

const checked = new WeakMap<readonly EditorDocument[], Cached>();

/**
 * The set's checks, the open document's text measured as the canvas lays it out (the overflow
 * check); the same object for the same list, open document and measurements (history entries and
 * measurements are immutable).
 */
export function setCheckOf(
  documents: readonly EditorDocument[],
  active: number,
  measurements: TextMeasurements,
): SetCheck {
  const cached = checked.get(documents);
  if (cached && cached.active === active && cached.measurements === measurements) return cached.check;
  const check = checkDocumentSet(documents, new Map([[active, measurements]]));
  checked.set(documents, { active, measurements, check });
  return check;
}

export function useSetCheck(store: EditorStore): SetCheck {
  const documents = useEditor(store, (s) => s.history.present);
  const active = useEditor(store, (s) => s.active);
  const measurements = useTextMeasurements(documents[active] ?? documents[0]!);
  return setCheckOf(documents, active, measurements);
}
