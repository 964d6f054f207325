// The composer's edits as plain functions over a campaign draft: a new draft, new bubbles of each
// type, the recipient rows the builder shows (and back), turning an A/B test on and off, and which
// findings belong to which part of the form.

import type { AudienceExpression } from '../../../shared/audiences/algebra';
import type { CampaignFinding } from '../../../shared/campaigns/findings';
import type {
  AbTest,
  CampaignDraft,
  CampaignMessage,
  CampaignMessageType,
  SendKind,
} from '../../../shared/campaigns/model';

export const emptyDraft = (at: string | null): CampaignDraft => ({
  title: '',
  key: '',
  sendKind: 'broadcast',
  at,
  messages: [{ type: 'text', text: '' }],
  recipient: null,
  filter: null,
  limit: null,
  notificationDisabled: false,
  to: [],
  abTest: null,
});

export function newMessage(type: CampaignMessageType, projectId: number | null): CampaignMessage {
  switch (type) {
    case 'text':
      return { type: 'text', text: '' };
    case 'image':
      return { type: 'image', originalContentUrl: '', previewImageUrl: '' };
    case 'imagemap':
      return { type: 'imagemap', projectId: projectId ?? 0, baseUrl: '' };
    case 'video':
      return { type: 'video', originalContentUrl: '', previewImageUrl: '' };
    case 'sticker':
      return { type: 'sticker', packageId: '', stickerId: '' };
    case 'flex':
      return { type: 'flex', altText: '', contents: { type: 'bubble' } };
  }
}

/** The draft for another send kind: fields the kind does not take are cleared (LINE refuses them). */
export function withSendKind(draft: CampaignDraft, sendKind: SendKind): CampaignDraft {
  const narrow = sendKind === 'narrowcast';
  const ids = sendKind === 'multicast' || sendKind === 'push';
  return {
    ...draft,
    sendKind,
    recipient: narrow ? draft.recipient : null,
    filter: narrow ? draft.filter : null,
    limit: narrow ? draft.limit : null,
    to: ids ? (sendKind === 'push' ? draft.to.slice(0, 1) : draft.to) : [],
    abTest: ids ? null : draft.abTest,
    messages: ids && draft.abTest ? (draft.abTest.variants[0]?.messages ?? []) : draft.messages,
  };
}

/** Turns the A/B test on (the bubbles become variant A and a copy B, 10 % each) or off (A's bubbles stay). */
export function withAbTest(draft: CampaignDraft, on: boolean): CampaignDraft {
  if (on) {
    if (draft.abTest) return draft;
    const abTest: AbTest = {
      variants: [
        { share: 0.1, messages: draft.messages },
        { share: 0.1, messages: draft.messages },
      ],
      metric: 'click',
      decideAfterHours: 72,
    };
    return { ...draft, messages: [], abTest };
  }
  if (!draft.abTest) return draft;
  return { ...draft, messages: draft.abTest.variants[0]?.messages ?? [], abTest: null };
}

/** Splits a list of user IDs as typed: one a line (or separated by commas or spaces), blanks dropped. */
export const parseUserIds = (text: string): string[] =>
  text
    .split(/[\s,]+/)
    .map((id) => id.trim())
    .filter((id) => id !== '');

// ---- Recipient rows ------------------------------------------------------------------------------

export type RowOperator = 'and' | 'or';

/** One operand: `a<id>` an audience, `r<id>` a redelivery of a campaign; '' not chosen yet. */
export interface RecipientRow {
  readonly operand: string;
  readonly negated: boolean;
}

export interface RecipientRows {
  readonly operator: RowOperator;
  readonly rows: readonly RecipientRow[];
}

function leafOf(operand: string): AudienceExpression | null {
  const id = Number(operand.slice(1));
  if (!Number.isInteger(id) || id <= 0) return null;
  if (operand.startsWith('a')) return { type: 'audience', audienceId: id };
  if (operand.startsWith('r')) return { type: 'redelivery', broadcastId: id };
  return null;
}

export function rowsToExpression({ operator, rows }: RecipientRows): AudienceExpression | null {
  const operands: AudienceExpression[] = [];
  for (const row of rows) {
    const leaf = leafOf(row.operand);
    if (leaf) operands.push(row.negated ? { type: 'not', operand: leaf } : leaf);
  }
  if (operands.length === 0) return null;
  if (operands.length === 1 && operands[0]) return operands[0];
  return { type: operator, operands };
}

function rowOf(expression: AudienceExpression): RecipientRow | null {
  if (expression.type === 'audience') return { operand: `a${String(expression.audienceId)}`, negated: false };
  if (expression.type === 'redelivery')
    return { operand: `r${String(expression.broadcastId)}`, negated: false };
  if (expression.type === 'not') {
    const inner = rowOf(expression.operand);
    return inner && !inner.negated ? { ...inner, negated: true } : null;
  }
  return null;
}

/** The rows for an expression, or null when it nests deeper than the rows can show. */
export function expressionToRows(expression: AudienceExpression | null): RecipientRows | null {
  if (expression === null) return { operator: 'and', rows: [{ operand: '', negated: false }] };
  const single = rowOf(expression);
  if (single) return { operator: 'and', rows: [single] };
  if (expression.type !== 'and' && expression.type !== 'or') return null;
  const rows: RecipientRow[] = [];
  for (const operand of expression.operands) {
    const row = rowOf(operand);
    if (!row) return null;
    rows.push(row);
  }
  return { operator: expression.type, rows };
}

// ---- Findings by part of the form ---------------------------------------------------------------

export type FindingArea = 'general' | 'messages' | 'targeting' | 'abTest';

const targetingPrefixes = ['recipient', 'filter', 'limit', 'to', 'notificationDisabled'];

export function findingArea(f: CampaignFinding): FindingArea {
  const head = f.path.split(/[.[]/)[0] ?? '';
  if (head === 'messages') return 'messages';
  if (head === 'abTest') return 'abTest';
  if (targetingPrefixes.includes(head)) return 'targeting';
  if (f.code.startsWith('ab-')) return 'abTest';
  if (f.code.startsWith('filter-') || f.code.startsWith('limit-') || f.code.startsWith('recipients-'))
    return 'targeting';
  return 'general';
}

/** Findings about the bubble list at `path` (`messages`, `abTest.variants[1].messages`) or inside it. */
export function findingsUnder(findings: readonly CampaignFinding[], path: string): CampaignFinding[] {
  return findings.filter(
    (f) => f.path === path || f.path.startsWith(`${path}[`) || f.path.startsWith(`${path}.`),
  );
}

/** Errors and warnings counted. */
export function countFindings(findings: readonly CampaignFinding[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const f of findings) if (f.severity === 'error') errors++;
  return { errors, warnings: findings.length - errors };
}
