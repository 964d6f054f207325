// The first character that breaks JSON, as a line and column, whatever JSON.parse's message says.

import { describe, expect, it } from 'vitest';
import { jsonSyntaxError } from '../../../shared/campaigns/json-syntax';

describe('JSON syntax errors', () => {
  it.each([
    ['{\n  "type": "bubble",\n  "body": }', 3, 11],
    ['{"a": 1,}', 1, 9],
    ['{"a": 1', 1, 8],
    ['[1, 2,\n 3 4]', 2, 4],
    ['{"a": "tab\there"}', 1, 11],
    ['{"a": "\\u12G4"}', 1, 12],
    ['{"a": tru}', 1, 10],
    ['{"a": 01}', 1, 8],
    ['{} x', 1, 4],
    ['', 1, 1],
  ])('%j breaks at line %i, column %i', (text, line, column) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(jsonSyntaxError(text)).toMatchObject({ line, column });
  });

  it('finds nothing wrong in valid JSON', () => {
    const text = JSON.stringify({ a: [1, -2.5e3, true, false, null, 'é\n"'], b: {} });
    expect(jsonSyntaxError(text).offset).toBe(text.length);
  });
});
