// LINE's per-channel, per-endpoint rate limits as token buckets that refill gradually (docs §8),
// on the sandbox clock. Each limit can be switched off, or replaced, for fast tests.

import { rateLimitFor, type RateLimit } from '../../shared/line/limits';
import type { Clock } from './clock';

export interface RateLimitSettings {
  /** false switches every limit off. */
  enabled: boolean;
  /** Per operationId: a different limit, or false for none. */
  readonly overrides: Map<string, RateLimit | false>;
}

export class RateLimiter {
  readonly settings: RateLimitSettings;
  private readonly buckets = new Map<string, { tokens: number; updated: number }>();

  constructor(
    private readonly clock: Clock,
    enabled = true,
  ) {
    this.settings = { enabled, overrides: new Map() };
  }

  /** Switches all limits on or off. */
  setEnabled(enabled: boolean): void {
    this.settings.enabled = enabled;
  }

  /** Overrides one endpoint's limit; `false` exempts it, `undefined` restores LINE's. */
  setLimit(operationId: string, limit: RateLimit | false | undefined): void {
    if (limit === undefined) this.settings.overrides.delete(operationId);
    else this.settings.overrides.set(operationId, limit);
    this.buckets.delete(operationId);
  }

  reset(): void {
    this.buckets.clear();
  }

  /** Takes one token; false when the bucket is empty (the caller answers 429). */
  take(channelId: number, operationId: string): boolean {
    if (!this.settings.enabled) return true;
    const override = this.settings.overrides.get(operationId);
    if (override === false) return true;
    const limit = override ?? rateLimitFor(operationId);
    const key = `${String(channelId)}:${operationId}`;
    const now = this.clock.now();
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = { tokens: limit.limit, updated: now };
      this.buckets.set(key, bucket);
    } else if (now > bucket.updated) {
      bucket.tokens = Math.min(
        limit.limit,
        bucket.tokens + ((now - bucket.updated) * limit.limit) / limit.windowMs,
      );
      bucket.updated = now;
    }
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }
}
