// The bundled contract (generated from LINE's official OpenAPI documents; see contract.ts).

import type { LineContract } from './contract';
import { lineContractJson } from './line-openapi.generated';

let parsed: LineContract | undefined;

export function loadLineContract(): LineContract {
  parsed ??= JSON.parse(lineContractJson) as LineContract;
  return parsed;
}
