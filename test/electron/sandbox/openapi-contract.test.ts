// electron/sandbox/openapi/line-openapi.generated.ts must be exactly what extractLineContract makes of the
// official documents in test/fixtures/line-openapi/. Run with UPDATE_LINE_CONTRACT=1 to rewrite it.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contractFile, contractModuleText, loadOfficialLineContract } from '../../helpers/line-openapi';

describe('the bundled LINE OpenAPI contract', () => {
  it('matches the official documents', () => {
    const fresh = contractModuleText(loadOfficialLineContract());
    if (process.env.UPDATE_LINE_CONTRACT === '1') writeFileSync(contractFile, fresh);
    const bundled = existsSync(contractFile) ? readFileSync(contractFile, 'utf8') : '';
    expect(
      bundled === fresh,
      `${path.relative(process.cwd(), contractFile)} is stale: run UPDATE_LINE_CONTRACT=1 npx vitest run --config test/vitest.config.ts test/electron/sandbox/openapi-contract.test.ts`,
    ).toBe(true);
  });

  it('turns discriminated unions into dispatching schemas', () => {
    const contract = loadOfficialLineContract();
    const message = contract.schemas['messaging-api'].Message as { properties: { type: { enum: string[] } } };
    expect(message.properties.type.enum).toContain('text');
    expect(contract.schemas['messaging-api'].Message__base).toBeDefined();
    expect(contract.operations.pushMessage?.requestBody?.contentType).toBe('application/json');
    expect(contract.operations.createAudienceForUploadingUserIds?.host).toBe('data');
  });
});
