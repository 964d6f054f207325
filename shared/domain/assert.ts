// Impossible states are loud: exhaustive switches end in assertNever, preconditions in assert.

export function assertNever(value: never, where: string): never {
  throw new Error(`${where}: unhandled case ${JSON.stringify(value)}`);
}

export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}
