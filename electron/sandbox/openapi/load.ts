// The bundled contract (generated from LINE's official OpenAPI documents; see contract.ts), and the
// request validator over it, shared by every sandbox in the process: its compiled schemas never
// change, so a sandbox started for each test does not compile them again.

import type { LineContract } from './contract';
import { lineContractJson } from './line-openapi.generated';
import { createRequestValidator, type RequestValidator } from './validator';

let parsed: LineContract | undefined;
let validator: RequestValidator | undefined;

export function loadLineContract(): LineContract {
  parsed ??= JSON.parse(lineContractJson) as LineContract;
  return parsed;
}

export function lineRequestValidator(): RequestValidator {
  validator ??= createRequestValidator(loadLineContract());
  return validator;
}
