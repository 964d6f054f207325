// shared/campaigns/flex-validator.generated.ts must be exactly what the official messaging-api.yml
// compiles to. Run with UPDATE_LINE_CONTRACT=1 to rewrite it.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { flexValidatorFile, flexValidatorModuleText } from '../../helpers/flex-validator';

describe('the bundled Flex validator', () => {
  it('is generated from the official FlexContainer schema', async () => {
    const fresh = await flexValidatorModuleText();
    if (process.env.UPDATE_LINE_CONTRACT === '1') writeFileSync(flexValidatorFile, fresh);
    const bundled = existsSync(flexValidatorFile) ? readFileSync(flexValidatorFile, 'utf8') : '';
    expect(
      bundled === fresh,
      `${path.relative(process.cwd(), flexValidatorFile)} is stale: run UPDATE_LINE_CONTRACT=1 npx vitest run --config test/vitest.config.ts test/shared/campaigns/flex-validator-generated.test.ts`,
    ).toBe(true);
  });

  it('stands alone: no require, no import, no code compiled at run time', () => {
    const text = readFileSync(flexValidatorFile, 'utf8');
    expect(text).not.toMatch(/\brequire\(|^import |new Function|\beval\(/m);
  });
});
