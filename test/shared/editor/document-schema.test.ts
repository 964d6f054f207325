// The document schema main validates saves with: every template's fresh document passes, and
// malformed documents are refused with the field named.

import { describe, expect, it } from 'vitest';
import { createDocument, randomIds, sequentialIds } from '../../../shared/editor/create';
import { documentAssetIds, editorDocumentSchema } from '../../../shared/editor/document-schema';
import { imagemapTemplates, richMenuTemplates } from '../../../shared/editor/templates';

describe('createDocument', () => {
  it('makes valid documents from every template, one area per cell, no actions', () => {
    for (const template of [...richMenuTemplates, ...imagemapTemplates]) {
      const doc = createDocument(template, { ids: sequentialIds() });
      expect(editorDocumentSchema.safeParse(doc).success, template.id).toBe(true);
      expect(doc.areas.map((a) => a.rect)).toEqual(template.cells);
      expect(doc.cells.map((c) => c.rect)).toEqual(template.cells);
      expect(doc.areas.every((a) => a.action === null)).toBe(true);
      expect(doc.size).toEqual(template.size);
      expect(doc.templateId).toBe(template.id);
    }
  });

  it('is deterministic with injected ids and unique with random ones', () => {
    const template = richMenuTemplates[0]!;
    expect(createDocument(template, { ids: sequentialIds() })).toEqual(
      createDocument(template, { ids: sequentialIds() }),
    );
    const doc = createDocument(template);
    const ids = [...doc.cells.map((c) => c.id), ...doc.areas.map((a) => a.id)];
    expect(new Set(ids).size).toBe(ids.length);
    expect(randomIds(() => 0.5)()).toBe('iiiiiiiiiiii');
  });

  it('sets sensible rich-menu and imagemap settings', () => {
    const rm = createDocument(richMenuTemplates[0]!, { name: '  Spring  ' });
    expect(rm.kind === 'richmenu' && rm.richMenu).toEqual({
      name: 'Spring',
      chatBarText: 'Menu',
      selected: false,
      aliasId: null,
    });
    const im = createDocument(imagemapTemplates[0]!, { name: 'Sale' });
    expect(im.kind === 'imagemap' && im.imagemap).toEqual({ altText: 'Sale', baseUrl: '', video: null });
  });
});

describe('editorDocumentSchema', () => {
  const doc = createDocument(richMenuTemplates[0]!, { ids: sequentialIds() });

  it('refuses malformed documents, naming the path', () => {
    const bad = editorDocumentSchema.safeParse({ ...doc, background: 'red' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['background']);
    expect(
      editorDocumentSchema.safeParse({
        ...doc,
        areas: [{ id: 'a', rect: { x: 0, y: 0, width: Infinity, height: 1 }, action: null }],
      }).success,
    ).toBe(false);
    expect(editorDocumentSchema.safeParse({ ...doc, extra: 1 }).success).toBe(false);
    expect(editorDocumentSchema.safeParse({ ...doc, version: 2 }).success).toBe(false);
    expect(
      editorDocumentSchema.safeParse({
        ...doc,
        cells: [
          {
            ...doc.cells[0],
            photo: {
              assetId: 'x',
              natural: { width: 1, height: 1 },
              crop: { x: 0, y: 0, width: 1, height: 1 },
            },
          },
        ],
      }).success,
    ).toBe(false);
  });

  it('lists every asset a document uses', () => {
    const photo = {
      assetId: 'a'.repeat(64),
      natural: { width: 10, height: 10 },
      crop: { x: 0, y: 0, width: 10, height: 10 },
    };
    const withPhotos = {
      ...doc,
      cells: doc.cells.map((c, i) => (i < 2 ? { ...c, photo } : c)),
      layers: [
        {
          id: 'l',
          name: 'p',
          rect: { x: 0, y: 0, width: 5, height: 5 },
          rotation: 0,
          opacity: 1,
          locked: false,
          hidden: false,
          type: 'image' as const,
          photo: { ...photo, assetId: 'b'.repeat(64) },
          aspectLocked: true,
        },
      ],
    };
    expect(editorDocumentSchema.safeParse(withPhotos).success).toBe(true);
    expect(documentAssetIds(withPhotos)).toEqual(['a'.repeat(64), 'b'.repeat(64)]);
  });
});
