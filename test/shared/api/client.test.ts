import { describe, expect, it } from 'vitest';
import { createApiClient } from '../../../shared/api/client';
import { ApiError } from '../../../shared/api/result';
import { createWireApiTestDouble } from '../../../shared/api/test-double';
import { fakeHandlers } from '../../helpers/fake-handlers';

describe('createApiClient over the test double', () => {
  it('returns handler values through the wire', async () => {
    const { wire, calls } = createWireApiTestDouble(fakeHandlers());
    const api = createApiClient(wire);
    expect(await api.listChannels()).toEqual([
      { id: 1, name: 'Sandbox', kind: 'sandbox', createdAt: '2026-01-01T00:00:00.000Z' },
    ]);
    await api.setPreferences({ locale: 'th' });
    expect((await api.getPreferences()).locale).toBe('th');
    expect(calls.map((c) => c.method)).toEqual(['listChannels', 'setPreferences', 'getPreferences']);
  });

  it('throws ApiError with the code when the call fails', async () => {
    const api = createApiClient(createWireApiTestDouble(fakeHandlers()).wire);
    const bad = api.setPreferences({ locale: 'xx' } as never);
    await expect(bad).rejects.toBeInstanceOf(ApiError);
    await expect(bad).rejects.toMatchObject({ code: 'invalid-argument' });
  });

  it('delivers events to subscribers until they unsubscribe', async () => {
    const double = createWireApiTestDouble(fakeHandlers());
    const api = createApiClient(double.wire);
    const seen: string[] = [];
    const unsubscribe = api.on('navigate', (section) => seen.push(section));
    double.emit('navigate', 'quota');
    unsubscribe();
    double.emit('navigate', 'sync');
    await Promise.resolve();
    expect(seen).toEqual(['quota']);
  });
});
