import { describe, expect, it } from 'vitest';
import { finding } from '../../../shared/campaigns/findings';
import type { CampaignDraft } from '../../../shared/campaigns/model';
import {
  countFindings,
  emptyDraft,
  expressionToRows,
  findingArea,
  findingsUnder,
  newMessage,
  parseUserIds,
  rowsToExpression,
  withAbTest,
  withSendKind,
} from '../../../renderer/src/campaigns/draft-edit';

const text = (t: string) => ({ type: 'text' as const, text: t });

describe('composer edits', () => {
  it('builds recipients from rows and shows simple expressions as rows again', () => {
    const rows = {
      operator: 'and' as const,
      rows: [
        { operand: 'a3', negated: false },
        { operand: 'r7', negated: true },
        { operand: '', negated: false },
      ],
    };
    const expression = rowsToExpression(rows);
    expect(expression).toEqual({
      type: 'and',
      operands: [
        { type: 'audience', audienceId: 3 },
        { type: 'not', operand: { type: 'redelivery', broadcastId: 7 } },
      ],
    });
    expect(expressionToRows(expression)).toEqual({ operator: 'and', rows: rows.rows.slice(0, 2) });
    expect(rowsToExpression({ operator: 'or', rows: [{ operand: 'a1', negated: false }] })).toEqual({
      type: 'audience',
      audienceId: 1,
    });
    expect(rowsToExpression({ operator: 'or', rows: [{ operand: '', negated: true }] })).toBeNull();
  });

  it('leaves nested expressions to JSON rather than flattening them', () => {
    expect(
      expressionToRows({
        type: 'or',
        operands: [
          { type: 'audience', audienceId: 1 },
          { type: 'and', operands: [{ type: 'audience', audienceId: 2 }] },
        ],
      }),
    ).toBeNull();
    expect(
      expressionToRows({
        type: 'not',
        operand: { type: 'not', operand: { type: 'audience', audienceId: 1 } },
      }),
    ).toBeNull();
    expect(expressionToRows(null)?.rows).toEqual([{ operand: '', negated: false }]);
  });

  it('turns an A/B test on with the bubbles as two variants of 10 %, and off keeping variant A', () => {
    const draft: CampaignDraft = { ...emptyDraft(null), messages: [text('hi')] };
    const on = withAbTest(draft, true);
    expect(on.messages).toEqual([]);
    expect(on.abTest?.variants.map((v) => v.share)).toEqual([0.1, 0.1]);
    expect(on.abTest?.variants[1]?.messages).toEqual([text('hi')]);
    const edited = {
      ...on,
      abTest: on.abTest && {
        ...on.abTest,
        variants: [{ share: 0.2, messages: [text('A')] }, ...on.abTest.variants.slice(1)],
      },
    };
    expect(withAbTest(edited, false)).toMatchObject({ abTest: null, messages: [text('A')] });
    expect(withAbTest(on, true)).toBe(on);
  });

  it('clears the fields another send kind does not take', () => {
    const narrow: CampaignDraft = {
      ...emptyDraft(null),
      sendKind: 'narrowcast',
      recipient: { type: 'audience', audienceId: 1 },
      filter: { demographic: { type: 'gender', oneOf: ['female'] } },
      limit: { max: 50 },
    };
    expect(withSendKind(narrow, 'broadcast')).toMatchObject({ recipient: null, filter: null, limit: null });
    expect(withSendKind(narrow, 'narrowcast')).toEqual(narrow);
    const multi = withSendKind({ ...emptyDraft(null), to: ['U1', 'U2'] }, 'push');
    expect(multi.to).toEqual(['U1', 'U2'].slice(0, 1));
    const ab = withSendKind(withAbTest({ ...emptyDraft(null), messages: [text('x')] }, true), 'multicast');
    expect(ab).toMatchObject({ abTest: null, messages: [text('x')] });
  });

  it('reads user IDs one a line, by commas or spaces', () => {
    expect(parseUserIds(' U1\nU2, U3  \n\n U4 ')).toEqual(['U1', 'U2', 'U3', 'U4']);
    expect(parseUserIds('\n  ')).toEqual([]);
  });

  it('makes new bubbles of every type', () => {
    expect(newMessage('imagemap', 4)).toEqual({ type: 'imagemap', projectId: 4, baseUrl: '' });
    expect(newMessage('imagemap', null)).toMatchObject({ projectId: 0 });
    expect(newMessage('sticker', null)).toEqual({ type: 'sticker', packageId: '', stickerId: '' });
  });

  it('files each finding under its part of the form', () => {
    const f = [
      finding('text-too-long', 'error', 'messages[1].text'),
      finding('limit-max-below-minimum', 'error', 'limit.max'),
      finding('filter-needs-target-reach', 'error', 'filter'),
      finding('ab-too-few-friends', 'error', ''),
      finding('ab-share-invalid', 'error', 'abTest.variants[0].share'),
      finding('title-empty', 'error', 'title'),
      finding('friends-unknown', 'warning', ''),
      finding('text-empty', 'error', 'abTest.variants[1].messages[0].text'),
    ];
    expect(f.map(findingArea)).toEqual([
      'messages',
      'targeting',
      'targeting',
      'abTest',
      'abTest',
      'general',
      'general',
      'abTest',
    ]);
    expect(findingsUnder(f, 'messages[1]').map((x) => x.code)).toEqual(['text-too-long']);
    expect(findingsUnder(f, 'messages[10]')).toEqual([]);
    expect(findingsUnder(f, 'abTest.variants[1].messages').map((x) => x.code)).toEqual(['text-empty']);
    expect(countFindings(f)).toEqual({ errors: 7, warnings: 1 });
  });
});
