// The Quota section's strings: `quota.screen.<key>` in the catalogues, with the keys checked against
// the English catalogue at compile time, and the domain's codes mapped to their texts.

import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { quotaScreenTexts } from '../../../shared/i18n/messages/en';
import { translateDynamic } from '../ui/errors';

export type QuotaTextKey = keyof typeof quotaScreenTexts;
export type QuotaText = (key: QuotaTextKey, params?: Readonly<Record<string, string | number>>) => string;

/** t() for the section's strings, and the UI's locale for Intl. */
export function useQuotaText(): { qt: QuotaText; locale: string } {
  const { t, i18n } = useTranslation();
  const qt = useCallback<QuotaText>((key, params) => translateDynamic(t, `quota.screen.${key}`, params), [t]);
  return { qt, locale: i18n.language };
}
