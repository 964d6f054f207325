// The app's own slice of the API contract: who the app is, preferences, channels and the sandbox's
// status. Features add their slices beside their code (shared/editor/contract.ts, …).

import { z } from 'zod';
import type { Channel } from '../domain/channel';
import { supportedLocales } from '../domain/locale';
import type { Preferences, PreferencesPatch } from '../domain/preferences';
import type { AppSection } from '../domain/sections';
import type { SandboxStatus } from '../line/sandbox';
import { exhaustiveKeys, type ArgumentSchemas } from './slice';

/** Which shell runs main: the desktop window, browser mode, or a command-line command. */
export type AppShell = 'electron' | 'browser' | 'cli';

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

export interface AppApi {
  getAppInfo(): Promise<AppInfo>;
  getPreferences(): Promise<Preferences>;
  setPreferences(patch: PreferencesPatch): Promise<Preferences>;
  listChannels(): Promise<readonly Channel[]>;
  /** The Sandbox channel's local LINE emulator: started on the first call. */
  getSandboxStatus(): Promise<SandboxStatus>;
}

export interface AppEvents {
  preferencesChanged: Preferences;
  /** The application menu asked the UI to show a section. */
  navigate: AppSection;
}

export const appMethodNames = exhaustiveKeys<AppApi>()([
  'getAppInfo',
  'getPreferences',
  'setPreferences',
  'listChannels',
  'getSandboxStatus',
]);

export const appEventNames = exhaustiveKeys<AppEvents>()(['preferencesChanged', 'navigate']);

export const recordId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

const windowBoundsSchema = z
  .object({
    x: z.number().int().min(-100_000).max(100_000),
    y: z.number().int().min(-100_000).max(100_000),
    width: z.number().int().min(100).max(100_000),
    height: z.number().int().min(100).max(100_000),
    maximized: z.boolean(),
  })
  .strict();

export const preferencesPatchSchema = z
  .object({
    locale: z.enum(supportedLocales).nullable(),
    windowBounds: windowBoundsSchema.nullable(),
    lastProjectId: recordId.nullable(),
    lastChannelId: recordId.nullable(),
  })
  .partial()
  .strict();

export const preferencesSchema = preferencesPatchSchema.required();

export const appArgumentSchemas: ArgumentSchemas<AppApi> = {
  getAppInfo: z.tuple([]),
  getPreferences: z.tuple([]),
  setPreferences: z.tuple([preferencesPatchSchema]),
  listChannels: z.tuple([]),
  getSandboxStatus: z.tuple([]),
};
