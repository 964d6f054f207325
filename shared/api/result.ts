// The result shape every API call returns across a process boundary. Electron forwards only an
// Error's message through IPC, so errors travel as plain data with a stable code.

export type ApiErrorCode =
  | 'invalid-argument'
  | 'unknown-method'
  | 'not-found'
  | 'conflict'
  | 'unauthorized'
  | 'unavailable'
  | 'internal';

export interface ApiErrorData {
  readonly code: ApiErrorCode;
  readonly message: string;
}

export type ApiResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ApiErrorData };

export const ok = <T>(value: T): ApiResult<T> => ({ ok: true, value });

export const fail = (code: ApiErrorCode, message: string): ApiResult<never> => ({
  ok: false,
  error: { code, message },
});

/** Thrown by domain code and handlers; the dispatcher turns it into `{ ok: false }`. */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}
