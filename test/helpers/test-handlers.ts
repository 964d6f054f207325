// A real handler table over a temporary data directory (SQLite file and preferences file), wired by
// the same createAppServices() as the shells, with the events it emits recorded.

import { onTestFinished } from 'vitest';
import type { ApiEventName, ApiHandlers, EventEmitterFn } from '../../shared/api/contract';
import { createAppServices, type AppServices } from '../../electron/app/services';
import { makeTempDir } from './temp-dir';

export interface TestApp {
  readonly data: AppServices;
  readonly handlers: ApiHandlers;
  readonly events: { event: ApiEventName; payload: unknown }[];
}

export function openTestApp(emit?: EventEmitterFn): TestApp {
  const data = createAppServices({ shell: 'browser', dataDirectory: makeTempDir() });
  onTestFinished(() => data.close());
  const events: TestApp['events'] = [];
  data.onEvent((event, payload) => {
    events.push({ event, payload });
    emit?.(event, payload);
  });
  return { data, handlers: data.handlers, events };
}
