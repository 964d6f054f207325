// Argument schemas for every API method. Main parses each call's arguments as unknown through these
// before a handler sees them; the mapped type makes a missing or mistyped schema a compile error.

import { z } from 'zod';
import { supportedLocales } from '../domain/locale';
import { editorDocumentSchema } from '../editor/document-schema';
import {
  assetChunkMaxBytes,
  maxDocumentsPerProject,
  projectNameMaxLength,
  thumbnailMaxBytes,
} from '../editor/project';
import {
  audienceExpressionSchema,
  audienceName,
  beginImportSchema,
  chatTagAudienceSchema,
  chunkOffset,
  expressionOptionsSchema,
  importChunkSchema,
  importId,
  retargetingAudienceSchema,
  tagIdList,
  tagName,
  userIdList,
} from '../audiences/schemas';
import type { ApiArgs, ApiMethodName } from './contract';

const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

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
    lastProjectId: id.nullable(),
    lastChannelId: id.nullable(),
  })
  .partial()
  .strict();

export const preferencesSchema = preferencesPatchSchema.required();

// ---- Editor projects (shared/editor/project.ts) ----

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
  z.object({ channelId: id, name: projectName, templateId: z.string().min(1).max(200) }).strict(),
  z
    .object({
      channelId: id,
      name: projectName,
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

export const apiArgumentSchemas: { readonly [K in ApiMethodName]: z.ZodType<ApiArgs<K>> } = {
  getAppInfo: z.tuple([]),
  getPreferences: z.tuple([]),
  setPreferences: z.tuple([preferencesPatchSchema]),
  listChannels: z.tuple([]),
  getSandboxStatus: z.tuple([]),
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
  // ---- Audiences (shared/audiences/schemas.ts) ----
  listAudiences: z.tuple([id]),
  beginAudienceImport: z.tuple([beginImportSchema]),
  appendAudienceImportChunk: z.tuple([importId, chunkOffset, importChunkSchema]),
  finishAudienceImport: z.tuple([importId]),
  cancelAudienceImport: z.tuple([importId]),
  renameAudience: z.tuple([id, audienceName]),
  deleteAudience: z.tuple([id]),
  countAudienceExpression: z.tuple([id, audienceExpressionSchema, expressionOptionsSchema]),
  listChatTags: z.tuple([id]),
  createChatTag: z.tuple([id, tagName]),
  renameChatTag: z.tuple([id, tagName]),
  deleteChatTag: z.tuple([id]),
  tagFriends: z.tuple([id, userIdList, tagIdList]),
  importChatTags: z.tuple([id, importChunkSchema]),
  createChatTagAudience: z.tuple([chatTagAudienceSchema]),
  listCampaignBroadcasts: z.tuple([id]),
  createRetargetingAudience: z.tuple([retargetingAudienceSchema]),
};

/** Turns a zod failure into one readable line naming the argument and field. */
export function describeValidationError(method: string, error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return `${method}: invalid arguments`;
  const [argIndex, ...field] = issue.path;
  const where =
    argIndex === undefined
      ? 'arguments'
      : `argument ${String(Number(argIndex) + 1)}${field.length ? ` field "${field.join('.')}"` : ''}`;
  return `${method}: ${where}: ${issue.message}`;
}
