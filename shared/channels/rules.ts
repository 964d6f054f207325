// The rules a LINE channel's name, token and API addresses follow, checked the same way by the UI
// (as the user types) and by main (before anything is saved). @line/bot-sdk builds every URL with
// `new URL('/v2/bot/…', baseURL)`, which drops any path of the base, so an address is an origin.

import { channelNameMaxLength } from '../domain/channel';
import type { LocalizedText } from '../i18n/text';

export const lineApiOrigin = 'https://api.line.me';
export const lineDataApiOrigin = 'https://api-data.line.me';

/** Long-lived channel access tokens are about 170 characters; anything near this is not one. */
export const channelTokenMaxLength = 2000;

/** Hosts a token may be sent to over plain http: this machine only (the local sandbox). */
const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

export type OriginCheck =
  { readonly ok: true; readonly origin: string } | { readonly ok: false; readonly problem: LocalizedText };

const hostPattern = String.raw`(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*|\[[0-9a-f:.]+\])`;
const originPattern = new RegExp(String.raw`^(https?)://(${hostPattern})(?::(\d{1,5}))?`, 'i');

/**
 * An API address: `https://host[:port]`, or `http://` to this machine; a trailing `/` is dropped,
 * any other path, a query, a fragment or a user name is refused (the SDK would silently drop the
 * path). The origin comes back as URL.origin writes it: lower case, without a default port.
 */
export function checkApiOrigin(field: 'apiBaseUrl' | 'dataApiBaseUrl', value: string): OriginCheck {
  const text = value.trim();
  const refuse = (
    key: 'errors.channels.urlInvalid' | 'errors.channels.urlPath' | 'errors.channels.urlInsecure',
  ): OriginCheck => ({
    ok: false,
    problem: { key, params: { field: { key: `channels.field.${field}` }, url: text } },
  });
  const match = originPattern.exec(text);
  if (!match) return refuse('errors.channels.urlInvalid');
  const scheme = (match[1] ?? '').toLowerCase();
  const host = (match[2] ?? '').toLowerCase();
  const port = match[3] === undefined ? undefined : Number(match[3]);
  const rest = text.slice(match[0].length);
  if (port !== undefined && (port < 1 || port > 65_535)) return refuse('errors.channels.urlInvalid');
  if (rest !== '' && rest !== '/') {
    return /^[/?#]/.test(rest) ? refuse('errors.channels.urlPath') : refuse('errors.channels.urlInvalid');
  }
  if (scheme === 'http' && !loopbackHosts.has(host)) return refuse('errors.channels.urlInsecure');
  const defaultPort = scheme === 'https' ? 443 : 80;
  return {
    ok: true,
    origin: `${scheme}://${host}${port === undefined || port === defaultPort ? '' : `:${String(port)}`}`,
  };
}

/** A channel name: 1–100 characters after trimming, no control characters. */
export function checkChannelName(name: string): LocalizedText | null {
  const trimmed = name.trim();
  // eslint-disable-next-line no-control-regex
  if (trimmed.length < 1 || trimmed.length > channelNameMaxLength || /[\u0000-\u001f\u007f]/.test(trimmed))
    return { key: 'errors.channels.nameLength', params: { max: channelNameMaxLength } };
  return null;
}

/** Names are compared without case: `--channel shop` picks “Shop”, so two may not differ by case only. */
export const sameChannelName = (a: string, b: string): boolean =>
  a.trim().toLocaleLowerCase('en') === b.trim().toLocaleLowerCase('en');

/**
 * A channel access token as pasted: surrounding white space is dropped; what is left must be
 * visible ASCII (LINE's tokens are base64-like). The problem never quotes the token.
 */
export function checkChannelToken(
  token: string,
): { ok: true; token: string } | { ok: false; problem: LocalizedText } {
  const trimmed = token.trim();
  if (trimmed.length === 0) return { ok: false, problem: { key: 'errors.channels.tokenEmpty' } };
  if (trimmed.length > channelTokenMaxLength || !/^[\x21-\x7e]+$/.test(trimmed))
    return {
      ok: false,
      problem: { key: 'errors.channels.tokenShape', params: { max: channelTokenMaxLength } },
    };
  return { ok: true, token: trimmed };
}
