// A streaming multipart/form-data parser: fields are collected as strings, file parts are handed on
// chunk by chunk, so a 50 MB file of user IDs is never held whole. Plus a line splitter for ID files.

export interface MultipartFilePart {
  readonly name: string;
  readonly filename: string | undefined;
  readonly contentType: string | undefined;
}

export interface MultipartHandlers {
  /** A file part begins; return a consumer for its bytes, or undefined to skip it. */
  onFile(part: MultipartFilePart): ((chunk: Buffer) => void) | undefined;
  /** A file part ended. */
  onFileEnd?(part: MultipartFilePart): void;
}

export interface MultipartResult {
  readonly fields: ReadonlyMap<string, string>;
  readonly files: readonly MultipartFilePart[];
}

export class MultipartError extends Error {
  override name = 'MultipartError';
}

/** The boundary of a `multipart/form-data; boundary=…` content type, or undefined. */
export function multipartBoundary(contentType: string | undefined): string | undefined {
  if (!contentType || !/^multipart\/form-data\b/i.test(contentType)) return undefined;
  const match = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return match?.[1] ?? match?.[2];
}

const CRLFCRLF = Buffer.from('\r\n\r\n');
const fieldLimit = 64 * 1024;

export function createMultipartParser(boundary: string, handlers: MultipartHandlers) {
  const delimiter = Buffer.from(`\r\n--${boundary}`);
  const keep = delimiter.length + 1;
  // The first boundary has no CRLF before it: pretend it had one.
  let pending: Buffer = Buffer.from('\r\n');
  let state: 'preamble' | 'after-delimiter' | 'headers' | 'body' | 'done' = 'preamble';
  const fields = new Map<string, string>();
  const files: MultipartFilePart[] = [];
  let current:
    | {
        part: MultipartFilePart;
        sink: ((chunk: Buffer) => void) | undefined;
        field: Buffer[] | undefined;
        size: number;
      }
    | undefined;

  const emit = (data: Buffer) => {
    if (!current || data.length === 0) return;
    if (current.field) {
      current.size += data.length;
      if (current.size > fieldLimit)
        throw new MultipartError(`form field "${current.part.name}" is too large`);
      current.field.push(Buffer.from(data));
    } else current.sink?.(data);
  };

  const finishPart = () => {
    if (!current) return;
    if (current.field) fields.set(current.part.name, Buffer.concat(current.field).toString('utf8'));
    else handlers.onFileEnd?.(current.part);
    current = undefined;
  };

  const startPart = (headerText: string) => {
    const headers = new Map<string, string>();
    for (const line of headerText.split('\r\n')) {
      const colon = line.indexOf(':');
      if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
    }
    const disposition = headers.get('content-disposition') ?? '';
    const name = /\bname="([^"]*)"/i.exec(disposition)?.[1];
    if (name === undefined) throw new MultipartError('a form part has no name');
    const filename = /\bfilename="([^"]*)"/i.exec(disposition)?.[1];
    const part: MultipartFilePart = { name, filename, contentType: headers.get('content-type') };
    if (filename === undefined) current = { part, sink: undefined, field: [], size: 0 };
    else {
      files.push(part);
      current = { part, sink: handlers.onFile(part), field: undefined, size: 0 };
    }
  };

  const step = (): boolean => {
    switch (state) {
      case 'preamble':
      case 'body': {
        const at = pending.indexOf(delimiter);
        if (at < 0) {
          if (pending.length > keep) {
            if (state === 'body') emit(pending.subarray(0, pending.length - keep));
            pending = pending.subarray(pending.length - keep);
          }
          return false;
        }
        if (state === 'body') {
          emit(pending.subarray(0, at));
          finishPart();
        }
        pending = pending.subarray(at + delimiter.length);
        state = 'after-delimiter';
        return true;
      }
      case 'after-delimiter': {
        if (pending.length < 2) return false;
        if (pending[0] === 0x2d && pending[1] === 0x2d) {
          state = 'done';
          return false;
        }
        // Skip transport padding up to the CRLF.
        const eol = pending.indexOf('\r\n');
        if (eol < 0) return false;
        pending = pending.subarray(eol + 2);
        state = 'headers';
        return true;
      }
      case 'headers': {
        // A part with no headers at all starts right with the blank line.
        if (pending.length >= 2 && pending[0] === 0x0d && pending[1] === 0x0a) {
          throw new MultipartError('a form part has no headers');
        }
        const end = pending.indexOf(CRLFCRLF);
        if (end < 0) {
          if (pending.length > 16 * 1024) throw new MultipartError('form part headers are too large');
          return false;
        }
        startPart(pending.subarray(0, end).toString('utf8'));
        pending = pending.subarray(end + 4);
        state = 'body';
        return true;
      }
      case 'done':
        return false;
    }
  };

  return {
    write(chunk: Buffer): void {
      if (state === 'done') return;
      pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
      while (step());
    },
    end(): MultipartResult {
      if (state !== 'done') throw new MultipartError('the multipart body ended before its closing boundary');
      return { fields, files };
    },
  };
}

/**
 * Splits a byte stream into lines (LF or CRLF), calling `onLine` with the buffer and the bounds of
 * each line, without copying complete lines out of the chunk they arrived in.
 */
export function createLineSplitter(onLine: (buf: Buffer, start: number, end: number) => void) {
  let carry: Buffer | undefined;
  const emitLine = (buf: Buffer, start: number, end: number) => {
    if (end > start && buf[end - 1] === 0x0d) end--;
    onLine(buf, start, end);
  };
  return {
    write(chunk: Buffer): void {
      let start = 0;
      let nl = chunk.indexOf(10, 0);
      if (carry) {
        if (nl < 0) {
          carry = Buffer.concat([carry, chunk]);
          return;
        }
        const joined = Buffer.concat([carry, chunk.subarray(0, nl)]);
        carry = undefined;
        emitLine(joined, 0, joined.length);
        start = nl + 1;
        nl = chunk.indexOf(10, start);
      }
      while (nl >= 0) {
        emitLine(chunk, start, nl);
        start = nl + 1;
        nl = chunk.indexOf(10, start);
      }
      if (start < chunk.length) carry = Buffer.from(chunk.subarray(start));
    },
    end(): void {
      if (carry) emitLine(carry, 0, carry.length);
      carry = undefined;
    },
  };
}
