// A LINE error answer thrown by middleware and handlers, turned into a response by the server.

import type { LineErrorBody, LineErrorDetail } from '../../shared/line/errors';
import { lineErrorMessages, requestBodyErrors } from '../../shared/line/errors';

export class LineApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: LineErrorBody,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(`${String(status)} ${body.message}`);
    this.name = 'LineApiError';
  }
}

export const badRequest = (message: string, details?: readonly LineErrorDetail[]) =>
  new LineApiError(400, details && details.length ? { message, details } : { message });

/** 400 "The request body has N error(s)" with the details. */
export const invalidBody = (details: readonly LineErrorDetail[]) =>
  badRequest(requestBodyErrors(details.length), details);

export const notFound = (message: string = lineErrorMessages.notFound) => new LineApiError(404, { message });

/** The audience endpoints' error shape: a summary and the code in details[0].message. */
export const audienceError = (status: number, code: string, property?: string) =>
  new LineApiError(status, {
    message: code,
    details: [{ message: code, ...(property ? { property } : {}) }],
  });
