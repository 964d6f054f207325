// Where JSON text stops being JSON, as a line and column: JSON.parse's message gives a position only
// sometimes (V8's "Unexpected token … is not valid JSON" has none), so a small scanner finds the
// first offending character. Only run after JSON.parse has failed.

export interface JsonSyntaxError {
  /** 1-based. */
  readonly line: number;
  readonly column: number;
  readonly offset: number;
}

const whitespace = new Set([' ', '\t', '\n', '\r']);

/** The offset of the first character that breaks JSON syntax (the text's length when it ends too soon). */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const skip = () => {
    while (i < text.length && whitespace.has(text[i] ?? '')) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const literal = (word: string) => {
    for (const char of word) {
      if (text[i] !== char) fail();
      i++;
    }
  };
  const string = () => {
    i++; // opening quote
    for (;;) {
      const char = text[i];
      if (char === undefined) return fail();
      if (char === '"') {
        i++;
        return;
      }
      if (char === '\\') {
        i++;
        const escaped = text[i];
        if (escaped === 'u') {
          for (let k = 1; k <= 4; k++) {
            if (!/[0-9a-fA-F]/.test(text[i + k] ?? '')) {
              i += k;
              fail();
            }
          }
          i += 5;
        } else if (escaped !== undefined && '"\\/bfnrt'.includes(escaped)) i++;
        else fail();
      } else if ((char.codePointAt(0) ?? 0) < 0x20) fail();
      else i++;
    }
  };
  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!match || match[0] === '' || match[0] === '-') fail();
    i += match?.[0].length ?? 0;
  };
  const value = (): void => {
    skip();
    const char = text[i];
    if (char === '{') {
      i++;
      skip();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        skip();
        if (text[i] !== '"') fail();
        string();
        skip();
        if (text[i] !== ':') fail();
        i++;
        value();
        skip();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return;
        }
        fail();
      }
    }
    if (char === '[') {
      i++;
      skip();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value();
        skip();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return;
        }
        fail();
      }
    }
    if (char === '"') return string();
    if (char === 't') return literal('true');
    if (char === 'f') return literal('false');
    if (char === 'n') return literal('null');
    if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) return number();
    fail();
  };
  try {
    value();
    skip();
    return i < text.length ? i : text.length;
  } catch (offset) {
    if (typeof offset === 'number') return offset;
    throw offset;
  }
}

export function jsonSyntaxError(text: string): JsonSyntaxError {
  const offset = Math.min(jsonErrorOffset(text), text.length);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n'), offset };
}
