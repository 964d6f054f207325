// The inverse of line-json.ts for rich menus: LINE's rich-menu object (as "get rich menu" returns
// it) becomes an editor document, its image a full-canvas photo cell, its areas tap areas with their
// actions. Actions the editor does not know are kept as areas without an action, and listed, so
// the linter and the caller can say so.

import type { Cell, PhotoFill, Rect, RichMenuDocument, Size, TapAction, TapArea } from './document';
import { editorDocumentVersion } from './document';
import type { LineRect } from './line-json';

export interface LineRichMenu {
  readonly richMenuId: string;
  readonly size: Size;
  readonly selected: boolean;
  readonly name: string;
  readonly chatBarText: string;
  readonly areas: readonly {
    readonly bounds: LineRect;
    readonly action: Readonly<Record<string, unknown>>;
  }[];
}

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

function withLabel(action: TapAction, label: string | undefined): TapAction {
  return label === undefined ? action : { ...action, label };
}

/** One LINE action as a tap action, or null when the editor has no such action. */
export function tapActionFromLine(action: Readonly<Record<string, unknown>>): TapAction | null {
  const label = text(action.label);
  switch (action.type) {
    case 'uri': {
      const uri = text(action.uri);
      return uri === undefined ? null : withLabel({ type: 'uri', uri }, label);
    }
    case 'message': {
      const value = text(action.text);
      return value === undefined ? null : withLabel({ type: 'message', text: value }, label);
    }
    case 'postback': {
      const data = text(action.data);
      if (data === undefined) return null;
      const displayText = text(action.displayText);
      return withLabel(
        { type: 'postback', data, ...(displayText === undefined ? {} : { displayText }) },
        label,
      );
    }
    case 'datetimepicker': {
      const data = text(action.data);
      const mode = action.mode;
      if (data === undefined || (mode !== 'date' && mode !== 'time' && mode !== 'datetime')) return null;
      const optional: { initial?: string; max?: string; min?: string } = {};
      for (const key of ['initial', 'max', 'min'] as const) {
        const value = text(action[key]);
        if (value !== undefined) optional[key] = value;
      }
      return withLabel({ type: 'datetimepicker', data, mode, ...optional }, label);
    }
    case 'richmenuswitch': {
      const richMenuAliasId = text(action.richMenuAliasId);
      const data = text(action.data);
      if (richMenuAliasId === undefined || data === undefined) return null;
      return withLabel({ type: 'richmenuswitch', richMenuAliasId, data }, label);
    }
    case 'clipboard': {
      const clipboardText = text(action.clipboardText);
      return clipboardText === undefined ? null : withLabel({ type: 'clipboard', clipboardText }, label);
    }
    case 'camera':
    case 'cameraRoll':
    case 'location':
      return { type: action.type, label: label ?? '' };
    default:
      return null;
  }
}

export interface ImportedRichMenu {
  readonly document: RichMenuDocument;
  /** Areas (1-based) whose LINE action the editor does not know: they come without an action. */
  readonly unknownActions: readonly { readonly area: number; readonly type: string }[];
}

/**
 * An editor document from a LINE rich menu: `photo` is its image in the project's asset store,
 * covering the whole canvas; `name` the menu's name as the editor shows it (no marker).
 */
export function richMenuDocumentFromLine(
  menu: LineRichMenu,
  photo: Omit<PhotoFill, 'crop'>,
  options: { readonly name: string; readonly aliasId: string | null; readonly templateId: string },
): ImportedRichMenu {
  const canvas: Rect = { x: 0, y: 0, width: menu.size.width, height: menu.size.height };
  const cell: Cell = {
    id: 'cell-line-image',
    rect: canvas,
    background: null,
    photo: {
      ...photo,
      crop: { x: 0, y: 0, width: photo.natural.width, height: photo.natural.height },
    },
  };
  const unknownActions: { area: number; type: string }[] = [];
  const areas: TapArea[] = menu.areas.map((area, index) => {
    const action = tapActionFromLine(area.action);
    if (action === null) unknownActions.push({ area: index + 1, type: String(area.action.type) });
    return {
      id: `area-line-${String(index + 1)}`,
      rect: { x: area.bounds.x, y: area.bounds.y, width: area.bounds.width, height: area.bounds.height },
      action,
    };
  });
  return {
    document: {
      version: editorDocumentVersion,
      kind: 'richmenu',
      templateId: options.templateId,
      size: { width: menu.size.width, height: menu.size.height },
      background: '#ffffff',
      cells: [cell],
      layers: [],
      areas,
      richMenu: {
        name: options.name,
        chatBarText: menu.chatBarText,
        selected: menu.selected,
        aliasId: options.aliasId,
      },
    },
    unknownActions,
  };
}
