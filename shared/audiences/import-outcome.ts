// What an import returns across the bridge and to the CLI: the audience and the report, or the
// failure (with the report so far, so the invalid lines can still be read). Nothing was written then.

import { assertNever } from '../domain/assert';
import type { AudienceSummary } from './audience';
import type { ImportFailure, ImportReport } from './id-import';

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

const kindName = { userId: 'a LINE user ID', ifa: 'an IFA' } as const;

/** One English sentence for the CLI and logs; the UI has its own translated messages. */
export function describeImportFailure(failure: ImportFailure, fileName: string): string {
  switch (failure.reason) {
    case 'empty':
      return `${fileName} is empty: there are no IDs to import.`;
    case 'binary':
      return `${fileName} is not a text file (binary data at line ${String(failure.line)}). Export the IDs as TXT or CSV.`;
    case 'no-valid-ids':
      return `${fileName} holds no valid IDs: every row is invalid (see the report). Nothing was imported.`;
    case 'mixed-kinds':
      return (
        `${fileName} line ${String(failure.line)} holds ${kindName[failure.found]}, but ` +
        (failure.firstLine === null ? 'the audience holds ' : `line ${String(failure.firstLine)} holds `) +
        `${kindName[failure.expected]}; one audience cannot mix user IDs and IFAs. Nothing was imported.`
      );
    case 'too-many-ids':
      return `${fileName} would take the audience over ${String(failure.limit)} IDs, the most OA Planner keeps in one audience. Nothing was imported.`;
    case 'column-not-found':
      return `${fileName} has no column "${failure.column}" in its header row.`;
    case 'too-large':
      return `${fileName} is ${String(failure.bytes)} bytes; files over ${String(failure.limit)} bytes are refused. Split it and import the parts with --append.`;
    case 'read-error':
      return `${fileName} could not be read to the end (${failure.detail}). Nothing was imported.`;
    case 'cancelled':
      return 'The import was cancelled. Nothing was imported.';
    default:
      return assertNever(failure, 'describeImportFailure');
  }
}
