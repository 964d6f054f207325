// LINE's official OpenAPI documents (test/fixtures/line-openapi/*.yml) read with
// `yaml`, converted by the sandbox's own extractor, and an Ajv over them for checking responses; and
// validators for single component schemas of the contract the sandbox bundles (kept equal to the
// documents by openapi-contract.test.ts), for checking JSON the app writes.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import {
  contractDocumentNames,
  extractLineContract,
  type ContractDocumentName,
  type LineContract,
} from '../../electron/sandbox/openapi/contract';
import { loadLineContract } from '../../electron/sandbox/openapi/load';
import { ajvErrorsToDetails, createContractAjv } from '../../electron/sandbox/openapi/validator';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Where the official documents live: the copies in test/fixtures/line-openapi (or LINE_OPENAPI_DIR). */
export const officialOpenApiDirectory =
  process.env.LINE_OPENAPI_DIR ?? path.join(root, 'test', 'fixtures', 'line-openapi');
export const contractFile = path.join(root, 'electron', 'sandbox', 'openapi', 'line-openapi.generated.ts');

/** The text of line-openapi.generated.ts for a contract: its JSON in one raw string, parsed on first use. */
export function contractModuleText(contract: LineContract): string {
  const json = JSON.stringify(contract);
  if (json.includes('`') || json.includes('${'))
    throw new Error('the contract JSON cannot be put in a template literal');
  return `// Generated from LINE's official OpenAPI documents by test/electron/sandbox/openapi-contract.test.ts\n// (UPDATE_LINE_CONTRACT=1). Do not edit. Source: line/line-openapi, Apache License 2.0.\n\nexport const lineContractJson = String.raw\`${json}\`;\n`;
}

export const openApiFile = (name: ContractDocumentName) => path.join(officialOpenApiDirectory, `${name}.yml`);

let cached: LineContract | undefined;
export function loadOfficialLineContract(): LineContract {
  if (cached) return cached;
  const documents = {} as Record<ContractDocumentName, unknown>;
  for (const name of contractDocumentNames) documents[name] = parse(readFileSync(openApiFile(name), 'utf8'));
  cached = extractLineContract(documents, 'line/line-openapi@6e4c2a2a1b7b059ea3920456d4f88d03fd8ef0bb');
  return cached;
}

/** Checks a response body against the schema the official document gives for that operation and status. */
export function createResponseChecker() {
  const contract = loadOfficialLineContract();
  const ajv = createContractAjv(contract);
  const compiled = new Map<string, ReturnType<typeof ajv.compile>>();
  return (operationId: string, status: number, body: unknown): string[] => {
    const op = contract.operations[operationId];
    if (!op) return [`no operation ${operationId} in the documents`];
    const schema = op.responses[String(status)];
    if (schema === undefined) return [`${operationId} documents no ${String(status)} response`];
    if (schema === null) return [];
    const key = `${operationId}:${String(status)}`;
    let fn = compiled.get(key);
    if (!fn) {
      fn = ajv.compile(schema);
      compiled.set(key, fn);
    }
    if (fn(body)) return [];
    return ajvErrorsToDetails(fn.errors).map((d) => `${d.property ?? ''}: ${d.message}`);
  };
}

let bundledAjv: ReturnType<typeof createContractAjv> | undefined;
/** A validator for components.schemas[name] of a document; returns the errors as readable lines. */
export function schemaValidator(
  name: string,
  document: ContractDocumentName = 'messaging-api',
): (value: unknown) => string[] {
  bundledAjv ??= createContractAjv(loadLineContract());
  const validate = bundledAjv.compile({ $ref: `${document}#/components/schemas/${name}` });
  return (value) =>
    validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}
