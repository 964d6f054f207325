// keepLatest: an answer counts only while the effect that asked is current.

import { describe, expect, it } from 'vitest';
import { keepLatest } from '../../../renderer/src/ui/latest';

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((ok, fail) => {
    resolve = ok;
    reject = fail;
  });
  return { promise, resolve, reject };
}

describe('keepLatest', () => {
  it('hands on the answer of the current request and drops one that came after its cleanup', async () => {
    const seen: string[] = [];
    const older = deferred<string>();
    const newer = deferred<string>();
    const stopOlder = keepLatest(
      older.promise,
      (v) => seen.push(v),
      () => seen.push('error'),
    );
    stopOlder(); // the channel changed: a newer request replaces it
    keepLatest(
      newer.promise,
      (v) => seen.push(v),
      () => seen.push('error'),
    );
    newer.resolve('December');
    older.resolve('November');
    await Promise.allSettled([older.promise, newer.promise]);
    await Promise.resolve();
    expect(seen).toEqual(['December']);
  });

  it('hands on a failure while current, and nothing once cleaned up', async () => {
    const errors: unknown[] = [];
    const live = deferred<number>();
    const gone = deferred<number>();
    keepLatest(
      live.promise,
      () => undefined,
      (e) => errors.push(e),
    );
    keepLatest(
      gone.promise,
      () => undefined,
      (e) => errors.push(e),
    )();
    live.reject(new Error('offline'));
    gone.reject(new Error('late'));
    await Promise.allSettled([live.promise, gone.promise]);
    await Promise.resolve();
    expect(errors.map((e) => (e as Error).message)).toEqual(['offline']);
  });
});
