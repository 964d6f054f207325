// Chooses the transport: the Electron preload's `window.oaPlanner`, else the browser-mode server.

import { createApiClient, type ApiClient } from '../../../shared/api/client';
import type { WireApi } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/result';
import type { SaveProjectRequest, SaveProjectResult } from '../../../shared/editor/project';
import { createHttpWireApi, keepaliveCall, takeLaunchKey } from './http-wire';
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
let transport: 'electron' | 'browser' | null = null;
let unloadSaver: ((request: SaveProjectRequest) => Promise<SaveProjectResult> | null) | null = null;

/**
 * Saves while the page unloads: over IPC in the desktop app (the message leaves at once), with a
 * keepalive request in browser mode (null when the documents are over its 64 KB).
 */
export function saveOnUnload(request: SaveProjectRequest): Promise<SaveProjectResult> | null {
  return unloadSaver?.(request) ?? null;
}

/**
 * Whether the page should ask before it goes with unsaved work. Only in browser mode: Electron
 * would cancel the window's close without a word; there main asks the editor to save instead.
 */
export const warnsBeforeUnload = (): boolean => transport === 'browser';

/** The browser-mode launch key, sent in a header to fetch assets; null in the desktop app. */
export function assetAccessKey(): string | null {
  return launchKey;
}

export function connectApi(): ApiClient {
  if (window.oaPlanner) {
    const client = createApiClient(window.oaPlanner);
    transport = 'electron';
    unloadSaver = (request) => client.saveProject(request);
    return client;
  }
  const key = takeLaunchKey(window.location, window.sessionStorage, window.history);
  if (!key) throw new MissingLaunchKeyError();
  launchKey = key;
  transport = 'browser';
  unloadSaver = (request) =>
    keepaliveCall(key, 'saveProject', [request])?.then((result) => {
      if (result.ok) return result.value as SaveProjectResult;
      throw ApiError.fromData(result.error);
    }) ?? null;
  return createApiClient(createHttpWireApi(key));
}
