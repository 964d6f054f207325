// Turns the bytes of a text file, chunk by chunk, into numbered lines of UTF-8 bytes: detects the
// encoding (UTF-8 with or without BOM, UTF-16 LE/BE with or without BOM), refuses binary files,
// and accepts LF, CRLF and lone CR line ends. Pure and streaming: memory stays one chunk.

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be';

/** Called once per line with the line's bytes [start, end), line ends excluded; line numbers from 1. */
export type LineHandler = (bytes: Uint8Array, start: number, end: number, lineNumber: number) => void;

/**
 * A reader of lines of one length that can say, from the bytes alone, that a line is one of its own
 * and holds no CR or LF (a LINE user ID: `U` and 32 hex digits). The stream then takes such a line
 * where the last one ended plus `length` instead of searching for the line end, and hands it over
 * through `accept`, which returns false (having done nothing) for any other line.
 */
export interface FixedLengthLines {
  readonly length: number;
  accept(bytes: Uint8Array, start: number, end: number, lineNumber: number): boolean;
}

export interface BinaryFileFailure {
  readonly reason: 'binary';
  /** The line of the first byte that no text file holds (line 1 for files known by their first bytes). */
  readonly line: number;
}

const LF = 0x0a;
const CR = 0x0d;
/** Bytes examined before deciding the encoding and whether the file is text at all. */
const sniffBytes = 4096;

const binaryMagics: readonly (readonly number[])[] = [
  [0x25, 0x50, 0x44, 0x46], // %PDF
  [0x50, 0x4b, 0x03, 0x04], // zip, xlsx, docx
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0xff, 0xd8, 0xff], // JPEG
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0x1f, 0x8b], // gzip
  [0xd0, 0xcf, 0x11, 0xe0], // legacy Office (xls)
  [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65], // SQLite
];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.length <= bytes.length && magic.every((b, i) => bytes[i] === b);
}

/** Bytes no text file holds: NUL and the C0 controls other than tab, line ends, form feed and ^Z. */
function isBinaryByte(b: number): boolean {
  return b === 0 || (b < 0x20 && b !== 0x09 && b !== LF && b !== CR && b !== 0x0c && b !== 0x1a);
}

/**
 * The line (from 1) of the first byte that made `head` binary, counting line ends before it as the
 * text would be read (LF, or lone CR in old Mac files); 1 for formats known by their first bytes.
 */
export function binaryLine(head: Uint8Array): number {
  if (binaryMagics.some((magic) => startsWith(head, magic))) return 1;
  const separator = head.includes(CR) && !head.includes(LF) ? CR : LF;
  const n = Math.min(head.length, sniffBytes);
  let line = 1;
  for (let i = 0; i < n; i++) {
    const b = head[i] ?? 0;
    if (b === separator) line++;
    else if (isBinaryByte(b)) return line;
  }
  return 1;
}

/** Decides how to read the file from its first bytes; `binary` when it is not text. */
export function sniffEncoding(head: Uint8Array): TextEncodingName | 'binary' {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8-bom';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  if (binaryMagics.some((magic) => startsWith(head, magic))) return 'binary';
  // UTF-16 without BOM: ASCII text has a zero in every other byte.
  let evenZeros = 0;
  let oddZeros = 0;
  let controls = 0;
  const n = Math.min(head.length, sniffBytes);
  for (let i = 0; i < n; i++) {
    const b = head[i] ?? 0;
    if (b === 0) {
      if (i & 1) oddZeros++;
      else evenZeros++;
    } else if (isBinaryByte(b)) {
      controls++;
    }
  }
  const pairs = n >>> 1;
  if (pairs >= 1 && oddZeros >= pairs * 0.4 && evenZeros <= pairs * 0.05) return 'utf-16le';
  if (pairs >= 1 && evenZeros >= pairs * 0.4 && oddZeros <= pairs * 0.05) return 'utf-16be';
  if (evenZeros + oddZeros > 0 || controls > n * 0.05) return 'binary';
  return 'utf-8';
}

export class LineStream {
  private encodingName: TextEncodingName | undefined;
  private head: Uint8Array | undefined;
  /** The unfinished last line of the previous chunk (UTF-8 bytes). */
  private carry: Uint8Array = new Uint8Array(0);
  /** Old Mac files: CR alone ends a line (decided from the first block). */
  private crOnly = false;
  private line = 0;
  private utf16Odd = -1;
  private highSurrogate = 0;
  private failed: BinaryFileFailure | undefined;
  private bytes = 0;
  private fixed: FixedLengthLines | undefined;

  constructor(private readonly onLine: LineHandler) {}

  /** Lines of one length to look for first (see FixedLengthLines); undefined to stop. */
  expectFixedLength(fixed: FixedLengthLines | undefined): void {
    this.fixed = fixed;
  }

  get encoding(): TextEncodingName | undefined {
    return this.encodingName;
  }

  /** Set once the input proved to be binary; later chunks are ignored. */
  get failure(): BinaryFileFailure | undefined {
    return this.failed;
  }

  /** Lines completed so far. */
  get linesRead(): number {
    return this.line;
  }

  get bytesRead(): number {
    return this.bytes;
  }

  push(input: Uint8Array): void {
    if (this.failed) return;
    // A plain Uint8Array view: Node's Buffer is a subclass, and mixing the two makes every byte
    // read in the line parsers polymorphic (measurably slower over millions of lines).
    const chunk = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
    this.bytes += chunk.length;
    if (this.encodingName === undefined) {
      // Gather enough bytes to sniff: a first chunk of 1 byte must not decide the encoding.
      // Copied: callers may reuse their read buffer for the next chunk.
      this.head = this.head ? concat(this.head, chunk) : copyBytes(chunk);
      if (this.head.length < sniffBytes) return;
      this.start();
      return;
    }
    this.decode(chunk);
  }

  /** Flushes the last line (a file need not end with a line break). */
  end(): void {
    if (this.failed) return;
    if (this.encodingName === undefined) {
      if (!this.head || this.head.length === 0) return;
      this.start();
      if (this.failed) return;
    }
    if (this.carry.length > 0) {
      this.emit(this.carry, 0, this.carry.length);
      this.carry = new Uint8Array(0);
    }
  }

  private start(): void {
    const head = this.head ?? new Uint8Array(0);
    this.head = undefined;
    const sniffed = sniffEncoding(head);
    if (sniffed === 'binary') {
      this.failed = { reason: 'binary', line: binaryLine(head) };
      return;
    }
    this.encodingName = sniffed;
    this.crOnly = head.includes(CR) && !head.includes(LF);
    const skip =
      sniffed === 'utf-8-bom' ? 3 : sniffed === 'utf-8' ? 0 : head[0] === 0xff || head[0] === 0xfe ? 2 : 0;
    this.decode(head.subarray(skip));
  }

  private decode(chunk: Uint8Array): void {
    switch (this.encodingName) {
      case 'utf-8':
      case 'utf-8-bom':
        this.split(chunk);
        return;
      case 'utf-16le':
      case 'utf-16be':
        this.split(this.fromUtf16(chunk, this.encodingName === 'utf-16le'));
        return;
      case undefined:
        return;
    }
  }

  /** UTF-16 → UTF-8, keeping an odd trailing byte and a pending high surrogate for the next chunk. */
  private fromUtf16(chunk: Uint8Array, little: boolean): Uint8Array {
    const out = new Uint8Array(Math.ceil((chunk.length + 1) / 2) * 3 + 4);
    let o = 0;
    let i = 0;
    const unit = (a: number, b: number) => (little ? a | (b << 8) : (a << 8) | b);
    const write = (code: number) => {
      if (code < 0x80) out[o++] = code;
      else if (code < 0x800) {
        out[o++] = 0xc0 | (code >> 6);
        out[o++] = 0x80 | (code & 63);
      } else if (code < 0x10000) {
        out[o++] = 0xe0 | (code >> 12);
        out[o++] = 0x80 | ((code >> 6) & 63);
        out[o++] = 0x80 | (code & 63);
      } else {
        out[o++] = 0xf0 | (code >> 18);
        out[o++] = 0x80 | ((code >> 12) & 63);
        out[o++] = 0x80 | ((code >> 6) & 63);
        out[o++] = 0x80 | (code & 63);
      }
    };
    const take = (u: number) => {
      if (this.highSurrogate) {
        const high = this.highSurrogate;
        this.highSurrogate = 0;
        if (u >= 0xdc00 && u <= 0xdfff) {
          write(0x10000 + ((high - 0xd800) << 10) + (u - 0xdc00));
          return;
        }
        write(0xfffd);
      }
      if (u >= 0xd800 && u <= 0xdbff) this.highSurrogate = u;
      else if (u >= 0xdc00 && u <= 0xdfff) write(0xfffd);
      else write(u);
    };
    if (this.utf16Odd >= 0 && chunk.length > 0) {
      take(unit(this.utf16Odd, chunk[0] ?? 0));
      this.utf16Odd = -1;
      i = 1;
    }
    for (; i + 1 < chunk.length; i += 2) take(unit(chunk[i] ?? 0, chunk[i + 1] ?? 0));
    if (i < chunk.length) this.utf16Odd = chunk[i] ?? 0;
    return out.subarray(0, o);
  }

  private split(bytes: Uint8Array): void {
    // Lines end at LF (a CR before it is dropped in emit); files with lone CRs split on CR instead.
    // indexOf is native, so a 50 MB file is split without touching each byte in JavaScript.
    const separator = this.crOnly ? CR : LF;
    let start = 0;
    const n = bytes.length;
    for (;;) {
      // Read each time: the line handler can start expecting fixed-length lines mid-chunk.
      const fixed = this.fixed;
      if (fixed !== undefined && this.carry.length === 0) {
        // A line of the expected length ends right there (LF, CRLF, or CR in old Mac files) and its
        // reader takes it: no search. `accept` vouches that no line break is inside.
        const e = start + fixed.length;
        let next = -1;
        if (e < n && bytes[e] === separator) next = e + 1;
        else if (e + 1 < n && bytes[e] === CR && bytes[e + 1] === LF) next = e + 2;
        if (next > 0 && fixed.accept(bytes, start, e, this.line + 1)) {
          this.line++;
          start = next;
          continue;
        }
      }
      const i = bytes.indexOf(separator, start);
      if (i < 0) break;
      if (this.carry.length > 0) {
        const joined = concat(this.carry, bytes.subarray(start, i));
        this.carry = new Uint8Array(0);
        this.emit(joined, 0, joined.length);
      } else {
        this.emit(bytes, start, i);
      }
      start = i + 1;
    }
    if (start < n)
      this.carry =
        this.carry.length > 0 ? concat(this.carry, bytes.subarray(start)) : copyBytes(bytes.subarray(start));
  }

  private emit(bytes: Uint8Array, start: number, end: number): void {
    if (end > start && bytes[end - 1] === CR) end--;
    this.line++;
    this.onLine(bytes, start, end, this.line);
  }
}

/** A real copy: Node's Buffer#slice returns a view, so `.slice()` cannot be trusted to copy. */
function copyBytes(view: Uint8Array): Uint8Array {
  const out = new Uint8Array(view.length);
  out.set(view);
  return out;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** Decodes UTF-8 bytes to a string (malformed sequences become U+FFFD); shared/ has no TextDecoder. */
export function decodeUtf8(bytes: Uint8Array, start = 0, end = bytes.length): string {
  let out = '';
  let i = start;
  while (i < end) {
    const b = bytes[i] ?? 0;
    let code = 0xfffd;
    let size = 1;
    if (b < 0x80) code = b;
    else if (b >= 0xc2 && b < 0xe0 && i + 1 < end) {
      code = ((b & 31) << 6) | ((bytes[i + 1] ?? 0) & 63);
      size = 2;
    } else if (b >= 0xe0 && b < 0xf0 && i + 2 < end) {
      code = ((b & 15) << 12) | (((bytes[i + 1] ?? 0) & 63) << 6) | ((bytes[i + 2] ?? 0) & 63);
      size = 3;
    } else if (b >= 0xf0 && b < 0xf5 && i + 3 < end) {
      code =
        ((b & 7) << 18) |
        (((bytes[i + 1] ?? 0) & 63) << 12) |
        (((bytes[i + 2] ?? 0) & 63) << 6) |
        ((bytes[i + 3] ?? 0) & 63);
      size = 4;
    }
    for (let k = 1; k < size; k++) {
      if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) {
        code = 0xfffd;
        size = 1;
        break;
      }
    }
    out += String.fromCodePoint(code);
    i += size;
  }
  return out;
}

/** Encodes a string as UTF-8 bytes (for tests and for text typed into the UI). */
export function encodeUtf8(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) out.push(code);
    else if (code < 0x800) out.push(0xc0 | (code >> 6), 0x80 | (code & 63));
    else if (code < 0x10000) out.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63));
    else
      out.push(
        0xf0 | (code >> 18),
        0x80 | ((code >> 12) & 63),
        0x80 | ((code >> 6) & 63),
        0x80 | (code & 63),
      );
  }
  return Uint8Array.from(out);
}
