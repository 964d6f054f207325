// The user's plans in SQLite (user_plans): plans they added and built-in plans they edited (same
// id; the user's copy wins until reverted). The catalogue the app uses is the built-in one with
// these laid over it (shared/quota/plans.ts mergePlanCatalogue).

import { ApiError } from '../../shared/api/result';
import type { Plan } from '../../shared/quota/model';
import { builtinPlan, mergePlanCatalogue } from '../../shared/quota/plans';
import type { PlanDraft } from '../../shared/quota/rules';
import { planDraftSchema } from '../../shared/quota/schemas';
import { writeTransaction, type SqliteDatabase } from '../storage/database';

interface PlanRow {
  readonly id: string;
  readonly plan: string;
}

/** A stored plan, read back through the same schema as an API argument: damage is named, not used. */
function readRow(row: PlanRow): Plan {
  let parsed: unknown;
  try {
    parsed = JSON.parse(row.plan);
  } catch (error) {
    throw new ApiError('internal', {
      key: 'errors.quota.storedPlanDamaged',
      params: { id: row.id, detail: (error as Error).message },
    });
  }
  const result = planDraftSchema.safeParse(parsed);
  if (!result.success || result.data.id !== row.id) {
    const issue = result.success
      ? 'its id does not match its row'
      : (result.error.issues[0]?.message ?? 'invalid');
    throw new ApiError('internal', {
      key: 'errors.quota.storedPlanDamaged',
      params: { id: row.id, detail: issue },
    });
  }
  return { ...result.data, origin: 'user' };
}

export function listUserPlans(db: SqliteDatabase): Plan[] {
  const rows = db.prepare('SELECT id, plan FROM user_plans ORDER BY id').all() as PlanRow[];
  return rows.map(readRow);
}

/** The whole catalogue: built-in plans (the user's copies in their place), then the user's own. */
export function listPlans(db: SqliteDatabase): Plan[] {
  return mergePlanCatalogue(listUserPlans(db));
}

export function findPlan(db: SqliteDatabase, planId: string): Plan | undefined {
  return listPlans(db).find((plan) => plan.id === planId);
}

/** Stores the user's plan (already validated), replacing any earlier copy of that id. */
export function saveUserPlan(db: SqliteDatabase, draft: PlanDraft): void {
  const { origin: _origin, edited: _edited, ...figures } = draft;
  writeTransaction(db, () => {
    db.prepare(
      `INSERT INTO user_plans (id, plan) VALUES (?, ?)
       ON CONFLICT (id) DO UPDATE SET plan = excluded.plan, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`,
    ).run(draft.id, JSON.stringify(figures));
  });
}

/** Removes the user's copy of `planId`: a plan they added is gone, a built-in one reverts. */
export function deleteUserPlan(db: SqliteDatabase, planId: string): boolean {
  return writeTransaction(
    db,
    () => db.prepare('DELETE FROM user_plans WHERE id = ?').run(planId).changes > 0,
  );
}

export const isBuiltinPlan = (planId: string): boolean => builtinPlan(planId) !== undefined;

export interface PlanUser {
  readonly channelId: number;
  readonly name: string;
  readonly additionalMessageCap: number | null;
}

/** Channels whose planning figures name `planId`. */
export function channelsUsingPlan(db: SqliteDatabase, planId: string): PlanUser[] {
  return db
    .prepare(
      `SELECT c.id AS channelId, c.name AS name, p.additional_message_cap AS additionalMessageCap
       FROM channel_planning p JOIN channels c ON c.id = p.channel_id
       WHERE p.plan_id = ? ORDER BY c.id`,
    )
    .all(planId) as PlanUser[];
}
