// The linter: every finding code from a document that triggers it, with its params, and the
// catalogue sentence for every code in all four languages.

import { describe, expect, it } from 'vitest';
import { createDocument, sequentialIds } from '../../../shared/editor/create';
import type {
  EditorDocument,
  ImagemapDocument,
  RichMenuDocument,
  TapAction,
  TapArea,
} from '../../../shared/editor/document';
import {
  describeFinding,
  encodedUriLength,
  encodeUriForLine,
  graphemeLength,
  hasLintErrors,
  lintCodes,
  lintDocument,
  lintFields,
  type LintFinding,
} from '../../../shared/editor/lint';
import { findTemplate } from '../../../shared/editor/templates';
import { en } from '../../../shared/i18n/messages/en';
import { ja } from '../../../shared/i18n/messages/ja';
import { th } from '../../../shared/i18n/messages/th';
import { zhTW } from '../../../shared/i18n/messages/zh-TW';

function richMenu(templateId = 'richmenu-large-6'): RichMenuDocument {
  const doc = createDocument(findTemplate(templateId)!, { ids: sequentialIds(), name: 'Spring menu' });
  if (doc.kind !== 'richmenu') throw new Error('expected a rich menu');
  return doc;
}

function imagemap(): ImagemapDocument {
  const doc = createDocument(findTemplate('imagemap-square-4')!, { ids: sequentialIds(), name: 'Sale' });
  if (doc.kind !== 'imagemap') throw new Error('expected an imagemap');
  return { ...doc, imagemap: { ...doc.imagemap, baseUrl: 'https://cdn.example.com/rm/001' } };
}

/** Sets every area's action (so only the finding under test remains). */
function withActions<D extends EditorDocument>(
  doc: D,
  action: TapAction = { type: 'message', text: 'Hi' },
): D {
  return { ...doc, areas: doc.areas.map((a) => ({ ...a, action })) };
}

function withArea<D extends EditorDocument>(doc: D, index: number, patch: Partial<TapArea>): D {
  return { ...doc, areas: doc.areas.map((a, i) => (i === index ? { ...a, ...patch } : a)) };
}

const codes = (findings: readonly LintFinding[]) => findings.map((f) => f.code);

describe('lintDocument', () => {
  it('finds nothing in a template with every action set', () => {
    expect(lintDocument(withActions(richMenu()))).toEqual([]);
    expect(lintDocument(withActions(imagemap()))).toEqual([]);
  });

  it('reports every area without an action, naming it', () => {
    const findings = lintDocument(richMenu());
    expect(findings).toHaveLength(6);
    expect(findings[2]).toEqual({
      code: 'action-missing',
      severity: 'error',
      areaId: 'area-id-9',
      params: { area: 3 },
    });
  });

  it('reports overlapping areas with the other area and the overlap size', () => {
    const doc = withArea(withActions(richMenu()), 0, { rect: { x: 0, y: 0, width: 900, height: 900 } });
    const overlaps = lintDocument(doc).filter((f) => f.code === 'area-overlap');
    expect(overlaps.map((f) => f.params)).toEqual([
      { area: 1, other: 2, width: 67, height: 843 },
      { area: 1, other: 4, width: 833, height: 57 },
      { area: 1, other: 5, width: 67, height: 57 },
    ]);
    expect(overlaps[0]?.severity).toBe('warning');
  });

  it('reports areas out of bounds and empty areas', () => {
    const doc = withArea(withActions(richMenu()), 5, { rect: { x: 1667, y: 843, width: 900, height: 843 } });
    expect(lintDocument(doc)).toContainEqual({
      code: 'area-out-of-bounds',
      severity: 'error',
      areaId: doc.areas[5]!.id,
      params: { area: 6, canvasWidth: 2500, canvasHeight: 1686 },
    });
    const empty = withArea(withActions(richMenu()), 0, { rect: { x: 0, y: 0, width: 0.4, height: 100 } });
    expect(lintDocument(empty)[0]).toMatchObject({
      code: 'area-empty',
      params: { area: 1, width: 0.4, height: 100 },
    });
  });

  it('reports areas too small to tap at phone width (44 px of 375 → 294 image px at 2500)', () => {
    const doc = withArea(withActions(richMenu()), 0, { rect: { x: 0, y: 0, width: 293, height: 500 } });
    expect(lintDocument(doc)).toEqual([
      {
        code: 'area-too-small',
        severity: 'warning',
        areaId: doc.areas[0]!.id,
        params: { area: 1, width: 293, height: 500, min: 294 },
      },
    ]);
    expect(lintDocument(withArea(doc, 0, { rect: { x: 0, y: 0, width: 294, height: 294 } }))).toEqual([]);
  });

  it('reports too many areas and no areas', () => {
    const base = withActions(richMenu());
    const many = {
      ...base,
      areas: Array.from({ length: 21 }, (_, i) => ({
        id: `a${String(i)}`,
        rect: { x: (i % 7) * 350, y: Math.floor(i / 7) * 500, width: 300, height: 300 },
        action: { type: 'message' as const, text: 'x' },
      })),
    };
    expect(lintDocument(many).filter((f) => f.code === 'too-many-areas')).toEqual([
      { code: 'too-many-areas', severity: 'error', areaId: null, params: { count: 21, max: 20 } },
    ]);
    expect(codes(lintDocument({ ...base, areas: [] }))).toEqual(['no-areas']);
    const imagemapMany = {
      ...imagemap(),
      areas: many.areas.concat(many.areas, many.areas).map((a, i) => ({ ...a, id: `m${String(i)}` })),
    };
    expect(lintDocument(imagemapMany).some((f) => f.code === 'too-many-areas' && f.params.max === 50)).toBe(
      true,
    );
  });

  it('refuses actions the kind does not allow', () => {
    const doc = withActions(imagemap(), { type: 'postback', data: 'x' });
    expect(lintDocument(doc)[0]).toMatchObject({
      code: 'action-not-allowed',
      params: { area: 1, type: 'postback' },
    });
  });

  it('counts labels in grapheme clusters and refuses long ones', () => {
    const family = '👨‍👩‍👧‍👦';
    expect(graphemeLength(family.repeat(20))).toBe(20);
    expect(
      lintDocument(withActions(richMenu(), { type: 'message', text: 'x', label: family.repeat(20) })),
    ).toEqual([]);
    const long = lintDocument(
      withActions(richMenu(), { type: 'message', text: 'x', label: 'あ'.repeat(21) }),
    );
    expect(long[0]).toEqual({
      code: 'field-too-long',
      severity: 'error',
      areaId: 'area-id-7',
      field: 'label',
      params: { area: 1, length: 21, max: 20 },
    });
    // Imagemap labels may be 100.
    expect(
      lintDocument(withActions(imagemap(), { type: 'message', text: 'x', label: 'a'.repeat(100) })),
    ).toEqual([]);
  });

  it('checks message text (300 rich menu, 400 imagemap) and required fields', () => {
    expect(
      lintDocument(withActions(richMenu(), { type: 'message', text: 'a'.repeat(301) }))[0],
    ).toMatchObject({ code: 'field-too-long', field: 'text', params: { max: 300 } });
    expect(lintDocument(withActions(imagemap(), { type: 'message', text: 'a'.repeat(400) }))).toEqual([]);
    expect(lintDocument(withActions(richMenu(), { type: 'message', text: '  ' }))[0]).toMatchObject({
      code: 'field-required',
      field: 'text',
    });
    expect(lintDocument(withActions(richMenu(), { type: 'camera', label: '' }))[0]).toMatchObject({
      code: 'field-required',
      field: 'label',
    });
    expect(
      lintDocument(withActions(richMenu(), { type: 'postback', data: 'd'.repeat(301) }))[0],
    ).toMatchObject({ code: 'field-too-long', field: 'data' });
    expect(
      lintDocument(withActions(richMenu(), { type: 'postback', data: 'd', displayText: 'x'.repeat(301) }))[0],
    ).toMatchObject({ field: 'displayText' });
    expect(lintDocument(withActions(richMenu(), { type: 'clipboard', clipboardText: '' }))[0]).toMatchObject({
      code: 'field-required',
      field: 'clipboardText',
    });
    expect(
      lintDocument(withActions(richMenu(), { type: 'clipboard', clipboardText: 'c'.repeat(1001) }))[0],
    ).toMatchObject({ code: 'field-too-long', params: { max: 1000 } });
  });

  it('checks URLs: schemes LINE refuses, incomplete links, encoded length', () => {
    expect(
      lintDocument(withActions(richMenu(), { type: 'uri', uri: 'javascript:alert(1)' }))[0],
    ).toMatchObject({
      code: 'uri-scheme',
      field: 'uri',
      params: { scheme: 'javascript', allowed: 'http, https, line, tel' },
    });
    expect(lintDocument(withActions(richMenu(), { type: 'uri', uri: 'www.example.com' }))[0]).toMatchObject({
      code: 'uri-invalid',
    });
    expect(lintDocument(withActions(richMenu(), { type: 'uri', uri: 'https://' }))[0]).toMatchObject({
      code: 'uri-invalid',
    });
    expect(lintDocument(withActions(richMenu(), { type: 'uri', uri: '' }))[0]).toMatchObject({
      code: 'field-required',
    });
    for (const uri of [
      'https://example.com/a?b=1',
      'line://ti/p/@abc',
      'tel:+886212345678',
      'http://example.com',
    ]) {
      expect(lintDocument(withActions(richMenu(), { type: 'uri', uri }))).toEqual([]);
    }
    // 330 CJK characters are 990 bytes percent-encoded → 2970 characters: too long for LINE.
    const long = `https://example.com/${'測'.repeat(330)}`;
    expect(encodedUriLength(long)).toBe(20 + 330 * 9);
    expect(lintDocument(withActions(richMenu(), { type: 'uri', uri: long }))[0]).toMatchObject({
      code: 'field-too-long',
      params: { max: 1000 },
    });
    expect(encodeUriForLine('https://example.com/測 試')).toBe('https://example.com/%E6%B8%AC%20%E8%A9%A6');
  });

  it('checks rich-menu switch aliases: format, and membership of the tab set', () => {
    const ok: TapAction = { type: 'richmenuswitch', richMenuAliasId: 'tab-b', data: 'switch=b' };
    expect(lintDocument(withActions(richMenu(), ok), { knownAliases: ['tab-a', 'tab-b'] })).toEqual([]);
    expect(lintDocument(withActions(richMenu(), ok), { knownAliases: ['tab-a'] })[0]).toMatchObject({
      code: 'alias-unknown',
      severity: 'warning',
      params: { alias: 'tab-b' },
    });
    expect(lintDocument(withActions(richMenu(), { ...ok, richMenuAliasId: 'Tab B' }))[0]).toMatchObject({
      code: 'alias-format',
      params: { alias: 'Tab B', max: 32 },
    });
    expect(
      lintDocument(withActions(richMenu(), { ...ok, richMenuAliasId: 'a'.repeat(33) }))[0],
    ).toMatchObject({ code: 'alias-format' });
    expect(lintDocument(withActions(richMenu(), { ...ok, data: '' }))[0]).toMatchObject({
      code: 'field-required',
      field: 'data',
    });
    const doc = withActions(richMenu());
    expect(lintDocument({ ...doc, richMenu: { ...doc.richMenu, aliasId: 'Menu A' } })[0]).toMatchObject({
      code: 'alias-format',
      areaId: null,
      field: 'aliasId',
    });
  });

  it('checks datetime picker values and their order', () => {
    const base: TapAction = { type: 'datetimepicker', data: 'd', mode: 'date', initial: '2026-02-30' };
    expect(lintDocument(withActions(richMenu(), base))[0]).toMatchObject({
      code: 'datetime-format',
      field: 'initial',
      params: { value: '2026-02-30', example: '2026-12-31' },
    });
    expect(
      lintDocument(withActions(richMenu(), { ...base, initial: '2026-02-28', min: '2026-03-01' }))[0],
    ).toMatchObject({ code: 'datetime-order', field: 'initial' });
    expect(
      lintDocument(
        withActions(richMenu(), { ...base, initial: undefined, min: '2026-03-01', max: '2026-01-01' }),
      )[0],
    ).toMatchObject({ code: 'datetime-order', field: 'max' });
    expect(
      lintDocument(
        withActions(richMenu(), { type: 'datetimepicker', data: 'd', mode: 'time', initial: '24:00' }),
      )[0],
    ).toMatchObject({ code: 'datetime-format' });
    expect(
      lintDocument(
        withActions(richMenu(), {
          type: 'datetimepicker',
          data: 'd',
          mode: 'datetime',
          initial: '2101-01-01T00:00',
        }),
      )[0],
    ).toMatchObject({ code: 'datetime-format' });
    expect(
      lintDocument(
        withActions(richMenu(), {
          type: 'datetimepicker',
          data: 'd',
          mode: 'datetime',
          initial: '2026-05-01t09:30',
          min: '2026-05-01T09:00',
          max: '2026-05-02T00:00',
        }),
      ),
    ).toEqual([]);
  });

  it('checks the chat-bar text (14 graphemes) and the menu name', () => {
    const doc = withActions(richMenu());
    expect(
      lintDocument({
        ...doc,
        richMenu: { ...doc.richMenu, chatBarText: '今日のおすすめメニューはこちらです' },
      }),
    ).toEqual([
      {
        code: 'field-too-long',
        severity: 'error',
        areaId: null,
        field: 'chatBarText',
        params: { length: 17, max: 14 },
      },
    ]);
    expect(
      lintDocument({ ...doc, richMenu: { ...doc.richMenu, chatBarText: '🇹🇼🇯🇵🇹🇭🇹🇼🇯🇵🇹🇭🇹🇼🇯🇵🇹🇭🇹🇼🇯🇵🇹🇭🇹🇼🇯🇵' } }),
    ).toEqual([]);
    expect(lintDocument({ ...doc, richMenu: { ...doc.richMenu, chatBarText: '' } })[0]).toMatchObject({
      code: 'field-required',
      field: 'chatBarText',
    });
    expect(lintDocument({ ...doc, richMenu: { ...doc.richMenu, name: 'n'.repeat(301) } })[0]).toMatchObject({
      code: 'field-too-long',
      field: 'name',
      params: { max: 300 },
    });
  });

  it('reports canvas sizes LINE refuses', () => {
    const doc = withActions(richMenu());
    expect(lintDocument({ ...doc, size: { width: 2500, height: 2000 } }).map((f) => f.code)).toContain(
      'canvas-size',
    );
  });

  it('checks the imagemap alt text and base URL', () => {
    const doc = withActions(imagemap());
    const set = (baseUrl: string) => codes(lintDocument({ ...doc, imagemap: { ...doc.imagemap, baseUrl } }));
    expect(set('')).toEqual(['base-url-missing']);
    expect(set('http://cdn.example.com/rm')).toEqual(['base-url-not-https']);
    expect(set('https://cdn.example.com/rm/1040.png')).toEqual(['base-url-extension']);
    expect(set('https://cdn.example.com/rm/')).toEqual(['base-url-trailing-slash']);
    expect(set('https://cdn.example.com')).toEqual([]);
    expect(set(`https://cdn.example.com/${'a'.repeat(2000)}`)).toEqual(['field-too-long']);
    expect(codes(lintDocument({ ...doc, imagemap: { ...doc.imagemap, altText: '' } }))).toEqual([
      'field-required',
    ]);
    expect(
      lintDocument({ ...doc, imagemap: { ...doc.imagemap, altText: 'a'.repeat(1501) } })[0],
    ).toMatchObject({ field: 'altText', params: { max: 1500 } });
  });

  it('checks the imagemap video: area, overlap, link and label', () => {
    const doc = withActions(imagemap());
    const video = {
      videoAssetId: 'a'.repeat(64),
      previewAssetId: 'b'.repeat(64),
      area: { x: 0, y: 0, width: 1040, height: 585 },
      externalLink: { linkUri: 'ftp://example.com', label: 'See more about this spring sale now!' },
    };
    const findings = lintDocument({ ...doc, imagemap: { ...doc.imagemap, video } });
    expect(codes(findings)).toEqual([
      'video-area-overlap',
      'video-area-overlap',
      'video-area-overlap',
      'video-area-overlap',
      'uri-scheme',
      'field-too-long',
      'video-no-room',
    ]);
    expect(findings.at(-2)).toMatchObject({ field: 'linkLabel', params: { length: 36, max: 30 } });
    const outside = lintDocument({
      ...doc,
      areas: [],
      imagemap: {
        ...doc.imagemap,
        video: { ...video, area: { x: 100, y: 900, width: 1040, height: 585 }, externalLink: null },
      },
    });
    expect(codes(outside)).toEqual(['no-areas', 'video-area-out-of-bounds']);
  });

  it('says whether findings block export', () => {
    expect(hasLintErrors(lintDocument(richMenu()))).toBe(true);
    expect(
      hasLintErrors(
        lintDocument(withArea(withActions(richMenu()), 0, { rect: { x: 0, y: 0, width: 100, height: 100 } })),
      ),
    ).toBe(false);
  });
});

describe('finding sentences', () => {
  function lookup(messages: unknown, key: string): unknown {
    return key
      .split('.')
      .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);
  }

  it('has a sentence for every code and a name for every field, in all four languages', () => {
    for (const messages of [en, zhTW, ja, th]) {
      for (const code of lintCodes)
        expect(typeof lookup(messages, `editor.lint.${code}`), code).toBe('string');
      for (const field of lintFields)
        expect(typeof lookup(messages, `editor.lint.fields.${field}`), field).toBe('string');
    }
  });

  it('uses only the params each finding provides', () => {
    // Every {{name}} in a sentence must be filled: from the finding's params, `field`, or inArea's own.
    const provided: Record<string, string[]> = {};
    const samples: LintFinding[] = [];
    const doc = richMenu();
    samples.push(...lintDocument(doc));
    for (const f of samples) provided[f.code] = Object.keys(f.params);
    for (const messages of [en, zhTW, ja, th]) {
      const sentence = lookup(messages, 'editor.lint.action-missing') as string;
      for (const name of sentence.match(/\{\{(\w+)\}\}/g) ?? []) {
        expect(provided['action-missing']).toContain(name.slice(2, -2));
      }
    }
  });

  it('names the area and field and says how to fix it', () => {
    const t = (key: string, params: Record<string, string | number> = {}) => {
      const template = lookup(en, key) as string;
      return template.replace(/\{\{(\w+)\}\}/g, (_, n: string) => String(params[n]));
    };
    const doc = withActions(richMenu(), { type: 'message', text: 'x', label: 'a'.repeat(25) });
    expect(describeFinding(lintDocument(doc)[0]!, t)).toBe(
      'Area 1: “Label” is 25 characters long; LINE allows 20. Shorten it.',
    );
    expect(describeFinding(lintDocument(richMenu())[0]!, t)).toBe(
      'Area 1 has no action yet. Choose what happens when it is tapped.',
    );
    const chatBar = withActions(richMenu());
    const finding = lintDocument({ ...chatBar, richMenu: { ...chatBar.richMenu, chatBarText: '' } })[0]!;
    expect(describeFinding(finding, t)).toBe('“Chat-bar text” is empty. Fill it in.');
  });
});
