// The one API between the renderer and the main process. Every transport (Electron IPC, the
// browser-mode HTTP server, the in-process test double) and the main-process handler table are
// derived from these two interfaces, so adding a method here is a type error until all implement it.

import { appEventNames, appMethodNames, type AppApi, type AppEvents } from './app-contract';
import { editorEventNames, editorMethodNames, type EditorApi, type EditorEvents } from '../editor/contract';
import {
  audiencesEventNames,
  audiencesMethodNames,
  type AudiencesApi,
  type AudiencesEvents,
} from '../audiences/contract';
import { quotaEventNames, quotaMethodNames, type QuotaApi, type QuotaEvents } from '../quota/contract';
import {
  campaignsEventNames,
  campaignsMethodNames,
  type CampaignsApi,
  type CampaignsEvents,
} from '../campaigns/contract';
import {
  channelsEventNames,
  channelsMethodNames,
  type ChannelsApi,
  type ChannelsEvents,
} from '../channels/contract';
import { syncEventNames, syncMethodNames, type SyncApi, type SyncEvents } from '../sync/contract';
import type { ApiResult } from './result';
import { exhaustiveKeys, type HandlersOf } from './slice';

export type { AppInfo, AppShell } from './app-contract';
export { exhaustiveKeys } from './slice';

/**
 * Requests the renderer makes; each returns a promise of plain, JSON-safe data. Each feature owns
 * its slice (its interface, method names and argument schemas live beside its code).
 */
export interface OaPlannerApi
  extends AppApi, ChannelsApi, EditorApi, AudiencesApi, CampaignsApi, QuotaApi, SyncApi {}

/** Events main pushes to the renderer: channel name → payload. */
export interface OaPlannerEvents
  extends
    AppEvents,
    ChannelsEvents,
    EditorEvents,
    AudiencesEvents,
    CampaignsEvents,
    QuotaEvents,
    SyncEvents {}

export type ApiMethodName = keyof OaPlannerApi;
export type ApiEventName = keyof OaPlannerEvents;
export type ApiArgs<K extends ApiMethodName> = Parameters<OaPlannerApi[K]>;
export type ApiReturn<K extends ApiMethodName> = Awaited<ReturnType<OaPlannerApi[K]>>;

// The slices' lists, checked again as a whole: a slice missing from the composition is a type error.
export const apiMethodNames = exhaustiveKeys<OaPlannerApi>()([
  ...appMethodNames,
  ...channelsMethodNames,
  ...editorMethodNames,
  ...audiencesMethodNames,
  ...campaignsMethodNames,
  ...quotaMethodNames,
  ...syncMethodNames,
]);

export const apiEventNames = exhaustiveKeys<OaPlannerEvents>()([
  ...appEventNames,
  ...channelsEventNames,
  ...editorEventNames,
  ...audiencesEventNames,
  ...campaignsEventNames,
  ...quotaEventNames,
  ...syncEventNames,
]);

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
export type ApiHandlers = HandlersOf<OaPlannerApi>;

/** How main pushes an event to every connected renderer, whatever the transport. */
export type EventEmitterFn = <E extends ApiEventName>(event: E, payload: OaPlannerEvents[E]) => void;
