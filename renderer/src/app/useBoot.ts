// Connects to the main process and loads what the shell needs before it can render anything.

import { useEffect, useState } from 'react';
import type { ApiClient } from '../../../shared/api/client';
import type { AppInfo } from '../../../shared/api/contract';
import type { Channel } from '../../../shared/domain/channel';
import type { Preferences } from '../../../shared/domain/preferences';
import { connectApi, MissingLaunchKeyError } from '../bridge/api';

export interface BootData {
  readonly api: ApiClient;
  readonly appInfo: AppInfo;
  readonly preferences: Preferences;
  readonly channels: readonly Channel[];
}

export type BootFailure =
  { readonly kind: 'missing-launch-key' } | { readonly kind: 'error'; readonly message: string };

export type BootState =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly failure: BootFailure }
  | { readonly status: 'ready'; readonly data: BootData };

const loading: BootState = { status: 'loading' };

async function boot(): Promise<BootData> {
  const api = connectApi();
  const [appInfo, preferences, channels] = await Promise.all([
    api.getAppInfo(),
    api.getPreferences(),
    api.listChannels(),
  ]);
  return { api, appInfo, preferences, channels };
}

function toFailure(error: unknown): BootFailure {
  if (error instanceof MissingLaunchKeyError) return { kind: 'missing-launch-key' };
  return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
}

/** Boots once per `attempt`; bump it to retry after a failure. */
export function useBoot(attempt: number): BootState {
  const [settled, setSettled] = useState<{ readonly attempt: number; readonly state: BootState } | null>(
    null,
  );
  useEffect(() => {
    let current = true;
    boot().then(
      (data) => {
        if (current) setSettled({ attempt, state: { status: 'ready', data } });
      },
      (error: unknown) => {
        if (current) setSettled({ attempt, state: { status: 'failed', failure: toFailure(error) } });
      },
    );
    return () => {
      current = false;
    };
  }, [attempt]);
  return settled?.attempt === attempt ? settled.state : loading;
}
