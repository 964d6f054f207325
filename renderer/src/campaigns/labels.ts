// The Campaigns screen's texts: its own sentences live under `campaigns.ui` in every catalogue, and
// the model's codes (statuses, kinds, dimensions) under their `campaigns.*` keys. The keys are chosen
// at run time, so they go through translateDynamic; test/renderer/campaigns/catalog.test.ts checks
// that every key this screen uses is in every language.

import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { CampaignStatus, SendKind } from '../../../shared/campaigns/model';
import type { LocalizedText } from '../../../shared/i18n/text';
import { translateDynamic } from '../ui/errors';

export type CampaignText = (key: string, params?: Readonly<Record<string, string | number>>) => string;

/** `ct('save')` is `campaigns.ui.save` in the UI language. */
export function useCampaignText(): { ct: CampaignText; locale: string } {
  const { t, i18n } = useTranslation();
  const ct = useCallback<CampaignText>(
    (key, params) => translateDynamic(t, `campaigns.ui.${key}`, params),
    [t],
  );
  return { ct, locale: i18n.language };
}

export function useModelText(): {
  status: (status: CampaignStatus) => string;
  kind: (kind: SendKind) => string;
  dimension: (dimension: string) => string;
} {
  const { t } = useTranslation();
  return {
    status: (status) => translateDynamic(t, `campaigns.status.${status}`),
    kind: (kind) => translateDynamic(t, `campaigns.kind.${kind}`),
    dimension: (dimension) => translateDynamic(t, `campaigns.dimension.${dimension}`),
  };
}

/** The same text with its whole numbers written the locale's way (5,500; 5 500…). */
export function withLocaleNumbers(text: LocalizedText, locale: string): LocalizedText {
  if (!text.params) return text;
  const format = new Intl.NumberFormat(locale);
  const params = Object.fromEntries(
    Object.entries(text.params).map(([k, v]) => [k, typeof v === 'number' ? format.format(v) : v]),
  );
  return { ...text, params };
}
