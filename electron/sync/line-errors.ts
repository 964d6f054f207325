// What a failed LINE call was, read from what @line/bot-sdk throws: LINE's status, message, details
// and headers (an HTTPFetchError), no answer at all (a dropped connection, a refused one), or no
// answer in time. Turned into an OutboxError: a catalogue sentence with LINE's own words beside it.
// Nothing here reads the request, so the channel access token cannot end up in an error.

import { HTTPFetchError } from '@line/bot-sdk';
import { failureHandling, type OutboxError, type OutboxErrorDetail } from '../../shared/sync/outbox';

/** The request got no answer within the worker's time limit. */
export class LineTimeoutError extends Error {
  constructor(readonly ms: number) {
    super(`LINE did not answer within ${String(ms)} ms`);
    this.name = 'LineTimeoutError';
  }
}

export interface LineFailure {
  /** LINE's HTTP status, or undefined when no answer came. */
  readonly status: number | undefined;
  readonly headers: Headers | undefined;
  readonly error: OutboxError;
}

interface LineBody {
  readonly message?: unknown;
  readonly details?: unknown;
}

function parseBody(text: string): LineBody {
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null ? (parsed as LineBody) : {};
  } catch {
    return {};
  }
}

function details(value: unknown): OutboxErrorDetail[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((d: unknown) => {
    if (typeof d !== 'object' || d === null) return [];
    const { message, property } = d as { message?: unknown; property?: unknown };
    if (typeof message !== 'string') return [];
    return [typeof property === 'string' ? { message, property } : { message }];
  });
}

/** The innermost cause's message and code, e.g. "other side closed (UND_ERR_SOCKET)". */
function networkDetail(error: unknown): string {
  let current: unknown = error;
  let text = error instanceof Error ? error.message : String(error);
  for (let depth = 0; depth < 5 && current instanceof Error && current.cause !== undefined; depth++) {
    current = current.cause;
    if (current instanceof Error) {
      const code = (current as { code?: unknown }).code;
      text = typeof code === 'string' ? `${current.message} (${code})` : current.message;
    }
  }
  return text;
}

export function lineFailure(error: unknown): LineFailure {
  if (error instanceof HTTPFetchError) {
    const body = parseBody(error.body);
    const lineMessage = typeof body.message === 'string' ? body.message : error.statusText;
    const list = details(body.details);
    const refused = failureHandling(error.status, lineMessage) === 'refused';
    return {
      status: error.status,
      headers: error.headers,
      error: {
        key: refused ? 'errors.sync.lineRefused' : 'errors.sync.lineUnavailable',
        params: { status: error.status, message: lineMessage },
        status: error.status,
        lineMessage,
        ...(list.length ? { details: list } : {}),
      },
    };
  }
  if (error instanceof LineTimeoutError)
    return {
      status: undefined,
      headers: undefined,
      error: { key: 'errors.sync.timedOut', params: { seconds: Math.round(error.ms / 100) / 10 } },
    };
  return {
    status: undefined,
    headers: undefined,
    error: { key: 'errors.sync.lineUnreachable', params: { detail: networkDetail(error) } },
  };
}
