// Main's refusals reach the UI as catalogue keys with parameters, so they read in the user's language.

import { describe, expect, it } from 'vitest';
import { createApiClient } from '../../../shared/api/client';
import { ApiError } from '../../../shared/api/result';
import { createWireApiTestDouble } from '../../../shared/api/test-double';
import { translate, type MessageKey } from '../../../shared/i18n/catalog';
import type { Translate } from '../../../shared/i18n/text';
import { describeError, describeErrorParts } from '../../../renderer/src/ui/errors';
import { openTestApp } from '../../helpers/test-handlers';

const inLocale =
  (locale: 'zh-TW' | 'ja' | 'th'): Translate =>
  (key, params) =>
    translate(locale, key as MessageKey, params);

describe('describeError', () => {
  it('shows a refusal from main in the user’s language, not main’s English', async () => {
    const { handlers } = openTestApp();
    const api = createApiClient(createWireApiTestDouble(handlers).wire);
    const refusal = await api.getProject(424242).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ApiError);
    expect((refusal as ApiError).message).toBe('There is no project 424242; it may have been deleted.');
    expect(describeError(refusal, inLocale('zh-TW'))).toBe('沒有專案 424242，可能已被刪除。');
    expect(describeError(refusal, inLocale('ja'))).toBe(
      'プロジェクト 424242 はありません。削除された可能性があります。',
    );
    expect(describeError(refusal, inLocale('th'))).toBe('ไม่มีโปรเจกต์ 424242 อาจถูกลบไปแล้ว');
  });

  it('lists every detail of a refusal, each translated, nested sentences included', () => {
    const error = new ApiError('invalid-argument', { key: 'errors.export.fixFirst', params: { count: 2 } }, [
      {
        key: 'errors.export.inMenu',
        params: {
          menu: { key: 'editor.tabs.menu', params: { number: 2 } },
          message: { key: 'errors.projects.thumbnailNotPng' },
        },
      },
      { key: 'errors.export.videoMissing' },
    ]);
    const parts = describeErrorParts(error, inLocale('ja'));
    expect(parts.head).toBe('書き出す前に次の 2 件の問題を直してください：');
    expect(parts.details).toEqual([
      'メニュー 2：サムネイルが PNG 画像ではありません。',
      '動画かそのプレビュー画像がプロジェクトにありません。もう一度読み込んでください。',
    ]);
    expect(describeError(error, inLocale('ja')).split('\n')).toHaveLength(3);
  });

  it('shows other errors by their message', () => {
    expect(describeError(new Error('disk full'), inLocale('th'))).toBe('disk full');
    expect(describeError('plain', inLocale('th'))).toBe('plain');
  });
});
