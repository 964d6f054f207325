// Before a send with a rich message (imagemap) leaves, its images must be online: LINE fetches
// `baseUrl/1040` (and the other widths) from where the user published the export folder, and a
// friend would see a blank bubble otherwise. The worker asks each base URL for its 1040-wide image
// (HTTP GET) and refuses the send, naming the URL, unless an image answers.

import type { LocalizedText } from '../../shared/i18n/text';
import type { OutboxError } from '../../shared/sync/outbox';
import { imagemapLimits } from '../../shared/line/limits';

interface Timer {
  schedule(ms: number, run: () => void): () => void;
}

/** The GET the check makes (default: fetch; tests pass one that trusts their own certificate). */
export type ImageFetch = (
  url: string,
  init: { readonly method: 'GET'; readonly redirect: 'follow'; readonly signal: AbortSignal },
) => Promise<Pick<Response, 'ok' | 'status' | 'headers' | 'body'>>;

export interface HostingCheckOptions {
  readonly timer: Timer;
  readonly timeoutMs: number;
  readonly fetch?: ImageFetch;
}

/** The distinct base URLs of the imagemap messages in a request body. */
export function imagemapBaseUrls(payload: Readonly<Record<string, unknown>>): string[] {
  const messages = Array.isArray(payload.messages) ? (payload.messages as unknown[]) : [];
  const urls = messages.flatMap((m) => {
    if (typeof m !== 'object' || m === null) return [];
    const { type, baseUrl } = m as { type?: unknown; baseUrl?: unknown };
    return type === 'imagemap' && typeof baseUrl === 'string' ? [baseUrl] : [];
  });
  return [...new Set(urls)];
}

const notHosted = (url: string, problem: LocalizedText): OutboxError => ({
  key: 'errors.sync.imagemapNotHosted',
  params: { url, problem },
});

/** Checks one URL: undefined when an image answers, otherwise why not. */
async function checkUrl(url: string, options: HostingCheckOptions): Promise<OutboxError | undefined> {
  const { timeoutMs } = options;
  const get: ImageFetch = options.fetch ?? fetch;
  const controller = new AbortController();
  const cancel = options.timer.schedule(timeoutMs, () => controller.abort());
  try {
    const response = await get(url, { method: 'GET', redirect: 'follow', signal: controller.signal });
    const type = response.headers.get('content-type') ?? '';
    await response.body?.cancel();
    if (!response.ok)
      return notHosted(url, { key: 'sync.imagemapProblem.status', params: { status: response.status } });
    if (!/^image\//i.test(type.trim()))
      return notHosted(url, { key: 'sync.imagemapProblem.type', params: { type: type || '—' } });
    return undefined;
  } catch (error) {
    const detail = controller.signal.aborted
      ? `no answer within ${String(Math.round(timeoutMs / 1000))} s`
      : error instanceof Error
        ? error.cause instanceof Error
          ? error.cause.message
          : error.message
        : String(error);
    return notHosted(url, { key: 'sync.imagemapProblem.unreachable', params: { detail } });
  } finally {
    cancel();
  }
}

/** The first imagemap whose image does not answer, as the send's refusal; undefined when all do. */
export async function checkImagemapHosting(
  payload: Readonly<Record<string, unknown>>,
  options: HostingCheckOptions,
): Promise<OutboxError | undefined> {
  for (const base of imagemapBaseUrls(payload)) {
    const problem = await checkUrl(
      `${base.replace(/\/+$/, '')}/${String(imagemapLimits.baseWidth)}`,
      options,
    );
    if (problem) return problem;
  }
  return undefined;
}
