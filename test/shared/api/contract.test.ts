// The composed contract at run time: each method appears once across the slices and has a schema.

import { describe, expect, it } from 'vitest';
import { apiEventNames, apiMethodNames } from '../../../shared/api/contract';
import { apiArgumentSchemas } from '../../../shared/api/schemas';

describe('API contract', () => {
  it('names each method and event once across all slices', () => {
    expect(new Set(apiMethodNames).size).toBe(apiMethodNames.length);
    expect(new Set(apiEventNames).size).toBe(apiEventNames.length);
  });

  it('has an argument schema for every method and for nothing else', () => {
    expect(Object.keys(apiArgumentSchemas).sort()).toEqual([...apiMethodNames].sort());
  });
});
