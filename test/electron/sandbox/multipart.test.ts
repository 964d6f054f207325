// The streaming multipart parser and line splitter give the same result however the bytes are cut.

import { describe, expect, it } from 'vitest';
import {
  createLineSplitter,
  createMultipartParser,
  multipartBoundary,
  MultipartError,
} from '../../../electron/sandbox/multipart';

const boundary = '----formdata-undici-0123456789';
const body = Buffer.from(
  [
    `--${boundary}`,
    'Content-Disposition: form-data; name="description"',
    '',
    '春のセール',
    `--${boundary}`,
    'Content-Disposition: form-data; name="file"; filename="ids.txt"',
    'Content-Type: text/plain',
    '',
    'Uaaaa\r\nUbbbb\nUcccc',
    `--${boundary}--`,
    '',
  ].join('\r\n'),
);

function parse(chunks: Buffer[]) {
  const received: Buffer[] = [];
  const parser = createMultipartParser(boundary, {
    onFile: () => (chunk) => received.push(Buffer.from(chunk)),
  });
  for (const chunk of chunks) parser.write(chunk);
  const result = parser.end();
  return {
    fields: Object.fromEntries(result.fields),
    files: result.files,
    file: Buffer.concat(received).toString(),
  };
}

describe('multipart parser', () => {
  it('reads fields and streams the file, whole or cut at any byte', () => {
    const whole = parse([body]);
    expect(whole).toEqual({
      fields: { description: '春のセール' },
      files: [{ name: 'file', filename: 'ids.txt', contentType: 'text/plain' }],
      file: 'Uaaaa\r\nUbbbb\nUcccc',
    });
    for (let cut = 1; cut < body.length; cut++)
      expect(parse([body.subarray(0, cut), body.subarray(cut)])).toEqual(whole);
    expect(parse([...body].map((b) => Buffer.from([b])))).toEqual(whole);
  });

  it('refuses a body without its closing boundary', () => {
    const parser = createMultipartParser(boundary, { onFile: () => undefined });
    parser.write(body.subarray(0, body.length - 10));
    expect(() => parser.end()).toThrow(MultipartError);
  });

  it('finds the boundary in the content type', () => {
    expect(multipartBoundary(`multipart/form-data; boundary=${boundary}`)).toBe(boundary);
    expect(multipartBoundary('multipart/form-data; boundary="a b"')).toBe('a b');
    expect(multipartBoundary('application/json')).toBeUndefined();
  });
});

describe('line splitter', () => {
  it('splits on LF and CRLF across chunks', () => {
    const lines: string[] = [];
    const splitter = createLineSplitter((buf, s, e) => lines.push(buf.toString('utf8', s, e)));
    for (const part of ['a\r', '\nbb', 'b\nc', 'c\r\n', 'd']) splitter.write(Buffer.from(part));
    splitter.end();
    expect(lines).toEqual(['a', 'bbb', 'cc', 'd']);
  });
});
