// The quota's slice of the API handler table (shared/quota/contract.ts): the plan catalogue, a
// channel's planning figures and the forecast of given sends. Arguments arrive shape-checked; the
// rules (shared/quota/rules.ts) are applied here before anything is stored, and every change emits
// `planningChanged` so open windows recompute their forecasts.

import type { EventEmitterFn } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/result';
import type { HandlersOf } from '../../shared/api/slice';
import type { QuotaApi } from '../../shared/quota/contract';
import { forecastMonth } from '../../shared/quota/forecast';
import type { Plan } from '../../shared/quota/model';
import { builtinPlan } from '../../shared/quota/plans';
import { validateChannelPlanning, validatePlan, type PlanDraft } from '../../shared/quota/rules';
import type { AppDatabase, SqliteDatabase } from '../storage/database';
import { getChannel } from '../storage/channels';
import { forecastChannelMonth } from './channel-forecast';
import { getChannelPlanning, saveChannelPlanning } from './planning';
import {
  channelsUsingPlan,
  deleteUserPlan,
  isBuiltinPlan,
  listPlans,
  listUserPlans,
  saveUserPlan,
} from './plans';

export interface QuotaHandlerContext {
  readonly database: AppDatabase;
  readonly emit: EventEmitterFn;
  /** The clock "at the next sync" and the rules read; tests fix it. */
  readonly now?: () => Date;
}

const channelList = (names: readonly string[]): string => names.map((name) => `“${name}”`).join(', ');

function requireChannel(db: SqliteDatabase, channelId: number) {
  const channel = getChannel(db, channelId);
  if (!channel)
    throw new ApiError('not-found', { key: 'errors.channels.notFound', params: { id: channelId } });
  return channel;
}

/**
 * A plan edit must not leave a channel with a cap its plan no longer allows (no additional
 * messages any more, or a ceiling below the cap): the channel is named so the user fixes it first.
 */
function checkChannelCaps(db: SqliteDatabase, plan: PlanDraft): void {
  const allows = (cap: number) =>
    plan.additional !== null && cap <= (plan.additional.maxPerMonth ?? Infinity);
  const broken = channelsUsingPlan(db, plan.id).filter(
    (user) => user.additionalMessageCap !== null && !allows(user.additionalMessageCap),
  );
  if (broken.length > 0) {
    throw new ApiError('conflict', {
      key: 'errors.quota.planChangeConflictsWithCap',
      params: { channels: channelList(broken.map((user) => user.name)) },
    });
  }
}

export function createQuotaHandlers(context: QuotaHandlerContext): HandlersOf<QuotaApi> {
  const db = () => context.database.db;
  const catalogueChanged = () => context.emit('planningChanged', { channelId: null });
  const findInCatalogue = (planId: string): Plan => {
    const plan = listPlans(db()).find((p) => p.id === planId);
    if (!plan) throw new ApiError('not-found', { key: 'errors.quota.planUnknown', params: { id: planId } });
    return plan;
  };

  return {
    listPlans: () => listPlans(db()),
    savePlan: (draft) => {
      const known = new Set(listPlans(db()).map((plan) => plan.id));
      const problems = validatePlan(draft, known);
      if (problems.length > 0) {
        throw new ApiError(
          'invalid-argument',
          { key: 'errors.quota.planInvalid', params: { id: draft.id } },
          problems.map((problem) => problem.text),
        );
      }
      checkChannelCaps(db(), draft);
      saveUserPlan(db(), draft);
      catalogueChanged();
      return findInCatalogue(draft.id);
    },
    deletePlan: (planId) => {
      if (isBuiltinPlan(planId)) {
        throw new ApiError('conflict', {
          key: 'errors.quota.builtinCannotBeDeleted',
          params: { id: planId },
        });
      }
      if (!listUserPlans(db()).some((plan) => plan.id === planId)) {
        throw new ApiError('not-found', { key: 'errors.quota.planUnknown', params: { id: planId } });
      }
      const users = channelsUsingPlan(db(), planId);
      if (users.length > 0) {
        throw new ApiError('conflict', {
          key: 'errors.quota.planInUse',
          params: { id: planId, channels: channelList(users.map((user) => user.name)) },
        });
      }
      deleteUserPlan(db(), planId);
      catalogueChanged();
    },
    revertPlan: (planId) => {
      const builtin = builtinPlan(planId);
      if (!builtin)
        throw new ApiError('not-found', { key: 'errors.quota.planUnknown', params: { id: planId } });
      checkChannelCaps(db(), builtin);
      if (deleteUserPlan(db(), planId)) catalogueChanged();
      return builtin;
    },
    getChannelPlanning: (channelId) => {
      requireChannel(db(), channelId);
      return getChannelPlanning(db(), channelId);
    },
    saveChannelPlanning: (channelId, patch) => {
      requireChannel(db(), channelId);
      const { channelId: _id, ...current } = getChannelPlanning(db(), channelId);
      const next = { ...current, ...patch };
      const problems = validateChannelPlanning(next, listPlans(db()));
      if (problems.length > 0) {
        throw new ApiError(
          'invalid-argument',
          { key: 'errors.quota.planningInvalid' },
          problems.map((problem) => problem.text),
        );
      }
      const saved = saveChannelPlanning(db(), channelId, next);
      context.emit('planningChanged', { channelId });
      return saved;
    },
    forecastMonth: (channelId, month) =>
      forecastChannelMonth(db(), channelId, month, context.now?.() ?? new Date()),
    forecastMonthFromSends: (channelId, month, sends) => {
      const channel = requireChannel(db(), channelId);
      return forecastMonth({
        channel: channel.name,
        month,
        planning: getChannelPlanning(db(), channelId),
        plans: listPlans(db()),
        sends,
      });
    },
  };
}
