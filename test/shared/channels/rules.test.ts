// The rules of a channel's name, token and API origins (shared by the UI and main).

import { describe, expect, it } from 'vitest';
import {
  checkApiOrigin,
  checkChannelName,
  checkChannelToken,
  sameChannelName,
} from '../../../shared/channels/rules';
import { englishText } from '../../../shared/i18n/text';

const origin = (value: string) => checkApiOrigin('apiBaseUrl', value);

describe('API origins', () => {
  it.each([
    ['https://api.line.me', 'https://api.line.me'],
    ['https://API.LINE.me/', 'https://api.line.me'],
    ['  https://api-data.line.me:443 ', 'https://api-data.line.me'],
    ['http://127.0.0.1:4010', 'http://127.0.0.1:4010'],
    ['http://localhost:80/', 'http://localhost'],
    ['http://[::1]:4010', 'http://[::1]:4010'],
    ['https://mock.example.com:8443', 'https://mock.example.com:8443'],
  ])('accepts %s as %s', (input, expected) => {
    expect(origin(input)).toEqual({ ok: true, origin: expected });
  });

  it.each([
    ['https://api.line.me/v2', 'errors.channels.urlPath'],
    ['https://api.line.me/?x=1', 'errors.channels.urlPath'],
    ['https://api.line.me#top', 'errors.channels.urlPath'],
    ['http://api.line.me', 'errors.channels.urlInsecure'],
    ['http://192.168.1.5:4010', 'errors.channels.urlInsecure'],
    ['ftp://api.line.me', 'errors.channels.urlInvalid'],
    ['https://user:pw@api.line.me', 'errors.channels.urlInvalid'],
    ['api.line.me', 'errors.channels.urlInvalid'],
    ['https://api.line.me:99999', 'errors.channels.urlInvalid'],
    ['', 'errors.channels.urlInvalid'],
  ])('refuses %s (%s)', (input, key) => {
    const checked = origin(input);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.problem.key).toBe(key);
  });

  it('names the field and the address in the message', () => {
    const checked = checkApiOrigin('dataApiBaseUrl', 'https://api-data.line.me/v2/bot');
    if (checked.ok) throw new Error('expected a refusal');
    expect(englishText(checked.problem)).toBe(
      'The data API address “https://api-data.line.me/v2/bot” has a path, query or fragment: give the origin only (such as https://api.line.me), since LINE’s SDK drops any path.',
    );
  });
});

describe('names and tokens', () => {
  it('takes names of 1 to 100 characters without control characters, compared without case', () => {
    expect(checkChannelName(' Shop ')).toBeNull();
    expect(checkChannelName('店'.repeat(100))).toBeNull();
    expect(checkChannelName('店'.repeat(101))?.key).toBe('errors.channels.nameLength');
    expect(checkChannelName('   ')?.key).toBe('errors.channels.nameLength');
    expect(checkChannelName('a\tb')?.key).toBe('errors.channels.nameLength');
    expect(sameChannelName('Shop', ' shop')).toBe(true);
    expect(sameChannelName('Shop', 'Shops')).toBe(false);
  });

  it('trims a pasted token and refuses what cannot be one, never quoting it', () => {
    expect(checkChannelToken('  abc+/=DEF123\n')).toEqual({ ok: true, token: 'abc+/=DEF123' });
    expect(checkChannelToken(' \n')).toEqual({ ok: false, problem: { key: 'errors.channels.tokenEmpty' } });
    for (const bad of ['two words', 'tab\there', 'ü-token', 'x'.repeat(2001)]) {
      const checked = checkChannelToken(bad);
      expect(checked.ok).toBe(false);
      if (!checked.ok) expect(englishText(checked.problem)).not.toContain(bad.slice(0, 5));
    }
  });
});
