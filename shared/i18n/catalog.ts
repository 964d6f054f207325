// Every locale's catalogue, and a small lookup for code outside React (the Electron menu).

import type { Locale } from '../domain/locale';
import { lookupMessage } from './lookup';
import { en, type Messages } from './messages/en';
import { ja } from './messages/ja';
import { th } from './messages/th';
import { zhTW } from './messages/zh-TW';

export type { Messages };

export const messageCatalogs: Readonly<Record<Locale, Messages>> = {
  'zh-TW': zhTW,
  ja,
  en,
  th,
};

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** A dotted key naming one string, such as `menu.quit`. */
export type MessageKey = Leaves<Messages>;

/** Values of a message's `{{name}}` placeholders. */
export type MessageParams = Readonly<Record<string, string | number>>;

export function translate(locale: Locale, key: MessageKey, values: MessageParams = {}): string {
  return lookupMessage(messageCatalogs[locale], locale, key, values);
}
