// Ajv validators for schemas of LINE's messaging-api.yml (OpenAPI 3.0), for checking exported JSON.
// OpenAPI specifics: `nullable` becomes a null type; each `discriminator` becomes an if/then per
// mapping entry, and the mapped schemas' `allOf` back-reference to the base points at a copy of the
// base without the discriminator (else the dispatch would recurse forever).

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { parse } from 'yaml';

// ajv-formats is CommonJS: its default export arrives wrapped or not depending on the loader.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv,
) => Ajv;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const messagingApiFile = path.resolve(root, '..', 'shared', 'line-openapi', 'messaging-api.yml');

type Schema = Record<string, unknown>;
const isObject = (v: unknown): v is Schema => typeof v === 'object' && v !== null && !Array.isArray(v);
const ref = (name: string) => `#/components/schemas/${name}`;

function convert(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(convert);
  if (!isObject(node)) return node;
  const out: Schema = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'nullable' || key === 'externalDocs' || key === 'example' || key === 'discriminator')
      continue;
    out[key] = convert(value);
  }
  if (node.nullable === true && typeof out.type === 'string') out.type = [out.type, 'null'];
  return out;
}

export function loadMessagingApiSchemas(): Record<string, Schema> {
  const document = parse(readFileSync(messagingApiFile, 'utf8')) as {
    components: { schemas: Record<string, Schema> };
  };
  const source = document.components.schemas;
  const schemas: Record<string, Schema> = {};
  for (const [name, schema] of Object.entries(source)) schemas[name] = convert(schema) as Schema;
  for (const [name, schema] of Object.entries(source)) {
    const discriminator = schema.discriminator as
      { propertyName: string; mapping?: Record<string, string> } | undefined;
    if (!discriminator?.mapping) continue;
    const baseName = `${name}__base`;
    schemas[baseName] = schemas[name]!;
    const mapping = discriminator.mapping;
    for (const target of Object.values(mapping)) {
      const targetName = target.split('/').pop()!;
      const targetSchema = schemas[targetName]!;
      targetSchema.allOf = ((targetSchema.allOf as Schema[] | undefined) ?? []).map((part) =>
        part.$ref === ref(name) ? { $ref: ref(baseName) } : part,
      );
    }
    schemas[name] = {
      allOf: [
        { $ref: ref(baseName) },
        {
          required: [discriminator.propertyName],
          properties: { [discriminator.propertyName]: { enum: Object.keys(mapping) } },
        },
        ...Object.entries(mapping).map(([value, target]) => ({
          if: { properties: { [discriminator.propertyName]: { const: value } } },
          then: { $ref: target },
        })),
      ],
    };
  }
  return schemas;
}

/** A validator for components.schemas[name]; returns the errors as readable lines. */
export function messagingApiValidator(name: string): (value: unknown) => string[] {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addFormat('int32', {
    type: 'number',
    validate: (n: number) => Number.isInteger(n) && Math.abs(n) < 2 ** 31,
  });
  ajv.addFormat('int64', { type: 'number', validate: (n: number) => Number.isInteger(n) });
  ajv.addSchema({ $id: 'line', components: { schemas: loadMessagingApiSchemas() } });
  const validate: ValidateFunction = ajv.compile({ $ref: `line${ref(name)}` });
  return (value) =>
    validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}
