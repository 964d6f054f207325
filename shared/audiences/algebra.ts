// Audience algebra: the AND / OR / NOT expression a campaign targets (LINE's narrowcast recipient
// object), its operand limit and rule checks, and its count: exact where members are known (a truth
// table over the operands' membership masks), an estimate with its range where they are not.

import type { CountEstimate } from './estimate';
import { assertNever } from '../domain/assert';
import type { AudienceKind, AudienceStatus } from './audience';
import { combinedAudienceMinMembers, maxRecipientOperands, narrowcastMinRecipients } from './limits';
import type { RedeliveryUsability, RetargetingUsability } from './retargeting';

export type AudienceExpression =
  | { readonly type: 'audience'; readonly audienceId: number }
  | { readonly type: 'redelivery'; readonly broadcastId: number }
  | { readonly type: 'and'; readonly operands: readonly AudienceExpression[] }
  | { readonly type: 'or'; readonly operands: readonly AudienceExpression[] }
  | { readonly type: 'not'; readonly operand: AudienceExpression };

export type OperandExpression = Extract<AudienceExpression, { type: 'audience' | 'redelivery' }>;

export interface ExactCount {
  readonly kind: 'exact';
  readonly count: number;
}

export type { CountEstimate };

export type AudienceCount = ExactCount | CountEstimate;

/** Members can only be combined exactly up to 16 operands (a 16-bit mask per member). */
export const maxExactOperands = 16;

export function operandKey(operand: OperandExpression): string {
  return operand.type === 'audience' ? `a${String(operand.audienceId)}` : `r${String(operand.broadcastId)}`;
}

/** Every audience and redelivery object in order, repeats included: LINE counts each one. */
export function expressionOperands(expression: AudienceExpression): OperandExpression[] {
  switch (expression.type) {
    case 'audience':
    case 'redelivery':
      return [expression];
    case 'and':
    case 'or':
      return expression.operands.flatMap(expressionOperands);
    case 'not':
      return expressionOperands(expression.operand);
    default:
      return assertNever(expression, 'expressionOperands');
  }
}

/** The distinct operands, in first-seen order; the index is the operand's bit in membership masks. */
export function distinctOperands(expression: AudienceExpression): OperandExpression[] {
  const seen = new Map<string, OperandExpression>();
  for (const operand of expressionOperands(expression))
    seen.set(operandKey(operand), seen.get(operandKey(operand)) ?? operand);
  return [...seen.values()];
}

/** What evaluation knows of each operand: members in the shared set (bit = index), or an estimate. */
export type OperandCount =
  | { readonly exact: true; readonly count: number }
  | { readonly exact: false; readonly estimate: CountEstimate };

export interface EvaluationInput {
  /** By operandKey. */
  readonly operands: ReadonlyMap<string, OperandCount>;
  /** Distinct members of the exact operands by operand mask (see membershipHistogram). */
  readonly histogram: Float64Array;
  /** Bit index by operandKey (as from distinctOperands). */
  readonly bits: ReadonlyMap<string, number>;
  /** Friends the channel can reach, when known: needed wherever NOT reaches outside the operands. */
  readonly targetReach: number | null;
}

function isExactOnly(expression: AudienceExpression, input: EvaluationInput): boolean {
  return expressionOperands(expression).every((o) => input.operands.get(operandKey(o))?.exact === true);
}

/** Whether a member with the operand bits `mask` is in the expression. */
function matches(expression: AudienceExpression, mask: number, bits: ReadonlyMap<string, number>): boolean {
  switch (expression.type) {
    case 'audience':
    case 'redelivery':
      return ((mask >>> (bits.get(operandKey(expression)) ?? 31)) & 1) === 1;
    case 'and':
      return expression.operands.every((o) => matches(o, mask, bits));
    case 'or':
      return expression.operands.some((o) => matches(o, mask, bits));
    case 'not':
      return !matches(expression.operand, mask, bits);
    default:
      return assertNever(expression, 'matches');
  }
}

function exactCount(expression: AudienceExpression, input: EvaluationInput): AudienceCount {
  // One pass over the members with a precomputed answer per mask: 1,024 entries for 10 operands.
  const size = 1 << Math.max(1, input.bits.size);
  const accept = new Uint8Array(size);
  for (let mask = 0; mask < size; mask++) accept[mask] = matches(expression, mask, input.bits) ? 1 : 0;
  let inside = 0;
  let known = 0;
  for (let mask = 1; mask < size; mask++) {
    const n = input.histogram[mask] ?? 0;
    known += n;
    if (accept[mask]) inside += n;
  }
  if (accept[0] === 0) return { kind: 'exact', count: inside };
  // Friends in none of the operands match too (e.g. NOT A): only the number of friends can tell.
  const outside = input.targetReach === null ? null : Math.max(0, input.targetReach - known);
  return outside === null
    ? { kind: 'estimate', low: inside, expected: null, high: null }
    : { kind: 'estimate', low: inside + outside, expected: inside + outside, high: inside + outside };
}

const asRange = (count: AudienceCount): CountEstimate =>
  count.kind === 'exact'
    ? { kind: 'estimate', low: count.count, expected: count.count, high: count.count }
    : count;

function addOrNull(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : a + b;
}

export function evaluateExpression(expression: AudienceExpression, input: EvaluationInput): AudienceCount {
  if (isExactOnly(expression, input)) return exactCount(expression, input);
  const reach = input.targetReach;
  const cap = (n: number | null) => (n === null ? reach : reach === null ? n : Math.min(n, reach));
  switch (expression.type) {
    case 'audience':
    case 'redelivery': {
      const known = input.operands.get(operandKey(expression));
      if (!known || known.exact) return { kind: 'estimate', low: 0, expected: null, high: null };
      return known.estimate;
    }
    case 'and': {
      // Fréchet bounds, and independence (p = Π pᵢ over the friends) for the expected size.
      const parts = expression.operands.map((o) => asRange(evaluateExpression(o, input)));
      const highs = parts.map((p) => p.high).filter((h): h is number => h !== null);
      const high = highs.length ? Math.min(...highs) : reach;
      const low =
        reach === null ? 0 : Math.max(0, parts.reduce((s, p) => s + p.low, 0) - (parts.length - 1) * reach);
      let expected: number | null;
      if (parts.some((p) => p.expected === null)) expected = null;
      else if (reach !== null && reach > 0)
        expected = reach * parts.reduce((prod, p) => prod * ((p.expected ?? 0) / reach), 1);
      else expected = Math.min(...parts.map((p) => p.expected ?? 0));
      return clampEstimate(low, expected, high);
    }
    case 'or': {
      const parts = expression.operands.map((o) => asRange(evaluateExpression(o, input)));
      const low = Math.max(0, ...parts.map((p) => p.low));
      const high = cap(parts.reduce<number | null>((s, p) => addOrNull(s, p.high), 0));
      let expected: number | null;
      if (parts.some((p) => p.expected === null)) expected = null;
      else if (reach !== null && reach > 0)
        expected =
          reach * (1 - parts.reduce((prod, p) => prod * (1 - Math.min(1, (p.expected ?? 0) / reach)), 1));
      else expected = parts.reduce((s, p) => s + (p.expected ?? 0), 0);
      return clampEstimate(low, expected, high);
    }
    case 'not': {
      const inner = asRange(evaluateExpression(expression.operand, input));
      if (reach === null) return { kind: 'estimate', low: 0, expected: null, high: null };
      return clampEstimate(
        Math.max(0, reach - (inner.high ?? reach)),
        inner.expected === null ? null : reach - inner.expected,
        reach - inner.low,
      );
    }
    default:
      return assertNever(expression, 'evaluateExpression');
  }
}

function clampEstimate(low: number, expected: number | null, high: number | null): CountEstimate {
  const lo = Math.max(0, Math.round(low));
  const hi = high === null ? null : Math.max(lo, Math.round(high));
  const ex = expected === null ? null : Math.min(hi ?? Infinity, Math.max(lo, Math.round(expected)));
  return { kind: 'estimate', low: lo, expected: ex, high: hi };
}

// ------------------------------------------------------------------ rule checks

/** What the checks need to know about each operand. */
export type OperandFacts =
  | {
      readonly type: 'audience';
      readonly audienceId: number;
      readonly found: boolean;
      readonly kind: AudienceKind | null;
      readonly status: AudienceStatus | null;
      readonly size: AudienceCount | null;
      /** Click/impression only. */
      readonly retargeting: RetargetingUsability | null;
    }
  | {
      readonly type: 'redelivery';
      readonly broadcastId: number;
      readonly found: boolean;
      readonly usability: RedeliveryUsability | null;
    };

export type ExpressionProblem =
  | { readonly code: 'empty-operator' }
  | { readonly code: 'too-many-operands'; readonly count: number; readonly max: number }
  | { readonly code: 'unknown-audience'; readonly audienceId: number }
  | { readonly code: 'unknown-broadcast'; readonly broadcastId: number }
  | {
      readonly code: 'audience-failed' | 'audience-expired' | 'audience-not-ready';
      readonly audienceId: number;
    }
  | { readonly code: 'audience-below-minimum'; readonly audienceId: number; readonly minimum: number }
  | { readonly code: 'retargeting-not-sent' | 'retargeting-too-old'; readonly audienceId: number }
  | {
      readonly code: 'redelivery-not-narrowcast' | 'redelivery-not-sent' | 'redelivery-too-old';
      readonly broadcastId: number;
    }
  | { readonly code: 'result-below-minimum'; readonly minimum: number };

export type ProblemSeverity = 'error' | 'warning';

export function problemSeverity(problem: ExpressionProblem): ProblemSeverity {
  switch (problem.code) {
    case 'audience-not-ready':
    case 'result-below-minimum':
      return 'warning';
    case 'empty-operator':
    case 'too-many-operands':
    case 'unknown-audience':
    case 'unknown-broadcast':
    case 'audience-failed':
    case 'audience-expired':
    case 'audience-below-minimum':
    case 'retargeting-not-sent':
    case 'retargeting-too-old':
    case 'redelivery-not-narrowcast':
    case 'redelivery-not-sent':
    case 'redelivery-too-old':
      return 'error';
    default:
      return assertNever(problem, 'problemSeverity');
  }
}

function hasEmptyOperator(expression: AudienceExpression): boolean {
  switch (expression.type) {
    case 'audience':
    case 'redelivery':
      return false;
    case 'and':
    case 'or':
      return expression.operands.length === 0 || expression.operands.some(hasEmptyOperator);
    case 'not':
      return hasEmptyOperator(expression.operand);
    default:
      return assertNever(expression, 'hasEmptyOperator');
  }
}

/** LINE's narrowcast rules for the expression, given facts about each operand and the result count. */
export function checkExpression(
  expression: AudienceExpression,
  facts: readonly OperandFacts[],
  result: AudienceCount | null,
): ExpressionProblem[] {
  const problems: ExpressionProblem[] = [];
  if (hasEmptyOperator(expression)) problems.push({ code: 'empty-operator' });
  const count = expressionOperands(expression).length;
  if (count > maxRecipientOperands)
    problems.push({ code: 'too-many-operands', count, max: maxRecipientOperands });
  const audienceOperands = facts.filter((f) => f.type === 'audience').length;
  for (const fact of facts) {
    if (fact.type === 'redelivery') {
      if (!fact.found) problems.push({ code: 'unknown-broadcast', broadcastId: fact.broadcastId });
      else if (fact.usability === 'not-narrowcast')
        problems.push({ code: 'redelivery-not-narrowcast', broadcastId: fact.broadcastId });
      else if (fact.usability === 'not-sent')
        problems.push({ code: 'redelivery-not-sent', broadcastId: fact.broadcastId });
      else if (fact.usability === 'too-old')
        problems.push({ code: 'redelivery-too-old', broadcastId: fact.broadcastId });
      continue;
    }
    const audienceId = fact.audienceId;
    if (!fact.found) {
      problems.push({ code: 'unknown-audience', audienceId });
      continue;
    }
    if (fact.status === 'FAILED') problems.push({ code: 'audience-failed', audienceId });
    else if (fact.status === 'EXPIRED') problems.push({ code: 'audience-expired', audienceId });
    else if (fact.status !== 'READY') problems.push({ code: 'audience-not-ready', audienceId });
    if (fact.retargeting === 'not-sent') problems.push({ code: 'retargeting-not-sent', audienceId });
    if (fact.retargeting === 'too-old') problems.push({ code: 'retargeting-too-old', audienceId });
    // Several audiences: each must reach 50, except this account's own upload and chat-tag audiences.
    const exempt = fact.kind === 'upload' || fact.kind === 'chatTag';
    if (
      audienceOperands > 1 &&
      !exempt &&
      fact.size !== null &&
      likelySize(fact.size) < combinedAudienceMinMembers
    ) {
      problems.push({ code: 'audience-below-minimum', audienceId, minimum: combinedAudienceMinMembers });
    }
  }
  if (
    result !== null &&
    (result.kind === 'exact' ? result.count : (result.high ?? Infinity)) < narrowcastMinRecipients
  ) {
    problems.push({ code: 'result-below-minimum', minimum: narrowcastMinRecipients });
  }
  return problems;
}

function likelySize(count: AudienceCount): number {
  return count.kind === 'exact' ? count.count : (count.expected ?? count.high ?? Infinity);
}

// ------------------------------------------------------------------ result across the bridge

export interface OperandSummary {
  readonly key: string;
  readonly label: string;
  readonly count: AudienceCount | null;
}

export interface ExpressionEvaluation {
  /** Null when the expression cannot be counted (unknown operands, more than 16 operands). */
  readonly count: AudienceCount | null;
  readonly operands: readonly OperandSummary[];
  readonly problems: readonly ExpressionProblem[];
}
