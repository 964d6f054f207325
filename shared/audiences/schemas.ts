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

/**
 * At most this deep: the builder makes three or four levels (one level of groups, NOT inside them),
 * and LINE takes at most 10 operands, so anything deeper is not a person's doing.
 */
export const maxExpressionDepth = 12;

/** The expression's shape; recursive, so only ever given input already known to be shallow. */
const expressionShape: z.ZodType<AudienceExpression> = z.lazy(() =>
  z.union([
    z.object({ type: z.literal('audience'), audienceId: id }).strict(),
    z.object({ type: z.literal('redelivery'), broadcastId: id }).strict(),
    z.object({ type: z.literal('and'), operands: z.array(expressionShape).max(50) }).strict(),
    z.object({ type: z.literal('or'), operands: z.array(expressionShape).max(50) }).strict(),
    z.object({ type: z.literal('not'), operand: expressionShape }).strict(),
  ]),
);

/**
 * The depth is measured first, without recursion: a recursive schema given input nested thousands
 * of levels deep overflows the stack before it can refuse it.
 */
export const audienceExpressionSchema: z.ZodType<AudienceExpression> = z
  .unknown()
  .superRefine((value, context) => {
    const path = pathBeyondDepth(value, maxExpressionDepth);
    if (path !== undefined) {
      context.addIssue({
        code: 'custom',
        path,
        message: `nested more than ${String(maxExpressionDepth)} levels`,
        abort: true,
      });
    }
  })
  .pipe(expressionShape);

/** The path of the first node deeper than `limit` (following `operands` and `operand`), if any. */
function pathBeyondDepth(root: unknown, limit: number): (string | number)[] | undefined {
  const pending: { value: unknown; depth: number; path: (string | number)[] }[] = [
    { value: root, depth: 1, path: [] },
  ];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { value, depth, path } = next;
    if (typeof value !== 'object' || value === null) continue;
    if (depth > limit) return path;
    const node = value as { operands?: unknown; operand?: unknown };
    if (Array.isArray(node.operands)) {
      node.operands.forEach((operand: unknown, index) => {
        pending.push({ value: operand, depth: depth + 1, path: [...path, 'operands', index] });
      });
    }
    if ('operand' in node)
      pending.push({ value: node.operand, depth: depth + 1, path: [...path, 'operand'] });
  }
  return undefined;
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
