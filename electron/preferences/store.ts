// The preferences store both back ends implement, plus the validation they share: patches are
// checked strictly, stored values leniently, field by field, so one bad field costs only itself.

import type { z } from 'zod';
import { ApiError, type ErrorText } from '../../shared/api/result';
import { preferencesPatchSchema, preferencesSchema } from '../../shared/api/app-contract';
import { defaultPreferences, type Preferences, type PreferencesPatch } from '../../shared/domain/preferences';

export interface PreferencesStore {
  get(): Preferences;
  /** Validates, merges over the stored values, persists, and returns the result. */
  set(patch: PreferencesPatch): Preferences;
}

const preferenceKeys = Object.keys(defaultPreferences) as (keyof Preferences)[];
const preferenceKeySet: ReadonlySet<string> = new Set(preferenceKeys);

/**
 * Parses a patch arriving from outside (IPC, HTTP, CLI) or typed code alike; throws ApiError
 * 'invalid-argument' naming the offending field. Keys given as undefined are dropped, so
 * `{ locale: undefined }` leaves the locale alone rather than erasing it.
 */
export function validatePreferencesPatch(patch: unknown): PreferencesPatch {
  const result = preferencesPatchSchema.safeParse(patch);
  if (!result.success) throw new ApiError('invalid-argument', describeIssue(result.error.issues[0]));
  return Object.fromEntries(
    Object.entries(result.data).filter(([, value]) => value !== undefined),
  ) as PreferencesPatch;
}

function describeIssue(issue: z.core.$ZodIssue | undefined): ErrorText {
  if (!issue) return { key: 'errors.preferences.invalid', params: { issue: '' } };
  const path = issue.path.map(String);
  if (issue.code === 'unrecognized_keys') {
    // Nested unknown keys (inside windowBounds) carry the parent in path and the key in keys.
    const names = issue.keys.map((key) => `"${[...path, key].join('.')}"`).join(', ');
    return { key: 'errors.preferences.unknown', params: { names } };
  }
  if (path.length === 0) return { key: 'errors.preferences.invalid', params: { issue: issue.message } };
  return { key: 'errors.preferences.invalidField', params: { field: path.join('.'), issue: issue.message } };
}

export function applyPreferencesPatch(current: Preferences, patch: PreferencesPatch): Preferences {
  return { ...current, ...patch };
}

export interface SanitizedPreferences {
  readonly preferences: Preferences;
  /** Known fields whose stored value failed validation and fell back to the default. */
  readonly rejected: readonly (keyof Preferences)[];
  /** Keys this version does not know (say, written by a newer one); kept on write. */
  readonly extra: Readonly<Record<string, unknown>>;
}

/** Reads stored values leniently: each known field is checked alone against preferencesSchema. */
export function sanitizePreferences(raw: Readonly<Record<string, unknown>>): SanitizedPreferences {
  const values: Record<string, unknown> = { ...defaultPreferences };
  const rejected: (keyof Preferences)[] = [];
  for (const key of preferenceKeys) {
    if (!Object.hasOwn(raw, key)) continue;
    const result = preferencesSchema.shape[key].safeParse(raw[key]);
    if (result.success) values[key] = result.data;
    else rejected.push(key);
  }
  const extra = Object.fromEntries(Object.entries(raw).filter(([key]) => !preferenceKeySet.has(key)));
  return { preferences: values as unknown as Preferences, rejected, extra };
}

/** JSON text to a plain object, or undefined for anything else. Tolerates the BOM Windows editors add. */
export function parseJsonObject(text: string): Record<string, unknown> | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}
