// Fault injection for tests: per endpoint (operationId, or '*'), a share of requests answered with a
// 500 or 429, left hanging (timeout), cut (dropped connection) or delayed. A fault can strike before
// the request is processed, or after (the change is made but the client never learns it), which is
// how retry-key handling is tested.

import { seededRandom } from '../../shared/domain/random';

export type FaultKind = 'error500' | 'error429' | 'timeout' | 'drop' | 'slow';

export interface FaultRule {
  /** operationId such as `narrowcast`, or '*' for every endpoint. */
  readonly operation: string;
  readonly kind: FaultKind;
  /** Share of matching requests hit, 0–1 (default 1). */
  readonly share?: number;
  /**
   * `slow`: added delay (default 1 s); `timeout`: how long the connection hangs before it is cut
   * (default 120 s). Both run on the sandbox's scheduler, the manual clock in tests.
   */
  readonly delayMs?: number;
  /** 'after' processes the request first (default 'before'). Only error500 and drop can strike after. */
  readonly when?: 'before' | 'after';
  /** How many requests this rule may hit before it retires (default unlimited). */
  readonly times?: number;
}

export interface FaultDecision {
  readonly rule: FaultRule;
  readonly kind: FaultKind;
}

export class FaultInjector {
  private rules: { rule: FaultRule; left: number }[] = [];
  private readonly random: () => number;

  constructor(seed = 1) {
    this.random = seededRandom(seed ^ 0x5eed);
  }

  add(rule: FaultRule): void {
    this.rules.push({ rule, left: rule.times ?? Number.POSITIVE_INFINITY });
  }

  set(rules: readonly FaultRule[]): void {
    this.rules = [];
    for (const rule of rules) this.add(rule);
  }

  clear(): void {
    this.rules = [];
  }

  list(): FaultRule[] {
    return this.rules.filter((r) => r.left > 0).map((r) => r.rule);
  }

  /** The faults striking this request at this moment ('slow' may combine with one other). */
  decide(operationId: string, when: 'before' | 'after'): FaultDecision[] {
    const out: FaultDecision[] = [];
    for (const entry of this.rules) {
      const { rule } = entry;
      if (entry.left <= 0) continue;
      if (rule.operation !== '*' && rule.operation !== operationId) continue;
      if ((rule.when ?? 'before') !== when) continue;
      if (this.random() >= (rule.share ?? 1)) continue;
      entry.left--;
      out.push({ rule, kind: rule.kind });
    }
    return out;
  }
}
