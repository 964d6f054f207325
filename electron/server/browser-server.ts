// Browser mode: the renderer served over HTTP on 127.0.0.1 with the API behind it, for machines
// without an Electron runtime. Only the person who launched it can drive it: every request needs the
// per-launch key, and foreign Host or Origin headers (DNS rebinding, other local pages) are refused.

import { randomBytes, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { pipeline, Readable } from 'node:stream';
import type { ApiEventName, ApiHandlers, OaPlannerEvents } from '../../shared/api/contract';
import { dispatchApiCall } from '../../shared/api/dispatch';
import { fail, type ApiResult } from '../../shared/api/result';
import {
  browserKeyCookie,
  browserKeyHeader,
  browserKeyParam,
  launchCommandMetaName,
  maxRequestBodyBytes,
} from '../../shared/api/browser-protocol';
import { contentSecurityPolicy } from '../app/csp';
import { readStaticFile } from './static-files';
import { assetCacheControl, isAssetPath, type AssetResponse } from '../editor/asset-route';
import { isExportDownloadPath, type ExportDownload } from '../editor/export-downloads';

export interface BrowserServerOptions {
  /** The folder holding the built renderer (index.html and assets/). */
  readonly rendererDirectory: string;
  /** Builds the handler table once the server knows how to emit events. */
  readonly createHandlers: (emit: BrowserServer['emit']) => ApiHandlers;
  /** 0 (the default) picks a free port. */
  readonly port?: number;
  /** Fixed key for tests; a random one per launch otherwise. */
  readonly key?: string;
  readonly log?: (message: string) => void;
  /** Serves editor assets at /assets/<sha256>?variant=… (electron/editor/asset-route.ts). */
  readonly assets?: (pathname: string, searchParams: URLSearchParams) => AssetResponse;
  /** The command the user ran to start this server, named on the page shown without the key. */
  readonly launchCommand?: string;
  /** Serves this run's export folders as zips at /downloads/exports/<id>.zip (export-downloads.ts). */
  readonly exportDownloads?: (pathname: string) => ExportDownload | undefined;
}

export interface BrowserServer {
  /** The address to open, key included. */
  readonly url: string;
  readonly origin: string;
  readonly port: number;
  readonly key: string;
  emit<E extends ApiEventName>(event: E, payload: OaPlannerEvents[E]): void;
  close(): Promise<void>;
}

const host = '127.0.0.1';
const keepAliveMs = 25_000;

const securityHeaders = {
  'content-security-policy': contentSecurityPolicy,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
} as const;

function sameKey(given: string | undefined | null, key: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(key);
  return a.length === b.length && timingSafeEqual(a, b);
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=');
  }
  return undefined;
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** `attachment` with an ASCII fallback name and the real (UTF-8) one, as RFC 6266 describes. */
function attachmentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

function sendText(res: http.ServerResponse, status: number, text: string): void {
  res.writeHead(status, {
    ...securityHeaders,
    'content-type': 'text/plain; charset=utf-8',
    'cache-control': 'no-store',
  });
  res.end(text + '\n');
}

function sendResult(res: http.ServerResponse, status: number, result: ApiResult<unknown>): void {
  res.writeHead(status, {
    ...securityHeaders,
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  });
  res.end(JSON.stringify(result));
}

/**
 * Reads a request body up to the limit. A larger body is read to its end and discarded as it
 * arrives, so the client can read the 413 answer: cutting the connection mid-upload would make it
 * see a reset instead. Only callers holding the key get this far.
 */
function readBody(req: http.IncomingMessage): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxRequestBodyBytes) chunks.push(chunk);
      else chunks.length = 0;
    });
    req.on('end', () => resolve(size > maxRequestBodyBytes ? 'too-large' : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export async function startBrowserServer(options: BrowserServerOptions): Promise<BrowserServer> {
  const key = options.key ?? randomBytes(32).toString('base64url');
  const log = options.log ?? (() => undefined);
  const launchCommand = options.launchCommand ?? 'oa-planner serve';
  const eventClients = new Set<http.ServerResponse>();
  let port = 0;
  // Opens the page's own files only (see the static route); named per port, set once listening.
  const pageKey = randomBytes(32).toString('base64url');
  let pageCookieName = browserKeyCookie;

  const emit: BrowserServer['emit'] = (event, payload) => {
    const frame = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
    for (const client of eventClients) client.write(frame);
  };
  const handlers = options.createHandlers(emit);

  const allowedHosts = () => new Set([`${host}:${String(port)}`, `localhost:${String(port)}`]);

  const server = http.createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      log(`browser server: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      if (!res.headersSent) sendText(res, 500, 'Internal error');
      else res.end();
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const hosts = allowedHosts();
    if (!req.headers.host || !hosts.has(req.headers.host)) {
      sendText(res, 403, 'Refused: unexpected Host header.');
      return;
    }
    const origin = req.headers.origin;
    if (origin !== undefined && !hosts.has(origin.replace(/^http:\/\//, ''))) {
      sendText(res, 403, 'Refused: requests from other origins are not accepted.');
      return;
    }
    if (req.headers['sec-fetch-site'] === 'cross-site') {
      sendText(res, 403, 'Refused: cross-site request.');
      return;
    }
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    const queryKey = url.searchParams.get(browserKeyParam);
    const headerValue = req.headers[browserKeyHeader];
    const keyFromHeader = sameKey(typeof headerValue === 'string' ? headerValue : undefined, key);

    if (url.pathname.startsWith('/api/')) {
      // The API takes the key from a header, never from the cookie, so a page that merely gets the
      // browser to send a request cannot act; and never from the query (addresses end up in logs
      // and history), except for the event stream: EventSource cannot send headers.
      const isEventStream = url.pathname === '/api/events' && req.method === 'GET';
      if (!keyFromHeader && !(isEventStream && sameKey(queryKey, key))) {
        sendResult(res, 401, fail('unauthorized', { key: 'errors.api.wrongKey' }));
        return;
      }
      if (isEventStream) {
        openEventStream(res);
        return;
      }
      const match = /^\/api\/invoke\/([A-Za-z]+)$/.exec(url.pathname);
      if (!match || req.method !== 'POST') {
        sendResult(
          res,
          404,
          fail('unknown-method', {
            key: 'errors.api.noSuchEndpoint',
            params: { method: req.method ?? '', path: url.pathname },
          }),
        );
        return;
      }
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
        sendResult(res, 415, fail('invalid-argument', { key: 'errors.api.notJsonContentType' }));
        return;
      }
      const body = await readBody(req);
      if (body === 'too-large') {
        sendResult(
          res,
          413,
          fail('invalid-argument', {
            key: 'errors.api.bodyTooLarge',
            params: { bytes: maxRequestBodyBytes },
          }),
        );
        return;
      }
      let args: unknown;
      try {
        args = body.length === 0 ? [] : JSON.parse(body.toString('utf8'));
      } catch {
        sendResult(res, 400, fail('invalid-argument', { key: 'errors.api.bodyNotJson' }));
        return;
      }
      const result = await dispatchApiCall(handlers, match[1], args, {
        onInternalError: (method, error) =>
          log(`${method}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`),
      });
      sendResult(res, 200, result);
      return;
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendText(res, 405, 'Method not allowed.');
      return;
    }
    if (options.assets && isAssetPath(url.pathname)) {
      // Editor assets are the user's photos: they need the launch key itself, in the header (the
      // page fetches them and shows object URLs), never just the page cookie or a key in the URL.
      // Immutable, so cached for good.
      if (!keyFromHeader) {
        sendText(res, 403, 'OA Planner: assets need this launch’s key.');
        return;
      }
      const asset = options.assets(url.pathname, url.searchParams);
      res.writeHead(asset.status, {
        ...securityHeaders,
        'content-type': asset.contentType,
        'cache-control': asset.status === 200 ? assetCacheControl : 'no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : asset.body);
      return;
    }
    if (options.exportDownloads && isExportDownloadPath(url.pathname)) {
      sendExportDownload(req, res, keyFromHeader, () => options.exportDownloads?.(url.pathname));
      return;
    }
    // The app's own files (code, styles, fonts) load with a cookie set with the page. It holds a
    // second secret that opens nothing else: browsers send a host's cookies to all its ports, so the
    // cookie must never be worth more than the files it unlocks.
    // The launch address carries the key in its query: the one URL that must, since it is what the
    // user opens. The page takes it out of the address bar at once.
    const keyFromUrl = sameKey(queryKey, key);
    if (!keyFromUrl && !sameKey(cookieValue(req.headers.cookie, pageCookieName), pageKey)) {
      sendText(
        res,
        403,
        `OA Planner: open the full address printed by \`${launchCommand}\`; it carries this launch’s key.`,
      );
      return;
    }
    const file = await readStaticFile(options.rendererDirectory, url.pathname);
    if (!file) {
      sendText(res, 404, 'Not found.');
      return;
    }
    const headers: Record<string, string> = {
      ...securityHeaders,
      'content-type': file.contentType,
      'cache-control': file.contentType.startsWith('text/html') ? 'no-store' : 'private, max-age=3600',
    };
    if (keyFromUrl) {
      headers['set-cookie'] = `${pageCookieName}=${pageKey}; HttpOnly; SameSite=Strict; Path=/`;
    }
    const body = file.contentType.startsWith('text/html') ? withLaunchCommand(file.body) : file.body;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  /** The page learns the command that started the server from a <meta> added to its <head>. */
  function withLaunchCommand(html: Buffer): Buffer {
    const meta = `<meta name="${launchCommandMetaName}" content="${escapeAttribute(launchCommand)}">`;
    return Buffer.from(html.toString('utf8').replace(/<head([^>]*)>/i, (head) => `${head}${meta}`));
  }

  /**
   * An export folder as a zip. Like assets it holds the user's work, so it needs the launch key
   * itself (in the link the page makes), never just the page cookie.
   */
  function sendExportDownload(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    keyGiven: boolean,
    find: () => ExportDownload | undefined,
  ): void {
    // The user's files: the launch key in the header, as for assets; never the page cookie.
    if (!keyGiven) {
      sendText(res, 403, 'OA Planner: downloads need this launch’s key.');
      return;
    }
    const download = find();
    if (!download) {
      sendText(res, 404, 'No such export in this run of OA Planner.');
      return;
    }
    res.writeHead(200, {
      ...securityHeaders,
      'content-type': 'application/zip',
      'content-disposition': attachmentDisposition(download.fileName),
      'cache-control': 'no-store',
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    // A file that cannot be read half-way cuts the download off (the zip is then visibly broken).
    pipeline(Readable.from(download.chunks), res, (error) => {
      if (error) log(`export download: ${error.message}`);
    });
  }

  function openEventStream(res: http.ServerResponse): void {
    res.writeHead(200, {
      ...securityHeaders,
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    });
    res.write(': connected\n\n');
    eventClients.add(res);
    const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), keepAliveMs);
    res.on('close', () => {
      clearInterval(keepAlive);
      eventClients.delete(res);
    });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  pageCookieName = `${browserKeyCookie}_${String(port)}`;
  const origin = `http://${host}:${String(port)}`;

  return {
    url: `${origin}/?${browserKeyParam}=${key}`,
    origin,
    port,
    key,
    emit,
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of eventClients) client.end();
        eventClients.clear();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
