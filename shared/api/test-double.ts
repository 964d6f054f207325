// An in-process WireApi over a handler table: the same validation and result objects as the real
// transports, with arguments and results passed through JSON as they would be on the wire.

import type { ApiEventName, ApiHandlers, EventEmitterFn, OaPlannerEvents, WireApi } from './contract';
import { apiEventNames, apiMethodNames } from './contract';
import { dispatchApiCall } from './dispatch';
import type { ApiResult } from './result';

export interface WireApiTestDouble {
  readonly wire: WireApi;
  readonly emit: EventEmitterFn;
  /** Every call made through the double, in order, with its result. */
  readonly calls: { method: string; args: unknown[]; result: ApiResult<unknown> }[];
}

const jsonRoundTrip = <T>(value: T): T =>
  value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);

export function createWireApiTestDouble(handlers: ApiHandlers): WireApiTestDouble {
  const listeners = new Map<ApiEventName, Set<(payload: never) => void>>();
  const calls: WireApiTestDouble['calls'] = [];
  const methods: Record<string, (...args: unknown[]) => Promise<ApiResult<unknown>>> = {};
  for (const name of apiMethodNames) {
    methods[name] = async (...args) => {
      const result = jsonRoundTrip(await dispatchApiCall(handlers, name, jsonRoundTrip(args)));
      calls.push({ method: name, args, result });
      return result;
    };
  }
  const on: Record<string, (listener: (payload: never) => void) => () => void> = {};
  for (const event of apiEventNames) {
    on[event] = (listener) => {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener);
      return () => set.delete(listener);
    };
  }
  const emit: EventEmitterFn = <E extends ApiEventName>(event: E, payload: OaPlannerEvents[E]) => {
    for (const listener of listeners.get(event) ?? []) {
      (listener as (p: OaPlannerEvents[E]) => void)(jsonRoundTrip(payload));
    }
  };
  return { wire: { ...methods, on } as unknown as WireApi, emit, calls };
}
