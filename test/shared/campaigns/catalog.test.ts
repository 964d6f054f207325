// Every rule code and campaign-file problem has its problem and its fix in every language, with the
// same placeholders as English (they are looked up by code, so the compiler cannot check them).

import { describe, expect, it } from 'vitest';
import { campaignFileProblemCodes } from '../../../shared/campaigns/file';
import { campaignRuleCodes } from '../../../shared/campaigns/findings';
import { messageCatalogs } from '../../../shared/i18n/catalog';
import { supportedLocales } from '../../../shared/domain/locale';

const placeholders = (text: string | undefined) =>
  [...(text ?? '').matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('campaign texts', () => {
  it.each(supportedLocales)('%s words every rule and every file problem, with its fix', (locale) => {
    const { rules, file } = messageCatalogs[locale].campaigns;
    const english = messageCatalogs.en.campaigns;
    for (const [texts, englishTexts, codes] of [
      [rules, english.rules, campaignRuleCodes],
      [file, english.file, campaignFileProblemCodes],
    ] as const) {
      expect(Object.keys(texts).sort()).toEqual([...codes].sort());
      for (const code of codes) {
        for (const part of ['problem', 'fix'] as const) {
          const text = texts[code]?.[part];
          expect(text?.trim(), `${locale} ${code}.${part}`).toBeTruthy();
          expect(placeholders(text), `${locale} ${code}.${part}`).toEqual(
            placeholders(englishTexts[code]?.[part]),
          );
        }
      }
    }
  });
});
