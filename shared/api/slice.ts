// The pieces every feature's slice of the API contract is made of: its interface, a runtime list of
// its method names (checked both ways against the interface), the argument schema of each method,
// and the type of its main-process handlers. shared/api/contract.ts composes the slices.

import type { z } from 'zod';

/** Any object whose members are all API methods returning promises of plain data. */
export type ApiInterface<Api> = { readonly [K in keyof Api]: (...args: never[]) => Promise<unknown> };

/**
 * Makes a runtime list of every key of T, checked both ways at compile time: a missing key and an
 * unknown key are both type errors. Runtime lists are what the preload and the HTTP client map over.
 */
export function exhaustiveKeys<T>() {
  return <const L extends readonly (keyof T)[]>(
    list: L & ([Exclude<keyof T, L[number]>] extends [never] ? unknown : 'missing a key of T'),
  ): readonly (keyof T)[] => list;
}

type Fn<F> = F extends (...args: infer A) => infer R ? { args: A; result: Awaited<R> } : never;

/** One zod schema per method, whose output is exactly that method's parameter tuple. */
export type ArgumentSchemas<Api> = {
  readonly [K in keyof Api]: z.ZodType<Fn<Api[K]>['args']>;
};

/** The main-process implementation of a slice: arguments arrive validated. */
export type HandlersOf<Api> = {
  readonly [K in keyof Api]: (
    ...args: Fn<Api[K]>['args']
  ) => Promise<Fn<Api[K]>['result']> | Fn<Api[K]>['result'];
};
