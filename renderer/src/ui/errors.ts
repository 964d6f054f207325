// Turns a thrown error into the text the UI shows, in the user's language: main's refusals arrive as
// catalogue keys with parameters (shared/api/result.ts), each detail on a line of its own; anything
// else shows its message, never a stack.

import i18next from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api/result';
import { renderText, type LocalizedText, type Translate } from '../../../shared/i18n/text';

/** The app's one i18next instance, in the language the user chose (renderer/src/i18n/setup.ts). */
const currentLanguage: Translate = (key, params) => translateDynamic(i18next.t, key, params);

export function describeError(error: unknown, t: Translate = currentLanguage): string {
  if (error instanceof ApiError) {
    const head = renderText(error, t);
    return error.details.length === 0
      ? head
      : [head, ...error.details.map((detail) => `• ${renderText(detail, t)}`)].join('\n');
  }
  if (error instanceof Error) return error.message;
  return String(error);
}

/** The error's sentence and, separately, each of its details (for lists). */
export function describeErrorParts(
  error: unknown,
  t: Translate = currentLanguage,
): { head: string; details: string[] } {
  if (error instanceof ApiError) {
    return { head: renderText(error, t), details: error.details.map((d) => renderText(d, t)) };
  }
  return { head: describeError(error, t), details: [] };
}

/** A LocalizedText from shared/ code, in the current language. */
export function useRenderText(): (text: LocalizedText) => string {
  const { t } = useTranslation();
  return useCallback((text: LocalizedText) => renderText(text, t as unknown as Translate), [t]);
}

/**
 * t() for keys computed at run time from shared/ codes (lint findings, template errors): the code
 * lists are checked against the catalogues by tests, so the static key check is waived here only.
 */
export function translateDynamic(
  t: unknown,
  key: string,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return (t as Translate)(key, params);
}
