// The one API between the renderer and the main process. Every transport (Electron IPC, the
// browser-mode HTTP server, the in-process test double) and the main-process handler table are
// derived from these two interfaces, so adding a method here is a type error until all implement it.

import type { Channel } from '../domain/channel';
import type { Preferences, PreferencesPatch } from '../domain/preferences';
import type { AppSection } from '../domain/sections';
import type { ApiResult } from './result';

export type AppShell = 'electron' | 'browser';

export interface AppInfo {
  readonly name: string;
  readonly version: string;
  readonly shell: AppShell;
  readonly platform: string;
  /** The operating system's preferred languages, most preferred first (BCP 47 tags). */
  readonly systemLocales: readonly string[];
  readonly dataDirectory: string;
  readonly databaseSchemaVersion: number;
}

/** Requests the renderer makes; each returns a promise of plain, JSON-safe data. */
export interface OaPlannerApi {
  getAppInfo(): Promise<AppInfo>;
  getPreferences(): Promise<Preferences>;
  setPreferences(patch: PreferencesPatch): Promise<Preferences>;
  listChannels(): Promise<readonly Channel[]>;
}

/** Events main pushes to the renderer: channel name → payload. */
export interface OaPlannerEvents {
  preferencesChanged: Preferences;
  /** The application menu asked the UI to show a section. */
  navigate: AppSection;
}

export type ApiMethodName = keyof OaPlannerApi;
export type ApiEventName = keyof OaPlannerEvents;
export type ApiArgs<K extends ApiMethodName> = Parameters<OaPlannerApi[K]>;
export type ApiReturn<K extends ApiMethodName> = Awaited<ReturnType<OaPlannerApi[K]>>;

/**
 * Makes a runtime list of every key of T, checked both ways at compile time: a missing key and an
 * unknown key are both type errors. Runtime lists are what the preload and the HTTP client map over.
 */
export function exhaustiveKeys<T>() {
  return <const L extends readonly (keyof T)[]>(
    list: L & ([Exclude<keyof T, L[number]>] extends [never] ? unknown : 'missing a key of T'),
  ): readonly (keyof T)[] => list;
}

export const apiMethodNames = exhaustiveKeys<OaPlannerApi>()([
  'getAppInfo',
  'getPreferences',
  'setPreferences',
  'listChannels',
]);

export const apiEventNames = exhaustiveKeys<OaPlannerEvents>()(['preferencesChanged', 'navigate']);

/** IPC channel names: one prefix, so main and preload cannot disagree. */
export const ipcInvokeChannel = (method: ApiMethodName): string => `oa-planner:invoke:${method}`;
export const ipcEventChannel = (event: ApiEventName): string => `oa-planner:event:${event}`;

export type Unsubscribe = () => void;

/**
 * What a transport offers the renderer: every method returning the raw result object, and a
 * subscription per event. Electron's preload exposes exactly this on `window.oaPlanner`; the browser
 * transport and the test double implement it too.
 */
export type WireApi = {
  readonly [K in ApiMethodName]: (...args: ApiArgs<K>) => Promise<ApiResult<ApiReturn<K>>>;
} & {
  readonly on: {
    readonly [E in ApiEventName]: (listener: (payload: OaPlannerEvents[E]) => void) => Unsubscribe;
  };
};

/** The main-process implementation: one handler per method, arguments already validated. */
export type ApiHandlers = {
  readonly [K in ApiMethodName]: (...args: ApiArgs<K>) => Promise<ApiReturn<K>> | ApiReturn<K>;
};

/** How main pushes an event to every connected renderer, whatever the transport. */
export type EventEmitterFn = <E extends ApiEventName>(event: E, payload: OaPlannerEvents[E]) => void;
