// The editor's slice of the API contract: projects, chunked asset uploads and export, with the
// argument schema of each method. Main implements it in electron/editor/handlers.ts.

import { z } from 'zod';
import { supportedLocales } from '../domain/locale';
import { recordId as id } from '../api/app-contract';
import { exhaustiveKeys, type ArgumentSchemas } from '../api/slice';
import type { AssetInfo } from './assets';
import { editorDocumentSchema } from './document-schema';
import {
  assetChunkMaxBytes,
  maxDocumentsPerProject,
  projectNameMaxLength,
  thumbnailMaxBytes,
  type AppendAssetChunkRequest,
  type BeginAssetUploadRequest,
  type CreateProjectRequest,
  type ExportProjectRequest,
  type ExportResult,
  type Project,
  type ProjectSummary,
  type RenameProjectRequest,
  type SaveProjectRequest,
  type SaveProjectResult,
} from './project';

export interface EditorApi {
  // Trashed projects are listed only by listTrashedProjects.
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
  /** The renderer's answer to a saveRequested event: every open editor saved, or why not. */
  reportSaved(report: SaveReport): Promise<void>;
}

export interface SaveReport {
  readonly requestId: string;
  readonly saved: boolean;
  /** Why not, in the user's language, for main to show. */
  readonly problem?: string;
}

export interface EditorEvents {
  /** The window is about to close: save every open editor now and answer with reportSaved. */
  saveRequested: { readonly requestId: string };
}

export const editorEventNames = exhaustiveKeys<EditorEvents>()(['saveRequested']);

/** Save requests are named by 128 random bits, in hex. */
export const saveRequestIdPattern = /^[0-9a-f]{32}$/;

export const editorMethodNames = exhaustiveKeys<EditorApi>()([
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
  'reportSaved',
]);

const projectName = z
  .string()
  .trim()
  .min(1, 'a project needs a name')
  .max(projectNameMaxLength, `at most ${String(projectNameMaxLength)} characters`);
const base64 = (maxBytes: number) =>
  z
    .string()
    .max(Math.ceil(maxBytes / 3) * 4, `at most ${String(maxBytes)} bytes`)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64');
const canvasSide = z.number().int().min(1).max(10_000);
const uploadId = z.string().regex(/^[0-9a-f]{32}$/, 'must be an upload id');

const createProjectSchema = z.union([
  z
    .object({
      channelId: id,
      name: projectName,
      locale: z.enum(supportedLocales).optional(),
      templateId: z.string().min(1).max(200),
    })
    .strict(),
  z
    .object({
      channelId: id,
      name: projectName,
      locale: z.enum(supportedLocales).optional(),
      custom: z
        .object({
          kind: z.enum(['richmenu', 'imagemap']),
          size: z.object({ width: canvasSide, height: canvasSide }).strict(),
          spec: z.string().max(200),
        })
        .strict(),
    })
    .strict(),
]);

const saveProjectSchema = z
  .object({
    id,
    documents: z.array(editorDocumentSchema).min(1).max(maxDocumentsPerProject),
    thumbnailPngBase64: base64(thumbnailMaxBytes).optional(),
    textRasters: z
      .array(
        z.object({ key: z.string().regex(/^t1-[0-9a-f]{16}$/), pngBase64: base64(4 * 1024 * 1024) }).strict(),
      )
      .max(500)
      .optional(),
  })
  .strict();

export const editorArgumentSchemas: ArgumentSchemas<EditorApi> = {
  listProjects: z.tuple([id]),
  createProject: z.tuple([createProjectSchema]),
  getProject: z.tuple([id]),
  saveProject: z.tuple([saveProjectSchema]),
  renameProject: z.tuple([z.object({ id, name: projectName }).strict()]),
  duplicateProject: z.tuple([id]),
  trashProject: z.tuple([id]),
  restoreProject: z.tuple([id]),
  listTrashedProjects: z.tuple([id]),
  deleteProjectForever: z.tuple([id]),
  beginAssetUpload: z.tuple([
    z
      .object({
        projectId: id,
        fileName: z.string().min(1).max(500),
        byteLength: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
        kind: z.enum(['image', 'video']).optional(),
      })
      .strict(),
  ]),
  appendAssetChunk: z.tuple([
    z
      .object({
        uploadId,
        offset: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
        chunkBase64: base64(assetChunkMaxBytes),
      })
      .strict(),
  ]),
  finishAssetUpload: z.tuple([uploadId]),
  abortAssetUpload: z.tuple([uploadId]),
  exportProject: z.tuple([
    z
      .object({
        id,
        format: z.enum(['jpeg', 'png']),
        outDir: z.string().min(1).max(4096).optional(),
      })
      .strict(),
  ]),
  reportSaved: z.tuple([
    z
      .object({
        requestId: z.string().regex(saveRequestIdPattern, 'must be a save request id'),
        saved: z.boolean(),
        problem: z.string().max(2000).optional(),
      })
      .strict(),
  ]),
};
