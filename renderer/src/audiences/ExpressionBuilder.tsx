// The expression builder: a top-level AND / OR over operands (an audience or a redelivery, each
// optionally NOT) and one level of groups, with the live count and LINE's rule checks.

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../ui/errors';
import type { ApiClient } from '../../../shared/api/client';
import {
  audienceIdKind,
  idKindConflicts,
  operandKey,
  problemSeverity,
  type AudienceExpression,
  type ExpressionEvaluation,
  type ExpressionProblem,
  type OperandExpression,
} from '../../../shared/audiences/algebra';
import type { AudienceSummary, CampaignBroadcast } from '../../../shared/audiences/audience';
import { combinedAudienceMinMembers, maxRecipientOperands } from '../../../shared/audiences/limits';
import { countText, formatNumber } from './format';
import { dynamicT, problemKey } from './labels';

type Operator = 'and' | 'or';
/** One row: `a<id>` for an audience, `r<id>` for a redelivery. */
interface Row {
  readonly key: number;
  readonly operand: string;
  readonly negated: boolean;
}
interface Group {
  readonly key: number;
  readonly operator: Operator;
  readonly rows: readonly Row[];
  readonly negated: boolean;
}
type Item = { readonly type: 'row'; readonly row: Row } | { readonly type: 'group'; readonly group: Group };

let nextKey = 1;
const newRow = (operand = ''): Row => ({ key: nextKey++, operand, negated: false });

function leaf(operand: string): AudienceExpression | null {
  const id = Number(operand.slice(1));
  if (!Number.isInteger(id) || id <= 0) return null;
  return operand.startsWith('a')
    ? { type: 'audience', audienceId: id }
    : { type: 'redelivery', broadcastId: id };
}

function rowExpression(row: Row): AudienceExpression | null {
  const expression = leaf(row.operand);
  return expression && row.negated ? { type: 'not', operand: expression } : expression;
}

export function buildExpression(operator: Operator, items: readonly Item[]): AudienceExpression | null {
  const operands: AudienceExpression[] = [];
  for (const item of items) {
    if (item.type === 'row') {
      const e = rowExpression(item.row);
      if (e) operands.push(e);
    } else {
      const inner = item.group.rows.map(rowExpression).filter((e): e is AudienceExpression => e !== null);
      if (inner.length === 0) continue;
      const group: AudienceExpression =
        inner.length === 1 && inner[0] ? inner[0] : { type: item.group.operator, operands: inner };
      operands.push(item.group.negated ? { type: 'not', operand: group } : group);
    }
  }
  if (operands.length === 0) return null;
  if (operands.length === 1 && operands[0]) return operands[0];
  return { type: operator, operands };
}

export interface ExpressionBuilderProps {
  readonly api: ApiClient;
  readonly channelId: number;
  readonly audiences: readonly AudienceSummary[];
  readonly broadcasts: readonly CampaignBroadcast[];
  /** Bumped when audiences change, so the count is fetched again. */
  readonly revision: number;
}

export function ExpressionBuilder({
  api,
  channelId,
  audiences,
  broadcasts,
  revision,
}: ExpressionBuilderProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const [operator, setOperator] = useState<Operator>('and');
  const [items, setItems] = useState<readonly Item[]>(() => [{ type: 'row', row: newRow() }]);
  const [reach, setReach] = useState('');
  const [evaluation, setEvaluation] = useState<ExpressionEvaluation | null>(null);
  const [error, setError] = useState<string | null>(null);
  const expression = buildExpression(operator, items);
  const expressionJson = JSON.stringify(expression);
  const targetReach = /^\d+$/.test(reach.trim()) ? Number(reach.trim()) : null;

  useEffect(() => {
    if (expressionJson === 'null') return;
    let current = true;
    // A short pause so typing or several quick changes ask for one count, not one each.
    const timer = setTimeout(() => {
      api
        .countAudienceExpression(channelId, JSON.parse(expressionJson) as AudienceExpression, { targetReach })
        .then(
          (result) => {
            if (!current) return;
            setEvaluation(result);
            setError(null);
          },
          (caught: unknown) => {
            if (current) setError(describeError(caught));
          },
        );
    }, 150);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [api, channelId, expressionJson, targetReach, revision]);

  const operandCount = items.reduce(
    (n, item) =>
      n +
      (item.type === 'row' ? (item.row.operand ? 1 : 0) : item.group.rows.filter((r) => r.operand).length),
    0,
  );
  const setRow = (key: number, change: Partial<Row>) =>
    setItems((list) =>
      list.map((item) =>
        item.type === 'row'
          ? item.row.key === key
            ? { type: 'row', row: { ...item.row, ...change } }
            : item
          : {
              type: 'group',
              group: {
                ...item.group,
                rows: item.group.rows.map((r) => (r.key === key ? { ...r, ...change } : r)),
              },
            },
      ),
    );
  const removeRow = (key: number) =>
    setItems((list) =>
      list
        .filter((item) => item.type !== 'row' || item.row.key !== key)
        .map((item) =>
          item.type === 'group'
            ? {
                type: 'group' as const,
                group: { ...item.group, rows: item.group.rows.filter((r) => r.key !== key) },
              }
            : item,
        )
        .filter((item) => item.type === 'row' || item.group.rows.length > 0),
    );
  const setGroup = (key: number, change: Partial<Group>) =>
    setItems((list) =>
      list.map((item) =>
        item.type === 'group' && item.group.key === key
          ? { type: 'group', group: { ...item.group, ...change } }
          : item,
      ),
    );

  const operandSelect = (row: Row) => (
    <select
      className="select aud-operand"
      value={row.operand}
      onChange={(e) => setRow(row.key, { operand: e.target.value })}
      aria-label={t('audiences.builder.operand')}
    >
      <option value="">{t('audiences.builder.choose')}</option>
      <optgroup label={t('audiences.builder.audiences')}>
        {audiences.map((a) => (
          <option key={a.id} value={`a${String(a.id)}`}>
            {a.name}
          </option>
        ))}
      </optgroup>
      {broadcasts.some((b) => b.kind === 'narrowcast') ? (
        <optgroup label={t('audiences.builder.redelivery')}>
          {broadcasts
            .filter((b) => b.kind === 'narrowcast')
            .map((b) => (
              <option key={b.id} value={`r${String(b.id)}`}>
                {b.title}
              </option>
            ))}
        </optgroup>
      ) : null}
    </select>
  );
  const rowView = (row: Row) => (
    <div className="aud-row" key={row.key}>
      <label className="aud-not">
        <input
          type="checkbox"
          checked={row.negated}
          onChange={(e) => setRow(row.key, { negated: e.target.checked })}
        />{' '}
        {t('audiences.builder.not')}
      </label>
      {operandSelect(row)}
      <button
        type="button"
        className="aud-link-button"
        onClick={() => removeRow(row.key)}
        aria-label={t('audiences.builder.remove')}
      >
        ×
      </button>
    </div>
  );
  const operatorSelect = (value: Operator, onChange: (o: Operator) => void, label: string) => (
    <select
      className="select aud-operator"
      value={value}
      onChange={(e) => onChange(e.target.value === 'or' ? 'or' : 'and')}
      aria-label={label}
    >
      <option value="and">{t('audiences.builder.and')}</option>
      <option value="or">{t('audiences.builder.or')}</option>
    </select>
  );

  // The last count belongs to the last expression; with no operands chosen there is nothing to show.
  const shown = expression ? evaluation : null;
  const count = shown?.count ? countText(locale, shown.count) : null;
  // An AND of IFAs and user IDs is told at once, from the same rule main applies to the count.
  const localProblems: ExpressionProblem[] = expression
    ? idKindConflicts(expression, (o) => {
        const found = o.type === 'audience' ? audiences.find((a) => a.id === o.audienceId) : undefined;
        return found ? audienceIdKind(found) : null;
      }).map((conflict) => ({ code: 'id-kinds-never-match', ...conflict }))
    : [];
  const problems: ExpressionProblem[] = [];
  const seen = new Set<string>();
  for (const problem of [...localProblems, ...(shown?.problems ?? [])]) {
    const key =
      problem.code === 'id-kinds-never-match'
        ? `${problem.code} ${operandKey(problem.ifa)} ${operandKey(problem.userId)}`
        : JSON.stringify(problem);
    if (!seen.has(key)) {
      seen.add(key);
      problems.push(problem);
    }
  }
  const capped = problems.some((p) => p.code === 'count-capped');
  const operandName = (operand: OperandExpression) =>
    operand.type === 'audience'
      ? (audiences.find((a) => a.id === operand.audienceId)?.name ?? `#${String(operand.audienceId)}`)
      : (broadcasts.find((b) => b.id === operand.broadcastId)?.title ?? `#${String(operand.broadcastId)}`);
  return (
    <section
      className="card aud-builder"
      aria-labelledby="aud-builder-title"
      data-testid="expression-builder"
    >
      <h2 className="card-title" id="aud-builder-title">
        {t('audiences.builder.title')}
      </h2>
      <p className="aud-muted aud-intro">
        {t('audiences.builder.intro', { max: formatNumber(locale, maxRecipientOperands) })}
      </p>
      <div className="aud-builder-top">
        <span>{t('audiences.builder.combine')}</span>
        {operatorSelect(operator, setOperator, t('audiences.builder.operator'))}
      </div>
      <div className="aud-rows">
        {items.map((item) =>
          item.type === 'row' ? (
            rowView(item.row)
          ) : (
            <div
              className="aud-group"
              key={item.group.key}
              role="group"
              aria-label={t('audiences.builder.group')}
            >
              <div className="aud-builder-top">
                <label className="aud-not">
                  <input
                    type="checkbox"
                    checked={item.group.negated}
                    onChange={(e) => setGroup(item.group.key, { negated: e.target.checked })}
                  />{' '}
                  {t('audiences.builder.not')}
                </label>
                {operatorSelect(
                  item.group.operator,
                  (o) => setGroup(item.group.key, { operator: o }),
                  t('audiences.builder.groupOperator'),
                )}
                <button
                  type="button"
                  className="aud-link-button"
                  onClick={() => setGroup(item.group.key, { rows: [...item.group.rows, newRow()] })}
                >
                  {t('audiences.builder.addToGroup')}
                </button>
              </div>
              {item.group.rows.map(rowView)}
            </div>
          ),
        )}
      </div>
      <div className="aud-builder-actions">
        <button
          type="button"
          className="button aud-button-secondary"
          onClick={() => setItems((list) => [...list, { type: 'row', row: newRow() }])}
        >
          {t('audiences.builder.addOperand')}
        </button>
        <button
          type="button"
          className="button aud-button-secondary"
          onClick={() =>
            setItems((list) => [
              ...list,
              {
                type: 'group',
                group: {
                  key: nextKey++,
                  operator: operator === 'and' ? 'or' : 'and',
                  rows: [newRow(), newRow()],
                  negated: false,
                },
              },
            ])
          }
        >
          {t('audiences.builder.addGroup')}
        </button>
        <label className="aud-reach">
          <span>{t('audiences.builder.reach')}</span>
          <input
            className="aud-input aud-input-short"
            inputMode="numeric"
            value={reach}
            onChange={(e) => setReach(e.target.value)}
            placeholder={t('audiences.builder.reachUnknown')}
          />
        </label>
      </div>
      <div className="aud-result" aria-live="polite" data-testid="expression-count">
        <span className="aud-operand-count">
          {t('audiences.builder.operands', {
            n: formatNumber(locale, operandCount),
            max: formatNumber(locale, maxRecipientOperands),
          })}
        </span>
        {count === null ? (
          <span className="aud-muted">
            {expression ? t('audiences.builder.counting') : t('audiences.builder.nothing')}
          </span>
        ) : capped && count.kind === 'estimate' && count.high !== null ? (
          <strong className="aud-count">{t('audiences.builder.capped', { n: count.high })}</strong>
        ) : count.kind === 'exact' ? (
          <strong className="aud-count">{t('audiences.builder.exact', { n: count.count })}</strong>
        ) : (
          <strong className="aud-count">
            {count.expected === null
              ? count.high === null
                ? t('audiences.builder.atLeast', { low: count.low })
                : t('audiences.builder.between', { low: count.low, high: count.high })
              : t('audiences.builder.estimate', {
                  expected: count.expected,
                  low: count.low,
                  high: count.high ?? '∞',
                })}
          </strong>
        )}
      </div>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      {problems.length > 0 ? (
        <ul className="aud-problems" data-testid="expression-problems">
          {problems.map((problem, index) => {
            const name =
              'audienceId' in problem
                ? (audiences.find((a) => a.id === problem.audienceId)?.name ??
                  `#${String(problem.audienceId)}`)
                : 'broadcastId' in problem
                  ? (broadcasts.find((b) => b.id === problem.broadcastId)?.title ?? '')
                  : '';
            return (
              <li key={index} className={`aud-problem aud-problem-${problemSeverity(problem)}`}>
                {dynamicT(t)(problemKey[problem.code], {
                  name,
                  n: 'count' in problem ? formatNumber(locale, problem.count) : '',
                  max: formatNumber(locale, maxRecipientOperands),
                  minimum: formatNumber(
                    locale,
                    'minimum' in problem ? problem.minimum : combinedAudienceMinMembers,
                  ),
                  ...(problem.code === 'id-kinds-never-match'
                    ? { ifa: operandName(problem.ifa), userId: operandName(problem.userId) }
                    : {}),
                  ...(problem.code === 'count-capped'
                    ? {
                        counted: formatNumber(locale, problem.counted),
                        friends: formatNumber(locale, problem.friends),
                      }
                    : {}),
                })}
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
