// The LINE sandbox's HTTP server: it answers like api.line.me and api-data.line.me (one origin
// serves both) on a loopback port. It listens and closes, serves the test-only control endpoints
// (control.ts), and hands every API request to the request pipeline (pipeline.ts), carrying out
// its answers over the socket. What a request does is the route's (routes-*.ts), over the
// channel's state (state-*.ts).

import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { lineErrorMessages, unparsableJson } from '../../shared/line/errors';
import { authenticate } from './auth';
import type { ChannelState } from './channel-state';
import { ChannelRegistry } from './channels';
import { systemClock, systemScheduler, type Clock, type Scheduler } from './clock';
import { answerControl, controlPrefix, type SandboxControls } from './control';
import { LineApiError } from './errors';
import { FaultInjector } from './faults';
import { createIdSource, nextSandboxRun, type IdStream } from './ids';
import { lineRequestValidator } from './openapi/load';
import { createRequestPipeline, type RequestPipeline, type Responder } from './pipeline';
import type { PopulationRegion } from './population';
import { RateLimiter } from './rate-limits';
import { defaultJsonLimit, readBody } from './request-body';
import { RequestLog } from './request-log';
import { encodeResponse, writeResponse } from './response';
import type { SandboxResponse } from './route';
import { Router } from './router';
import { sandboxRoutes } from './routes';
import { listChannelRecords, openSandboxDb, type ChannelSetup, type SandboxDb } from './store';
import { defaultTimings, type SandboxTimings } from './timings';

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

/** Answers a control request (not logged, not LINE's): authenticated like the API. */
async function serveControl(
  req: http.IncomingMessage,
  url: URL,
  channelForToken: (token: string) => ChannelState | undefined,
  controls: SandboxControls,
): Promise<SandboxResponse> {
  try {
    const channel = authenticate(req.headers.authorization, channelForToken);
    const data =
      req.method === 'PUT' || req.method === 'POST' ? await readBody(req, defaultJsonLimit) : Buffer.alloc(0);
    let json: unknown;
    if (data !== 'too-large' && data.length) {
      try {
        json = JSON.parse(data.toString('utf8'));
      } catch (error) {
        throw new LineApiError(400, { message: unparsableJson((error as Error).message) });
      }
    }
    return answerControl(
      {
        method: req.method ?? 'GET',
        path: url.pathname.slice(controlPrefix.length - 1),
        query: url.searchParams,
        json,
      },
      channel,
      controls,
    );
  } catch (error) {
    if (error instanceof LineApiError)
      return { status: error.status, body: error.body, headers: error.headers };
    console.error('LINE sandbox: control request failed', error);
    return { status: 500, body: { message: lineErrorMessages.internalError } };
  } finally {
    req.resume();
  }
}

export async function startLineSandbox(options: LineSandboxOptions = {}): Promise<LineSandbox> {
  const clock = options.clock ?? systemClock;
  const scheduler = options.scheduler ?? systemScheduler;
  const timings: SandboxTimings = { ...defaultTimings, ...options.timings };
  const db = openSandboxDb(options.dataFile ?? ':memory:', { nativeBinding: options.nativeBinding });
  // The token is a secret, so it is never drawn from the seed.
  const token = options.token ?? listChannelRecords(db)[0]?.token ?? randomUUID().replace(/-/g, '');
  const seed = options.seed ?? 1;
  const ids = createIdSource(seed, nextSandboxRun(db));

  const channels = new ChannelRegistry(db, timings, ids, clock);
  channels.add({
    token,
    friends: options.friends ?? 5000,
    seed,
    region: options.region,
    quota: options.quota,
  });
  for (const setup of options.extraChannels ?? []) channels.add(setup);
  // Channels created earlier in the same file answer too.
  channels.openStored();
  const channelForToken = (t: string) => channels.forToken(t);

  const log = new RequestLog(options.logCapacity);
  const faults = new FaultInjector(seed);
  const rateLimits = new RateLimiter(clock, options.rateLimits ?? true);
  const controls: SandboxControls = { log, faults, rateLimits, clock };
  const pipeline: RequestPipeline = createRequestPipeline({
    router: new Router(sandboxRoutes),
    channelForToken,
    validator: lineRequestValidator(),
    faults,
    rateLimits,
    log,
    clock,
    scheduler,
    requestIds: ids('requests'),
  });
  // Inspecting the sandbox must not shift the IDs of API requests.
  const controlRequestIds: IdStream = ids('control requests');

  const sockets = new Set<Socket>();
  /** Cancels the cuts of connections left hanging by 'timeout' faults. */
  const hanging = new Set<() => void>();

  const responderFor = (res: http.ServerResponse): Responder => ({
    answer: (requestId, response) => writeResponse(res, encodeResponse(requestId, response)),
    drop: () => res.socket?.destroy(),
    hang(ms) {
      const cancel = scheduler.schedule(ms, () => {
        hanging.delete(cancel);
        res.socket?.destroy();
      });
      hanging.add(cancel);
    },
  });

  async function serve(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://sandbox');
    if (url.pathname.startsWith(controlPrefix)) {
      const response = await serveControl(req, url, channelForToken, controls);
      writeResponse(res, encodeResponse(controlRequestIds.uuid(), response));
      return;
    }
    await pipeline(
      { method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers, body: req },
      responderFor(res),
    );
  }

  const server = http.createServer((req, res) => {
    void serve(req, res);
  });
  server.keepAliveTimeout = 30_000;
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;

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
    addChannel: (setup) => channels.add(setup),
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
