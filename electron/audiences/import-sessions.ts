// Chunked imports for the UI: the renderer cannot hand main a path in browser mode, so it sends the
// file's bytes in chunks (each under the 8 MB request limit), and main parses each chunk as it
// arrives. Nothing is written until finish; cancel or an idle timeout simply drops the session.

import { randomUUID } from 'node:crypto';
import { ApiError } from '../../shared/api/result';
import type { IdImportParser } from '../../shared/audiences/id-import';
import type { ImportOutcome, ImportProgress } from '../../shared/audiences/import-outcome';
import { maxImportFileBytes } from '../../shared/audiences/limits';
import type { SqliteDatabase } from '../storage/database';
import { commitImport, prepareImport, type ImportTarget } from './import';

interface Session {
  readonly parser: IdImportParser;
  readonly target: ImportTarget;
  readonly fileName: string;
  readonly totalBytes: number;
  received: number;
  touched: number;
}

/** Sessions idle this long are dropped (a closed tab never calls cancel). */
const idleMs = 10 * 60 * 1000;
/** Each session holds a parser with its member set; a few at once is plenty for one person. */
const maxSessions = 4;

export interface ImportSessions {
  begin(target: ImportTarget, fileName: string, totalBytes: number, column?: number | string): string;
  append(importId: string, offset: number, base64: string): ImportProgress;
  finish(importId: string): ImportOutcome;
  cancel(importId: string): void;
}

export function createImportSessions(db: () => SqliteDatabase, now: () => number = Date.now): ImportSessions {
  const sessions = new Map<string, Session>();

  function sweep(): void {
    for (const [id, session] of sessions) if (now() - session.touched > idleMs) sessions.delete(id);
  }
  // A tab closed mid-import sends nothing more: free its buffers on a timer too.
  setInterval(sweep, idleMs / 4).unref();

  function take(importId: string): Session {
    sweep();
    const session = sessions.get(importId);
    if (!session) {
      throw new ApiError('not-found', { key: 'errors.audiences.importNotOpen' });
    }
    session.touched = now();
    return session;
  }

  return {
    begin(target, fileName, totalBytes, column) {
      sweep();
      if (sessions.size >= maxSessions) {
        throw new ApiError('conflict', {
          key: 'errors.audiences.tooManyImports',
          params: { count: maxSessions },
        });
      }
      if (totalBytes > maxImportFileBytes) {
        throw new ApiError('invalid-argument', {
          key: 'errors.audiences.fileTooLarge',
          params: { file: fileName, bytes: totalBytes, max: maxImportFileBytes },
        });
      }
      const parser = prepareImport(db(), target, {
        sizeHint: totalBytes,
        ...(column === undefined ? {} : { column }),
      });
      const id = randomUUID();
      sessions.set(id, { parser, target, fileName, totalBytes, received: 0, touched: now() });
      return id;
    },
    append(importId, offset, base64) {
      const session = take(importId);
      // Chunks must arrive in order and once: a retried or reordered request would corrupt lines.
      if (offset !== session.received) {
        throw new ApiError('conflict', {
          key: 'errors.audiences.chunkOutOfOrder',
          params: { offset, expected: session.received },
        });
      }
      const bytes = Buffer.from(base64, 'base64');
      session.received += bytes.length;
      if (session.received > session.totalBytes) {
        sessions.delete(importId);
        throw new ApiError('invalid-argument', {
          key: 'errors.audiences.moreThanAnnounced',
          params: { bytes: session.totalBytes },
        });
      }
      session.parser.push(bytes);
      return {
        importId,
        receivedBytes: session.received,
        totalBytes: session.totalBytes,
        linesRead: session.parser.linesRead,
      };
    },
    finish(importId) {
      const session = take(importId);
      sessions.delete(importId);
      if (session.received !== session.totalBytes && !session.parser.failure) {
        session.parser.fail({
          reason: 'read-error',
          detail: `only ${String(session.received)} of ${String(session.totalBytes)} bytes arrived`,
        });
      }
      return commitImport(db(), session.target, session.parser.finish(), session.fileName);
    },
    cancel(importId) {
      sessions.delete(importId);
    },
  };
}
