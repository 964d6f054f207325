// The exported JSON: the rich-menu object and the imagemap message validate against LINE's OpenAPI
// (messaging-api.yml: RichMenuRequest, ImagemapMessage) and against the limits sheet.

import { describe, expect, it } from 'vitest';
import { createDocument, sequentialIds } from '../../../shared/editor/create';
import type { ImagemapDocument, RichMenuDocument, TapAction } from '../../../shared/editor/document';
import {
  imagemapBaseUrlPlaceholder,
  imagemapMessage,
  lineAction,
  richMenuObject,
} from '../../../shared/editor/line-json';
import { lintDocument } from '../../../shared/editor/lint';
import { findTemplate } from '../../../shared/editor/templates';
import { schemaValidator } from '../../helpers/line-openapi';

const validateRichMenu = schemaValidator('RichMenuRequest');
const validateImagemap = schemaValidator('ImagemapMessage');

const richMenuActions: TapAction[] = [
  { type: 'uri', uri: 'https://example.com/shop?item=測試', label: 'Shop' },
  { type: 'message', text: 'こんにちは', label: '' },
  { type: 'postback', data: 'action=buy&id=1', displayText: 'Buy', label: 'Buy' },
  {
    type: 'datetimepicker',
    data: 'book',
    mode: 'datetime',
    initial: '2026-05-01T10:00',
    min: '2026-05-01T00:00',
    max: '2026-06-01T00:00',
  },
  { type: 'richmenuswitch', richMenuAliasId: 'tab-b', data: 'switch=b', label: 'Tab B' },
  { type: 'clipboard', clipboardText: 'SPRING2026', label: 'Copy' },
  { type: 'camera', label: 'Camera' },
  { type: 'cameraRoll', label: 'Photos' },
  { type: 'location', label: 'Where' },
];

function richMenu(): RichMenuDocument {
  const doc = createDocument(findTemplate('custom:richmenu:2500x1686:1:1:1/1:1:1')!, {
    ids: sequentialIds(),
  });
  if (doc.kind !== 'richmenu') throw new Error('rich menu expected');
  return {
    ...doc,
    richMenu: { ...doc.richMenu, name: 'Spring', chatBarText: '選單', selected: true, aliasId: 'tab-a' },
    areas: doc.areas.map((a, i) => ({ ...a, action: richMenuActions[i]! })),
  };
}

function imagemap(): ImagemapDocument {
  const doc = createDocument(findTemplate('imagemap-square-4')!, { ids: sequentialIds() });
  if (doc.kind !== 'imagemap') throw new Error('imagemap expected');
  const actions: TapAction[] = [
    { type: 'uri', uri: 'https://example.com/a', label: 'Shop' },
    { type: 'message', text: 'Hello' },
    { type: 'clipboard', clipboardText: 'CODE', label: 'Copy' },
    { type: 'uri', uri: 'tel:+81312345678' },
  ];
  return {
    ...doc,
    imagemap: { ...doc.imagemap, altText: 'Spring sale', baseUrl: 'https://cdn.example.com/rm/001' },
    areas: doc.areas.map((a, i) => ({ ...a, action: actions[i]! })),
  };
}

describe('richMenuObject', () => {
  it('is valid against RichMenuRequest, with every action type', () => {
    const doc = richMenu();
    expect(lintDocument(doc, { knownAliases: ['tab-a', 'tab-b'] })).toEqual([]);
    const object = richMenuObject(doc);
    expect(validateRichMenu(object)).toEqual([]);
    expect(object.areas.map((a) => a.action.type)).toEqual(richMenuActions.map((a) => a.type));
    expect(object).toMatchObject({
      size: { width: 2500, height: 1686 },
      selected: true,
      name: 'Spring',
      chatBarText: '選單',
    });
    expect(object.areas[0]).toEqual({
      bounds: { x: 0, y: 0, width: 833, height: 562 },
      action: { type: 'uri', uri: 'https://example.com/shop?item=%E6%B8%AC%E8%A9%A6', label: 'Shop' },
    });
    // Empty optional strings are left out rather than sent empty.
    expect(object.areas[1]!.action).toEqual({ type: 'message', text: 'こんにちは' });
  });

  it('keeps bounds whole pixels inside the image, and leaves out areas without an action', () => {
    const doc = richMenu();
    const object = richMenuObject({
      ...doc,
      areas: [
        {
          id: 'x',
          rect: { x: -10.4, y: 100.6, width: 500.2, height: 300.7 },
          action: { type: 'message', text: 'a' },
        },
        { id: 'y', rect: { x: 0, y: 0, width: 10, height: 10 }, action: null },
      ],
    });
    expect(object.areas).toEqual([
      { bounds: { x: 0, y: 101, width: 500, height: 300 }, action: { type: 'message', text: 'a' } },
    ]);
    expect(validateRichMenu(object)).toEqual([]);
  });

  it('is caught by the schema when a limit is broken (the check is real)', () => {
    const object = richMenuObject(richMenu());
    expect(validateRichMenu({ ...object, chatBarText: 'x'.repeat(15) })).not.toEqual([]);
    expect(
      validateRichMenu({
        ...object,
        areas: [{ bounds: { x: -1, y: 0, width: 1, height: 1 }, action: { type: 'message', text: 'a' } }],
      }),
    ).not.toEqual([]);
    expect(
      validateRichMenu({
        ...object,
        areas: [{ bounds: { x: 0, y: 0, width: 1, height: 1 }, action: { type: 'teleport' } }],
      }),
    ).not.toEqual([]);
    expect(
      validateRichMenu({
        ...object,
        areas: [
          { bounds: { x: 0, y: 0, width: 1, height: 1 }, action: { type: 'clipboard', clipboardText: '' } },
        ],
      }),
    ).not.toEqual([]);
  });
});

describe('imagemapMessage', () => {
  it('is valid against ImagemapMessage, with the 1040 base and the areas', () => {
    const doc = imagemap();
    expect(lintDocument(doc)).toEqual([]);
    const message = imagemapMessage(doc, doc.imagemap.baseUrl);
    expect(validateImagemap(message)).toEqual([]);
    expect(message).toMatchObject({
      type: 'imagemap',
      baseUrl: 'https://cdn.example.com/rm/001',
      altText: 'Spring sale',
      baseSize: { width: 1040, height: 1040 },
    });
    expect(message.actions[0]).toEqual({
      type: 'uri',
      linkUri: 'https://example.com/a',
      label: 'Shop',
      area: { x: 0, y: 0, width: 520, height: 520 },
    });
    expect(message.actions.length).toBeLessThanOrEqual(50);
  });

  it('writes a placeholder base URL when none is set, and the video with its link', () => {
    const doc = imagemap();
    const message = imagemapMessage(
      {
        ...doc,
        imagemap: {
          ...doc.imagemap,
          baseUrl: '',
          video: {
            videoAssetId: 'a'.repeat(64),
            previewAssetId: 'b'.repeat(64),
            area: { x: 0, y: 0, width: 1040, height: 585 },
            externalLink: { linkUri: 'https://example.com/more', label: 'See more' },
          },
        },
      },
      '',
    );
    expect(message.baseUrl).toBe(imagemapBaseUrlPlaceholder);
    expect(message.video).toEqual({
      originalContentUrl: `${imagemapBaseUrlPlaceholder}/video.mp4`,
      previewImageUrl: `${imagemapBaseUrlPlaceholder}/video-preview.jpg`,
      area: { x: 0, y: 0, width: 1040, height: 585 },
      externalLink: { linkUri: 'https://example.com/more', label: 'See more' },
    });
    expect(validateImagemap(message)).toEqual([]);
  });

  it('is caught by the schema when broken (the check is real)', () => {
    const message = imagemapMessage(imagemap(), 'https://cdn.example.com/x');
    expect(validateImagemap({ ...message, baseUrl: 'not a url' })).not.toEqual([]);
    expect(
      validateImagemap({ ...message, actions: [{ type: 'uri', area: { x: 0, y: 0, width: 1, height: 1 } }] }),
    ).not.toEqual([]);
    expect(
      validateImagemap({
        ...message,
        actions: [
          { type: 'clipboard', clipboardText: 'x'.repeat(1001), area: { x: 0, y: 0, width: 1, height: 1 } },
        ],
      }),
    ).not.toEqual([]);
  });
});

describe('lineAction', () => {
  it('maps each action type to the fields LINE names', () => {
    expect(lineAction({ type: 'datetimepicker', data: 'd', mode: 'date' })).toEqual({
      type: 'datetimepicker',
      data: 'd',
      mode: 'date',
    });
    expect(lineAction({ type: 'postback', data: 'd', displayText: ' ' })).toEqual({
      type: 'postback',
      data: 'd',
    });
  });
});
