// An answer as LINE sends it: X-Line-Request-Id on every response, JSON (an empty `{}` when there is
// no body, as LINE answers 200 and 202) or binary with its content type, and a Content-Length.

import type { ServerResponse } from 'node:http';
import type { SandboxResponse } from './route';

export interface EncodedResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly data: Buffer;
}

export function encodeResponse(requestId: string, response: SandboxResponse): EncodedResponse {
  const headers: Record<string, string> = { 'x-line-request-id': requestId, ...response.headers };
  const data = response.binary
    ? response.binary.data
    : Buffer.from(JSON.stringify(response.body === undefined ? {} : response.body));
  headers['content-type'] = response.binary ? response.binary.contentType : 'application/json';
  headers['content-length'] = String(data.length);
  return { status: response.status, headers, data };
}

/** What the request log keeps of an answer: its JSON body, or `{ bytes }` of a binary one. */
export function loggedResponseBody(response: SandboxResponse): unknown {
  if (response.binary) return { bytes: response.binary.data.length };
  return response.body === undefined ? {} : response.body;
}

export function writeResponse(res: ServerResponse, encoded: EncodedResponse): void {
  res.writeHead(encoded.status, encoded.headers);
  res.end(encoded.data);
}
