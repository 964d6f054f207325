// What an import returns across the bridge and to the CLI: the audience and the report, or the
// failure (with the report so far, so the invalid lines can still be read). Nothing was written then.

import { assertNever } from '../domain/assert';
import type { AudienceSummary } from './audience';
import type { LocalizedText } from '../i18n/text';
import { englishText } from '../i18n/text';
import type { ImportFailure, ImportReport } from './id-import';
import type { MemberIdKind } from './ids';

export type ImportOutcome =
  | { readonly ok: true; readonly audience: AudienceSummary; readonly report: ImportReport }
  | { readonly ok: false; readonly failure: ImportFailure; readonly report: ImportReport | null };

/** Progress of a chunked upload, as each chunk is acknowledged. */
export interface ImportProgress {
  readonly importId: string;
  readonly receivedBytes: number;
  readonly totalBytes: number;
  readonly linesRead: number;
}

/** How numbers and sizes are written into the sentence: the UI formats them in the user's locale. */
export interface FailureFormat {
  readonly number: (n: number) => string;
  readonly bytes: (n: number) => string;
}

const plainFormat: FailureFormat = {
  number: (n) => String(n),
  bytes: (n) => `${String(n)} bytes`,
};

const kindText = (kind: MemberIdKind): LocalizedText => ({
  key: kind === 'userId' ? 'audiences.idKind.userId' : 'audiences.idKind.ifa',
});

/**
 * The sentence that explains a failed import, as a catalogue key with its values: the UI renders
 * it in the user's language, the CLI in English. A file mixing the two ID kinds names both lines:
 * the first of the kind that came first, and the first of the other kind.
 */
export function importFailureText(
  failure: ImportFailure,
  file: string,
  format: FailureFormat = plainFormat,
): LocalizedText {
  switch (failure.reason) {
    case 'empty':
      return { key: 'audiences.failure.empty', params: { file } };
    case 'binary':
      return { key: 'audiences.failure.binary', params: { file, line: format.number(failure.line) } };
    case 'no-valid-ids':
      return { key: 'audiences.failure.noValidIds', params: { file } };
    case 'mixed-kinds': {
      const params = {
        file,
        line: format.number(failure.line),
        found: kindText(failure.found),
        expected: kindText(failure.expected),
      };
      return failure.firstLine === null
        ? { key: 'audiences.failure.mixedKinds', params }
        : {
            key: 'audiences.failure.mixedKindsInFile',
            params: { ...params, firstLine: format.number(failure.firstLine) },
          };
    }
    case 'too-many-ids':
      return { key: 'audiences.failure.tooManyIds', params: { file, limit: format.number(failure.limit) } };
    case 'column-not-found':
      return { key: 'audiences.failure.columnNotFound', params: { file, column: failure.column } };
    case 'too-large':
      return {
        key: 'audiences.failure.tooLarge',
        params: { file, size: format.bytes(failure.bytes), limit: format.bytes(failure.limit) },
      };
    case 'read-error':
      return { key: 'audiences.failure.readError', params: { file, detail: failure.detail } };
    case 'cancelled':
      return { key: 'audiences.failure.cancelled', params: { file } };
    default:
      return assertNever(failure, 'importFailureText');
  }
}

/** The same sentence in English, for the CLI and logs. */
export function describeImportFailure(failure: ImportFailure, fileName: string): string {
  return englishText(importFailureText(failure, fileName));
}
