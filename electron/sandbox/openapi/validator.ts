// Validates request bodies and parameters against LINE's OpenAPI schemas with Ajv, and turns Ajv's
// errors into LINE's `details[{message, property}]`. Validators are compiled on first use per
// operation, so starting the sandbox stays fast.

import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { LineErrorDetail } from '../../../shared/line/errors';
import type { ContractDocumentName, JsonSchema, LineContract } from './contract';

// ajv-formats is CommonJS; depending on the bundler its default export is the plugin or a namespace.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv,
) => Ajv;

/** An Ajv instance that knows every component schema of the contract (OpenAPI formats included). */
export function createContractAjv(contract: LineContract): Ajv {
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
  addFormats(ajv);
  for (const format of ['int32', 'int64', 'float', 'double', 'byte', 'binary']) ajv.addFormat(format, true);
  for (const [document, schemas] of Object.entries(contract.schemas)) {
    ajv.addSchema({ $id: document, components: { schemas } } as JsonSchema);
  }
  return ajv;
}

/** `/messages/0/text` → `messages[0].text`, LINE's way of naming a property. */
export function linePropertyPath(instancePath: string, child?: string): string {
  const parts = instancePath
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (child !== undefined) parts.push(child);
  let out = '';
  for (const part of parts) out += /^\d+$/.test(part) ? `[${part}]` : out ? `.${part}` : part;
  return out;
}

function toDetail(error: ErrorObject): LineErrorDetail | undefined {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'if':
    case 'anyOf':
    case 'oneOf':
      return undefined;
    case 'required':
      return {
        message: 'must be specified',
        property: linePropertyPath(error.instancePath, String(params.missingProperty)),
      };
    case 'maxLength':
    case 'minLength': {
      const property = linePropertyPath(error.instancePath);
      return {
        message:
          error.keyword === 'minLength' && params.limit === 1
            ? 'May not be empty'
            : `Length must be ${error.keyword === 'maxLength' ? 'at most' : 'at least'} ${String(params.limit)}`,
        property,
      };
    }
    case 'maxItems':
    case 'minItems':
      return {
        message:
          error.keyword === 'minItems' && params.limit === 1
            ? 'May not be empty'
            : `Size must be ${error.keyword === 'maxItems' ? 'at most' : 'at least'} ${String(params.limit)}`,
        property: linePropertyPath(error.instancePath),
      };
    case 'enum':
      return {
        message: `must be one of ${(params.allowedValues as unknown[]).map(String).join(', ')}`,
        property: linePropertyPath(error.instancePath),
      };
    case 'type':
      return { message: `must be ${String(params.type)}`, property: linePropertyPath(error.instancePath) };
    default:
      return { message: error.message ?? 'is invalid', property: linePropertyPath(error.instancePath) };
  }
}

export function ajvErrorsToDetails(errors: readonly ErrorObject[] | null | undefined): LineErrorDetail[] {
  const out: LineErrorDetail[] = [];
  const seen = new Set<string>();
  for (const error of errors ?? []) {
    const detail = toDetail(error);
    if (!detail) continue;
    const key = `${detail.property ?? ''}\u0000${detail.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(detail);
  }
  return out;
}

export interface RequestValidator {
  /** Details of every schema violation in a JSON body; empty when it is valid. */
  body(operationId: string, body: unknown): LineErrorDetail[];
  /** Checks query parameters (strings from the URL) against their declared types. */
  query(operationId: string, query: URLSearchParams): LineErrorDetail[];
}

export function createRequestValidator(
  contract: LineContract,
  ajv: Ajv = createContractAjv(contract),
): RequestValidator {
  const bodyValidators = new Map<string, ValidateFunction | null>();
  const paramValidators = new Map<string, ValidateFunction>();

  const bodyValidator = (operationId: string): ValidateFunction | null => {
    let fn = bodyValidators.get(operationId);
    if (fn === undefined) {
      const op = contract.operations[operationId];
      const schema = op?.requestBody?.contentType === 'application/json' ? op.requestBody.schema : undefined;
      fn = schema ? ajv.compile(schema) : null;
      bodyValidators.set(operationId, fn);
    }
    return fn;
  };

  const paramValidator = (document: ContractDocumentName, schema: JsonSchema): ValidateFunction => {
    const key = `${document}:${JSON.stringify(schema)}`;
    let fn = paramValidators.get(key);
    if (!fn) {
      fn = ajv.compile(schema);
      paramValidators.set(key, fn);
    }
    return fn;
  };

  return {
    body(operationId, body) {
      const fn = bodyValidator(operationId);
      if (!fn || fn(body)) return [];
      return ajvErrorsToDetails(fn.errors);
    },
    query(operationId, query) {
      const op = contract.operations[operationId];
      if (!op) return [];
      const details: LineErrorDetail[] = [];
      for (const parameter of op.parameters) {
        if (parameter.in !== 'query') continue;
        const raw = query.get(parameter.name);
        if (raw === null) {
          if (parameter.required) details.push({ message: 'must be specified', property: parameter.name });
          continue;
        }
        const value = coerce(raw, parameter.schema);
        const fn = paramValidator(op.document, parameter.schema);
        if (!fn(value)) {
          for (const d of ajvErrorsToDetails(fn.errors))
            details.push({ message: d.message, property: parameter.name });
        }
      }
      return details;
    },
  };
}

function coerce(raw: string, schema: JsonSchema): unknown {
  const type = schema.type;
  if (type === 'integer' || type === 'number') return /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
  if (type === 'boolean') return raw === 'true' ? true : raw === 'false' ? false : raw;
  return raw;
}
