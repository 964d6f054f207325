// zod schemas of the campaign API's arguments: the draft's shape with generous bounds, so a draft
// that still breaks LINE's limits (a 5,001-unit text, six bubbles) can be saved and its findings
// shown. Values LINE has lists for (genders, ages, region codes…) must be LINE's.

import { z } from 'zod';
import { maxRequestBodyBytes } from '../api/browser-protocol';
import { audienceExpressionSchema, maxExpressionDepth } from '../audiences/schemas';
import { ageBuckets, subscriptionPeriodBuckets } from '../line/limits';
import { isAreaCode } from './areas';
import type { AbTest, CampaignDraft, CampaignMessage, DemographicFilter, SendLimit } from './model';
import { campaignStatuses, editableStatuses, sendKinds } from './model';
import { keyMaxLength, multicastUserIdsMax, titleMaxLength } from './rules';
import { textMaxUnits } from './text';
import { isInstantWithOffset, monthPattern } from './time';

const url = z.string().max(10_000);
const shortString = z.string().max(1000);

const textMessage = z
  .object({
    type: z.literal('text'),
    text: z.string().max(textMaxUnits * 4),
    emojis: z
      .array(
        z
          .object({
            index: z
              .number()
              .int()
              .min(0)
              .max(textMaxUnits * 4),
            productId: shortString,
            emojiId: shortString,
          })
          .strict(),
      )
      .max(200)
      .optional(),
  })
  .strict();

const messageSchema: z.ZodType<CampaignMessage> = z.discriminatedUnion('type', [
  textMessage,
  z.object({ type: z.literal('image'), originalContentUrl: url, previewImageUrl: url }).strict(),
  z
    .object({
      type: z.literal('video'),
      originalContentUrl: url,
      previewImageUrl: url,
      trackingId: shortString.optional(),
    })
    .strict(),
  z.object({ type: z.literal('sticker'), packageId: shortString, stickerId: shortString }).strict(),
  z
    .object({
      type: z.literal('imagemap'),
      projectId: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
      baseUrl: url,
      altText: z.string().max(10_000).optional(),
    })
    .strict(),
  // Flex JSON is checked against LINE's schema by the rules, which name each problem's path.
  z.object({ type: z.literal('flex'), altText: z.string().max(10_000), contents: z.unknown() }).strict(),
]);

const messages = z.array(messageSchema).max(20);

const range = <T extends readonly [string, ...string[]]>(values: T) =>
  z.object({ gte: z.enum(values).optional(), lt: z.enum(values).optional() });

const filterShape: z.ZodType<DemographicFilter> = z.lazy(() =>
  z.union([
    z.object({ type: z.literal('gender'), oneOf: z.array(z.enum(['male', 'female'])).max(10) }).strict(),
    z.object({ type: z.literal('age'), ...range(ageBuckets).shape }).strict(),
    z.object({ type: z.literal('appType'), oneOf: z.array(z.enum(['ios', 'android'])).max(10) }).strict(),
    z
      .object({
        type: z.literal('area'),
        oneOf: z.array(z.string().refine(isAreaCode, 'must be one of LINE’s region codes')).max(200),
      })
      .strict(),
    z.object({ type: z.literal('subscriptionPeriod'), ...range(subscriptionPeriodBuckets).shape }).strict(),
    z.object({ type: z.literal('operator'), and: z.array(filterShape).max(50) }).strict(),
    z.object({ type: z.literal('operator'), or: z.array(filterShape).max(50) }).strict(),
    z.object({ type: z.literal('operator'), not: filterShape }).strict(),
  ]),
);

/** The path of the first filter nested deeper than `limit`, measured without recursion. */
function filterPathBeyondDepth(root: unknown, limit: number): (string | number)[] | undefined {
  const pending: { value: unknown; depth: number; path: (string | number)[] }[] = [
    { value: root, depth: 1, path: [] },
  ];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { value, depth, path } = next;
    if (typeof value !== 'object' || value === null) continue;
    if (depth > limit) return path;
    const node = value as { and?: unknown; or?: unknown; not?: unknown };
    for (const key of ['and', 'or'] as const) {
      const list = node[key];
      if (Array.isArray(list))
        list.forEach((child: unknown, i) =>
          pending.push({ value: child, depth: depth + 1, path: [...path, key, i] }),
        );
    }
    if (node.not !== undefined) pending.push({ value: node.not, depth: depth + 1, path: [...path, 'not'] });
  }
  return undefined;
}

export const demographicFilterSchema: z.ZodType<DemographicFilter> = z
  .unknown()
  .superRefine((value, context) => {
    const path = filterPathBeyondDepth(value, maxExpressionDepth);
    if (path !== undefined)
      context.addIssue({
        code: 'custom',
        path,
        message: `nested more than ${String(maxExpressionDepth)} levels`,
        abort: true,
      });
  })
  .pipe(filterShape);

const limitSchema: z.ZodType<SendLimit> = z
  .object({
    max: z.number().finite().min(-1_000_000_000).max(1_000_000_000).optional(),
    upToRemainingQuota: z.boolean().optional(),
    forbidPartialDelivery: z.boolean().optional(),
  })
  .strict();

const abTestSchema: z.ZodType<AbTest> = z
  .object({
    variants: z.array(z.object({ share: z.number().finite().min(-10).max(10), messages }).strict()).max(10),
    metric: z.enum(['click', 'open']),
    decideAfterHours: z.number().finite().min(-100_000).max(100_000),
  })
  .strict();

export const sendAtSchema = z
  .string()
  .max(40)
  .refine(isInstantWithOffset, 'must be an ISO date-time with an offset, such as 2026-12-20T12:00:00+08:00')
  .nullable();

const contentShape = {
  messages,
  recipient: audienceExpressionSchema.nullable(),
  filter: z.object({ demographic: demographicFilterSchema }).strict().nullable(),
  limit: limitSchema.nullable(),
  notificationDisabled: z.boolean(),
  to: z.array(z.string().max(100)).max(multicastUserIdsMax * 2),
  abTest: abTestSchema.nullable(),
};

/** What the campaigns table keeps as JSON in its `content` column (re-read through this). */
export type CampaignContent = Pick<
  CampaignDraft,
  'messages' | 'recipient' | 'filter' | 'limit' | 'notificationDisabled' | 'to' | 'abTest'
>;
export const campaignContentSchema: z.ZodType<CampaignContent> = z.object(contentShape).strict();

export const campaignDraftSchema: z.ZodType<CampaignDraft> = z
  .object({
    title: z.string().max(titleMaxLength * 2),
    key: z.string().max(keyMaxLength * 2),
    sendKind: z.enum(sendKinds),
    at: sendAtSchema,
    ...contentShape,
  })
  .strict();

export const campaignStatusSchema = z.enum(campaignStatuses);
export const editableStatusSchema = z.enum(editableStatuses);
export const monthSchema = z.string().regex(monthPattern, 'must be a month such as 2026-12').nullable();
/** A campaign file's text, as large as a request to main may be (the CLI reads larger files itself). */
export const campaignFileTextSchema = z.string().min(1).max(maxRequestBodyBytes);
