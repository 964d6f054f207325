// Chooses the transport: the Electron preload's `window.oaPlanner`, else the browser-mode server.

import { createApiClient, type ApiClient } from '../../../shared/api/client';
import type { WireApi } from '../../../shared/api/contract';
import { createHttpWireApi, takeLaunchKey } from './http-wire';
import { launchCommandMetaName } from '../../../shared/api/browser-protocol';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in browser mode. */
    readonly oaPlanner?: WireApi;
  }
}

/** The command that started browser mode, as the server wrote it into the page. */
export function launchCommandName(): string {
  const meta = document.querySelector<HTMLMetaElement>(`meta[name="${launchCommandMetaName}"]`);
  return meta?.content || 'oa-planner serve';
}

export class MissingLaunchKeyError extends Error {
  constructor() {
    super(`This page needs the address printed by \`${launchCommandName()}\` (it carries a one-time key).`);
    this.name = 'MissingLaunchKeyError';
  }
}

let launchKey: string | null = null;

/** The browser-mode launch key, sent in a header to fetch assets; null in the desktop app. */
export function assetAccessKey(): string | null {
  return launchKey;
}

export function connectApi(): ApiClient {
  if (window.oaPlanner) return createApiClient(window.oaPlanner);
  const key = takeLaunchKey(window.location, window.sessionStorage, window.history);
  if (!key) throw new MissingLaunchKeyError();
  launchKey = key;
  return createApiClient(createHttpWireApi(key));
}
