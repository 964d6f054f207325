// New content takes the UI language: a new rich menu's chat-bar text (which LINE users see) and the
// labels LINE requires on camera, camera-roll and location actions come from the catalogue of the
// language in use, and fit LINE's limits in every language.

import { describe, expect, it } from 'vitest';
import { supportedLocales, type Locale } from '../../../shared/domain/locale';
import { createDocument, newDocumentTexts, sequentialIds } from '../../../shared/editor/create';
import { graphemeLength, lintDocument } from '../../../shared/editor/lint';
import { actionLabelMaxLength, richMenuChatBarTextMaxLength } from '../../../shared/editor/limits';
import { actionTexts, defaultAction, setAreaAction } from '../../../shared/editor/operations';
import { findTemplate } from '../../../shared/editor/templates';
import { translate } from '../../../shared/i18n/catalog';
import { openTestApp } from '../../helpers/test-handlers';

const inLocale = (locale: Locale) => (key: Parameters<typeof translate>[1]) => translate(locale, key);

describe('new content in the UI language', () => {
  it.each([
    ['zh-TW', '選單', '傳送位置資訊'],
    ['ja', 'メニュー', '位置情報を送信'],
    ['th', 'เมนู', 'ส่งตำแหน่งที่ตั้ง'],
  ] as const)('%s: chat-bar text and the location action’s label', (locale, chatBar, location) => {
    const doc = createDocument(findTemplate('richmenu-compact-2')!, {
      ids: sequentialIds(),
      texts: newDocumentTexts(inLocale(locale)),
    });
    if (doc.kind !== 'richmenu') throw new Error('a rich menu expected');
    expect(doc.richMenu.chatBarText).toBe(chatBar);
    expect(defaultAction('location', actionTexts(inLocale(locale)), [])).toEqual({
      type: 'location',
      label: location,
    });
  });

  it.each(supportedLocales)(
    '%s: the defaults fit LINE’s limits, so a new menu has no such error',
    (locale) => {
      const texts = actionTexts(inLocale(locale));
      let doc = createDocument(findTemplate('richmenu-compact-3')!, {
        ids: sequentialIds(),
        texts: newDocumentTexts(inLocale(locale)),
      });
      if (doc.kind !== 'richmenu') throw new Error('a rich menu expected');
      expect(graphemeLength(doc.richMenu.chatBarText)).toBeLessThanOrEqual(richMenuChatBarTextMaxLength);
      (['camera', 'cameraRoll', 'location'] as const).forEach((type, i) => {
        doc = setAreaAction(doc, doc.areas[i]!.id, defaultAction(type, texts, []));
        expect(graphemeLength(texts[type])).toBeLessThanOrEqual(actionLabelMaxLength('richmenu'));
      });
      expect(lintDocument(doc).filter((f) => f.severity === 'error')).toEqual([]);
    },
  );

  it('main makes a new project’s words in the request’s language, else in the app’s', async () => {
    const { handlers } = openTestApp();
    const chatBar = async (request: { locale?: Locale }) => {
      const project = await handlers.createProject({
        channelId: 1,
        name: 'Menu',
        templateId: 'richmenu-compact-2',
        ...request,
      });
      const doc = project.documents[0]!;
      return doc.kind === 'richmenu' ? doc.richMenu.chatBarText : null;
    };
    expect(await chatBar({ locale: 'zh-TW' })).toBe('選單');
    expect(await chatBar({ locale: 'th' })).toBe('เมนู');
    await handlers.setPreferences({ locale: 'ja' });
    expect(await chatBar({})).toBe('メニュー');
  });
});
