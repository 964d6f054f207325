import { describe, expect, it } from 'vitest';
import { messageCatalogs, translate } from '../../../shared/i18n/catalog';
import { supportedLocales } from '../../../shared/domain/locale';

function leaves(node: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of leaves(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  const english = leaves(messageCatalogs.en);

  it.each(supportedLocales)('%s has every English key, no extra key, and no empty string', (locale) => {
    const catalog = leaves(messageCatalogs[locale]);
    expect([...catalog.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, text] of catalog) expect(text.trim(), key).not.toBe('');
  });

  it.each(supportedLocales)('%s keeps the same {{placeholders}} as English', (locale) => {
    for (const [key, text] of leaves(messageCatalogs[locale])) {
      expect(placeholders(text), `${locale} ${key}`).toEqual(placeholders(english.get(key) ?? ''));
    }
  });

  it('translated catalogues are really translated', () => {
    for (const locale of ['zh-TW', 'ja', 'th'] as const) {
      expect(translate(locale, 'nav.audiences')).not.toBe(translate('en', 'nav.audiences'));
    }
  });

  it('translate looks up dotted keys and fills placeholders', () => {
    expect(translate('zh-TW', 'nav.settings')).toBe('設定');
    expect(translate('en', 'settings.languageSystem', { language: 'English' })).toBe(
      'Same as the system (English)',
    );
  });
});
