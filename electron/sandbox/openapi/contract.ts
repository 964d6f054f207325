// The parts of LINE's OpenAPI documents the sandbox needs, as JSON Schema: every component schema
// and, per operation, its method, path, host, parameters, request body and response schemas.
// `extractLineContract` turns the official documents (test/fixtures/line-openapi/*.yml) into this form;
// line-openapi.generated.ts in this folder holds its output, so the app does not need the YAML files at run time.

export type ContractDocumentName = 'messaging-api' | 'manage-audience' | 'insight';
export const contractDocumentNames: readonly ContractDocumentName[] = [
  'messaging-api',
  'manage-audience',
  'insight',
];

export type JsonSchema = Record<string, unknown>;

export interface ContractParameter {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header';
  readonly required: boolean;
  readonly schema: JsonSchema;
}

export interface ContractOperation {
  readonly operationId: string;
  readonly document: ContractDocumentName;
  readonly method: string;
  readonly path: string;
  /** api.line.me or api-data.line.me */
  readonly host: 'api' | 'data';
  readonly parameters: readonly ContractParameter[];
  readonly requestBody?: {
    readonly required: boolean;
    readonly contentType: string;
    readonly schema: JsonSchema;
  };
  /** Status code → schema of the JSON body (`null` when the response has no JSON body). */
  readonly responses: Readonly<Record<string, JsonSchema | null>>;
}

export interface LineContract {
  readonly source: string;
  /** Document name → its component schemas, converted to JSON Schema. */
  readonly schemas: Readonly<Record<ContractDocumentName, Readonly<Record<string, JsonSchema>>>>;
  readonly operations: Readonly<Record<string, ContractOperation>>;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const dropped = new Set([
  'example',
  'examples',
  'externalDocs',
  'description',
  'discriminator',
  'xml',
  'deprecated',
]);

/**
 * OpenAPI 3.0 schema → JSON Schema (draft-07 as Ajv reads it): `nullable: true` becomes a `null`
 * type, documentation-only keywords are dropped, and references are made absolute (`doc#/...`) so
 * every document's schemas can live in one validator.
 */
function convertSchema(node: unknown, document: string): unknown {
  if (Array.isArray(node)) return node.map((n) => convertSchema(n, document));
  if (!isObject(node)) return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node)) {
    if (dropped.has(key)) continue;
    if (key === 'properties' && isObject(value)) {
      const props: Json = {};
      for (const [name, schema] of Object.entries(value)) props[name] = convertSchema(schema, document);
      out[key] = props;
    } else if (key === 'format' && typeof value === 'string' && value.startsWith('^')) {
      // Some parameters give a regular expression as their format: it is meant as a pattern.
      out.pattern = value;
    } else if (key === '$ref' && typeof value === 'string') {
      out[key] = value.startsWith('#/') ? `${document}${value}` : value;
    } else out[key] = convertSchema(value, document);
  }
  if (node.nullable === true) {
    delete out.nullable;
    if (typeof out.type === 'string') out.type = [out.type, 'null'];
    if (Array.isArray(out.enum)) out.enum = [...(out.enum as unknown[]), null];
    if (out.$ref !== undefined) return { anyOf: [{ $ref: out.$ref }, { type: 'null' }] };
  }
  return out;
}

/**
 * LINE's documents model polymorphism as a base schema with a `discriminator.mapping` that the
 * subtypes extend through `allOf: [{$ref: Base}, …]`. A validator must dispatch on the property:
 * the base keeps its name but checks `type` against the mapping and then the chosen subtype, while
 * the subtypes extend a copy of the original base (`Base__base`), so nothing recurses.
 */
function rewriteDiscriminators(document: string, raw: Json, converted: Record<string, JsonSchema>): void {
  for (const [name, schema] of Object.entries(raw)) {
    if (!isObject(schema) || !isObject(schema.discriminator) || !isObject(schema.discriminator.mapping))
      continue;
    const property = String(schema.discriminator.propertyName);
    const mapping = schema.discriminator.mapping as Record<string, string>;
    const baseName = `${name}__base`;
    converted[baseName] = converted[name] as JsonSchema;
    const baseRef = `${document}#/components/schemas/${name}`;
    for (const target of Object.values(mapping)) {
      const subName = target.split('/').pop() ?? '';
      const sub = converted[subName];
      if (!sub || !Array.isArray(sub.allOf)) continue;
      sub.allOf = (sub.allOf as Json[]).map((part) =>
        part.$ref === baseRef ? { $ref: `${document}#/components/schemas/${baseName}` } : part,
      );
    }
    converted[name] = {
      type: 'object',
      required: [property],
      properties: { [property]: { type: 'string', enum: Object.keys(mapping) } },
      allOf: [
        { $ref: `${document}#/components/schemas/${baseName}` },
        ...Object.entries(mapping).map(([value, target]) => ({
          if: { properties: { [property]: { const: value } }, required: [property] },
          then: { $ref: `${document}${target}` },
        })),
      ],
    };
  }
}

const hostOf = (servers: unknown): 'api' | 'data' =>
  Array.isArray(servers) && servers.some((s) => isObject(s) && String(s.url).includes('api-data'))
    ? 'data'
    : 'api';

export function extractLineContract(
  documents: Readonly<Record<ContractDocumentName, unknown>>,
  source: string,
): LineContract {
  const schemas = {} as Record<ContractDocumentName, Record<string, JsonSchema>>;
  const operations: Record<string, ContractOperation> = {};
  for (const document of contractDocumentNames) {
    const doc = documents[document] as Json;
    const components = (doc.components as Json | undefined)?.schemas as Json | undefined;
    const converted: Record<string, JsonSchema> = {};
    for (const [name, schema] of Object.entries(components ?? {})) {
      converted[name] = convertSchema(schema, document) as JsonSchema;
    }
    rewriteDiscriminators(document, components ?? {}, converted);
    schemas[document] = converted;
    for (const [path, item] of Object.entries((doc.paths as Json | undefined) ?? {})) {
      if (!isObject(item)) continue;
      for (const [method, op] of Object.entries(item)) {
        if (!isObject(op) || typeof op.operationId !== 'string') continue;
        const parameters: ContractParameter[] = ((op.parameters as Json[] | undefined) ?? []).map((p) => ({
          name: String(p.name),
          in: p.in as ContractParameter['in'],
          required: p.required === true,
          schema: convertSchema(p.schema ?? {}, document) as JsonSchema,
        }));
        let requestBody: ContractOperation['requestBody'];
        if (isObject(op.requestBody) && isObject(op.requestBody.content)) {
          const [contentType, media] = Object.entries(op.requestBody.content)[0] ?? [];
          if (contentType && isObject(media)) {
            requestBody = {
              required: op.requestBody.required === true,
              contentType,
              schema: convertSchema(media.schema ?? {}, document) as JsonSchema,
            };
          }
        }
        const responses: Record<string, JsonSchema | null> = {};
        for (const [status, response] of Object.entries((op.responses as Json | undefined) ?? {})) {
          const content = isObject(response) && isObject(response.content) ? response.content : undefined;
          const json = content?.['application/json'];
          responses[status] =
            isObject(json) && json.schema ? (convertSchema(json.schema, document) as JsonSchema) : null;
        }
        operations[op.operationId] = {
          operationId: op.operationId,
          document,
          method: method.toUpperCase(),
          path,
          host: hostOf(op.servers),
          parameters,
          ...(requestBody ? { requestBody } : {}),
          responses,
        };
      }
    }
  }
  return { source, schemas, operations };
}
