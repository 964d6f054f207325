// The bridge cannot drift: every side is derived from OaPlannerApi, so a side that lacks a method, has
// an extra one, or types one differently fails to compile. Each @ts-expect-error below is such a
// side; if the types ever stopped catching it, the unused directive itself would fail the check.

import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type {
  ApiHandlers,
  ApiMethodName,
  OaPlannerApi,
  OaPlannerEvents,
  WireApi,
} from '../../shared/api/contract';
import { apiEventNames, apiMethodNames, exhaustiveKeys } from '../../shared/api/contract';
import type { ApiClient } from '../../shared/api/client';
import type { ApiResult } from '../../shared/api/result';
import { apiArgumentSchemas } from '../../shared/api/schemas';
import { appMethodNames as appMethodNamesForTest } from '../../shared/api/app-contract';
import type { createApiHandlers } from '../../electron/app/handlers';
import type { Preferences } from '../../shared/domain/preferences';
import type { HandlersOf } from '../../shared/api/slice';
import type { EditorApi } from '../../shared/editor/contract';
import { type editorArgumentSchemas, editorMethodNames } from '../../shared/editor/contract';
import type { AudiencesApi } from '../../shared/audiences/contract';
import type { createEditorHandlers } from '../../electron/editor/handlers';
import type { createAudienceHandlers } from '../../electron/audiences/handlers';

declare const completeHandlers: ApiHandlers;

describe('bridge contract', () => {
  it('derives the handler table, the wire API and the client from one interface', () => {
    expectTypeOf<keyof ApiHandlers>().toEqualTypeOf<ApiMethodName>();
    expectTypeOf<Exclude<keyof WireApi, 'on'>>().toEqualTypeOf<ApiMethodName>();
    expectTypeOf<keyof WireApi['on']>().toEqualTypeOf<keyof OaPlannerEvents>();
    expectTypeOf<ReturnType<WireApi['setPreferences']>>().toEqualTypeOf<Promise<ApiResult<Preferences>>>();
    expectTypeOf<ApiClient['setPreferences']>().toEqualTypeOf<OaPlannerApi['setPreferences']>();
    expectTypeOf<ReturnType<typeof createApiHandlers>>().toEqualTypeOf<ApiHandlers>();
    expectTypeOf(apiMethodNames).toEqualTypeOf<readonly ApiMethodName[]>();
    expectTypeOf(apiEventNames).toEqualTypeOf<readonly (keyof OaPlannerEvents)[]>();
  });

  it('makes a handler table without every method a type error', () => {
    // @ts-expect-error listChannels is missing
    const missing: ApiHandlers = {
      getAppInfo: () => Promise.reject(new Error('unused')),
      getPreferences: () => Promise.reject(new Error('unused')),
      setPreferences: () => Promise.reject(new Error('unused')),
    };
    expectTypeOf(missing).toEqualTypeOf<ApiHandlers>();
  });

  it('makes a handler with the wrong return type a type error', () => {
    const wrong: ApiHandlers = {
      ...completeHandlers,
      // @ts-expect-error channels are a list, not a count
      listChannels: () => 3,
    };
    expectTypeOf(wrong).toEqualTypeOf<ApiHandlers>();
  });

  it('makes a method-name list that is missing a method or names an unknown one a type error', () => {
    interface TwoMethods {
      first(): Promise<void>;
      second(): Promise<void>;
    }
    // The helper that built apiMethodNames and apiEventNames:
    // @ts-expect-error `second` is not listed
    exhaustiveKeys<TwoMethods>()(['first']);
    exhaustiveKeys<TwoMethods>()([
      'first',
      'second',
      // @ts-expect-error `third` is not a method
      'third',
    ]);
    expectTypeOf(exhaustiveKeys<TwoMethods>()(['second', 'first'])).toEqualTypeOf<
      readonly (keyof TwoMethods)[]
    >();
  });

  it('requires an argument schema per method whose output matches the parameters', () => {
    expectTypeOf<keyof typeof apiArgumentSchemas>().toEqualTypeOf<ApiMethodName>();
    expectTypeOf<z.output<(typeof apiArgumentSchemas)['setPreferences']>>().toEqualTypeOf<
      Parameters<OaPlannerApi['setPreferences']>
    >();
    // @ts-expect-error a schema table without setPreferences
    const incomplete: typeof apiArgumentSchemas = {
      getAppInfo: apiArgumentSchemas.getAppInfo,
      getPreferences: apiArgumentSchemas.getPreferences,
      listChannels: apiArgumentSchemas.listChannels,
    };
    expectTypeOf(incomplete).not.toBeAny();
  });

  it('types each feature slice on its own: its handlers, names and schemas come from its interface', () => {
    expectTypeOf<ReturnType<typeof createEditorHandlers>>().toEqualTypeOf<HandlersOf<EditorApi>>();
    expectTypeOf<ReturnType<typeof createAudienceHandlers>>().toEqualTypeOf<HandlersOf<AudiencesApi>>();
    expectTypeOf(editorMethodNames).toEqualTypeOf<readonly (keyof EditorApi)[]>();
    expectTypeOf<keyof typeof editorArgumentSchemas>().toEqualTypeOf<keyof EditorApi>();
    // @ts-expect-error a slice's handler with the wrong return type
    const wrong: HandlersOf<EditorApi> = { ...({} as HandlersOf<EditorApi>), listProjects: () => 'no' };
    expectTypeOf(wrong).not.toBeAny();
  });

  it('makes a composed method list that leaves out a slice a type error', () => {
    exhaustiveKeys<OaPlannerApi>()(
      // @ts-expect-error the audiences slice is missing
      [...appMethodNamesForTest, ...editorMethodNames],
    );
  });
});
