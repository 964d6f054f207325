// zod schemas of the audience API arguments; shared/api/schemas.ts maps each method to these.

import { z } from 'zod';
import type { AudienceExpression } from './algebra';
import { importChunkBase64Max } from './api';
import { audienceNameMaxLength, chatTagNameMaxLength, clickUrlMaxLength, maxImportFileBytes } from './limits';

const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const audienceName = z
  .string()
  .min(1)
  .max(audienceNameMaxLength * 2);
const tagName = z
  .string()
  .min(1)
  .max(chatTagNameMaxLength * 2);
export const importId = z.string().uuid();

export const beginImportSchema = z
  .object({
    target: z.discriminatedUnion('mode', [
      z.object({ mode: z.literal('create'), channelId: id, name: audienceName }).strict(),
      z.object({ mode: z.literal('append'), audienceId: id }).strict(),
    ]),
    fileName: z.string().min(1).max(1000),
    // Larger sizes pass here so the handler can answer with the stated limit, not a schema error.
    totalBytes: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
    column: z.union([z.number().int().min(1).max(1000), z.string().min(1).max(200)]).optional(),
  })
  .strict();

export const importChunkSchema = z
  .string()
  .max(importChunkBase64Max, `at most ${String(importChunkBase64Max)} base64 characters`)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64');

export const chunkOffset = z.number().int().min(0).max(maxImportFileBytes);

/** At most this deep: the builder makes two or three levels; anything deeper is not a person's doing. */
const maxDepth = 12;

export const audienceExpressionSchema: z.ZodType<AudienceExpression> = z
  .lazy(() =>
    z.union([
      z.object({ type: z.literal('audience'), audienceId: id }).strict(),
      z.object({ type: z.literal('redelivery'), broadcastId: id }).strict(),
      z.object({ type: z.literal('and'), operands: z.array(audienceExpressionSchema).max(50) }).strict(),
      z.object({ type: z.literal('or'), operands: z.array(audienceExpressionSchema).max(50) }).strict(),
      z.object({ type: z.literal('not'), operand: audienceExpressionSchema }).strict(),
    ]),
  )
  .refine((expression) => depth(expression) <= maxDepth, `nested more than ${String(maxDepth)} levels`);

function depth(expression: AudienceExpression): number {
  switch (expression.type) {
    case 'audience':
    case 'redelivery':
      return 1;
    case 'and':
    case 'or':
      return 1 + Math.max(0, ...expression.operands.map(depth));
    case 'not':
      return 1 + depth(expression.operand);
  }
}

export const expressionOptionsSchema = z
  .object({ targetReach: z.number().int().min(0).max(1_000_000_000).nullable() })
  .strict();

export const chatTagAudienceSchema = z
  .object({
    channelId: id,
    name: audienceName,
    tagIds: z.array(id).min(1).max(100),
    match: z.enum(['any', 'all']),
  })
  .strict();

export const retargetingAudienceSchema = z
  .object({
    channelId: id,
    name: audienceName,
    kind: z.enum(['click', 'impression']),
    broadcastId: id,
    clickUrl: z.string().min(1).max(clickUrlMaxLength).nullable(),
    rate: z.number().min(0).max(1),
  })
  .strict();

export const userIdList = z.array(z.string().max(100)).min(1).max(10_000);
export const tagIdList = z.array(id).min(1).max(100);
export { audienceName, id as audienceApiId, tagName };
