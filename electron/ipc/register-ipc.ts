// Electron transport, main side: one ipcMain.handle per API method. Calls from any frame other than
// the app's own top-level page are refused before their arguments are even parsed.

import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { ApiHandlers } from '../../shared/api/contract';
import { apiMethodNames, ipcInvokeChannel } from '../../shared/api/contract';
import { dispatchApiCall } from '../../shared/api/dispatch';
import { fail, type ApiResult } from '../../shared/api/result';

export const appScheme = 'app';
export const appHost = 'oa-planner';
export const appOrigin = `${appScheme}://${appHost}`;

/** True for pages served by the app's own protocol (app://oa-planner/…). */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${appScheme}:` && parsed.host === appHost;
  } catch {
    return false;
  }
}

/** True when the call comes from the main frame of a page served by the app's own protocol. */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>): boolean {
  const frame = event.senderFrame;
  return Boolean(frame && frame === event.sender.mainFrame && isAppUrl(frame.url));
}

export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  handlers: ApiHandlers,
  log: (message: string) => void,
): () => void {
  for (const method of apiMethodNames) {
    ipcMain.handle(
      ipcInvokeChannel(method),
      async (event, ...args: unknown[]): Promise<ApiResult<unknown>> => {
        if (!isTrustedSender(event)) {
          log(`Refused IPC ${method} from ${event.senderFrame?.url ?? 'an unknown frame'}`);
          return fail('unauthorized', { key: 'errors.api.notAppWindow', params: { method } });
        }
        return dispatchApiCall(handlers, method, args, {
          onInternalError: (name, error) =>
            log(`${name}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`),
        });
      },
    );
  }
  return () => {
    for (const method of apiMethodNames) ipcMain.removeHandler(ipcInvokeChannel(method));
  };
}
