// zod schemas of the quota API's arguments: shapes and generous bounds only. The rules themselves
// (a cap within the plan's ceiling, shares that add up, a real zone…) are shared/quota/rules.ts, so
// the user gets their coded sentences rather than a schema's wording.

import { z } from 'zod';
import type { Automation, FriendStatistics, PlannedSend } from './model';
import { automationTitleMaxLength, planNameMaxLength, planSourceMaxLength, type PlanDraft } from './rules';
import { isInstant } from './time';

const count = z.number().int().min(-1e15).max(1e15);
const amount = z.number().min(-1e12).max(1e12);
const shortText = (max: number) => z.string().max(max);

export const planIdSchema = z.string().min(1).max(64);
export const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month, YYYY-MM');

const priceTierSchema = z
  .object({ upTo: count.nullable(), unitPrice: amount, verified: z.boolean().optional() })
  .strict();

export const planDraftSchema: z.ZodType<PlanDraft> = z
  .object({
    id: planIdSchema,
    region: z.enum(['TW', 'JP', 'TH', 'other']),
    name: shortText(planNameMaxLength * 2),
    currency: z.enum(['TWD', 'JPY', 'THB', 'USD']),
    monthlyFee: amount,
    freeMessages: count,
    additional: z
      .object({ tiers: z.array(priceTierSchema).max(100), maxPerMonth: count.nullable() })
      .strict()
      .nullable(),
    validFrom: shortText(20),
    validTo: shortText(20).nullable(),
    verified: z.boolean(),
    source: shortText(planSourceMaxLength),
    origin: z.enum(['builtin', 'user']).optional(),
    replacedBy: planIdSchema.nullable().optional(),
    edited: z.boolean().optional(),
  })
  .strict();

const sharesSchema = z
  .record(shortText(40), z.number())
  .refine((shares) => Object.keys(shares).length <= 200, {
    message: 'at most 200 values',
  });

const friendsSchema: z.ZodType<FriendStatistics> = z
  .object({
    followers: count,
    blocks: count,
    targetReach: count,
    asOf: shortText(20),
    demographics: z
      .object({
        genders: sharesSchema.optional(),
        ages: sharesSchema.optional(),
        appTypes: sharesSchema.optional(),
        areas: sharesSchema.optional(),
        subscriptionPeriods: sharesSchema.optional(),
      })
      .strict(),
  })
  .strict();

const automationSchema: z.ZodType<Automation> = z
  .object({
    title: shortText(automationTitleMaxLength * 2),
    kind: z.enum(['push', 'multicast', 'broadcast', 'narrowcast', 'reply']),
    perDay: amount,
  })
  .strict();

export const planningPatchSchema = z
  .object({
    timeZone: shortText(100),
    planId: planIdSchema,
    additionalMessageCap: count.nullable(),
    friends: friendsSchema.nullable(),
    consumed: z
      .object({ month: shortText(20), messages: count })
      .strict()
      .nullable(),
    automations: z.array(automationSchema).max(100),
  })
  .partial()
  .strict();

export const plannedSendSchema: z.ZodType<PlannedSend> = z
  .object({
    key: z.string().min(1).max(300),
    campaignId: z.number().int().positive().max(Number.MAX_SAFE_INTEGER).nullable(),
    title: shortText(300),
    at: z
      .string()
      .max(40)
      .refine(isInstant, 'must be an ISO time with its offset, such as 2026-12-20T12:00+08:00'),
    kind: z.enum(['broadcast', 'narrowcast', 'multicast', 'push', 'automation']),
    estimate: z.object({ low: amount, expected: amount, high: amount }).strict(),
    exact: z.boolean(),
    upToRemainingQuota: z.boolean(),
    forbidPartialDelivery: z.boolean(),
    draft: z.boolean().optional(),
    divisible: z.boolean().optional(),
  })
  .strict();

export const plannedSendsSchema = z.array(plannedSendSchema).max(200_000);
