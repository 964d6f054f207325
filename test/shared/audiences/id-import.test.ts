// The ID file parser on every odd format an export can have: BOM, UTF-16 (with and without BOM),
// CRLF / LF / CR, quotes, blank lines, header rows, CSV columns, chunk boundaries anywhere, and
// the failures (binary, empty, only invalid rows, mixed user IDs and IFAs).

import { describe, expect, it } from 'vitest';
import {
  IdImportParser,
  type IdImportOptions,
  type IdImportResult,
} from '../../../shared/audiences/id-import';
import { formatPackedId } from '../../../shared/audiences/ids';
import { encodeUtf8 } from '../../../shared/audiences/line-stream';

const u = (n: number) => `U${n.toString(16).padStart(32, '0')}`;
const ifa = (n: number) => {
  const hex = n.toString(16).padStart(32, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};

function parse(input: string | Uint8Array, options: IdImportOptions = {}, chunk = 1 << 20): IdImportResult {
  const bytes = typeof input === 'string' ? encodeUtf8(input) : input;
  const parser = new IdImportParser(options);
  // The same buffer is reused for every chunk, as the file reader does.
  const buffer = new Uint8Array(chunk);
  for (let at = 0; at < bytes.length; at += chunk) {
    const part = bytes.subarray(at, at + chunk);
    buffer.set(part);
    parser.push(buffer.subarray(0, part.length));
    buffer.fill(0x58);
  }
  return parser.finish();
}

function ids(result: IdImportResult): string[] {
  if (!result.ok) throw new Error(`expected success, got ${result.failure.reason}`);
  const out: string[] = [];
  for (let at = 0; at < result.added.length; at += 4)
    out.push(formatPackedId(result.report.kind ?? 'userId', result.added, at));
  return out.sort();
}

function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  let o = 0;
  const put = (code: number) => {
    out[o++] = littleEndian ? code & 0xff : code >> 8;
    out[o++] = littleEndian ? code >> 8 : code & 0xff;
  };
  if (bom) put(0xfeff);
  for (let i = 0; i < text.length; i++) put(text.charCodeAt(i));
  return out;
}

describe('IdImportParser', () => {
  it('reads one user ID per line with LF, and reports the counts', () => {
    const result = parse(`${u(1)}\n${u(2)}\n${u(3)}\n`);
    expect(ids(result)).toEqual([u(1), u(2), u(3)]);
    expect(result.report).toMatchObject({
      kind: 'userId',
      linesRead: 3,
      validRows: 3,
      addedIds: 3,
      invalidRows: 0,
      headerLine: null,
      encoding: 'utf-8',
    });
  });

  it('accepts CRLF, lone CR, a missing final line break and blank lines (not counted as invalid)', () => {
    expect(ids(parse(`${u(1)}\r\n\r\n${u(2)}\r\n   \r\n${u(3)}`))).toEqual([u(1), u(2), u(3)]);
    expect(parse(`${u(1)}\r\n\r\n${u(2)}`).report).toMatchObject({ blankLines: 1, invalidRows: 0 });
    expect(ids(parse(`${u(1)}\r${u(2)}\r${u(3)}\r`))).toEqual([u(1), u(2), u(3)]);
  });

  it('skips a UTF-8 BOM and a header row', () => {
    const result = parse(`\ufeffuserId\r\n${u(1)}\r\n${u(2)}\r\n`);
    expect(ids(result)).toEqual([u(1), u(2)]);
    expect(result.report).toMatchObject({ encoding: 'utf-8-bom', headerLine: 1, invalidRows: 0 });
  });

  it.each([
    ['UTF-16 LE with BOM', true, true],
    ['UTF-16 BE with BOM', false, true],
    ['UTF-16 LE without BOM', true, false],
    ['UTF-16 BE without BOM', false, false],
  ])('detects %s', (_name, little, bom) => {
    const result = parse(utf16(`user_id\r\n${u(10)}\r\n${u(11)}\r\n`, little, bom), {}, 7);
    expect(ids(result)).toEqual([u(10), u(11)]);
    expect(result.report.encoding).toBe(little ? 'utf-16le' : 'utf-16be');
  });

  it('strips quotes and spaces around IDs', () => {
    expect(ids(parse(`"${u(1)}"\n  ${u(2)}  \n" ${u(3)} "\n\t${u(4)}\n`))).toEqual([u(1), u(2), u(3), u(4)]);
  });

  it('finds the ID column of a CSV by its header, and by the first cell holding an ID', () => {
    const named = parse(`name,"LINE user ID",note\nAmy,${u(1)},"a, b"\nBo,${u(2)},x\n`);
    expect(ids(named)).toEqual([u(1), u(2)]);
    expect(named.report).toMatchObject({ delimiter: ',', column: 2, headerLine: 1 });
    const found = parse(`Amy;${u(5)};x\nBo;${u(6)};y\n`);
    expect(ids(found)).toEqual([u(5), u(6)]);
    expect(found.report).toMatchObject({ delimiter: ';', column: 2, headerLine: null });
    const tabs = parse(`id\tname\n${u(7)}\tAmy\n`);
    expect(ids(tabs)).toEqual([u(7)]);
    expect(tabs.report.delimiter).toBe('\t');
  });

  it('uses the column chosen by number or header name, and fails on a header without it', () => {
    const file = `a,b\n${u(1)},${u(2)}\n${u(3)},${u(4)}\n`;
    expect(ids(parse(file, { column: 2 }))).toEqual([u(2), u(4)]);
    expect(ids(parse(file, { column: 'B' }))).toEqual([u(2), u(4)]);
    const missing = parse(file, { column: 'userId' });
    expect(missing).toMatchObject({ ok: false, failure: { reason: 'column-not-found', column: 'userId' } });
  });

  it('removes duplicates and counts them, and counts IDs the audience already has apart', () => {
    const result = parse(`${u(1)}\n${u(2)}\n${u(1)}\n${u(1)}\n${u(3)}\n`);
    expect(ids(result)).toEqual([u(1), u(2), u(3)]);
    expect(result.report).toMatchObject({
      validRows: 5,
      addedIds: 3,
      duplicatesInFile: 2,
      alreadyInAudience: 0,
    });

    const existing = new Uint32Array(8);
    existing[3] = 1; // u(1)
    existing[7] = 9; // u(9)
    const appended = parse(`${u(1)}\n${u(4)}\n${u(4)}\n${u(9)}\n`, { existing, expectedKind: 'userId' });
    expect(ids(appended)).toEqual([u(4)]);
    expect(appended.report).toMatchObject({ addedIds: 1, duplicatesInFile: 1, alreadyInAudience: 2 });
  });

  it('reports invalid rows with line numbers and reasons, listing the first 100 and counting all', () => {
    const upper = `U${'AB'.repeat(16)}`;
    const rows = [u(1), upper, 'hello', `U${'a'.repeat(31)}`, 'Uａｂ', u(2)];
    const result = parse(`userId\n${rows.join('\n')}\n`);
    expect(result.report.invalid).toEqual([
      { line: 3, reason: 'user-id-uppercase', text: upper },
      { line: 4, reason: 'not-an-id', text: 'hello' },
      { line: 5, reason: 'user-id-length', text: `U${'a'.repeat(31)}` },
      { line: 6, reason: 'non-ascii', text: 'Uａｂ' },
    ]);
    const many = parse(`${u(1)}\n${Array.from({ length: 250 }, (_, i) => `bad ${String(i)}`).join('\n')}\n`);
    expect(many.report.invalidRows).toBe(250);
    expect(many.report.invalid).toHaveLength(100);
    expect(many.report.invalid[99]).toEqual({ line: 101, reason: 'not-an-id', text: 'bad 99' });
  });

  it('reads IFAs in either case as one lowercase ID', () => {
    const result = parse(`${ifa(1)}\n${ifa(0xabc).toUpperCase()}\n${ifa(0xabc)}\n`);
    expect(ids(result)).toEqual([ifa(1), ifa(0xabc)]);
    expect(result.report).toMatchObject({ kind: 'ifa', duplicatesInFile: 1 });
    expect(parse(`${ifa(1)}\n${ifa(1).replace(/-/g, '')}-\n`).report.invalid[0]?.reason).toBe('not-an-id');
  });

  it('refuses files that mix user IDs and IFAs, naming both lines', () => {
    const result = parse(`id\n${u(1)}\n${u(2)}\n${ifa(3)}\n`);
    expect(result).toMatchObject({
      ok: false,
      failure: { reason: 'mixed-kinds', line: 4, found: 'ifa', expected: 'userId', firstLine: 2 },
    });
    expect(parse(`${u(1)}\n`, { expectedKind: 'ifa' })).toMatchObject({
      ok: false,
      failure: { reason: 'mixed-kinds', line: 1, firstLine: null },
    });
  });

  it('refuses binary files, empty files and files of only invalid rows', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(parse(png).ok ? 'ok' : (parse(png) as { failure: { reason: string } }).failure.reason).toBe(
      'binary',
    );
    const zeros = new Uint8Array(10_000);
    zeros.set(encodeUtf8(`${u(1)}\n`));
    expect(parse(zeros)).toMatchObject({ ok: false, failure: { reason: 'binary', line: 2 } });
    // The line of the first NUL, counted as the text would be read (CRLF, lone CR), in any chunks.
    for (const chunk of [1, 7, 4096]) {
      expect(parse(`${u(1)}\r\n${u(2)}\r\nU\0\0\n`, {}, chunk)).toMatchObject({
        failure: { reason: 'binary', line: 3 },
      });
      expect(parse(`${u(1)}\rU\0\r`, {}, chunk)).toMatchObject({ failure: { reason: 'binary', line: 2 } });
    }
    expect(parse(`\0${u(1)}\n`)).toMatchObject({ failure: { reason: 'binary', line: 1 } });
    // Formats known by their first bytes are binary from line 1, whatever line ends they hold.
    expect(parse(png)).toMatchObject({ failure: { reason: 'binary', line: 1 } });
    expect(parse('')).toMatchObject({ ok: false, failure: { reason: 'empty' } });
    expect(parse('\n\n  \n')).toMatchObject({ ok: false, failure: { reason: 'empty' } });
    const invalid = parse('userId\nfoo\nbar\n');
    expect(invalid).toMatchObject({ ok: false, failure: { reason: 'no-valid-ids' } });
    expect(invalid.report.invalid.map((r) => r.line)).toEqual([2, 3]);
  });

  it('refuses more IDs than the local limit', () => {
    const result = parse(`${u(1)}\n${u(2)}\n${u(3)}\n`, { maxMembers: 2 });
    expect(result).toMatchObject({ ok: false, failure: { reason: 'too-many-ids', limit: 2 } });
  });

  it('gives the same result whatever the chunk size, CRLF split across chunks included', () => {
    const file = `\ufeffuserId\r\n${Array.from({ length: 300 }, (_, i) => (i % 7 === 3 ? `"bad ${String(i)}"` : u(i % 250))).join('\r\n')}\r\n`;
    const whole = parse(file);
    for (const chunk of [1, 2, 3, 5, 33, 34, 35, 4096, 4097]) {
      const part = parse(file, {}, chunk);
      expect(ids(part)).toEqual(ids(whole));
      expect(part.report).toEqual(whole.report);
    }
  });

  it('reads user-ID lines by their length, and never across a line break inside a look-alike', () => {
    const hex = (n: number) => n.toString(16).padStart(32, '0');
    const lines = [
      u(1),
      // 33 bytes to the next LF, but two lines: "U" + 10 digits, then 21 digits.
      `U${hex(2).slice(0, 10)}`,
      hex(3).slice(0, 21),
      // A lone CR inside a line of an LF file, right where a CRLF would be.
      `${u(4)}\rX`,
      u(5),
      `U${'A'.repeat(32)}`,
      `${u(6)} `,
      u(7),
      `U${'g'.repeat(32)}`,
      u(1),
    ];
    const lf = {
      lines: lines.length,
      invalid: [
        [2, 'user-id-length'],
        [3, 'not-an-id'],
        [4, 'not-an-id'],
        [6, 'user-id-uppercase'],
        [9, 'not-an-id'],
      ],
      ids: [u(1), u(5), u(6), u(7)],
    };
    // In a file of lone CRs, the CR inside line 4 ends it: "X" is a line of its own.
    const cr = {
      lines: lines.length + 1,
      invalid: [
        [2, 'user-id-length'],
        [3, 'not-an-id'],
        [5, 'not-an-id'],
        [7, 'user-id-uppercase'],
        [10, 'not-an-id'],
      ],
      ids: [u(1), u(4), u(5), u(6), u(7)],
    };
    for (const [eol, expected] of [
      ['\n', lf],
      ['\r\n', lf],
      ['\r', cr],
    ] as const) {
      const file = `${lines.join(eol)}${eol}`;
      const whole = parse(file);
      expect(whole.report.linesRead).toBe(expected.lines);
      expect(whole.report.invalid.map((row) => [row.line, row.reason])).toEqual(expected.invalid);
      expect(ids(whole)).toEqual([...expected.ids].sort());
      expect(whole.report.duplicatesInFile).toBe(1);
      // One byte at a time, no line is ever read by its length: the same outcome.
      const bytewise = parse(file, {}, 1);
      expect(bytewise.report).toEqual(whole.report);
      expect(ids(bytewise)).toEqual(ids(whole));
    }
  });
});
