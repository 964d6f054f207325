// The Sandbox channel's LINE emulator inside the app: started on first use on 127.0.0.1 (free port),
// state in `<dataDirectory>/sandbox.sqlite`, and a token generated once per data directory and kept
// in that file. The token stays in the main process; the renderer only ever sees the status.

import path from 'node:path';
import type { SandboxStatus } from '../../shared/line/sandbox';
import type { LineSandbox } from './server';

export const sandboxFileName = 'sandbox.sqlite';

export interface SandboxService {
  /** Starts the sandbox if needed and reports on it. */
  status(): Promise<SandboxStatus>;
  /** Where and how main-process code (sync) reaches it. */
  connection(): Promise<{ readonly origin: string; readonly token: string }>;
  /** Whether it has been started (without starting it). */
  readonly started: boolean;
  stop(): Promise<void>;
}

export interface SandboxServiceOptions {
  readonly dataDirectory: string;
  /** Friends generated the first time (default 5,000). */
  readonly friends?: number;
  readonly nativeBinding?: string;
}

export function createSandboxService(options: SandboxServiceOptions): SandboxService {
  let starting: Promise<LineSandbox> | undefined;
  let stopped = false;

  const ensure = (): Promise<LineSandbox> => {
    if (stopped) return Promise.reject(new Error('The LINE sandbox has been stopped.'));
    // The emulator (its router, OpenAPI validators) loads on first use, not with every data folder.
    starting ??= import('./server')
      .then(({ startLineSandbox }) =>
        startLineSandbox({
          dataFile: path.join(options.dataDirectory, sandboxFileName),
          friends: options.friends ?? 5000,
          seed: 1,
          ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
        }),
      )
      .catch((error: unknown) => {
        starting = undefined;
        throw error;
      });
    return starting;
  };

  return {
    get started() {
      return starting !== undefined;
    },
    async status() {
      const sandbox = await ensure();
      const channel = sandbox.channel();
      const now = sandbox.clock.now();
      const quota = channel.quota.get();
      return {
        running: true,
        origin: sandbox.origin,
        friends: channel.friends.count,
        quota: { used: channel.quota.consumption(now), limit: quota.type === 'limited' ? quota.value : null },
      };
    },
    async connection() {
      const sandbox = await ensure();
      return { origin: sandbox.origin, token: sandbox.token };
    },
    async stop() {
      stopped = true;
      const running = starting;
      starting = undefined;
      if (running) await (await running.catch(() => undefined))?.close();
    },
  };
}

export const notRunningSandboxStatus: SandboxStatus = {
  running: false,
  origin: null,
  friends: 0,
  quota: { used: 0, limit: null },
};
