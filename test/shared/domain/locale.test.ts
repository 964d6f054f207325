import { describe, expect, it } from 'vitest';
import { matchLocale, resolveLocale } from '../../../shared/domain/locale';

describe('matchLocale', () => {
  it.each([
    [['zh-TW'], 'zh-TW'],
    [['zh-Hant-HK'], 'zh-TW'],
    [['zh_TW.UTF-8'], 'zh-TW'],
    [['ja-JP'], 'ja'],
    [['th_TH'], 'th'],
    [['en-GB'], 'en'],
    [['fr-FR', 'de', 'th-TH', 'en'], 'th'],
  ] as const)('%j → %s', (tags, expected) => {
    expect(matchLocale(tags)).toBe(expected);
  });

  it('finds nothing in unsupported languages', () => {
    expect(matchLocale(['fr-FR', 'ko-KR', ''])).toBeUndefined();
  });
});

describe('resolveLocale', () => {
  it('prefers the user choice, then the system, then English', () => {
    expect(resolveLocale('ja', ['th-TH'])).toBe('ja');
    expect(resolveLocale(null, ['th-TH'])).toBe('th');
    expect(resolveLocale(null, ['ko-KR'])).toBe('en');
  });
});
