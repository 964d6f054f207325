// LINE's rich-menu object back into an editor document: every action the editor has comes back as
// the same LINE action (line-json.ts is the way out), actions it lacks come without one.

import { describe, expect, it } from 'vitest';
import { richMenuObject, type LineAction } from '../../../shared/editor/line-json';
import { richMenuDocumentFromLine, tapActionFromLine } from '../../../shared/editor/line-import';
import { editorDocumentSchema } from '../../../shared/editor/document-schema';

const actions: LineAction[] = [
  { type: 'uri', uri: 'https://example.com/a%20b', label: 'Shop' },
  { type: 'message', text: 'Hi' },
  { type: 'postback', data: 'x=1', displayText: 'OK', label: 'Points' },
  {
    type: 'datetimepicker',
    data: 'd',
    mode: 'datetime',
    initial: '2026-12-24t10:00',
    min: '2026-12-01t00:00',
  },
  { type: 'richmenuswitch', richMenuAliasId: 'tab-b', data: 'switch' },
  { type: 'clipboard', clipboardText: 'COUPON', label: 'Copy' },
  { type: 'camera', label: 'Camera' },
  { type: 'location', label: 'Where' },
];

describe('rich menus from LINE', () => {
  it('turn each LINE action into the tap action that makes it again', () => {
    for (const action of actions) {
      const tap = tapActionFromLine(action);
      expect(tap).not.toBeNull();
      const doc = richMenuDocumentFromLine(
        {
          richMenuId: 'richmenu-0',
          size: { width: 2500, height: 843 },
          selected: false,
          name: 'n',
          chatBarText: 'c',
          areas: [{ bounds: { x: 0, y: 0, width: 10, height: 10 }, action }],
        },
        { assetId: 'a'.repeat(64), natural: { width: 2500, height: 843 } },
        { name: 'n', aliasId: null, templateId: 'custom:richmenu:2500x843:1/1' },
      ).document;
      expect(richMenuObject(doc).areas[0]?.action).toEqual(action);
    }
  });

  it('keep areas whose action the editor lacks, without one, and name them', () => {
    const imported = richMenuDocumentFromLine(
      {
        richMenuId: 'richmenu-0',
        size: { width: 1200, height: 405 },
        selected: true,
        name: 'Menu #oap-0000000000000000',
        chatBarText: 'Tap',
        areas: [
          { bounds: { x: 0, y: 0, width: 600, height: 405 }, action: { type: 'postback' } },
          { bounds: { x: 600, y: 0, width: 600, height: 405 }, action: { type: 'somethingNew', x: 1 } },
        ],
      },
      { assetId: 'b'.repeat(64), natural: { width: 1200, height: 405 } },
      { name: 'Menu', aliasId: 'home', templateId: 'custom:richmenu:1200x405:1/1' },
    );
    expect(imported.unknownActions).toEqual([
      { area: 1, type: 'postback' },
      { area: 2, type: 'somethingNew' },
    ]);
    expect(imported.document.areas.map((a) => a.action)).toEqual([null, null]);
    expect(imported.document.cells[0]?.photo?.crop).toEqual({ x: 0, y: 0, width: 1200, height: 405 });
    expect(imported.document.richMenu).toEqual({
      name: 'Menu',
      chatBarText: 'Tap',
      selected: true,
      aliasId: 'home',
    });
    expect(editorDocumentSchema.safeParse(imported.document).success).toBe(true);
  });
});
