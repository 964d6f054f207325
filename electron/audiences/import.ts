// Imports a user-ID / IFA file into an audience, all or nothing: the file is streamed through the
// pure parser (nothing is written while reading), then one SQLite transaction creates or appends.
// Files are refused above the stated size limit, and a file that vanishes or changes mid-read fails.

import fs from 'node:fs';
import path from 'node:path';
import { ApiError } from '../../shared/api/result';
import { IdImportParser, type ImportFailure, type IdImportResult } from '../../shared/audiences/id-import';
import type { ImportOutcome } from '../../shared/audiences/import-outcome';
import { maxImportFileBytes } from '../../shared/audiences/limits';
import { writeTransaction, type SqliteDatabase } from '../storage/database';
import { queueAudienceAppend } from '../sync/audience-queue';
import {
  appendMembers,
  assertAudienceName,
  assertRoomForAudience,
  getAudience,
  insertAudience,
  loadMembers,
  requireAudience,
  requireChannel,
} from './repository';

/** Create a new upload audience, or append to an existing one. */
export type ImportTarget =
  | { readonly mode: 'create'; readonly channelId: number; readonly name: string }
  | { readonly mode: 'append'; readonly audienceId: number };

export interface ImportSettings {
  readonly column?: number | string;
  /** The file's size when known, to size memory once. */
  readonly sizeHint?: number;
}

/** Average bytes per line of an ID file ("U" + 32 hex + CRLF): sizes the member set up front. */
const bytesPerIdLine = 34;

/** Checks the target before any byte is read, and makes a parser primed with existing members. */
export function prepareImport(
  db: SqliteDatabase,
  target: ImportTarget,
  settings: ImportSettings = {},
): IdImportParser {
  const sizeHint =
    settings.sizeHint === undefined ? undefined : Math.ceil(settings.sizeHint / bytesPerIdLine);
  const base = {
    ...(settings.column === undefined ? {} : { column: settings.column }),
    ...(sizeHint ? { sizeHint } : {}),
  };
  switch (target.mode) {
    case 'create':
      requireChannel(db, target.channelId);
      assertAudienceName(db, target.channelId, target.name);
      assertRoomForAudience(db, target.channelId);
      return new IdImportParser(base);
    case 'append': {
      const audience = requireAudience(db, target.audienceId);
      if (audience.kind !== 'upload') {
        throw new ApiError('conflict', {
          key: 'errors.audiences.notUploadAudience',
          params: { name: audience.name },
        });
      }
      return new IdImportParser({
        ...base,
        expectedKind: audience.idKind,
        existing: loadMembers(db, audience.id),
      });
    }
  }
}

/** Writes a successful parse in one transaction; any failure rolls everything back. */
export function commitImport(
  db: SqliteDatabase,
  target: ImportTarget,
  result: IdImportResult,
  fileName: string,
): ImportOutcome {
  if (!result.ok) return { ok: false, failure: result.failure, report: result.report };
  const { added, existingCount, report } = result;
  const audienceId = writeTransaction(db, () => {
    if (target.mode === 'create') {
      const id = insertAudience(db, {
        channelId: target.channelId,
        name: target.name,
        kind: 'upload',
        idKind: report.kind,
        memberCount: 0,
      });
      appendMembers(db, id, added, 0, fileName);
      return id;
    }
    // Re-read inside the transaction: another import may have appended since the file was read.
    const current = requireAudience(db, target.audienceId);
    if ((current.size ?? 0) !== existingCount) {
      throw new ApiError('conflict', {
        key: 'errors.audiences.changedWhileReading',
        params: { name: current.name },
      });
    }
    appendMembers(db, target.audienceId, added, existingCount, fileName);
    // On LINE (or on its way there), the new members follow in the same transaction.
    queueAudienceAppend(db, target.audienceId, existingCount, existingCount + added.length / 4);
    return target.audienceId;
  });
  const audience = getAudience(db, audienceId);
  if (!audience) throw new Error(`commitImport: audience ${String(audienceId)} vanished after commit`);
  return { ok: true, audience, report };
}

export interface ImportFileOptions extends ImportSettings {
  readonly signal?: AbortSignal;
  /** Called after each chunk with the bytes read so far and the file's size. */
  readonly onProgress?: (bytesRead: number, totalBytes: number, linesRead: number) => void;
  readonly chunkBytes?: number;
  readonly maxBytes?: number;
}

const defaultChunkBytes = 4 * 1024 * 1024;

/** Streams a file through the parser; the parser holds the outcome (or the failure). */
export async function readFileInto(
  parser: IdImportParser,
  file: string,
  options: ImportFileOptions = {},
): Promise<void> {
  const limit = options.maxBytes ?? maxImportFileBytes;
  // Opening a named pipe for reading waits for a writer, which may never come: look first, and
  // open without blocking in case the path is swapped for one in between.
  assertRegularFile(file, await statForImport(file));
  let handle: fs.promises.FileHandle;
  try {
    handle = await fs.promises.open(file, fs.constants.O_RDONLY | nonBlocking);
  } catch (error) {
    throw new ApiError('not-found', {
      key: 'errors.audiences.cannotOpen',
      params: { file, reason: (error as NodeJS.ErrnoException).code ?? String(error) },
    });
  }
  try {
    const stat = await handle.stat();
    assertRegularFile(file, stat);
    if (stat.size > limit) {
      parser.fail({ reason: 'too-large', limit, bytes: stat.size });
      return;
    }
    // Two buffers: the next chunk is read (on libuv's thread pool) while the parser works through
    // this one, so reading and parsing overlap instead of taking turns.
    const size = options.chunkBytes ?? defaultChunkBytes;
    const readInto = (buffer: Buffer): Promise<number | NodeJS.ErrnoException> =>
      handle.read(buffer, 0, buffer.length, null).then(
        (r) => r.bytesRead,
        (error: unknown) => error as NodeJS.ErrnoException,
      );
    let buffer = Buffer.allocUnsafe(size);
    let next = Buffer.allocUnsafe(size);
    let pending = readInto(buffer);
    let total = 0;
    for (;;) {
      const n = await pending;
      if (typeof n !== 'number') {
        parser.fail({ reason: 'read-error', detail: n.code ?? String(n) });
        return;
      }
      if (options.signal?.aborted) {
        parser.fail({ reason: 'cancelled' });
        return;
      }
      if (n === 0) break;
      total += n;
      // The size can grow while reading (a file still being written): keep to the limit regardless.
      if (total > limit) {
        parser.fail({ reason: 'too-large', limit, bytes: total });
        return;
      }
      pending = readInto(next);
      // The parser keeps references into chunks only for partial lines, which it copies, so the
      // buffer is free again once push returns.
      parser.push(buffer.subarray(0, n));
      if (parser.failure) {
        await pending;
        return;
      }
      options.onProgress?.(total, stat.size, parser.linesRead);
      [buffer, next] = [next, buffer];
    }
    // Deleted (no links left) or replaced/truncated while read: what was read is not the file.
    const after = await handle.stat();
    const failure = vanished(stat, after, total);
    if (failure) parser.fail(failure);
    else {
      try {
        await fs.promises.access(file);
      } catch {
        parser.fail({ reason: 'read-error', detail: 'the file was deleted or moved while it was read' });
      }
    }
  } finally {
    await handle.close();
  }
}

/** O_NONBLOCK where the platform has it (not Windows, which has no named pipes in the file system). */
const nonBlocking = process.platform === 'win32' ? 0 : fs.constants.O_NONBLOCK;

async function statForImport(file: string): Promise<fs.Stats> {
  try {
    return await fs.promises.stat(file);
  } catch (error) {
    throw new ApiError('not-found', {
      key: 'errors.audiences.cannotOpen',
      params: { file, reason: (error as NodeJS.ErrnoException).code ?? String(error) },
    });
  }
}

/** Only regular files are read: a pipe, socket or device could block or never end. */
function assertRegularFile(file: string, stat: fs.Stats): void {
  if (stat.isFile()) return;
  const kind = stat.isDirectory()
    ? 'folder'
    : stat.isFIFO()
      ? 'pipe'
      : stat.isSocket()
        ? 'socket'
        : stat.isCharacterDevice() || stat.isBlockDevice()
          ? 'device'
          : 'other';
  throw new ApiError('invalid-argument', {
    key: 'errors.audiences.notAFile',
    params: { file, kind: { key: `errors.audiences.fileKind.${kind}` } },
  });
}

function vanished(before: fs.Stats, after: fs.Stats, read: number): ImportFailure | undefined {
  if (after.nlink === 0) return { reason: 'read-error', detail: 'the file was deleted while it was read' };
  if (after.size !== before.size || read !== before.size || after.mtimeMs !== before.mtimeMs) {
    return { reason: 'read-error', detail: 'the file changed while it was read' };
  }
  return undefined;
}

/** The whole import of a file on disk: checks, stream, parse, one transaction. */
export async function importFile(
  db: SqliteDatabase,
  file: string,
  target: ImportTarget,
  options: ImportFileOptions = {},
): Promise<ImportOutcome> {
  // Refused before anything else: a missing file or a pipe needs no audience checks.
  const stat = await statForImport(file);
  assertRegularFile(file, stat);
  const sizeHint = stat.size;
  const parser = prepareImport(db, target, {
    ...(options.column === undefined ? {} : { column: options.column }),
    sizeHint: Math.min(sizeHint, options.maxBytes ?? maxImportFileBytes),
  });
  await readFileInto(parser, file, options);
  return commitImport(db, target, parser.finish(), path.basename(file));
}
