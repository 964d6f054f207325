// The four UI locales and how an OS or browser language list maps onto them.

export const supportedLocales = ['zh-TW', 'ja', 'en', 'th'] as const;
export type Locale = (typeof supportedLocales)[number];

export const defaultLocale: Locale = 'en';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (supportedLocales as readonly string[]).includes(value);
}

/**
 * Picks the first supported locale from a preference-ordered list of BCP 47 tags such as
 * `app.getPreferredSystemLanguages()` or `navigator.languages`. Any Chinese tag maps to zh-TW, the
 * only Chinese the product ships; unknown tags are skipped.
 */
export function matchLocale(tags: readonly string[]): Locale | undefined {
  for (const raw of tags) {
    const tag = raw.trim().replace(/_/g, '-').toLowerCase();
    const language = tag.split(/[-.@]/)[0];
    if (language === 'zh') return 'zh-TW';
    if (language === 'ja') return 'ja';
    if (language === 'th') return 'th';
    if (language === 'en') return 'en';
  }
  return undefined;
}

/** The locale the UI shows: the user's choice, else the first OS language we support, else English. */
export function resolveLocale(chosen: Locale | null, systemTags: readonly string[]): Locale {
  return chosen ?? matchLocale(systemTags) ?? defaultLocale;
}

/** Each locale's name in its own language, for the language picker. */
export const localeNames: Readonly<Record<Locale, string>> = {
  'zh-TW': '繁體中文',
  ja: '日本語',
  en: 'English',
  th: 'ภาษาไทย',
};
