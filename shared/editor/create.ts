// Makes a new editor document from a template: one cell and one default tap area (no action yet) per
// template cell, and sensible rich-menu / imagemap settings. Ids come from an injectable generator so
// tests get deterministic documents.

import type { MessageKey } from '../i18n/catalog';
import type { Cell, EditorDocument, ImagemapSettings, RichMenuSettings } from './document';
import { editorDocumentVersion } from './document';
import { areasFromCells } from './geometry';
import type { EditorTemplate } from './templates';

/** Returns a new id each call, unique within a document. */
export type IdGenerator = () => string;

/** `prefix-1`, `prefix-2`, …: deterministic, for tests. */
export function sequentialIds(prefix = 'id'): IdGenerator {
  let next = 0;
  return () => {
    next += 1;
    return `${prefix}-${String(next)}`;
  };
}

/**
 * Random ids (12 base-36 characters, ~62 bits). Math.random is enough: ids only need to be unique
 * within one project, and shared/ has no crypto API that works in both Node and the renderer's types.
 */
export function randomIds(random: () => number = Math.random): IdGenerator {
  return () => {
    let id = '';
    for (let i = 0; i < 12; i += 1) id += Math.floor(random() * 36).toString(36);
    return id;
  };
}

/**
 * The words a new document starts with, which LINE users see (the chat-bar text), in the language of
 * whoever makes it: the renderer passes its catalogue's, main the project's locale's.
 */
export interface NewDocumentTexts {
  readonly chatBarText: string;
}

/** NewDocumentTexts from a catalogue lookup (i18next's t, or `translate` bound to a locale). */
export const newDocumentTexts = (t: (key: MessageKey) => string): NewDocumentTexts => ({
  chatBarText: t('editor.defaults.chatBarText'),
});

export interface CreateDocumentOptions {
  readonly ids?: IdGenerator;
  /** Rich menu `name` (not shown to users) or the imagemap alt text; defaults to the template id. */
  readonly name?: string;
  readonly background?: string;
  /** Rich-menu alias, for tab sets. */
  readonly aliasId?: string | null;
  /** In the user's language; without it, English (tests and fixtures only). */
  readonly texts?: NewDocumentTexts;
}

/** The English chat-bar text, for documents made without texts (tests and fixtures). */
export const defaultChatBarText = 'Menu';
export const defaultCanvasBackground = '#ffffff';

export function createDocument(
  template: EditorTemplate,
  options: CreateDocumentOptions = {},
): EditorDocument {
  const ids = options.ids ?? randomIds();
  const cells: Cell[] = template.cells.map((rect) => ({
    id: `cell-${ids()}`,
    rect,
    background: null,
    photo: null,
  }));
  const version: typeof editorDocumentVersion = editorDocumentVersion;
  const base = {
    version,
    templateId: template.id,
    size: template.size,
    background: options.background ?? defaultCanvasBackground,
    cells,
    layers: [],
    areas: areasFromCells(cells, () => `area-${ids()}`),
  };
  const name = (options.name ?? '').trim() || template.id;
  if (template.kind === 'richmenu') {
    const richMenu: RichMenuSettings = {
      name,
      chatBarText: options.texts?.chatBarText ?? defaultChatBarText,
      selected: false,
      aliasId: options.aliasId ?? null,
    };
    return { ...base, kind: 'richmenu', richMenu };
  }
  const imagemap: ImagemapSettings = { altText: name, baseUrl: '', video: null };
  return { ...base, kind: 'imagemap', imagemap };
}
