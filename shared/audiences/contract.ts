// The audiences' slice of the API contract: audiences, imports in chunks, chat tags, retargeting and
// counts, with the argument schema of each method. Main implements it in electron/audiences/handlers.ts.

import { z } from 'zod';
import { recordId as id } from '../api/app-contract';
import { exhaustiveKeys, type ArgumentSchemas } from '../api/slice';
import type { AudienceExpression, ExpressionEvaluation } from './algebra';
import type {
  BeginImportRequest,
  ChatTagAudienceRequest,
  ExpressionCountOptions,
  RetargetingAudienceRequest,
} from './api';
import type { AudienceSummary, CampaignBroadcast, ChatTag } from './audience';
import type { ImportOutcome, ImportProgress } from './import-outcome';
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
} from './schemas';
import type { TagImportReport } from './tags';

export interface AudiencesApi {
  listAudiences(channelId: number): Promise<readonly AudienceSummary[]>;
  // Imports stream in chunks: begin → append… → finish, or cancel.
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

export interface AudiencesEvents {
  /** Audiences or chat tags of a channel changed (import, rename, delete…): lists reload. */
  audiencesChanged: { readonly channelId: number };
}

export const audiencesMethodNames = exhaustiveKeys<AudiencesApi>()([
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

export const audiencesEventNames = exhaustiveKeys<AudiencesEvents>()(['audiencesChanged']);

export const audiencesArgumentSchemas: ArgumentSchemas<AudiencesApi> = {
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
