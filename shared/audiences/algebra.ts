// Audience algebra: the AND / OR / NOT expression a campaign targets (LINE's narrowcast recipient
// object), its operand limit and rule checks, and its count: exact where members are known (a truth
// table over the operands' membership masks), an estimate with its range where they are not.

import type { CountEstimate } from './estimate';
import { assertNever } from '../domain/assert';
import type { AudienceKind, AudienceStatus, AudienceSummary } from './audience';
import type { MemberIdKind } from './ids';
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
  /** The ID kind of each operand by operandKey, where known: an AND of IFAs and user IDs is empty. */
  readonly idKinds?: ReadonlyMap<string, MemberIdKind | null>;
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
      if (input.idKinds && andConflict(expression, (o) => input.idKinds?.get(operandKey(o)) ?? null)) {
        return { kind: 'estimate', low: 0, expected: 0, high: 0 };
      }
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

// ------------------------------------------------------------------ ID kinds and the friends cap

/** The kind of ID an audience's members are known by; null where it is not known (some LINE audiences). */
export function audienceIdKind(audience: Pick<AudienceSummary, 'kind' | 'idKind'>): MemberIdKind | null {
  switch (audience.kind) {
    case 'upload':
    case 'line':
      return audience.idKind;
    // Chat tags are kept on user IDs; retargeting audiences are LINE users who saw or clicked.
    case 'chatTag':
    case 'click':
    case 'impression':
      return 'userId';
    default:
      return assertNever(audience.kind, 'audienceIdKind');
  }
}

/** The kind of an operand, by the caller's knowledge of audiences; redeliveries go to LINE users. */
export type OperandIdKind = (operand: OperandExpression) => MemberIdKind | null;

const userIdBit = 1;
const ifaBit = 2;
const anyKind = userIdBit | ifaBit;

function kindBits(kind: MemberIdKind | null): number {
  return kind === 'userId' ? userIdBit : kind === 'ifa' ? ifaBit : anyKind;
}

/** The ID kinds a sub-expression's members can have (bits); NOT reaches everyone, so any kind. */
function memberKinds(expression: AudienceExpression, kindOf: OperandIdKind): number {
  switch (expression.type) {
    case 'audience':
      return kindBits(kindOf(expression));
    case 'redelivery':
      return userIdBit;
    case 'or':
      return expression.operands.length === 0
        ? anyKind
        : expression.operands.reduce((bits, o) => bits | memberKinds(o, kindOf), 0);
    case 'and':
      return expression.operands.reduce((bits, o) => bits & memberKinds(o, kindOf), anyKind);
    case 'not':
      return anyKind;
    default:
      return assertNever(expression, 'memberKinds');
  }
}

function andConflict(expression: Extract<AudienceExpression, { type: 'and' }>, kindOf: OperandIdKind) {
  const parts = expression.operands.map((o) => memberKinds(o, kindOf));
  return parts.some((b) => b === ifaBit) && parts.some((b) => b === userIdBit);
}

function firstOperandOfKind(
  expression: AudienceExpression,
  kind: MemberIdKind,
  kindOf: OperandIdKind,
): OperandExpression | undefined {
  return expressionOperands(expression).find((o) =>
    o.type === 'redelivery' ? kind === 'userId' : kindOf(o) === kind,
  );
}

/**
 * Every AND that asks for members in an IFA audience and in a user-ID audience at once: IFAs and
 * user IDs never match, so no one is in both and that AND counts 0. Names one operand of each.
 */
export function idKindConflicts(
  expression: AudienceExpression,
  kindOf: OperandIdKind,
): { readonly ifa: OperandExpression; readonly userId: OperandExpression }[] {
  const found: { ifa: OperandExpression; userId: OperandExpression }[] = [];
  const visit = (e: AudienceExpression): void => {
    switch (e.type) {
      case 'audience':
      case 'redelivery':
        return;
      case 'not':
        visit(e.operand);
        return;
      case 'or':
        e.operands.forEach(visit);
        return;
      case 'and': {
        if (andConflict(e, kindOf)) {
          const parts = e.operands.map((o) => [o, memberKinds(o, kindOf)] as const);
          const ifaPart = parts.find(([, b]) => b === ifaBit)?.[0];
          const userPart = parts.find(([, b]) => b === userIdBit)?.[0];
          const ifa = ifaPart && firstOperandOfKind(ifaPart, 'ifa', kindOf);
          const userId = userPart && firstOperandOfKind(userPart, 'userId', kindOf);
          if (ifa && userId) found.push({ ifa, userId });
          return;
        }
        e.operands.forEach(visit);
        return;
      }
      default:
        assertNever(e, 'idKindConflicts');
    }
  };
  visit(expression);
  return found;
}

/** The figure a count shows: its exact number, or the expected one, else the least. */
function shownFigure(count: AudienceCount): number {
  return count.kind === 'exact' ? count.count : (count.expected ?? count.low);
}

/**
 * Only friends receive a narrowcast: a count above the friends figure entered (uploads hold IDs of
 * people who blocked the account or never added it) is capped at that figure. `counted` is what
 * the members gave, for the warning; null when nothing was capped.
 */
export function capAtFriends(
  count: AudienceCount,
  friends: number | null,
): { readonly count: AudienceCount; readonly counted: number | null } {
  if (friends === null || shownFigure(count) <= friends) return { count, counted: null };
  return {
    count: { kind: 'estimate', low: 0, expected: friends, high: friends },
    counted: shownFigure(count),
  };
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
      /** The kind of ID its members have, where known (see audienceIdKind). */
      readonly idKind?: MemberIdKind | null;
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
  | { readonly code: 'result-below-minimum'; readonly minimum: number }
  | {
      readonly code: 'id-kinds-never-match';
      readonly ifa: OperandExpression;
      readonly userId: OperandExpression;
    }
  | { readonly code: 'count-capped'; readonly counted: number; readonly friends: number };

export type ProblemSeverity = 'error' | 'warning';

export function problemSeverity(problem: ExpressionProblem): ProblemSeverity {
  switch (problem.code) {
    case 'audience-not-ready':
    case 'result-below-minimum':
    case 'id-kinds-never-match':
    case 'count-capped':
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
  capped: { readonly counted: number; readonly friends: number } | null = null,
): ExpressionProblem[] {
  const problems: ExpressionProblem[] = [];
  const kinds = new Map<number, MemberIdKind | null>();
  for (const fact of facts) if (fact.type === 'audience') kinds.set(fact.audienceId, fact.idKind ?? null);
  for (const conflict of idKindConflicts(expression, (o) =>
    o.type === 'audience' ? (kinds.get(o.audienceId) ?? null) : 'userId',
  ))
    problems.push({ code: 'id-kinds-never-match', ...conflict });
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
  if (capped) problems.push({ code: 'count-capped', counted: capped.counted, friends: capped.friends });
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
