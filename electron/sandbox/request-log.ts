// Every request the sandbox receives, kept in memory (bounded), so tests can assert what the app
// sent, how often, and what it was answered.

export interface LoggedRequest {
  readonly requestId: string;
  /** Sandbox clock, epoch ms. */
  readonly at: number;
  readonly method: string;
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  /** The OpenAPI operationId, or undefined for an unknown path. */
  operationId: string | undefined;
  channelId: number | undefined;
  readonly retryKey: string | undefined;
  readonly contentType: string | undefined;
  /** Parsed JSON; for multipart the fields and file sizes; for binary bodies `{ bytes }`. */
  body: unknown;
  status: number;
  responseBody: unknown;
  /** The fault injected, if any. */
  fault: string | undefined;
  durationMs: number;
}

export class RequestLog {
  private entries: LoggedRequest[] = [];

  constructor(private readonly capacity = 20_000) {}

  add(entry: LoggedRequest): void {
    this.entries.push(entry);
    if (this.entries.length > this.capacity) this.entries.splice(0, this.entries.length - this.capacity);
  }

  /** Every request, oldest first; filter by operationId when given. */
  list(operationId?: string): readonly LoggedRequest[] {
    return operationId === undefined
      ? [...this.entries]
      : this.entries.filter((e) => e.operationId === operationId);
  }

  count(operationId?: string): number {
    return operationId === undefined
      ? this.entries.length
      : this.entries.filter((e) => e.operationId === operationId).length;
  }

  clear(): void {
    this.entries = [];
  }
}
