// The rules a plan and a channel's planning figures must follow, checked the same way live in the UI
// and in main before anything is stored. Each problem has a stable code, the JSON path of its field
// and a sentence in the user's language (errors.quota.<code> in the catalogues).

import type { LocalizedText, TextParams } from '../i18n/text';
import type { ChannelPlanning, DemographicShares, FriendStatistics, Plan } from './model';
import { freePlanMessageCeiling } from './plans';
import { isValidDate, isValidMonth, isValidTimeZone } from './time';

export type QuotaProblemCode =
  | 'planIdInvalid'
  | 'planNameBlank'
  | 'feeNegative'
  | 'freeMessagesInvalid'
  | 'dateInvalid'
  | 'validityReversed'
  | 'tierEdgeInvalid'
  | 'tierPriceInvalid'
  | 'lastTierOpen'
  | 'ceilingInvalid'
  | 'freePlanWithAdditional'
  | 'freePlanAboveCeiling'
  | 'replacedBySelf'
  | 'replacedByUnknown'
  | 'timeZoneUnknown'
  | 'planUnknown'
  | 'capInvalid'
  | 'capNotAllowed'
  | 'capAboveCeiling'
  | 'countInvalid'
  | 'blocksAboveFollowers'
  | 'reachAboveReachable'
  | 'shareKeyUnknown'
  | 'shareOutOfRange'
  | 'sharesDoNotSum'
  | 'monthInvalid'
  | 'automationTitleBlank'
  | 'automationCountInvalid';

export interface QuotaProblem {
  readonly code: QuotaProblemCode;
  /** JSON path of the field at fault: `additionalMessageCap`, `additional.tiers[1].upTo`, … */
  readonly path: string;
  readonly text: LocalizedText;
}

const problem = (code: QuotaProblemCode, path: string, params?: TextParams): QuotaProblem => ({
  code,
  path,
  text: params ? { key: `errors.quota.${code}`, params } : { key: `errors.quota.${code}` },
});

export const planIdPattern = /^[a-z0-9][a-z0-9-]{0,63}$/;
export const planNameMaxLength = 80;
export const planSourceMaxLength = 2_000;
export const automationTitleMaxLength = 100;
/** How far a dimension's shares may stray from 1: LINE rounds each share it reports. */
export const shareSumTolerance = 0.02;

const isCount = (value: number): boolean => Number.isInteger(value) && value >= 0;

/** A plan as the user enters it: main sets `origin` and `edited`. */
export type PlanDraft = Omit<Plan, 'origin' | 'edited'> & Partial<Pick<Plan, 'origin' | 'edited'>>;

/**
 * Problems of a plan, in field order. `knownIds` (the catalogue's ids) lets `replacedBy` be checked;
 * without it that field is only checked against the plan's own id.
 */
export function validatePlan(plan: PlanDraft, knownIds?: ReadonlySet<string>): QuotaProblem[] {
  const problems: QuotaProblem[] = [];
  if (!planIdPattern.test(plan.id)) problems.push(problem('planIdInvalid', 'id', { id: plan.id }));
  if (plan.name.trim().length === 0 || Array.from(plan.name).length > planNameMaxLength) {
    problems.push(problem('planNameBlank', 'name', { max: planNameMaxLength }));
  }
  if (!(plan.monthlyFee >= 0) || !Number.isFinite(plan.monthlyFee)) {
    problems.push(problem('feeNegative', 'monthlyFee', { fee: plan.monthlyFee }));
  }
  if (!isCount(plan.freeMessages)) {
    problems.push(problem('freeMessagesInvalid', 'freeMessages', { value: plan.freeMessages }));
  }
  const fromValid = isValidDate(plan.validFrom);
  if (!fromValid) problems.push(problem('dateInvalid', 'validFrom', { date: plan.validFrom }));
  if (plan.validTo !== null) {
    if (!isValidDate(plan.validTo)) problems.push(problem('dateInvalid', 'validTo', { date: plan.validTo }));
    else if (fromValid && plan.validTo < plan.validFrom) {
      problems.push(problem('validityReversed', 'validTo', { from: plan.validFrom, to: plan.validTo }));
    }
  }
  if (plan.additional) {
    let previous = 0;
    plan.additional.tiers.forEach((tier, index) => {
      const band = index + 1;
      const last = index === plan.additional!.tiers.length - 1;
      const path = `additional.tiers[${String(index)}].upTo`;
      const edgeValid = tier.upTo === null ? last : Number.isInteger(tier.upTo) && tier.upTo > previous;
      if (!edgeValid) problems.push(problem('tierEdgeInvalid', path, { band, previous }));
      if (tier.upTo !== null) {
        if (edgeValid) previous = tier.upTo;
        if (last) problems.push(problem('lastTierOpen', path));
      }
      if (!(tier.unitPrice >= 0) || !Number.isFinite(tier.unitPrice)) {
        problems.push(
          problem('tierPriceInvalid', `additional.tiers[${String(index)}].unitPrice`, {
            band,
            price: tier.unitPrice,
          }),
        );
      }
    });
    const ceiling = plan.additional.maxPerMonth;
    if (ceiling !== null && (!Number.isInteger(ceiling) || ceiling < 1)) {
      problems.push(problem('ceilingInvalid', 'additional.maxPerMonth', { value: ceiling }));
    }
  }
  // The seed: free-plan accounts cannot send more than 1,000 messages and cannot change the cap.
  if (plan.monthlyFee === 0) {
    if (plan.additional) {
      problems.push(problem('freePlanWithAdditional', 'additional', { ceiling: freePlanMessageCeiling }));
    }
    if (plan.freeMessages > freePlanMessageCeiling) {
      problems.push(
        problem('freePlanAboveCeiling', 'freeMessages', {
          ceiling: freePlanMessageCeiling,
          free: plan.freeMessages,
        }),
      );
    }
  }
  const successor = plan.replacedBy ?? null;
  if (successor !== null) {
    if (successor === plan.id) problems.push(problem('replacedBySelf', 'replacedBy'));
    else if (knownIds && !knownIds.has(successor)) {
      problems.push(problem('replacedByUnknown', 'replacedBy', { id: successor }));
    }
  }
  return problems;
}

/** LINE's filter values per demographic dimension, and `unknown` for friends LINE cannot place. */
const shareKeyPatterns: Readonly<Record<keyof FriendStatistics['demographics'], RegExp>> = {
  genders: /^(male|female|unknown)$/,
  ages: /^(age_\d{2}|unknown)$/,
  appTypes: /^(ios|android|unknown)$/,
  areas: /^((jp|tw|th|id)_\d{2}|unknown)$/,
  subscriptionPeriods: /^(day_\d{1,3}|unknown)$/,
};

export const demographicDimensions = Object.keys(
  shareKeyPatterns,
) as (keyof FriendStatistics['demographics'])[];

const dimensionName = (dimension: string): LocalizedText => ({
  key: `quota.dimension.${dimension as keyof FriendStatistics['demographics']}`,
});

function checkShares(
  dimension: keyof FriendStatistics['demographics'],
  shares: DemographicShares,
  problems: QuotaProblem[],
): void {
  const path = `friends.demographics.${dimension}`;
  const entries = Object.entries(shares);
  // An empty dimension holds no figures: the same as leaving it out.
  if (entries.length === 0) return;
  let sum = 0;
  let sharesValid = true;
  for (const [key, share] of entries) {
    if (!shareKeyPatterns[dimension].test(key)) {
      problems.push(
        problem('shareKeyUnknown', `${path}.${key}`, { key, dimension: dimensionName(dimension) }),
      );
    }
    if (!(share >= 0 && share <= 1)) {
      sharesValid = false;
      problems.push(problem('shareOutOfRange', `${path}.${key}`, { key, share }));
    } else sum += share;
  }
  // The epsilon keeps 0.4 + 0.55 + 0.03 (0.98000…02 in floating point) inside the tolerance.
  if (sharesValid && Math.abs(sum - 1) > shareSumTolerance + 1e-9) {
    problems.push(
      problem('sharesDoNotSum', path, {
        dimension: dimensionName(dimension),
        sum: Math.round(sum * 1000) / 1000,
      }),
    );
  }
}

function checkFriends(friends: FriendStatistics, problems: QuotaProblem[]): void {
  const counts = [
    ['followers', friends.followers],
    ['blocks', friends.blocks],
    ['targetReach', friends.targetReach],
  ] as const;
  let countsValid = true;
  for (const [field, value] of counts) {
    if (!isCount(value)) {
      countsValid = false;
      problems.push(
        problem('countInvalid', `friends.${field}`, { field: { key: `quota.field.${field}` }, value }),
      );
    }
  }
  if (countsValid) {
    if (friends.blocks > friends.followers) {
      problems.push(
        problem('blocksAboveFollowers', 'friends.blocks', {
          blocks: friends.blocks,
          followers: friends.followers,
        }),
      );
    } else if (friends.targetReach > friends.followers - friends.blocks) {
      problems.push(
        problem('reachAboveReachable', 'friends.targetReach', {
          reach: friends.targetReach,
          reachable: friends.followers - friends.blocks,
        }),
      );
    }
  }
  if (!isValidDate(friends.asOf))
    problems.push(problem('dateInvalid', 'friends.asOf', { date: friends.asOf }));
  for (const dimension of demographicDimensions) {
    const shares = friends.demographics[dimension];
    if (shares) checkShares(dimension, shares, problems);
  }
}

export type PlanningFigures = Omit<ChannelPlanning, 'channelId'>;

/**
 * Problems of a channel's planning figures against the plan catalogue: the zone, the plan, the cap
 * (only on a plan that sells additional messages, within its ceiling), friend statistics that can
 * be true, a real month for the messages already used, and the automations.
 */
export function validateChannelPlanning(planning: PlanningFigures, plans: readonly Plan[]): QuotaProblem[] {
  const problems: QuotaProblem[] = [];
  if (!isValidTimeZone(planning.timeZone)) {
    problems.push(problem('timeZoneUnknown', 'timeZone', { zone: planning.timeZone }));
  }
  const plan = plans.find((p) => p.id === planning.planId);
  if (!plan) problems.push(problem('planUnknown', 'planId', { id: planning.planId }));
  const cap = planning.additionalMessageCap;
  if (cap !== null) {
    if (!isCount(cap)) problems.push(problem('capInvalid', 'additionalMessageCap', { cap }));
    else if (plan && !plan.additional) {
      problems.push(problem('capNotAllowed', 'additionalMessageCap', { plan: plan.name }));
    } else if (
      plan?.additional &&
      plan.additional.maxPerMonth !== null &&
      cap > plan.additional.maxPerMonth
    ) {
      problems.push(
        problem('capAboveCeiling', 'additionalMessageCap', {
          cap,
          plan: plan.name,
          ceiling: plan.additional.maxPerMonth,
        }),
      );
    }
  }
  if (planning.friends) checkFriends(planning.friends, problems);
  if (planning.consumed) {
    if (!isValidMonth(planning.consumed.month)) {
      problems.push(problem('monthInvalid', 'consumed.month', { month: planning.consumed.month }));
    }
    if (!isCount(planning.consumed.messages)) {
      problems.push(
        problem('countInvalid', 'consumed.messages', {
          field: { key: 'quota.field.consumedMessages' },
          value: planning.consumed.messages,
        }),
      );
    }
  }
  planning.automations.forEach((automation, index) => {
    const path = `automations[${String(index)}]`;
    if (
      automation.title.trim().length === 0 ||
      Array.from(automation.title).length > automationTitleMaxLength
    ) {
      problems.push(
        problem('automationTitleBlank', `${path}.title`, { index: index + 1, max: automationTitleMaxLength }),
      );
    }
    if (!(automation.perDay >= 0) || !Number.isFinite(automation.perDay)) {
      problems.push(
        problem('automationCountInvalid', `${path}.perDay`, {
          title: automation.title,
          value: automation.perDay,
        }),
      );
    }
  });
  return problems;
}
