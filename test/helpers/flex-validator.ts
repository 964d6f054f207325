// Generates shared/campaigns/flex-validator.generated.ts: a standalone validator (ajv's standalone code
// generation) for LINE's FlexContainer schema and everything it refers to, taken from the official
// messaging-api.yml. The renderer's CSP forbids `new Function`, so the validator is compiled here, at
// development time, into plain code; flex-validator-generated.test.ts keeps it equal to the document.

import path from 'node:path';
import { Ajv } from 'ajv';
import standaloneCodeModule from 'ajv/dist/standalone/index.js';
import { format, resolveConfig } from 'prettier';
import type { JsonSchema } from '../../electron/sandbox/openapi/contract';
import { loadOfficialLineContract } from './line-openapi';
import { projectRoot } from './project';

export const flexValidatorFile = path.join(projectRoot, 'shared', 'campaigns', 'flex-validator.generated.ts');

// ajv/dist/standalone is CommonJS with a default export; bundlers hand either shape over.
const standaloneCode = ((standaloneCodeModule as unknown as { default?: unknown }).default ??
  standaloneCodeModule) as (ajv: Ajv, refs: Record<string, string>) => string;

const header = `// Generated from LINE's official OpenAPI document (messaging-api.yml, FlexContainer and the schemas it
// refers to) by test/shared/campaigns/flex-validator-generated.test.ts (UPDATE_LINE_CONTRACT=1). Do not
// edit. Source: line/line-openapi, Apache License 2.0. Compiled ahead of time: the renderer's content
// security policy forbids compiling code at run time, which a schema validator built there would need.
/* eslint-disable */
// @ts-nocheck
`;

export async function flexValidatorModuleText(): Promise<string> {
  const contract = loadOfficialLineContract();
  const ajv = new Ajv({
    strict: false,
    allErrors: true,
    // Formats (`uri`) would need ajv-formats at run time; the rules check URLs themselves.
    validateFormats: false,
    // Lengths as string.length (UTF-16 units, as LINE counts text): ajv's code-point counter is a
    // runtime `require`, which an ES module in the renderer cannot load.
    unicode: false,
    code: { source: true, esm: true },
    logger: {
      log: () => undefined,
      // The `unicode` option is deprecated (and still honoured); say nothing about that one.
      warn: (...args: unknown[]) => {
        if (!String(args[0]).includes('option unicode')) console.warn(...args);
      },
      error: (...args: unknown[]) => console.error(...args),
    },
  } as ConstructorParameters<typeof Ajv>[0]);
  for (const [document, schemas] of Object.entries(contract.schemas)) {
    ajv.addSchema({ $id: document, components: { schemas } } as JsonSchema);
  }
  ajv.addSchema({ $id: 'flexContainer', $ref: 'messaging-api#/components/schemas/FlexContainer' });
  const code = standaloneCode(ajv, { validateFlexContainer: 'flexContainer' });
  if (/\brequire\(|\bimport\b/.test(code)) {
    throw new Error('the generated Flex validator needs a runtime module; it must stand alone');
  }
  const options = (await resolveConfig(flexValidatorFile)) ?? {};
  return format(header + code, { ...options, parser: 'typescript' });
}
