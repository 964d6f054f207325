// The one API between the renderer and the main process. Every transport (Electron IPC, the
// browser-mode HTTP server, the in-process test double) and the main-process handler table are
// derived from these two interfaces, so adding a method here is a type error until all implement it.

import type { Channel } from '../domain/channel';
import type { Preferences, PreferencesPatch } from '../domain/preferences';
import type { AppSection } from '../domain/sections';
import type { SandboxStatus } from '../line/sandbox';
import type { AssetInfo } from '../editor/assets';
import type {
  AppendAssetChunkRequest,
  BeginAssetUploadRequest,
  CreateProjectRequest,
  ExportProjectRequest,
  ExportResult,
  Project,
  ProjectSummary,
  RenameProjectRequest,
  SaveProjectRequest,
  SaveProjectResult,
} from '../editor/project';
import type { ExpressionEvaluation, AudienceExpression } from '../audiences/algebra';
import type {
  BeginImportRequest,
  ChatTagAudienceRequest,
  ExpressionCountOptions,
  RetargetingAudienceRequest,
} from '../audiences/api';
import type { AudienceSummary, CampaignBroadcast, ChatTag } from '../audiences/audience';
import type { ImportOutcome, ImportProgress } from '../audiences/import-outcome';
import type { TagImportReport } from '../audiences/tags';
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
  /** The Sandbox channel's local LINE emulator: started on the first call. */
  getSandboxStatus(): Promise<SandboxStatus>;
  // Editor projects (shared/editor/project.ts). Trashed projects are listed only by listTrashedProjects.
  listProjects(channelId: number): Promise<readonly ProjectSummary[]>;
  createProject(request: CreateProjectRequest): Promise<Project>;
  getProject(id: number): Promise<Project>;
  saveProject(request: SaveProjectRequest): Promise<SaveProjectResult>;
  renameProject(request: RenameProjectRequest): Promise<ProjectSummary>;
  duplicateProject(id: number): Promise<ProjectSummary>;
  trashProject(id: number): Promise<ProjectSummary>;
  restoreProject(id: number): Promise<ProjectSummary>;
  listTrashedProjects(channelId: number): Promise<readonly ProjectSummary[]>;
  deleteProjectForever(id: number): Promise<void>;
  // Asset upload in chunks (browser mode refuses requests over 8 MB): begin → append… → finish.
  beginAssetUpload(request: BeginAssetUploadRequest): Promise<{ readonly uploadId: string }>;
  appendAssetChunk(request: AppendAssetChunkRequest): Promise<{ readonly received: number }>;
  finishAssetUpload(uploadId: string): Promise<AssetInfo>;
  abortAssetUpload(uploadId: string): Promise<void>;
  exportProject(request: ExportProjectRequest): Promise<ExportResult>;
  // Audiences (shared/audiences/). Imports stream in chunks: begin → append… → finish, or cancel.
  listAudiences(channelId: number): Promise<readonly AudienceSummary[]>;
  beginAudienceImport(request: BeginImportRequest): Promise<{ readonly importId: string }>;
  appendAudienceImportChunk(importId: string, offset: number, base64: string): Promise<ImportProgress>;
  finishAudienceImport(importId: string): Promise<ImportOutcome>;
  cancelAudienceImport(importId: string): Promise<void>;
  renameAudience(audienceId: number, name: string): Promise<AudienceSummary>;
  deleteAudience(audienceId: number): Promise<void>;
  countAudienceExpression(
    channelId: number,
    expression: AudienceExpression,
    options: ExpressionCountOptions,
  ): Promise<ExpressionEvaluation>;
  listChatTags(channelId: number): Promise<readonly ChatTag[]>;
  createChatTag(channelId: number, name: string): Promise<ChatTag>;
  renameChatTag(tagId: number, name: string): Promise<void>;
  deleteChatTag(tagId: number): Promise<void>;
  tagFriends(channelId: number, userIds: readonly string[], tagIds: readonly number[]): Promise<number>;
  importChatTags(channelId: number, base64: string): Promise<TagImportReport>;
  createChatTagAudience(request: ChatTagAudienceRequest): Promise<AudienceSummary>;
  listCampaignBroadcasts(channelId: number): Promise<readonly CampaignBroadcast[]>;
  createRetargetingAudience(request: RetargetingAudienceRequest): Promise<AudienceSummary>;
}

/** Events main pushes to the renderer: channel name → payload. */
export interface OaPlannerEvents {
  preferencesChanged: Preferences;
  /** The application menu asked the UI to show a section. */
  navigate: AppSection;
  /** Audiences or chat tags of a channel changed (import, rename, delete…): lists reload. */
  audiencesChanged: { readonly channelId: number };
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
  'getSandboxStatus',
  'listProjects',
  'createProject',
  'getProject',
  'saveProject',
  'renameProject',
  'duplicateProject',
  'trashProject',
  'restoreProject',
  'listTrashedProjects',
  'deleteProjectForever',
  'beginAssetUpload',
  'appendAssetChunk',
  'finishAssetUpload',
  'abortAssetUpload',
  'exportProject',
  'listAudiences',
  'beginAudienceImport',
  'appendAudienceImportChunk',
  'finishAudienceImport',
  'cancelAudienceImport',
  'renameAudience',
  'deleteAudience',
  'countAudienceExpression',
  'listChatTags',
  'createChatTag',
  'renameChatTag',
  'deleteChatTag',
  'tagFriends',
  'importChatTags',
  'createChatTagAudience',
  'listCampaignBroadcasts',
  'createRetargetingAudience',
]);

export const apiEventNames = exhaustiveKeys<OaPlannerEvents>()([
  'preferencesChanged',
  'navigate',
  'audiencesChanged',
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
export type ApiHandlers = {
  readonly [K in ApiMethodName]: (...args: ApiArgs<K>) => Promise<ApiReturn<K>> | ApiReturn<K>;
};

/** How main pushes an event to every connected renderer, whatever the transport. */
export type EventEmitterFn = <E extends ApiEventName>(event: E, payload: OaPlannerEvents[E]) => void;
