import { describe, expect, it, vi } from 'vitest';
import { dispatchApiCall } from '../../../shared/api/dispatch';
import { ApiError } from '../../../shared/api/result';
import { defaultPreferences } from '../../../shared/domain/preferences';
import { fakeHandlers } from '../../helpers/fake-handlers';

const handlers = fakeHandlers;

describe('dispatchApiCall', () => {
  it('calls the handler with validated arguments and wraps its value', async () => {
    const setPreferences = vi.fn((patch: object) => ({ ...defaultPreferences, ...patch }));
    const result = await dispatchApiCall(handlers({ setPreferences }), 'setPreferences', [{ locale: 'ja' }]);
    expect(result).toEqual({ ok: true, value: { ...defaultPreferences, locale: 'ja' } });
    expect(setPreferences).toHaveBeenCalledWith({ locale: 'ja' });
  });

  it('refuses unknown methods, including inherited object keys', async () => {
    for (const method of ['deleteEverything', 'toString', '__proto__', 42]) {
      const result = await dispatchApiCall(handlers(), method, []);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('unknown-method');
    }
  });

  it('refuses bad arguments before the handler runs, naming the argument and field', async () => {
    const setPreferences = vi.fn();
    const result = await dispatchApiCall(handlers({ setPreferences }), 'setPreferences', [{ locale: 'fr' }]);
    expect(setPreferences).not.toHaveBeenCalled();
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-argument');
      expect(result.error.message).toContain('setPreferences: argument 1 field "locale"');
    }
  });

  it('refuses unknown fields, extra arguments and non-array argument lists', async () => {
    const cases: unknown[] = [[{ locale: 'ja', admin: true }], [{}, {}], { locale: 'ja' }, undefined];
    for (const args of cases) {
      const result = await dispatchApiCall(handlers(), 'setPreferences', args);
      expect(result.ok, JSON.stringify(args)).toBe(false);
    }
    expect((await dispatchApiCall(handlers(), 'listChannels', ['surprise'])).ok).toBe(false);
  });

  it('turns ApiError into its code and message', async () => {
    const result = await dispatchApiCall(
      handlers({
        listChannels: () => {
          throw new ApiError('not-found', 'No such channel');
        },
      }),
      'listChannels',
      [],
    );
    expect(result).toEqual({ ok: false, error: { code: 'not-found', message: 'No such channel' } });
  });

  it('reports unexpected errors as internal, and tells main so it can log them', async () => {
    const onInternalError = vi.fn();
    const result = await dispatchApiCall(
      handlers({ getPreferences: () => Promise.reject(new Error('disk on fire')) }),
      'getPreferences',
      [],
      { onInternalError },
    );
    expect(result).toEqual({
      ok: false,
      error: { code: 'internal', message: 'getPreferences failed: disk on fire' },
    });
    expect(onInternalError).toHaveBeenCalledWith('getPreferences', expect.any(Error));
  });
});
