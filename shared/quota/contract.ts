// The quota's slice of the API contract: the plan catalogue (read, edit, add, delete or revert), a
// channel's planning figures, and the month forecast of given sends. Main implements it in
// electron/quota/handlers.ts.

import { z } from 'zod';
import { recordId as id } from '../api/app-contract';
import { exhaustiveKeys, type ArgumentSchemas } from '../api/slice';
import type { ChannelPlanning, MonthForecast, Plan, PlannedSend } from './model';
import type { PlanDraft, PlanningFigures } from './rules';
import {
  monthSchema,
  planDraftSchema,
  planIdSchema,
  planningPatchSchema,
  plannedSendsSchema,
} from './schemas';

/** The figures to change; the others keep their stored values. */
export type PlanningPatch = Partial<PlanningFigures>;

export interface QuotaApi {
  /** Built-in plans (the user's copy in place of any they edited), then the plans the user added. */
  listPlans(): Promise<readonly Plan[]>;
  /** Adds a plan, or edits one (a built-in keeps its id; the user's copy wins). Validated. */
  savePlan(plan: PlanDraft): Promise<Plan>;
  /** Deletes a plan the user added; built-in plans are reverted instead. Refused while in use. */
  deletePlan(planId: string): Promise<void>;
  /** Brings back a built-in plan's own figures. */
  revertPlan(planId: string): Promise<Plan>;
  getChannelPlanning(channelId: number): Promise<ChannelPlanning>;
  /** Merges `patch` over the stored figures; the result is validated as a whole. */
  saveChannelPlanning(channelId: number, patch: PlanningPatch): Promise<ChannelPlanning>;
  /**
   * The forecast of `month` (YYYY-MM, in the channel's zone) of the channel's stored campaigns
   * (drafts listed apart) against its stored figures: what the Quota section and `plan` show.
   */
  forecastMonth(channelId: number, month: string): Promise<MonthForecast>;
  /** The forecast of `month` (YYYY-MM, in the channel's zone) for these sends and the stored figures. */
  forecastMonthFromSends(
    channelId: number,
    month: string,
    sends: readonly PlannedSend[],
  ): Promise<MonthForecast>;
}

export interface QuotaEvents {
  /** A channel's planning figures changed, or (channelId null) the plan catalogue did. */
  planningChanged: { readonly channelId: number | null };
}

export const quotaMethodNames = exhaustiveKeys<QuotaApi>()([
  'listPlans',
  'savePlan',
  'deletePlan',
  'revertPlan',
  'getChannelPlanning',
  'saveChannelPlanning',
  'forecastMonth',
  'forecastMonthFromSends',
]);

export const quotaEventNames = exhaustiveKeys<QuotaEvents>()(['planningChanged']);

export const quotaArgumentSchemas: ArgumentSchemas<QuotaApi> = {
  listPlans: z.tuple([]),
  savePlan: z.tuple([planDraftSchema]),
  deletePlan: z.tuple([planIdSchema]),
  revertPlan: z.tuple([planIdSchema]),
  getChannelPlanning: z.tuple([id]),
  saveChannelPlanning: z.tuple([id, planningPatchSchema]),
  forecastMonth: z.tuple([id, monthSchema]),
  forecastMonthFromSends: z.tuple([id, monthSchema, plannedSendsSchema]),
};
