// The user-ID / IFA file parser: one ID per line, or one column of a CSV (header row, quotes and
// blank lines tolerated). Classifies each row, dedupes (dedupeImport) and builds the report with
// line numbers. Pure and streaming: feed chunks with push(), then finish().

import { parseIdBytes, userIdLength, type InvalidIdReason, type MemberIdKind } from './ids';
import { maxLocalAudienceMembers, reportedInvalidRowsMax } from './limits';
import { decodeUtf8, LineStream, type TextEncodingName } from './line-stream';
import { dedupeImport } from './member-set';

export type CsvDelimiter = ',' | ';' | '\t';

export interface InvalidRow {
  readonly line: number;
  readonly reason: InvalidIdReason;
  /** The offending cell (or line), shortened. */
  readonly text: string;
}

export interface ImportReport {
  readonly encoding: TextEncodingName | null;
  readonly delimiter: CsvDelimiter | null;
  /** The 1-based column the IDs were read from. */
  readonly column: number;
  /** The line skipped as a header row, if any. */
  readonly headerLine: number | null;
  readonly kind: MemberIdKind | null;
  readonly bytesRead: number;
  readonly linesRead: number;
  readonly blankLines: number;
  /** Rows holding a valid ID, duplicates included. */
  readonly validRows: number;
  /** IDs new to the audience: what the import adds. */
  readonly addedIds: number;
  /** Valid rows repeating an ID seen earlier in the file. */
  readonly duplicatesInFile: number;
  /** Valid rows whose ID the audience already had (appending). */
  readonly alreadyInAudience: number;
  readonly invalidRows: number;
  /** The first `reportedInvalidRowsMax` invalid rows. */
  readonly invalid: readonly InvalidRow[];
}

export type ImportFailure =
  | { readonly reason: 'empty' }
  | { readonly reason: 'binary'; readonly line: number }
  | { readonly reason: 'no-valid-ids' }
  | {
      readonly reason: 'mixed-kinds';
      readonly line: number;
      readonly found: MemberIdKind;
      readonly expected: MemberIdKind;
      /** The line that set the expected kind; null when it came from the existing audience. */
      readonly firstLine: number | null;
    }
  | { readonly reason: 'too-many-ids'; readonly limit: number }
  | { readonly reason: 'column-not-found'; readonly column: string }
  | { readonly reason: 'too-large'; readonly limit: number; readonly bytes: number }
  | { readonly reason: 'read-error'; readonly detail: string }
  | { readonly reason: 'cancelled' };

export interface IdImportOptions {
  /** 1-based column number, or a header name; automatic when left out. */
  readonly column?: number | string;
  /** The kind the audience already has (appending). */
  readonly expectedKind?: MemberIdKind | null;
  /** The audience's current members, packed (appending). */
  readonly existing?: Uint32Array;
  readonly maxMembers?: number;
  /** Expected number of IDs, to size the set once (e.g. file size / 34). */
  readonly sizeHint?: number;
}

export type IdImportResult =
  | {
      readonly ok: true;
      readonly report: ImportReport;
      /** The IDs new to the audience, packed four words each. */
      readonly added: Uint32Array;
      readonly existingCount: number;
    }
  | { readonly ok: false; readonly failure: ImportFailure; readonly report: ImportReport };

/** Header cells that name the ID column (compared without case, spaces, "_" or "-"). */
const idHeaderNames = new Set([
  'userid',
  'uid',
  'id',
  'lineuserid',
  'lineid',
  'mid',
  'ifa',
  'idfa',
  'gaid',
  'aaid',
  'adid',
  'advertisingid',
  'deviceid',
]);

const scratchWords = new Uint32Array(4);
const SPACE = 0x20;
const TAB = 0x09;
const QUOTE = 0x22;
const LETTER_U = 0x55;
const excerptMax = 60;

export class IdImportParser {
  private readonly lines: LineStream;
  /** Every valid ID in file order, packed; duplicates are removed at the end (dedupeImport). */
  private collected: Uint32Array;
  private readonly existing: Uint32Array;
  private readonly maxMembers: number;
  private readonly existingCount: number;
  private delimiter: number | null | undefined;
  private column: number | undefined;
  private headerLine: number | null = null;
  private sawContent = false;
  private kind: MemberIdKind | null;
  private kindLine: number | null = null;
  private blankLines = 0;
  private validRows = 0;
  private added = 0;
  private duplicatesInFile = 0;
  private alreadyInAudience = 0;
  private invalidRows = 0;
  private readonly invalid: InvalidRow[] = [];
  private failed: ImportFailure | undefined;
  /** One user ID per line, no delimiter, and a valid row read: lines take the fast path. */
  private plainUserIds = false;

  constructor(private readonly options: IdImportOptions = {}) {
    this.kind = options.expectedKind ?? null;
    this.maxMembers = options.maxMembers ?? maxLocalAudienceMembers;
    this.existing = options.existing ?? new Uint32Array(0);
    this.existingCount = this.existing.length / 4;
    this.collected = new Uint32Array(
      Math.max(1024, Math.min(options.sizeHint ?? 1024, this.maxMembers * 2)) * 4,
    );
    if (typeof options.column === 'number') this.column = options.column;
    this.lines = new LineStream((bytes, start, end, line) => {
      if (!this.failed) this.onLine(bytes, start, end, line);
    });
  }

  /** Set as soon as the import cannot succeed; further input is ignored. */
  get failure(): ImportFailure | undefined {
    return this.failed ?? this.lines.failure;
  }

  get linesRead(): number {
    return this.lines.linesRead;
  }

  get bytesRead(): number {
    return this.lines.bytesRead;
  }

  push(chunk: Uint8Array): void {
    if (!this.failure) this.lines.push(chunk);
  }

  finish(): IdImportResult {
    if (!this.failure) this.lines.end();
    let failure = this.failure ?? this.finalCheck();
    let added: Uint32Array = new Uint32Array(0);
    if (!failure) {
      const deduped = dedupeImport(this.existing, this.collected.subarray(0, this.validRows * 4));
      added = deduped.added;
      this.added = added.length / 4;
      this.duplicatesInFile = deduped.duplicatesInFile;
      this.alreadyInAudience = deduped.alreadyInAudience;
      if (this.added + this.existingCount > this.maxMembers)
        failure = { reason: 'too-many-ids', limit: this.maxMembers };
    }
    const report = this.report();
    if (failure) return { ok: false, failure, report };
    return { ok: true, report, added, existingCount: this.existingCount };
  }

  /** Stops with a failure found outside the parser (file too large, read error, cancel). */
  fail(failure: ImportFailure): void {
    this.failed ??= failure;
  }

  private finalCheck(): ImportFailure | undefined {
    if (this.lines.bytesRead === 0 || (!this.sawContent && this.invalidRows === 0))
      return { reason: 'empty' };
    if (this.validRows === 0) return { reason: 'no-valid-ids' };
    return undefined;
  }

  report(): ImportReport {
    return {
      encoding: this.lines.encoding ?? null,
      delimiter:
        this.delimiter === undefined || this.delimiter === null
          ? null
          : (String.fromCharCode(this.delimiter) as CsvDelimiter),
      column: this.column ?? 1,
      headerLine: this.headerLine,
      kind: this.kind,
      bytesRead: this.lines.bytesRead,
      linesRead: this.lines.linesRead,
      blankLines: this.blankLines,
      validRows: this.validRows,
      addedIds: this.added,
      duplicatesInFile: this.duplicatesInFile,
      alreadyInAudience: this.alreadyInAudience,
      invalidRows: this.invalidRows,
      invalid: this.invalid,
    };
  }

  private onLine(bytes: Uint8Array, start: number, end: number, line: number): void {
    // The common line of a plain user-ID file once its first rows are read: the ID alone. Anything
    // else (spaces, quotes, an invalid ID) takes the full path below, which reads it afresh.
    if (this.plainUserIds && end - start === userIdLength && bytes[start] === LETTER_U) {
      if (this.validRows * 4 === this.collected.length) this.growCollected();
      if (parseIdBytes(bytes, start, end, this.collected, this.validRows * 4) === 'userId') {
        this.validRows++;
        return;
      }
    }
    // Trim spaces and tabs around the whole line: a blank line is skipped, never an invalid row.
    while (start < end && (bytes[start] === SPACE || bytes[start] === TAB)) start++;
    while (end > start && (bytes[end - 1] === SPACE || bytes[end - 1] === TAB)) end--;
    if (start === end) {
      this.blankLines++;
      return;
    }
    if (this.delimiter === undefined) this.delimiter = detectDelimiter(bytes, start, end);
    const firstContent = !this.sawContent;
    this.sawContent = true;

    let cellStart: number;
    let cellEnd: number;
    if (this.delimiter !== null) {
      if (this.column === undefined) {
        // Automatic column: a header naming the ID column, else the first cell holding an ID.
        const cells = splitCells(bytes, start, end, this.delimiter);
        if (firstContent) {
          const named = this.columnFromHeader(cells, bytes);
          if (named !== undefined || typeof this.options.column === 'string') {
            if (named === undefined) {
              this.failed = { reason: 'column-not-found', column: String(this.options.column) };
              return;
            }
            this.column = named;
            this.headerLine = line;
            return;
          }
        }
        const found = cells.findIndex(([s, e]) => {
          const kind = parseIdBytes(bytes, s, e, scratchWords, 0);
          return kind === 'userId' || kind === 'ifa';
        });
        if (found < 0) {
          if (firstContent) this.headerLine = line;
          else this.reject(bytes, start, end, line, 'not-an-id');
          return;
        }
        this.column = found + 1;
      }
      const cell = cellAt(bytes, start, end, this.delimiter, this.column - 1);
      if (!cell) {
        this.reject(bytes, start, end, line, 'empty');
        return;
      }
      [cellStart, cellEnd] = cell;
    } else {
      [cellStart, cellEnd] = unquote(bytes, start, end);
      if (firstContent && typeof this.options.column === 'string') {
        const name = normalizeHeader(decodeUtf8(bytes, cellStart, cellEnd));
        if (name !== normalizeHeader(this.options.column)) {
          this.failed = { reason: 'column-not-found', column: this.options.column };
          return;
        }
        this.column = 1;
        this.headerLine = line;
        return;
      }
    }

    if (this.validRows * 4 === this.collected.length) this.growCollected();
    const kind = parseIdBytes(bytes, cellStart, cellEnd, this.collected, this.validRows * 4);
    if (kind !== 'userId' && kind !== 'ifa') {
      // The first row that is no ID is a header ("userId", "uid", "LINE user ID"…), never an error.
      if (firstContent) this.headerLine = line;
      else this.reject(bytes, cellStart, cellEnd, line, kind);
      return;
    }
    if (this.kind === null) {
      this.kind = kind;
      this.kindLine = line;
    } else if (kind !== this.kind) {
      this.failed = {
        reason: 'mixed-kinds',
        line,
        found: kind,
        expected: this.kind,
        firstLine: this.kindLine,
      };
      return;
    }
    this.validRows++;
    if (
      !this.plainUserIds &&
      this.delimiter === null &&
      kind === 'userId' &&
      this.options.column === undefined
    ) {
      this.plainUserIds = true;
      // From now on the stream hands over lines that are user IDs without searching for their end.
      this.lines.expectFixedLength({
        length: userIdLength,
        accept: (bytes, start, end) => this.acceptUserIdLine(bytes, start, end),
      });
    }
  }

  /** A line that is a user ID and nothing else, taken as a valid row; false for any other line. */
  private acceptUserIdLine(bytes: Uint8Array, start: number, end: number): boolean {
    if (this.failed || bytes[start] !== LETTER_U) return false;
    if (this.validRows * 4 === this.collected.length) this.growCollected();
    if (parseIdBytes(bytes, start, end, this.collected, this.validRows * 4) !== 'userId') return false;
    this.validRows++;
    return true;
  }

  private growCollected(): void {
    const grown = new Uint32Array(this.collected.length * 2);
    grown.set(this.collected);
    this.collected = grown;
  }

  private columnFromHeader(
    cells: readonly (readonly [number, number])[],
    bytes: Uint8Array,
  ): number | undefined {
    const wanted = this.options.column;
    const names = cells.map(([s, e]) => normalizeHeader(decodeUtf8(bytes, s, e)));
    const index =
      typeof wanted === 'string'
        ? names.indexOf(normalizeHeader(wanted))
        : names.findIndex((n) => idHeaderNames.has(n));
    return index < 0 ? undefined : index + 1;
  }

  private reject(bytes: Uint8Array, start: number, end: number, line: number, reason: InvalidIdReason): void {
    this.invalidRows++;
    if (this.invalid.length < reportedInvalidRowsMax) {
      const text = decodeUtf8(bytes, start, Math.min(end, start + excerptMax * 4));
      this.invalid.push({
        line,
        reason,
        text: text.length > excerptMax ? `${text.slice(0, excerptMax)}…` : text,
      });
    }
  }
}

function normalizeHeader(text: string): string {
  return text.toLowerCase().replace(/[\s_\-."']/g, '');
}

/** The delimiter of a CSV line (outside quotes), or null for one ID per line. */
function detectDelimiter(bytes: Uint8Array, start: number, end: number): number | null {
  let comma = 0;
  let semicolon = 0;
  let tab = 0;
  let quoted = false;
  for (let i = start; i < end; i++) {
    const b = bytes[i];
    if (b === QUOTE) quoted = !quoted;
    else if (!quoted) {
      if (b === 0x2c) comma++;
      else if (b === 0x3b) semicolon++;
      else if (b === TAB) tab++;
    }
  }
  if (comma === 0 && semicolon === 0 && tab === 0) return null;
  if (comma >= semicolon && comma >= tab) return 0x2c;
  return tab >= semicolon ? TAB : 0x3b;
}

/** Trims spaces and one pair of surrounding double quotes. */
function unquote(bytes: Uint8Array, start: number, end: number): [number, number] {
  while (start < end && (bytes[start] === SPACE || bytes[start] === TAB)) start++;
  while (end > start && (bytes[end - 1] === SPACE || bytes[end - 1] === TAB)) end--;
  if (end - start >= 2 && bytes[start] === QUOTE && bytes[end - 1] === QUOTE) {
    start++;
    end--;
    while (start < end && (bytes[start] === SPACE || bytes[start] === TAB)) start++;
    while (end > start && (bytes[end - 1] === SPACE || bytes[end - 1] === TAB)) end--;
  }
  return [start, end];
}

function splitCells(bytes: Uint8Array, start: number, end: number, delimiter: number): [number, number][] {
  const cells: [number, number][] = [];
  let quoted = false;
  let cellStart = start;
  for (let i = start; i < end; i++) {
    const b = bytes[i];
    if (b === QUOTE) quoted = !quoted;
    else if (b === delimiter && !quoted) {
      cells.push(unquote(bytes, cellStart, i));
      cellStart = i + 1;
    }
  }
  cells.push(unquote(bytes, cellStart, end));
  return cells;
}

function cellAt(
  bytes: Uint8Array,
  start: number,
  end: number,
  delimiter: number,
  index: number,
): [number, number] | undefined {
  let quoted = false;
  let cell = 0;
  let cellStart = start;
  for (let i = start; i < end; i++) {
    const b = bytes[i];
    if (b === QUOTE) quoted = !quoted;
    else if (b === delimiter && !quoted) {
      if (cell === index) return unquote(bytes, cellStart, i);
      cell++;
      cellStart = i + 1;
    }
  }
  if (cell === index) return unquote(bytes, cellStart, end);
  return undefined;
}
