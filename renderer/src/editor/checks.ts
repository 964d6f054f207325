// The checks of the open project's whole document set (shared/editor/document-set.ts), computed once
// per document list however many components show them: the tabs' error counts, the checks panel
// and the export dialog all read the same result.

import type { EditorDocument } from '../../../shared/editor/document';
import { checkDocumentSet, type SetCheck } from '../../../shared/editor/document-set';
import { useEditor, type EditorStore } from './store';

const checked = new WeakMap<readonly EditorDocument[], SetCheck>();

/** The set's checks; the same object for the same list (history entries are immutable). */
export function setCheckOf(documents: readonly EditorDocument[]): SetCheck {
  let check = checked.get(documents);
  if (!check) {
    check = checkDocumentSet(documents);
    checked.set(documents, check);
  }
  return check;
}

export function useSetCheck(store: EditorStore): SetCheck {
  return useEditor(store, (s) => setCheckOf(s.history.present));
}
