// Argument schemas for every API method. Main parses each call's arguments as unknown through these
// before a handler sees them; the mapped type makes a missing or mistyped schema a compile error.

import { z } from 'zod';
import { supportedLocales } from '../domain/locale';
import type { ApiArgs, ApiMethodName } from './contract';

const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

const windowBoundsSchema = z
  .object({
    x: z.number().int().min(-100_000).max(100_000),
    y: z.number().int().min(-100_000).max(100_000),
    width: z.number().int().min(100).max(100_000),
    height: z.number().int().min(100).max(100_000),
    maximized: z.boolean(),
  })
  .strict();

export const preferencesPatchSchema = z
  .object({
    locale: z.enum(supportedLocales).nullable(),
    windowBounds: windowBoundsSchema.nullable(),
    lastProjectId: id.nullable(),
    lastChannelId: id.nullable(),
  })
  .partial()
  .strict();

export const preferencesSchema = preferencesPatchSchema.required();

export const apiArgumentSchemas: { readonly [K in ApiMethodName]: z.ZodType<ApiArgs<K>> } = {
  getAppInfo: z.tuple([]),
  getPreferences: z.tuple([]),
  setPreferences: z.tuple([preferencesPatchSchema]),
  listChannels: z.tuple([]),
};

/** Turns a zod failure into one readable line naming the argument and field. */
export function describeValidationError(method: string, error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return `${method}: invalid arguments`;
  const [argIndex, ...field] = issue.path;
  const where =
    argIndex === undefined
      ? 'arguments'
      : `argument ${String(Number(argIndex) + 1)}${field.length ? ` field "${field.join('.')}"` : ''}`;
  return `${method}: ${where}: ${issue.message}`;
}
