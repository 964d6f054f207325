// Turns a thrown error into the one line the UI shows: main's messages already name the file or
// field; anything else shows its message, never a stack.

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

/**
 * t() for keys computed at run time from shared/ codes (lint findings, template errors): the code
 * lists are checked against the catalogues by tests, so the static key check is waived here only.
 */
export function translateDynamic(
  t: unknown,
  key: string,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return (t as (key: string, params: Readonly<Record<string, string | number>>) => string)(key, params);
}
