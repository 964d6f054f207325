// An answer as LINE sends it: X-Line-Request-Id on every response, JSON (an empty `{}` when there is
// no body, as LINE answers 200 and 202) or binary with its content type, and a Content-Length.

import type { ServerResponse } from 'node:http';
import type { SandboxResponse } from './route';

export interface EncodedResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  /** JSON text, or the bytes of a binary answer. */
  readonly data: string | Buffer;
}

export function encodeResponse(requestId: string, response: SandboxResponse): EncodedResponse {
  const headers: Record<string, string> = { 'x-line-request-id': requestId, ...response.headers };
  if (response.binary) {
    headers['content-type'] = response.binary.contentType;
    headers['content-length'] = String(response.binary.data.length);
    return { status: response.status, headers, data: response.binary.data };
  }
  const text = JSON.stringify(response.body === undefined ? {} : response.body);
  headers['content-type'] = 'application/json';
  headers['content-length'] = String(Buffer.byteLength(text));
  return { status: response.status, headers, data: text };
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
