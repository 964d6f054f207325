// A handler table for tests of the bridge machinery itself (dispatch, client, transports): simple
// in-memory answers for the foundation's methods, overridable per test. Any other method throws, so a
// test that reaches one by accident fails loudly. Feature tests use the real table (test-handlers.ts).

import type { ApiHandlers } from '../../shared/api/contract';
import { defaultPreferences, type Preferences } from '../../shared/domain/preferences';

export function fakeHandlers(overrides: Partial<ApiHandlers> = {}): ApiHandlers {
  let preferences: Preferences = defaultPreferences;
  const basics: Partial<ApiHandlers> = {
    getAppInfo: () => ({
      name: 'OA Planner',
      version: '1.0.0',
      shell: 'browser',
      platform: 'linux',
      systemLocales: ['en-US'],
      dataDirectory: '/data',
      databaseSchemaVersion: 1,
    }),
    getPreferences: () => preferences,
    setPreferences: (patch) => (preferences = { ...preferences, ...patch }),
    listChannels: () => [{ id: 1, name: 'Sandbox', kind: 'sandbox', createdAt: '2026-01-01T00:00:00.000Z' }],
    ...overrides,
  };
  return new Proxy(basics, {
    get(target, method: string) {
      return (
        target[method as keyof ApiHandlers] ??
        (() => {
          throw new Error(`fakeHandlers: ${method} is not faked in this test`);
        })
      );
    },
  }) as ApiHandlers;
}
