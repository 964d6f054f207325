import { describe, expect, it, vi } from 'vitest';
import { dispatchApiCall } from '../../../shared/api/dispatch';
import { ApiError } from '../../../shared/api/result';
import { translate, type MessageKey } from '../../../shared/i18n/catalog';
import { renderText } from '../../../shared/i18n/text';
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

  it('turns ApiError into its code, catalogue key, parameters and English message', async () => {
    const result = await dispatchApiCall(
      handlers({
        listChannels: () => {
          throw new ApiError('not-found', { key: 'errors.channels.notFound', params: { id: 7 } });
        },
      }),
      'listChannels',
      [],
    );
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'not-found',
        key: 'errors.channels.notFound',
        params: { id: 7 },
        message: 'There is no channel 7.',
      },
    });
  });

  it('carries every detail of a refusal, nested sentences rendered in each language', async () => {
    const finding = {
      key: 'editor.lint.inArea',
      params: { area: 2, message: { key: 'errors.export.cell', params: { cell: 3 } } },
    } as const;
    const result = await dispatchApiCall(
      handlers({
        listChannels: () => {
          throw new ApiError('invalid-argument', { key: 'errors.export.fixFirst', params: { count: 1 } }, [
            finding,
          ]);
        },
      }),
      'listChannels',
      [],
    );
    if (result.ok) throw new Error('expected a refusal');
    expect(result.error.details).toEqual([finding]);
    expect(result.error.message).toBe('Fix these 1 problems before exporting:\n- Area 2: Cell 3');
    const back = ApiError.fromData(JSON.parse(JSON.stringify(result.error)) as typeof result.error);
    const zh = (key: string, params?: Record<string, string | number>) =>
      translate('zh-TW', key as MessageKey, params);
    expect(renderText(back.details[0]!, zh)).toBe(
      translate('zh-TW', 'editor.lint.inArea', { area: 2, message: '區塊 3' }),
    );
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
      error: {
        code: 'internal',
        key: 'errors.api.internal',
        params: { method: 'getPreferences', detail: 'disk on fire' },
        message: 'getPreferences failed: disk on fire',
      },
    });
    expect(onInternalError).toHaveBeenCalledWith('getPreferences', expect.any(Error));
  });
});
