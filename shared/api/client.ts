// The renderer-facing API: the same methods as OaPlannerApi, but a failed result becomes a thrown
// ApiError carrying the code, so UI code can use ordinary async/await.

import type { ApiEventName, OaPlannerApi, OaPlannerEvents, Unsubscribe, WireApi } from './contract';
import { apiMethodNames } from './contract';
import { ApiError, type ApiResult } from './result';

export type ApiClient = OaPlannerApi & {
  readonly on: <E extends ApiEventName>(
    event: E,
    listener: (payload: OaPlannerEvents[E]) => void,
  ) => Unsubscribe;
};

function unwrap<T>(result: ApiResult<T>): T {
  if (result.ok) return result.value;
  throw ApiError.fromData(result.error);
}

export function createApiClient(wire: WireApi): ApiClient {
  const methods: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const name of apiMethodNames) {
    const call = wire[name] as (...args: unknown[]) => Promise<ApiResult<unknown>>;
    methods[name] = async (...args) => unwrap(await call(...args));
  }
  return {
    ...(methods as unknown as OaPlannerApi),
    on: (event, listener) => wire.on[event](listener),
  };
}
