// What an endpoint handler receives and returns. The request pipeline (pipeline.ts) runs what every
// request shares (request ID, auth, faults, rate limit, retry key, body limits, schema validation)
// before `handle`. A new endpoint is one more SandboxRoute in its resource's routes-*.ts.

import type { IncomingHttpHeaders } from 'node:http';
import type { ChannelState } from './channel-state';
import type { MultipartFilePart } from './multipart';

export interface SandboxCall {
  readonly requestId: string;
  readonly operationId: string;
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  readonly headers: IncomingHttpHeaders;
  readonly channel: ChannelState;
  /** The sandbox clock at the start of the request. */
  readonly now: number;
  /** Parsed JSON body (json routes). */
  readonly body: unknown;
  /** Raw body (binary routes). */
  readonly raw: Buffer | undefined;
  readonly contentType: string | undefined;
  /** Form fields and the file consumer's result (multipart routes). */
  readonly form:
    | { readonly fields: ReadonlyMap<string, string>; readonly files: readonly MultipartFilePart[] }
    | undefined;
  readonly upload: unknown;
  readonly retryKey: string | undefined;
}

export interface SandboxResponse {
  readonly status: number;
  /** JSON body; `undefined` sends an empty `{}` for 200/202 as LINE does. */
  readonly body?: unknown;
  readonly binary?: { readonly contentType: string; readonly data: Buffer };
  readonly headers?: Readonly<Record<string, string>>;
}

export type BodyKind = 'none' | 'json' | 'binary' | 'multipart';

export interface FileConsumer {
  write(chunk: Buffer): void;
  /** Called after the whole body has been read; its value becomes `call.upload`. */
  finish(): unknown;
}

export interface SandboxRoute {
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  readonly host: 'api' | 'data';
  readonly body: BodyKind;
  /** Largest accepted body, in bytes (413 above it). Defaults: JSON 2 MB, binary 1 MB. */
  readonly maxBytes?: number;
  /** Allowed content types for binary bodies. */
  readonly contentTypes?: readonly string[];
  /** multipart: consumer for the file part, created per request with the channel. */
  readonly fileConsumer?: (channel: ChannelState) => FileConsumer;
  handle(call: SandboxCall): SandboxResponse | Promise<SandboxResponse>;
}

export const ok = (body?: unknown): SandboxResponse => ({ status: 200, body });
export const accepted = (body?: unknown): SandboxResponse => ({ status: 202, body });
