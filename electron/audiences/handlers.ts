// The audiences' slice of the API handler table (shared/audiences/contract.ts). Arguments arrive
// validated; each change emits `audiencesChanged` so every open window reloads its lists.

import type { EventEmitterFn } from '../../shared/api/contract';
import type { HandlersOf } from '../../shared/api/slice';
import type { AudiencesApi } from '../../shared/audiences/contract';
import { ApiError } from '../../shared/api/result';
import type { AudienceSummary } from '../../shared/audiences/audience';
import { clickUrlMaxLength } from '../../shared/audiences/limits';
import { writeTransaction, type AppDatabase } from '../storage/database';
import { evaluateAudienceExpression } from './algebra';
import { getCampaignBroadcast, listCampaignBroadcasts } from '../campaigns/broadcasts';
import {
  createChatTag,
  createChatTagAudience,
  deleteChatTag,
  importTagAssignments,
  listChatTags,
  renameChatTag,
  tagFriends,
} from './chat-tags';
import { createImportSessions } from './import-sessions';
import {
  deleteAudience,
  getAudience,
  insertAudience,
  listAudiences,
  renameAudience,
  requireAudience,
} from './repository';

export interface AudienceHandlerContext {
  readonly database: AppDatabase;
  readonly emit: EventEmitterFn;
}

function tagChannel(context: AudienceHandlerContext, tagId: number): number {
  const row = context.database.db.prepare('SELECT channel_id FROM chat_tags WHERE id = ?').get(tagId) as
    { channel_id: number } | undefined;
  if (!row) throw new ApiError('not-found', { key: 'errors.audiences.tagNotFound', params: { id: tagId } });
  return row.channel_id;
}

export function createAudienceHandlers(context: AudienceHandlerContext): HandlersOf<AudiencesApi> {
  const db = () => context.database.db;
  const sessions = createImportSessions(db);
  const changed = (channelId: number) => context.emit('audiencesChanged', { channelId });
  const changedAudience = (audience: AudienceSummary) => {
    changed(audience.channelId);
    return audience;
  };

  return {
    listAudiences: (channelId) => listAudiences(db(), channelId),
    beginAudienceImport: (request) => ({
      importId: sessions.begin(request.target, request.fileName, request.totalBytes, request.column),
    }),
    appendAudienceImportChunk: (importId, offset, base64) => sessions.append(importId, offset, base64),
    finishAudienceImport: (importId) => {
      const outcome = sessions.finish(importId);
      if (outcome.ok) changed(outcome.audience.channelId);
      return outcome;
    },
    cancelAudienceImport: (importId) => sessions.cancel(importId),
    renameAudience: (audienceId, name) => changedAudience(renameAudience(db(), audienceId, name)),
    deleteAudience: (audienceId) => {
      const { channelId } = requireAudience(db(), audienceId);
      deleteAudience(db(), audienceId);
      changed(channelId);
    },
    countAudienceExpression: (channelId, expression, options) =>
      evaluateAudienceExpression(db(), channelId, expression, options),
    listChatTags: (channelId) => listChatTags(db(), channelId),
    createChatTag: (channelId, name) => {
      const tag = createChatTag(db(), channelId, name);
      changed(channelId);
      return tag;
    },
    renameChatTag: (tagId, name) => {
      renameChatTag(db(), tagId, name);
      changed(tagChannel(context, tagId));
    },
    deleteChatTag: (tagId) => {
      const channelId = tagChannel(context, tagId);
      deleteChatTag(db(), tagId);
      changed(channelId);
    },
    tagFriends: (channelId, userIds, tagIds) => {
      const added = tagFriends(db(), channelId, userIds, tagIds);
      changed(channelId);
      return added;
    },
    importChatTags: (channelId, base64) => {
      const report = importTagAssignments(db(), channelId, Buffer.from(base64, 'base64'));
      changed(channelId);
      return report;
    },
    createChatTagAudience: (request) =>
      changedAudience(
        createChatTagAudience(db(), request.channelId, request.name, request.tagIds, request.match),
      ),
    listCampaignBroadcasts: (channelId) => listCampaignBroadcasts(db(), channelId),
    createRetargetingAudience: (request) => {
      const broadcast = getCampaignBroadcast(db(), request.broadcastId);
      if (!broadcast || broadcast.channelId !== request.channelId) {
        throw new ApiError('not-found', {
          key: 'errors.audiences.broadcastNotFound',
          params: { id: request.broadcastId },
        });
      }
      const clickUrl = request.kind === 'click' ? request.clickUrl : null;
      if (clickUrl !== null && (clickUrl.length > clickUrlMaxLength || !/^https?:\/\/\S+$/i.test(clickUrl))) {
        throw new ApiError('invalid-argument', {
          key: 'errors.audiences.notALink',
          params: { url: clickUrl.slice(0, 80) },
        });
      }
      const id = writeTransaction(db(), () =>
        insertAudience(db(), {
          channelId: request.channelId,
          name: request.name,
          kind: request.kind,
          broadcastId: broadcast.id,
          clickUrl,
          rate: request.rate,
        }),
      );
      const audience = getAudience(db(), id);
      if (!audience) throw new Error('createRetargetingAudience: audience vanished after commit');
      return changedAudience(audience);
    },
  };
}
