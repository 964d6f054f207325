// i18next with every catalogue bundled: one namespace ("translation"), `{{name}}` placeholders as the
// catalogues use them, no HTML escaping (React escapes what it renders).

import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { messageCatalogs } from '../../../shared/i18n/catalog';
import { defaultLocale, matchLocale, supportedLocales, type Locale } from '../../../shared/domain/locale';

/** The locale to show before the preferences arrive (the loading and load-failure screens). */
export function initialLocale(): Locale {
  return matchLocale(navigator.languages) ?? defaultLocale;
}

export function setupI18n(locale: Locale): void {
  const resources = Object.fromEntries(
    supportedLocales.map((code) => [code, { translation: messageCatalogs[code] }]),
  );
  void i18next.use(initReactI18next).init({
    resources,
    lng: locale,
    fallbackLng: defaultLocale,
    supportedLngs: [...supportedLocales],
    defaultNS: 'translation',
    ns: ['translation'],
    interpolation: { escapeValue: false, prefix: '{{', suffix: '}}' },
    returnNull: false,
    initAsync: false,
  });
  applyDocumentLocale(locale);
}

/** Switches the UI language and `<html lang>`, which also picks the CJK/Thai font stack in CSS. */
export function applyLocale(locale: Locale): void {
  if (i18next.language !== locale) void i18next.changeLanguage(locale);
  applyDocumentLocale(locale);
}

function applyDocumentLocale(locale: Locale): void {
  document.documentElement.lang = locale;
}
