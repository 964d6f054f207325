// A sentence that is not yet in any language: a catalogue key and the values of its placeholders,
// which may themselves be such sentences (an area's name, a finding inside "Menu 2: …"). Main sends
// these across the bridge; each side renders them in its user's language.

import type { MessageKey } from './catalog';
import { lookupMessage } from './lookup';
import { en } from './messages/en';

export type TextParam = string | number | LocalizedText;
export type TextParams = Readonly<Record<string, TextParam>>;

export interface LocalizedText {
  readonly key: MessageKey;
  readonly params?: TextParams;
}

/** An i18next-style translate function: key and interpolation values → sentence. */
export type Translate = (key: string, params?: Record<string, string | number>) => string;

export function renderText(text: LocalizedText, t: Translate): string {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(text.params ?? {})) {
    params[name] = typeof value === 'object' ? renderText(value, t) : value;
  }
  return t(text.key, params);
}

// Only the English catalogue: the command line and logs load none of the others.
const translateEnglish: Translate = (key, params) => lookupMessage(en, 'en', key, params);

/** The sentence in English: for logs, the command line and tests. */
export const englishText = (text: LocalizedText): string => renderText(text, translateEnglish);
