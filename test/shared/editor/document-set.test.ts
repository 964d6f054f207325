// A project's documents as a set: one name per document wherever it appears, every menu checked
// with the set's aliases, and the export's refusal built from the same findings.

import { describe, expect, it } from 'vitest';
import {
  checkDocumentSet,
  documentErrorCount,
  documentFileStems,
  documentName,
  exportProblems,
} from '../../../shared/editor/document-set';
import type { EditorDocument, RichMenuDocument } from '../../../shared/editor/document';
import { translate, type MessageKey } from '../../../shared/i18n/catalog';
import type { Locale } from '../../../shared/domain/locale';
import { englishText, renderText, type LocalizedText } from '../../../shared/i18n/text';
import { imagemapFixture, richMenuFixture } from './fixtures';

const inLocale = (locale: Locale, text: LocalizedText) =>
  renderText(text, (key, params) => translate(locale, key as MessageKey, params));

function menu(aliasId: string | null, actions: 'all' | 'none' = 'all'): RichMenuDocument {
  const doc = richMenuFixture();
  return {
    ...doc,
    richMenu: { ...doc.richMenu, aliasId },
    areas: doc.areas.map((area, i) => ({
      ...area,
      action: actions === 'all' ? { type: 'message', text: `hi ${String(i)}` } : null,
    })),
  };
}

describe('documentName', () => {
  it('calls a lone document by its kind, a menu of a set by its alias, else by its position', () => {
    expect(englishText(documentName([menu(null)], 0))).toBe('Rich menu');
    expect(englishText(documentName([imagemapFixture()], 0))).toBe('Rich message');
    const set: EditorDocument[] = [menu('tab-a'), menu(null), menu('tab-c')];
    expect(set.map((_, i) => englishText(documentName(set, i)))).toEqual(['tab-a', 'Menu 2', 'tab-c']);
    expect(inLocale('zh-TW', documentName(set, 1))).toBe('選單 2');
    expect(inLocale('ja', documentName([imagemapFixture()], 0))).toBe('リッチメッセージ');
    expect(inLocale('th', documentName([menu(null)], 0))).toBe('ริชเมนู');
  });

  it('names menus that share an alias by their positions, and their files the same way', () => {
    const set = [menu('tab-a'), menu('tab-a'), menu('tab-b')];
    expect(set.map((_, i) => englishText(documentName(set, i)))).toEqual(['Menu 1', 'Menu 2', 'tab-b']);
    expect(documentFileStems(set)).toEqual(['richmenu-1', 'richmenu-2', 'richmenu-tab-b']);
  });
});

describe('checkDocumentSet', () => {
  it('checks every menu of a set, not only the open one, and counts each one’s errors', () => {
    const set = [menu('tab-a'), menu('tab-b', 'none')];
    const check = checkDocumentSet(set);
    expect(check.documents.map((d) => d.errors)).toEqual([0, 2]);
    expect(check.errors).toBe(2);
    expect(documentErrorCount(check, 0)).toBe(0);
    expect(documentErrorCount(check, 1)).toBe(2);
  });

  it('knows the set’s aliases: a switch to another menu of the set is fine, to none a warning', () => {
    const a = menu('tab-a');
    const switching = (target: string): RichMenuDocument => ({
      ...a,
      areas: a.areas.map((area) => ({
        ...area,
        action: { type: 'richmenuswitch', richMenuAliasId: target, data: `to=${target}` },
      })),
    });
    const unknownTargets = (set: EditorDocument[]) =>
      checkDocumentSet(set).documents.flatMap((d) => d.findings.filter((f) => f.code === 'alias-unknown'));
    expect(unknownTargets([switching('tab-b'), menu('tab-b')])).toHaveLength(0);
    expect(unknownTargets([switching('tab-z'), menu('tab-b')])).toHaveLength(2);
  });

  it('counts an alias used twice against both menus', () => {
    const check = checkDocumentSet([menu('tab-a'), menu('tab-a')]);
    expect(check.duplicateAliases).toEqual([{ alias: 'tab-a', first: 0, second: 1 }]);
    expect([documentErrorCount(check, 0), documentErrorCount(check, 1)]).toEqual([1, 1]);
  });
});

describe('exportProblems', () => {
  it('lists every error, each named by its menu as the tab names it', () => {
    const set = [menu('tab-a'), menu('tab-b', 'none')];
    expect(exportProblems(set).map(englishText)).toEqual([
      'tab-b: Area 1 has no action yet. Choose what happens when it is tapped.',
      'tab-b: Area 2 has no action yet. Choose what happens when it is tapped.',
    ]);
    expect(inLocale('ja', exportProblems(set)[0]!)).toMatch(/^tab-b：/);
  });

  it('names no menu for a lone document, and is empty when the set can be exported', () => {
    expect(exportProblems([menu(null, 'none')]).map(englishText)[0]).toMatch(/^Area 1 has no action/);
    expect(exportProblems([menu('tab-a'), menu('tab-b')])).toEqual([]);
  });
});
