// The result shape every API call returns across a process boundary. Electron forwards only an
// Error's message through IPC, so errors travel as plain data: a stable category (`code`), the
// catalogue entry that says what went wrong (`key` and `params`, shown in the user's language) and
// the English sentence made from them (`message`, for logs, the CLI and tests).

import { englishText, type LocalizedText } from '../i18n/text';

export type ApiErrorCode =
  | 'invalid-argument'
  | 'unknown-method'
  | 'not-found'
  | 'conflict'
  | 'unauthorized'
  | 'unavailable'
  | 'internal';

/** One translatable sentence (shared/i18n/text.ts). */
export type ErrorText = LocalizedText;

export interface ApiErrorData extends ErrorText {
  readonly code: ApiErrorCode;
  /** The same text in English, details included, one per line. */
  readonly message: string;
  /** Every problem behind the refusal, when there are several (each a sentence of its own). */
  readonly details?: readonly ErrorText[];
}

export type ApiResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ApiErrorData };

export const ok = <T>(value: T): ApiResult<T> => ({ ok: true, value });

/** The English text of an error: its sentence, then each detail on a line of its own. */
export function englishErrorMessage(text: ErrorText, details: readonly ErrorText[] = []): string {
  const head = englishText(text);
  return details.length === 0 ? head : [head, ...details.map((d) => `- ${englishText(d)}`)].join('\n');
}

export function errorData(
  code: ApiErrorCode,
  text: ErrorText,
  details: readonly ErrorText[] = [],
): ApiErrorData {
  return {
    code,
    key: text.key,
    ...(text.params ? { params: text.params } : {}),
    ...(details.length ? { details } : {}),
    message: englishErrorMessage(text, details),
  };
}

export const fail = (
  code: ApiErrorCode,
  text: ErrorText,
  details?: readonly ErrorText[],
): ApiResult<never> => ({
  ok: false,
  error: errorData(code, text, details),
});

/** Thrown by domain code and handlers; the dispatcher turns it into `{ ok: false }`. */
export class ApiError extends Error {
  readonly key: ErrorText['key'];
  readonly params: ErrorText['params'];
  readonly details: readonly ErrorText[];

  constructor(
    readonly code: ApiErrorCode,
    text: ErrorText,
    details: readonly ErrorText[] = [],
  ) {
    super(englishErrorMessage(text, details));
    this.name = 'ApiError';
    this.key = text.key;
    this.params = text.params;
    this.details = details;
  }

  /** The error as it crosses the bridge. */
  toData(): ApiErrorData {
    return errorData(
      this.code,
      { key: this.key, ...(this.params ? { params: this.params } : {}) },
      this.details,
    );
  }

  /** Rebuilds the error on the far side of the bridge. */
  static fromData(data: ApiErrorData): ApiError {
    return new ApiError(data.code, data, data.details ?? []);
  }
}
