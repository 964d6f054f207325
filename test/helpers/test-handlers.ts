// A real handler table over a temporary data directory (SQLite file and preferences file), with the
// events it emits recorded.

import type { ApiEventName, ApiHandlers, EventEmitterFn } from '../../shared/api/contract';
import { createApiHandlers } from '../../electron/app/handlers';
import { nodeAppContext, openDataForNode, type OpenedData } from '../../electron/app/open-app';
import { onTestFinished } from 'vitest';
import { makeTempDir } from './temp-dir';

export interface TestApp {
  readonly data: OpenedData;
  readonly handlers: ApiHandlers;
  readonly events: { event: ApiEventName; payload: unknown }[];
}

export function openTestApp(emit?: EventEmitterFn): TestApp {
  const data = openDataForNode(makeTempDir());
  onTestFinished(() => data.close());
  const events: TestApp['events'] = [];
  const handlers = createApiHandlers(
    nodeAppContext(data, 'browser', (event, payload) => {
      events.push({ event, payload });
      emit?.(event, payload);
    }),
  );
  return { data, handlers, events };
}
