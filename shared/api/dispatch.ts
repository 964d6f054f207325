// Runs one API call: checks the method name, validates the arguments through its schema, calls the
// handler and wraps whatever happens in a result object. Shared by every transport on the main side.

import type { ApiHandlers, ApiMethodName } from './contract';
import { apiMethodNames } from './contract';
import { ApiError, fail, ok, type ApiResult } from './result';
import { apiArgumentSchemas, describeValidationError } from './schemas';

export function isApiMethodName(value: unknown): value is ApiMethodName {
  return typeof value === 'string' && (apiMethodNames as readonly string[]).includes(value);
}

export interface DispatchOptions {
  /** Called with unexpected errors (not ApiError) so main can log them; the renderer gets a generic message. */
  readonly onInternalError?: (method: string, error: unknown) => void;
}

export async function dispatchApiCall(
  handlers: ApiHandlers,
  method: unknown,
  rawArgs: unknown,
  options: DispatchOptions = {},
): Promise<ApiResult<unknown>> {
  if (!isApiMethodName(method)) {
    return fail('unknown-method', {
      key: 'errors.api.unknownMethod',
      params: { method: JSON.stringify(method) },
    });
  }
  const parsed = apiArgumentSchemas[method].safeParse(rawArgs);
  if (!parsed.success) {
    return fail('invalid-argument', describeValidationError(method, parsed.error));
  }
  try {
    const handler = handlers[method] as (...args: unknown[]) => unknown;
    const value: unknown = await handler(...(parsed.data as unknown[]));
    return ok(value);
  } catch (error) {
    if (error instanceof ApiError) return { ok: false, error: error.toData() };
    options.onInternalError?.(method, error);
    const detail = error instanceof Error ? error.message : String(error);
    return fail('internal', { key: 'errors.api.internal', params: { method, detail } });
  }
}
