// The sentence of a failed import, shared by the UI (in the user's language) and the CLI (in
// English): a file mixing user IDs and IFAs names both lines in every language.

import { describe, expect, it } from 'vitest';
import { IdImportParser } from '../../../shared/audiences/id-import';
import { describeImportFailure, importFailureText } from '../../../shared/audiences/import-outcome';
import { encodeUtf8 } from '../../../shared/audiences/line-stream';
import { translate } from '../../../shared/i18n/catalog';
import { renderText } from '../../../shared/i18n/text';
import { supportedLocales } from '../../../shared/domain/locale';

const u = (n: number) => `U${n.toString(16).padStart(32, '0')}`;
const ifa = (n: number) => {
  const hex = n.toString(16).padStart(32, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};

function failureOf(text: string) {
  const parser = new IdImportParser();
  parser.push(encodeUtf8(text));
  const result = parser.finish();
  if (result.ok) throw new Error('expected a failure');
  return result.failure;
}

describe('importFailureText', () => {
  const mixed = failureOf(`userId\n${u(1)}\n${u(2)}\n${ifa(3)}\n`);

  it('names the first line of each kind when a file mixes user IDs and IFAs', () => {
    expect(mixed).toMatchObject({ reason: 'mixed-kinds', line: 4, firstLine: 2 });
    expect(describeImportFailure(mixed, 'ids.csv')).toBe(
      'Line 4 of ids.csv holds IFAs (advertising IDs), but line 2 holds LINE user IDs. One audience cannot mix the two. Nothing was imported.',
    );
  });

  it.each(supportedLocales)('names both lines in %s', (locale) => {
    const text = renderText(importFailureText(mixed, 'ids.csv'), (key, params) =>
      translate(locale, key as Parameters<typeof translate>[1], params),
    );
    expect(text).toContain('4');
    expect(text).toContain('2');
    expect(text).toContain(translate(locale, 'audiences.idKind.ifa'));
    expect(text).toContain(translate(locale, 'audiences.idKind.userId'));
    expect(text).not.toMatch(/\{\{/);
  });

  it('names the audience, not a line, when the audience set the kind', () => {
    const parser = new IdImportParser({ expectedKind: 'userId' });
    parser.push(encodeUtf8(`${ifa(1)}\n`));
    const result = parser.finish();
    if (result.ok) throw new Error('expected a failure');
    expect(describeImportFailure(result.failure, 'more.txt')).toBe(
      'Line 1 of more.txt holds IFAs (advertising IDs), but the audience holds LINE user IDs. One audience cannot mix the two. Nothing was imported.',
    );
  });

  it('formats numbers and sizes as it is told', () => {
    const text = importFailureText({ reason: 'too-large', limit: 2048, bytes: 4096 }, 'big.txt', {
      number: (n) => `#${String(n)}`,
      bytes: (n) => `${String(n / 1024)} KB`,
    });
    expect(text).toEqual({
      key: 'audiences.failure.tooLarge',
      params: { file: 'big.txt', size: '4 KB', limit: '2 KB' },
    });
  });
});
