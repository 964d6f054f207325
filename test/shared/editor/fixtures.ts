// Small documents for the editor's unit tests, written out by hand so the tests do not depend on the
// template catalogue.

import type { EditorDocument, ImagemapDocument, RichMenuDocument } from '../../../shared/editor/document';

export function richMenuFixture(): RichMenuDocument {
  return {
    version: 1,
    kind: 'richmenu',
    templateId: 'test-2-halves',
    size: { width: 2500, height: 1686 },
    background: '#ffffff',
    cells: [
      { id: 'c1', rect: { x: 0, y: 0, width: 1250, height: 1686 }, background: null, photo: null },
      { id: 'c2', rect: { x: 1250, y: 0, width: 1250, height: 1686 }, background: null, photo: null },
    ],
    layers: [
      {
        id: 'a',
        type: 'shape',
        name: 'Box A',
        rect: { x: 100, y: 100, width: 200, height: 100 },
        rotation: 0,
        opacity: 1,
        locked: false,
        hidden: false,
        shape: 'rect',
        fill: '#ff0000',
        stroke: null,
        strokeWidth: 0,
        cornerRadius: 0,
      },
      {
        id: 'b',
        type: 'shape',
        name: 'Box B',
        rect: { x: 1000, y: 800, width: 300, height: 300 },
        rotation: 0,
        opacity: 1,
        locked: false,
        hidden: false,
        shape: 'ellipse',
        fill: '#00ff00',
        stroke: null,
        strokeWidth: 0,
        cornerRadius: 0,
      },
      {
        id: 'c',
        type: 'text',
        name: 'Title',
        rect: { x: 500, y: 500, width: 800, height: 200 },
        rotation: 0,
        opacity: 1,
        locked: true,
        hidden: false,
        text: '春季特賣',
        fontFamily: 'Noto Sans TC',
        fontSize: 120,
        fontWeight: 700,
        color: '#000000',
        align: 'center',
        lineHeight: 1.2,
        vertical: false,
        stroke: null,
        shadow: null,
      },
    ],
    areas: [
      { id: 'area-1', rect: { x: 0, y: 0, width: 1250, height: 1686 }, action: null },
      { id: 'area-2', rect: { x: 1250, y: 0, width: 1250, height: 1686 }, action: null },
    ],
    richMenu: { name: 'Spring', chatBarText: 'Menu', selected: false, aliasId: null },
  };
}

export function imagemapFixture(): ImagemapDocument {
  const base = richMenuFixture();
  return {
    version: 1,
    kind: 'imagemap',
    templateId: 'test-imagemap',
    size: { width: 1040, height: 1040 },
    background: '#ffffff',
    cells: [{ id: 'c1', rect: { x: 0, y: 0, width: 1040, height: 1040 }, background: null, photo: null }],
    layers: base.layers.slice(0, 1),
    areas: [{ id: 'area-1', rect: { x: 0, y: 0, width: 1040, height: 1040 }, action: null }],
    imagemap: { altText: 'Sale', baseUrl: '', video: null },
  };
}

export const layerIds = (doc: EditorDocument) => doc.layers.map((l) => l.id);
