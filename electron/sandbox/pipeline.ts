// The request pipeline: what every API request goes through before and after its route's handler,
// in LINE's order. Request ID → route (404) → authentication (401) → injected faults → rate limit
// (429) → retry key (400/409) → body (413/415/400) → schema validation (400) → handler → faults
// after the change → answer, and the request log. It knows nothing of sockets: the HTTP server
// gives it a request and a Responder, so it can be driven directly in tests.

import type { Readable } from 'node:stream';
import type { IncomingHttpHeaders } from 'node:http';
import { lineErrorMessages } from '../../shared/line/errors';
import { isRetryKey } from '../../shared/line/ids';
import { retryKeyOperations } from '../../shared/line/limits';
import { authenticate } from './auth';
import type { ChannelState } from './channel-state';
import type { Clock, Scheduler } from './clock';
import { LineApiError, invalidBody } from './errors';
import type { FaultDecision, FaultInjector } from './faults';
import type { IdStream } from './ids';
import type { RequestValidator } from './openapi/validator';
import type { RateLimiter } from './rate-limits';
import { readRequestBody } from './request-body';
import type { LoggedRequest, RequestLog } from './request-log';
import { loggedResponseBody } from './response';
import type { Router } from './router';
import type { SandboxCall, SandboxResponse, SandboxRoute } from './route';

export interface SandboxRequest {
  readonly method: string;
  /** Path and query, as in the request line. */
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  /** The body as it arrives; drained when the request is answered without reading it. */
  readonly body: Readable;
}

/** How the pipeline's answer reaches the client: the HTTP server implements it over the socket. */
export interface Responder {
  answer(requestId: string, response: SandboxResponse): void;
  /** Cuts the connection without an answer ('drop' fault). */
  drop(): void;
  /** Leaves the request unanswered, and cuts the connection after `ms` ('timeout' fault). */
  hang(ms: number): void;
}

export interface PipelineParts {
  readonly router: Router<SandboxRoute>;
  readonly channelForToken: (token: string) => ChannelState | undefined;
  readonly validator: RequestValidator;
  readonly faults: FaultInjector;
  readonly rateLimits: RateLimiter;
  readonly log: RequestLog;
  readonly clock: Clock;
  /** Runs the delays of 'slow' faults. */
  readonly scheduler: Scheduler;
  /** Where X-Line-Request-Id values come from (the sandbox's seed). */
  readonly requestIds: IdStream;
}

export type RequestPipeline = (request: SandboxRequest, responder: Responder) => Promise<void>;

const defaultSlowMs = 1000;
const defaultTimeoutMs = 120_000;

/**
 * X-Line-Retry-Key: only the four sending endpoints take one, in UUID form; a key accepted within
 * the last 24 hours, or being processed right now, is answered 409 (a push also gets its original
 * `sentMessages`). Otherwise the key is claimed: the caller releases it when the request is done.
 */
export function claimRetryKey(key: string, operationId: string, channel: ChannelState, now: number): void {
  if (!retryKeyOperations.has(operationId))
    throw new LineApiError(400, { message: lineErrorMessages.retryKeyNotSupported });
  if (!isRetryKey(key)) throw new LineApiError(400, { message: lineErrorMessages.retryKeyInvalid });
  const acceptedBy = channel.retryKeys.accepted(key, now);
  if (!acceptedBy && channel.retryKeys.claim(key)) return;
  const sent =
    acceptedBy && operationId === 'pushMessage' ? channel.sends.get(acceptedBy.requestId) : undefined;
  throw new LineApiError(
    409,
    {
      message: lineErrorMessages.retryKeyAccepted,
      ...(sent ? { sentMessages: JSON.parse(sent.sent_messages) as [] } : {}),
    },
    acceptedBy ? { 'x-line-accepted-request-id': acceptedBy.requestId } : {},
  );
}

/** The request's JSON body and query parameters against the official schemas: LINE's 400 with details. */
export function validateRequest(
  validator: RequestValidator,
  route: SandboxRoute,
  body: unknown,
  query: URLSearchParams,
): void {
  if (route.body === 'json') {
    const details = validator.body(route.operationId, body);
    if (details.length) throw invalidBody(details);
  }
  const queryDetails = validator.query(route.operationId, query);
  if (queryDetails.length)
    throw new LineApiError(400, {
      message: queryDetails.map((d) => `${d.property ?? ''} ${d.message}`).join('; '),
      details: queryDetails,
    });
}

const errorAnswer = (error: LineApiError): SandboxResponse => ({
  status: error.status,
  body: error.body,
  headers: error.headers,
});

export function createRequestPipeline(parts: PipelineParts): RequestPipeline {
  const { router, channelForToken, validator, faults, rateLimits, log, clock, scheduler, requestIds } = parts;

  return async function handle(request, responder) {
    const started = process.hrtime.bigint();
    const requestId = requestIds.uuid();
    const url = new URL(request.url, 'http://sandbox');
    const retryKeyHeader = request.headers['x-line-retry-key'];
    const retryKey = typeof retryKeyHeader === 'string' ? retryKeyHeader : undefined;
    const entry: LoggedRequest = {
      requestId,
      at: clock.now(),
      method: request.method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      operationId: undefined,
      channelId: undefined,
      retryKey,
      contentType: request.headers['content-type'],
      body: undefined,
      status: 0,
      responseBody: undefined,
      fault: undefined,
      durationMs: 0,
    };
    const elapsedMs = () => Number(process.hrtime.bigint() - started) / 1e6;
    const answer = (response: SandboxResponse) => {
      entry.status = response.status;
      entry.responseBody = loggedResponseBody(response);
      responder.answer(requestId, response);
      entry.durationMs = elapsedMs();
      log.add(entry);
    };

    /** Carries out a fault that strikes; false for 'slow', which only delays. */
    const strike = (fault: FaultDecision): boolean => {
      entry.fault = fault.kind;
      switch (fault.kind) {
        case 'error500':
          answer({ status: 500, body: { message: lineErrorMessages.internalError } });
          return true;
        case 'error429':
          answer({ status: 429, body: { message: lineErrorMessages.rateLimited } });
          return true;
        case 'drop':
          entry.status = 0;
          entry.durationMs = elapsedMs();
          log.add(entry);
          responder.drop();
          return true;
        case 'timeout':
          entry.status = 0;
          log.add(entry);
          responder.hang(fault.rule.delayMs ?? defaultTimeoutMs);
          return true;
        case 'slow':
          return false;
      }
    };

    let claimed: { channel: ChannelState; key: string } | undefined;
    try {
      const found = router.match(request.method, url.pathname);
      if (!found) throw new LineApiError(404, { message: lineErrorMessages.notFound });
      const route = found.route;
      entry.operationId = route.operationId;
      const channel = authenticate(request.headers.authorization, channelForToken);
      entry.channelId = channel.id;

      const before = faults.decide(route.operationId, 'before');
      for (const fault of before)
        if (fault.kind === 'slow')
          await new Promise<void>((resolve) =>
            scheduler.schedule(fault.rule.delayMs ?? defaultSlowMs, resolve),
          );
      const striking = before.find((f) => f.kind !== 'slow');
      if (striking && strike(striking)) return;

      if (!rateLimits.take(channel.id, route.operationId))
        throw new LineApiError(429, { message: lineErrorMessages.rateLimited });

      if (retryKey !== undefined) {
        claimRetryKey(retryKey, route.operationId, channel, clock.now());
        claimed = { channel, key: retryKey };
      }

      const contentType = request.headers['content-type'];
      const read = await readRequestBody(route, request.body, contentType, channel);
      entry.body = read.logged;
      validateRequest(validator, route, read.body, url.searchParams);

      const call: SandboxCall = {
        requestId,
        operationId: route.operationId,
        params: found.params,
        query: url.searchParams,
        headers: request.headers,
        channel,
        now: clock.now(),
        body: read.body,
        raw: read.raw,
        contentType,
        form: read.form,
        upload: read.upload,
        retryKey,
      };
      const response = await route.handle(call);
      if (retryKey !== undefined && response.status >= 200 && response.status < 300)
        channel.retryKeys.record(retryKey, route.operationId, requestId, call.now);
      const after = faults
        .decide(route.operationId, 'after')
        .find((f) => f.kind === 'error500' || f.kind === 'drop');
      if (after && strike(after)) return;
      answer(response);
    } catch (error) {
      if (error instanceof LineApiError) answer(errorAnswer(error));
      else {
        console.error('LINE sandbox: handler failed', error);
        answer({ status: 500, body: { message: lineErrorMessages.internalError } });
      }
    } finally {
      if (claimed) claimed.channel.retryKeys.release(claimed.key);
      // A request answered before its body was read still has it coming: let it drain.
      request.body.resume();
    }
  };
}
