// The LINE sandbox: a node:http server that answers like api.line.me and api-data.line.me (one origin
// serves both) for the endpoints in its route table, with LINE's auth, errors, request IDs, retry-key
// semantics, rate limits, body limits, plus fault injection and a request log for tests.

import { randomUUID, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Socket } from 'node:net';
import type { LineErrorBody } from '../../shared/line/errors';
import { lineErrorMessages, unparsableJson, unsupportedContentType } from '../../shared/line/errors';
import { isRetryKey } from '../../shared/line/ids';
import { requestLimits, retryKeyOperations } from '../../shared/line/limits';
import { ChannelState } from './channel-state';
import { defaultTimings, type SandboxTimings } from './timings';
import { systemClock, systemScheduler, type Clock, type Scheduler } from './clock';
import { LineApiError, invalidBody } from './errors';
import { FaultInjector, type FaultDecision } from './faults';
import { createIdSource, nextSandboxRun } from './ids';
import { createMultipartParser, multipartBoundary, MultipartError } from './multipart';
import { lineRequestValidator } from './openapi/load';
import { RateLimiter } from './rate-limits';
import { RequestLog, type LoggedRequest } from './request-log';
import { Router } from './router';
import type { SandboxCall, SandboxResponse, SandboxRoute } from './route';
import { sandboxRoutes } from './routes';
import {
  ensureChannel,
  findChannelByToken,
  listChannelRecords,
  openSandboxDb,
  type ChannelSetup,
  type SandboxDb,
} from './store';
import type { PopulationRegion } from './population';

export interface LineSandboxOptions {
  /** 0 (default) picks a free port. */
  readonly port?: number;
  readonly host?: string;
  /** Channel access token of the (first) channel; a random one when omitted. */
  readonly token?: string;
  /** Friends generated for a new channel (default 5,000). */
  readonly friends?: number;
  readonly seed?: number;
  readonly region?: PopulationRegion;
  readonly quota?: ChannelSetup['quota'];
  /** SQLite file for the state, or ':memory:' (default). */
  readonly dataFile?: string;
  /** More channels, each with its own token and state. */
  readonly extraChannels?: readonly ChannelSetup[];
  readonly clock?: Clock;
  /** Runs the delays of 'slow' and 'timeout' faults (default: real timers); a test passes its manual clock. */
  readonly scheduler?: Scheduler;
  readonly timings?: Partial<SandboxTimings>;
  /** false switches LINE's rate limits off. */
  readonly rateLimits?: boolean;
  readonly logCapacity?: number;
  /** better_sqlite3.node built for the running runtime (Electron's ABI in the desktop app). */
  readonly nativeBinding?: string;
}

export interface LineSandbox {
  /** `http://127.0.0.1:PORT`: give it as baseURL to both the API and the blob clients. */
  readonly origin: string;
  readonly port: number;
  /** The first channel's access token. */
  readonly token: string;
  readonly clock: Clock;
  readonly timings: SandboxTimings;
  readonly log: RequestLog;
  readonly faults: FaultInjector;
  readonly rateLimits: RateLimiter;
  readonly db: SandboxDb;
  /** A channel's state, by token (default: the first channel). */
  channel(token?: string): ChannelState;
  addChannel(setup: ChannelSetup): ChannelState;
  close(): Promise<void>;
}

const defaultJsonLimit = requestLimits.jsonBodyMaxBytes;
const defaultBinaryLimit = 1024 * 1024;

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

const mediaType = (contentType: string | undefined) =>
  (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';

export async function startLineSandbox(options: LineSandboxOptions = {}): Promise<LineSandbox> {
  const clock = options.clock ?? systemClock;
  const timings: SandboxTimings = { ...defaultTimings, ...options.timings };
  const db = openSandboxDb(options.dataFile ?? ':memory:', { nativeBinding: options.nativeBinding });
  // The token is a secret, so it is never drawn from the seed.
  const token = options.token ?? listChannelRecords(db)[0]?.token ?? randomUUID().replace(/-/g, '');
  const seed = options.seed ?? 1;
  const ids = createIdSource(seed, nextSandboxRun(db));
  const requestIds = ids('requests');
  const controlRequestIds = ids('control requests');
  const channels = new Map<string, ChannelState>();
  const addChannel = (setup: ChannelSetup): ChannelState => {
    const existing = channels.get(setup.token);
    if (existing) return existing;
    const state = new ChannelState(db, ensureChannel(db, setup, clock.now()), timings, ids);
    channels.set(setup.token, state);
    return state;
  };
  addChannel({
    token,
    friends: options.friends ?? 5000,
    seed,
    region: options.region,
    quota: options.quota,
  });
  for (const setup of options.extraChannels ?? []) addChannel(setup);
  // Channels created earlier in the same file answer too.
  for (const record of listChannelRecords(db)) {
    if (!channels.has(record.token)) channels.set(record.token, new ChannelState(db, record, timings, ids));
  }

  const validator = lineRequestValidator();
  const router = new Router<SandboxRoute>(sandboxRoutes);
  const log = new RequestLog(options.logCapacity);
  const faults = new FaultInjector(seed);
  const rateLimits = new RateLimiter(clock, options.rateLimits ?? true);
  const scheduler = options.scheduler ?? systemScheduler;
  const sockets = new Set<Socket>();
  const hanging = new Set<() => void>();

  const channelForToken = (given: string): ChannelState | undefined => {
    const direct = channels.get(given);
    if (direct) return direct;
    for (const [t, state] of channels) if (sameToken(t, given)) return state;
    const record = findChannelByToken(db, given);
    if (!record) return undefined;
    const state = new ChannelState(db, record, timings, ids);
    channels.set(record.token, state);
    return state;
  };

  const server = http.createServer((req, res) => {
    void handle(req, res);
  });
  server.keepAliveTimeout = 30_000;
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  function send(res: http.ServerResponse, requestId: string, response: SandboxResponse): unknown {
    const headers: Record<string, string> = { 'x-line-request-id': requestId, ...response.headers };
    if (response.binary) {
      headers['content-type'] = response.binary.contentType;
      headers['content-length'] = String(response.binary.data.length);
      res.writeHead(response.status, headers);
      res.end(response.binary.data);
      return { bytes: response.binary.data.length };
    }
    const body = response.body === undefined ? {} : response.body;
    const text = JSON.stringify(body);
    headers['content-type'] = 'application/json';
    headers['content-length'] = String(Buffer.byteLength(text));
    res.writeHead(response.status, headers);
    res.end(text);
    return body;
  }

  const errorResponse = (error: LineApiError): SandboxResponse => ({
    status: error.status,
    body: error.body as LineErrorBody,
    headers: error.headers,
  });

  /** Reads the body under `limit`; past it, the rest is drained and 'too-large' returned. */
  function readBody(
    req: http.IncomingMessage,
    limit: number,
    onChunk?: (chunk: Buffer) => void,
  ): Promise<Buffer | 'too-large'> {
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      let size = 0;
      let tooLarge = false;
      let failure: unknown;
      req.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (tooLarge || failure) return;
        if (size > limit) {
          tooLarge = true;
          chunks.length = 0;
          return;
        }
        if (onChunk) {
          try {
            onChunk(chunk);
          } catch (error) {
            failure = error;
          }
        } else chunks.push(chunk);
      });
      req.on('end', () => {
        if (tooLarge) resolve('too-large');
        else if (failure) reject(failure as Error);
        else resolve(Buffer.concat(chunks));
      });
      req.on('error', reject);
    });
  }

  async function handleControl(
    req: http.IncomingMessage,
    url: URL,
    channel: ChannelState,
  ): Promise<SandboxResponse> {
    const path = url.pathname.slice('/__sandbox'.length);
    const body =
      req.method === 'PUT' || req.method === 'POST' ? await readBody(req, defaultJsonLimit) : Buffer.alloc(0);
    const json =
      body !== 'too-large' && body.length ? (JSON.parse(body.toString('utf8')) as unknown) : undefined;
    const t = clock.now();
    if (req.method === 'GET' && path === '/requests')
      return { status: 200, body: { requests: log.list(url.searchParams.get('operationId') ?? undefined) } };
    if (req.method === 'DELETE' && path === '/requests') {
      log.clear();
      return { status: 200, body: {} };
    }
    if (req.method === 'GET' && path === '/faults') return { status: 200, body: { faults: faults.list() } };
    if (req.method === 'PUT' && path === '/faults') {
      faults.set(Array.isArray(json) ? json : []);
      return { status: 200, body: { faults: faults.list() } };
    }
    if (req.method === 'PUT' && path === '/rate-limits') {
      rateLimits.setEnabled((json as { enabled?: unknown } | undefined)?.enabled !== false);
      return { status: 200, body: { enabled: rateLimits.settings.enabled } };
    }
    if (req.method === 'GET' && path === '/state') {
      return {
        status: 200,
        body: {
          friends: channel.friends.count,
          targetReach: channel.friends.targetReach(),
          quota: channel.quota.get(),
          consumption: channel.quota.consumption(t),
          reserved: channel.quota.reserved(t),
          now: new Date(t).toISOString(),
        },
      };
    }
    if (req.method === 'GET' && path === '/friends') {
      return { status: 200, body: { friends: channel.friends.all } };
    }
    return { status: 404, body: { message: lineErrorMessages.notFound } };
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const started = process.hrtime.bigint();
    const url = new URL(req.url ?? '/', 'http://sandbox');
    // Inspecting the sandbox through its control endpoints must not shift the IDs of API requests.
    const requestId = (url.pathname.startsWith('/__sandbox/') ? controlRequestIds : requestIds).uuid();
    const method = req.method ?? 'GET';
    const retryKeyHeader = req.headers['x-line-retry-key'];
    const retryKey = typeof retryKeyHeader === 'string' ? retryKeyHeader : undefined;
    const entry: LoggedRequest = {
      requestId,
      at: clock.now(),
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      operationId: undefined,
      channelId: undefined,
      retryKey,
      contentType: req.headers['content-type'],
      body: undefined,
      status: 0,
      responseBody: undefined,
      fault: undefined,
      durationMs: 0,
    };
    const finish = (response: SandboxResponse) => {
      entry.status = response.status;
      entry.responseBody = send(res, requestId, response);
      entry.durationMs = Number(process.hrtime.bigint() - started) / 1e6;
      log.add(entry);
    };
    const drop = (fault: string) => {
      entry.status = 0;
      entry.fault = fault;
      entry.durationMs = Number(process.hrtime.bigint() - started) / 1e6;
      log.add(entry);
      req.socket.destroy();
    };

    let claimedKey: ChannelState | undefined;
    try {
      // Authentication first: LINE answers 401 before anything else.
      const auth = req.headers.authorization ?? '';
      const match = /^Bearer\s+(\S+)\s*$/i.exec(auth);
      const channel = match ? channelForToken(match[1] as string) : undefined;
      if (url.pathname.startsWith('/__sandbox/')) {
        if (!channel)
          throw new LineApiError(401, {
            message: match ? lineErrorMessages.invalidToken : lineErrorMessages.noToken,
          });
        const response = await handleControl(req, url, channel);
        send(res, requestId, response);
        return;
      }
      const found = router.match(method, url.pathname);
      if (!found) {
        req.resume();
        throw new LineApiError(404, { message: lineErrorMessages.notFound });
      }
      const route = found.route;
      entry.operationId = route.operationId;
      if (!channel) {
        req.resume();
        throw new LineApiError(401, {
          message: match ? lineErrorMessages.invalidToken : lineErrorMessages.noToken,
        });
      }
      entry.channelId = channel.id;

      const before = faults.decide(route.operationId, 'before');
      for (const fault of before) {
        if (fault.kind === 'slow')
          await new Promise<void>((resolve) => scheduler.schedule(fault.rule.delayMs ?? 1000, resolve));
      }
      const striking = before.find((f) => f.kind !== 'slow');
      if (striking) {
        req.resume();
        if (applyFault(striking, res, requestId, finish, drop, entry)) return;
      }

      if (!rateLimits.take(channel.id, route.operationId)) {
        req.resume();
        throw new LineApiError(429, { message: lineErrorMessages.rateLimited });
      }

      // X-Line-Retry-Key: only on the four sending endpoints; a repeat within 24 h is answered 409.
      if (retryKey !== undefined) {
        if (!retryKeyOperations.has(route.operationId)) {
          req.resume();
          throw new LineApiError(400, { message: lineErrorMessages.retryKeyNotSupported });
        }
        if (!isRetryKey(retryKey)) {
          req.resume();
          throw new LineApiError(400, { message: lineErrorMessages.retryKeyInvalid });
        }
        const acceptedBy = channel.retryKeys.accepted(retryKey, clock.now());
        if (acceptedBy || !channel.retryKeys.claim(retryKey)) {
          req.resume();
          const sent =
            acceptedBy && route.operationId === 'pushMessage'
              ? channel.sends.get(acceptedBy.requestId)
              : undefined;
          throw new LineApiError(
            409,
            {
              message: lineErrorMessages.retryKeyAccepted,
              ...(sent ? { sentMessages: JSON.parse(sent.sent_messages) as [] } : {}),
            },
            acceptedBy ? { 'x-line-accepted-request-id': acceptedBy.requestId } : {},
          );
        }
        claimedKey = channel;
      }

      const contentType = req.headers['content-type'];
      let body: unknown;
      let raw: Buffer | undefined;
      let form: SandboxCall['form'];
      let upload: unknown;
      if (route.body === 'json') {
        if (mediaType(contentType) !== 'application/json') {
          req.resume();
          throw new LineApiError(415, { message: unsupportedContentType(contentType ?? '') });
        }
        const data = await readBody(req, route.maxBytes ?? defaultJsonLimit);
        if (data === 'too-large') throw new LineApiError(413, { message: lineErrorMessages.requestTooLarge });
        try {
          body = JSON.parse(data.toString('utf8'));
        } catch (error) {
          throw new LineApiError(400, { message: unparsableJson((error as Error).message) });
        }
        entry.body = body;
        const details = validator.body(route.operationId, body);
        if (details.length) throw invalidBody(details);
      } else if (route.body === 'binary') {
        const type = mediaType(contentType);
        if (route.contentTypes && !route.contentTypes.includes(type)) {
          req.resume();
          throw new LineApiError(415, { message: unsupportedContentType(contentType ?? '') });
        }
        const data = await readBody(req, route.maxBytes ?? defaultBinaryLimit);
        if (data === 'too-large') throw new LineApiError(413, { message: lineErrorMessages.requestTooLarge });
        raw = data;
        entry.body = { bytes: data.length };
      } else if (route.body === 'multipart') {
        const boundary = multipartBoundary(contentType);
        if (!boundary) {
          req.resume();
          throw new LineApiError(415, { message: unsupportedContentType(contentType ?? '') });
        }
        const consumer = route.fileConsumer?.(channel);
        let fileBytes = 0;
        const parser = createMultipartParser(boundary, {
          onFile: (part) =>
            part.name === 'file' && consumer
              ? (chunk) => {
                  fileBytes += chunk.length;
                  consumer.write(chunk);
                }
              : undefined,
        });
        let data: Buffer | 'too-large';
        try {
          data = await readBody(req, route.maxBytes ?? defaultJsonLimit, (chunk) => parser.write(chunk));
        } catch (error) {
          if (error instanceof MultipartError)
            throw new LineApiError(400, { message: `The multipart body is invalid: ${error.message}` });
          throw error;
        }
        if (data === 'too-large') throw new LineApiError(413, { message: lineErrorMessages.requestTooLarge });
        try {
          form = parser.end();
        } catch (error) {
          throw new LineApiError(400, {
            message: `The multipart body is invalid: ${(error as Error).message}`,
          });
        }
        upload = consumer?.finish();
        entry.body = {
          fields: Object.fromEntries(form.fields),
          files: form.files.map((f) => ({ ...f, bytes: fileBytes })),
        };
      } else {
        req.resume();
      }

      const queryDetails = validator.query(route.operationId, url.searchParams);
      if (queryDetails.length)
        throw new LineApiError(400, {
          message: queryDetails.map((d) => `${d.property ?? ''} ${d.message}`).join('; '),
          details: queryDetails,
        });

      const call: SandboxCall = {
        requestId,
        operationId: route.operationId,
        params: found.params,
        query: url.searchParams,
        headers: req.headers,
        channel,
        now: clock.now(),
        body,
        raw,
        contentType,
        form,
        upload,
        retryKey,
      };
      const response = await route.handle(call);
      if (retryKey !== undefined && response.status >= 200 && response.status < 300) {
        channel.retryKeys.record(retryKey, route.operationId, requestId, call.now);
      }
      const after = faults
        .decide(route.operationId, 'after')
        .find((f) => f.kind === 'error500' || f.kind === 'drop');
      if (after && applyFault(after, res, requestId, finish, drop, entry)) return;
      finish(response);
    } catch (error) {
      if (error instanceof LineApiError) finish(errorResponse(error));
      else {
        console.error('LINE sandbox: handler failed', error);
        finish({ status: 500, body: { message: lineErrorMessages.internalError } });
      }
    } finally {
      if (claimedKey && retryKey) claimedKey.retryKeys.release(retryKey);
    }
  }

  /** Carries out a fault; true when the response has been dealt with. */
  function applyFault(
    fault: FaultDecision,
    res: http.ServerResponse,
    requestId: string,
    finish: (r: SandboxResponse) => void,
    drop: (fault: string) => void,
    entry: LoggedRequest,
  ): boolean {
    entry.fault = fault.kind;
    switch (fault.kind) {
      case 'error500':
        finish({ status: 500, body: { message: lineErrorMessages.internalError } });
        return true;
      case 'error429':
        finish({ status: 429, body: { message: lineErrorMessages.rateLimited } });
        return true;
      case 'drop':
        drop('drop');
        return true;
      case 'timeout': {
        entry.status = 0;
        log.add(entry);
        const cancel = scheduler.schedule(fault.rule.delayMs ?? 120_000, () => {
          hanging.delete(cancel);
          res.socket?.destroy();
        });
        hanging.add(cancel);
        void requestId;
        return true;
      }
      case 'slow':
        return false;
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const host = options.host ?? '127.0.0.1';

  return {
    origin: `http://${host.includes(':') ? `[${host}]` : host}:${String(port)}`,
    port,
    token,
    clock,
    timings,
    log,
    faults,
    rateLimits,
    db,
    channel(t = token) {
      const state = channels.get(t);
      if (!state) throw new Error('no sandbox channel has this token');
      return state;
    },
    addChannel,
    close: () =>
      new Promise<void>((resolve) => {
        for (const cancel of hanging) cancel();
        hanging.clear();
        server.close(() => {
          db.close();
          resolve();
        });
        server.closeAllConnections();
        for (const socket of sockets) socket.destroy();
      }),
  };
}
