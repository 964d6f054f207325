// Audience algebra: exact counts from membership masks (checked against plain Set arithmetic),
// estimates with ranges when an operand's members are unknown, the operand limit and LINE's rules.

import { describe, expect, it } from 'vitest';
import {
  capAtFriends,
  checkExpression,
  idKindConflicts,
  distinctOperands,
  evaluateExpression,
  operandKey,
  type AudienceExpression,
  type OperandCount,
  type OperandFacts,
} from '../../../shared/audiences/algebra';
import { membershipHistogram } from '../../../shared/audiences/member-set';

const audience = (audienceId: number): AudienceExpression => ({ type: 'audience', audienceId });

function packed(numbers: readonly number[]): Uint32Array {
  const out = new Uint32Array(numbers.length * 4);
  numbers.forEach((n, i) => (out[i * 4 + 3] = n));
  return out;
}

function evaluate(
  expression: AudienceExpression,
  members: Record<number, readonly number[]>,
  estimates: Record<string, OperandCount> = {},
  targetReach: number | null = null,
) {
  const operands = distinctOperands(expression);
  const bits = new Map(operands.map((o, i) => [operandKey(o), i] as const));
  const counts = new Map<string, OperandCount>(Object.entries(estimates));
  const exact: { packed: Uint32Array; bit: number }[] = [];
  operands.forEach((o, bit) => {
    if (o.type === 'audience' && members[o.audienceId]) {
      counts.set(operandKey(o), { exact: true, count: members[o.audienceId]?.length ?? 0 });
      exact.push({ packed: packed(members[o.audienceId] ?? []), bit });
    }
  });
  return evaluateExpression(expression, {
    operands: counts,
    bits,
    histogram: membershipHistogram(exact, operands.length),
    targetReach,
  });
}

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

describe('evaluateExpression', () => {
  const a = range(0, 1000);
  const b = range(600, 1500);
  const c = range(900, 2000);
  const sa = new Set(a);
  const sb = new Set(b);
  const sc = new Set(c);
  const all = [...new Set([...a, ...b, ...c])];

  it('counts AND, OR, NOT combinations exactly, as set arithmetic does', () => {
    const cases: [AudienceExpression, (n: number) => boolean][] = [
      [{ type: 'and', operands: [audience(1), audience(2)] }, (n) => sa.has(n) && sb.has(n)],
      [
        { type: 'or', operands: [audience(1), audience(2), audience(3)] },
        (n) => sa.has(n) || sb.has(n) || sc.has(n),
      ],
      [
        {
          type: 'and',
          operands: [
            { type: 'or', operands: [audience(1), audience(2)] },
            { type: 'not', operand: audience(3) },
          ],
        },
        (n) => (sa.has(n) || sb.has(n)) && !sc.has(n),
      ],
      [{ type: 'and', operands: [audience(1), audience(1)] }, (n) => sa.has(n)],
    ];
    for (const [expression, member] of cases) {
      expect(evaluate(expression, { 1: a, 2: b, 3: c })).toEqual({
        kind: 'exact',
        count: all.filter(member).length,
      });
    }
  });

  it('needs the number of friends when NOT reaches outside every operand', () => {
    const notA: AudienceExpression = { type: 'not', operand: audience(1) };
    expect(evaluate(notA, { 1: a })).toEqual({ kind: 'estimate', low: 0, expected: null, high: null });
    expect(evaluate(notA, { 1: a }, {}, 5000)).toEqual({
      kind: 'estimate',
      low: 4000,
      expected: 4000,
      high: 4000,
    });
  });

  it('gives a range when an operand is an estimate', () => {
    const click: OperandCount = {
      exact: false,
      estimate: { kind: 'estimate', low: 100, expected: 200, high: 300 },
    };
    const and = evaluate(
      { type: 'and', operands: [audience(1), audience(9)] },
      { 1: a },
      { a9: click },
      10_000,
    );
    expect(and).toEqual({ kind: 'estimate', low: 0, expected: 20, high: 300 });
    const or = evaluate(
      { type: 'or', operands: [audience(1), audience(9)] },
      { 1: a },
      { a9: click },
      10_000,
    );
    expect(or).toMatchObject({ kind: 'estimate', low: 1000, high: 1300 });
  });
});

describe('checkExpression', () => {
  const fact = (
    audienceId: number,
    over: Partial<Extract<OperandFacts, { type: 'audience' }>> = {},
  ): OperandFacts => ({
    type: 'audience',
    audienceId,
    found: true,
    kind: 'upload',
    status: 'READY',
    size: { kind: 'exact', count: 10 },
    retargeting: null,
    ...over,
  });

  it('allows at most 10 operands, and no empty operator', () => {
    const eleven: AudienceExpression = { type: 'or', operands: range(1, 12).map(audience) };
    expect(checkExpression(eleven, [], null)).toContainEqual({
      code: 'too-many-operands',
      count: 11,
      max: 10,
    });
    const ten: AudienceExpression = { type: 'or', operands: range(1, 11).map(audience) };
    expect(checkExpression(ten, [], null)).toEqual([]);
    expect(checkExpression({ type: 'and', operands: [] }, [], null)).toEqual([{ code: 'empty-operator' }]);
  });

  it('requires 50 members of each combined audience, except own upload and chat-tag audiences', () => {
    const expression: AudienceExpression = { type: 'and', operands: [audience(1), audience(2)] };
    const small = { kind: 'estimate' as const, low: 10, expected: 30, high: 45 };
    expect(checkExpression(expression, [fact(1), fact(2, { kind: 'chatTag' })], null)).toEqual([]);
    expect(checkExpression(expression, [fact(1), fact(2, { kind: 'click', size: small })], null)).toEqual([
      { code: 'audience-below-minimum', audienceId: 2, minimum: 50 },
    ]);
    // A single audience is not held to the minimum.
    expect(checkExpression(audience(2), [fact(2, { kind: 'click', size: small })], null)).toEqual([]);
  });

  it('reports statuses, retargeting windows and a result under 50', () => {
    const expression: AudienceExpression = { type: 'or', operands: [audience(1), audience(2), audience(3)] };
    const problems = checkExpression(
      expression,
      [
        fact(1, { status: 'EXPIRED' }),
        fact(2, { status: 'local' }),
        fact(3, { kind: 'impression', retargeting: 'too-old' }),
      ],
      { kind: 'exact', count: 49 },
    );
    expect(problems.map((p) => p.code)).toEqual([
      'audience-expired',
      'audience-not-ready',
      'retargeting-too-old',
      'audience-below-minimum',
      'result-below-minimum',
    ]);
  });
});

describe('the friends cap and ID kinds', () => {
  const fact = (
    audienceId: number,
    over: Partial<Extract<OperandFacts, { type: 'audience' }>> = {},
  ): OperandFacts => ({
    type: 'audience',
    audienceId,
    found: true,
    kind: 'upload',
    status: 'READY',
    size: { kind: 'exact', count: 1000 },
    retargeting: null,
    ...over,
  });

  it('caps a count above the friends figure, and leaves one within it', () => {
    expect(capAtFriends({ kind: 'exact', count: 1_500_220 }, 1_000_000)).toEqual({
      count: { kind: 'estimate', low: 0, expected: 1_000_000, high: 1_000_000 },
      counted: 1_500_220,
    });
    const within = { kind: 'exact' as const, count: 1_000_000 };
    expect(capAtFriends(within, 1_000_000)).toEqual({ count: within, counted: null });
    expect(capAtFriends(within, null)).toEqual({ count: within, counted: null });
    expect(capAtFriends({ kind: 'estimate', low: 10, expected: 2000, high: 3000 }, 1000).counted).toBe(2000);
    expect(checkExpression(audience(1), [fact(1)], null, { counted: 2000, friends: 1000 })).toEqual([
      { code: 'count-capped', counted: 2000, friends: 1000 },
    ]);
  });

  it('finds an AND of an IFA audience with user-ID audiences, however nested', () => {
    const kinds: Record<number, 'userId' | 'ifa' | null> = { 1: 'userId', 2: 'userId', 3: 'ifa', 4: null };
    const kindOf = (o: { type: string; audienceId?: number }) =>
      o.type === 'audience' ? (kinds[o.audienceId ?? 0] ?? null) : 'userId';
    const and = (...operands: AudienceExpression[]): AudienceExpression => ({ type: 'and', operands });
    const or = (...operands: AudienceExpression[]): AudienceExpression => ({ type: 'or', operands });
    const not = (operand: AudienceExpression): AudienceExpression => ({ type: 'not', operand });
    expect(idKindConflicts(and(audience(1), audience(3)), kindOf)).toEqual([
      { ifa: audience(3), userId: audience(1) },
    ]);
    expect(idKindConflicts(or(audience(1), and(or(audience(1), audience(2)), audience(3))), kindOf)).toEqual([
      { ifa: audience(3), userId: audience(1) },
    ]);
    expect(idKindConflicts(and(audience(3), { type: 'redelivery', broadcastId: 9 }), kindOf)).toHaveLength(1);
    // NOT, OR across kinds and unknown kinds can all hold members of both kinds.
    expect(idKindConflicts(and(audience(1), not(audience(3))), kindOf)).toEqual([]);
    expect(idKindConflicts(and(or(audience(1), audience(3)), audience(2)), kindOf)).toEqual([]);
    expect(idKindConflicts(and(audience(4), audience(3)), kindOf)).toEqual([]);
    const problems = checkExpression(
      and(audience(1), audience(3)),
      [fact(1, { idKind: 'userId' }), fact(3, { idKind: 'ifa' })],
      null,
    );
    expect(problems).toEqual([{ code: 'id-kinds-never-match', ifa: audience(3), userId: audience(1) }]);
  });

  it('counts such an AND as 0 also where the members are estimated', () => {
    const expression: AudienceExpression = {
      type: 'and',
      operands: [audience(1), audience(2)],
    };
    const estimate = { kind: 'estimate' as const, low: 100, expected: 500, high: 900 };
    const input = {
      operands: new Map([
        ['a1', { exact: false as const, estimate }],
        ['a2', { exact: false as const, estimate }],
      ]),
      bits: new Map([
        ['a1', 0],
        ['a2', 1],
      ]),
      histogram: new Float64Array(4),
      targetReach: 1000,
    };
    expect(evaluateExpression(expression, input)).not.toEqual({
      kind: 'estimate',
      low: 0,
      expected: 0,
      high: 0,
    });
    expect(
      evaluateExpression(expression, {
        ...input,
        idKinds: new Map([
          ['a1', 'ifa' as const],
          ['a2', 'userId' as const],
        ]),
      }),
    ).toEqual({ kind: 'estimate', low: 0, expected: 0, high: 0 });
  });
});

describe('membershipHistogram', () => {
  // Keys spread over all four words, so every word takes part in the order.
  function keys(numbers: readonly number[]): Uint32Array {
    const out = new Uint32Array(numbers.length * 4);
    numbers.forEach((n, i) => {
      out[i * 4] = Math.floor(n / 7) % 3 === 0 ? 0 : (n * 2654435761) >>> 0;
      out[i * 4 + 1] = n % 5;
      out[i * 4 + 2] = (n * 40503) >>> 0;
      out[i * 4 + 3] = n;
    });
    return out;
  }
  function sorted(packed: Uint32Array): Uint32Array {
    const rows = Array.from({ length: packed.length / 4 }, (_, i) => [...packed.subarray(i * 4, i * 4 + 4)]);
    rows.sort((a, b) => {
      for (let w = 0; w < 4; w++) if (a[w] !== b[w]) return (a[w] ?? 0) - (b[w] ?? 0);
      return 0;
    });
    return Uint32Array.from(rows.flat());
  }
  const a = range(0, 3000);
  const b = range(2000, 4000);
  const c = [...range(100, 200), ...range(3500, 5000)];
  const expected = new Float64Array(8);
  for (const n of new Set([...a, ...b, ...c]))
    expected[(a.includes(n) ? 1 : 0) | (b.includes(n) ? 2 : 0) | (c.includes(n) ? 4 : 0)]! += 1;

  it('gives the same masks from sorted runs (merged) as from members in any order (hashed)', () => {
    const inOrder = [a, b, c].map((n, bit) => ({ packed: keys(n), bit }));
    const inRuns = [a, b, c].map((n, bit) => ({ packed: sorted(keys(n)), bit }));
    // An audience of two uploads: two sorted runs one after the other.
    const twoRuns = {
      packed: Uint32Array.from([...sorted(keys(c.slice(0, 700))), ...sorted(keys(c.slice(700)))]),
      bit: 2,
    };
    expect([...membershipHistogram(inOrder, 3)]).toEqual([...expected]);
    expect([...membershipHistogram(inRuns, 3)]).toEqual([...expected]);
    expect([...membershipHistogram([inRuns[0]!, inRuns[1]!, twoRuns], 3)]).toEqual([...expected]);
  });
});
