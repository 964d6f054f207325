// The A/B planner: 2–4 variants, each its own bubbles and share of the target, the metric and the
// wait before the winner goes to the rest; beside them what the test can tell apart (recipients
// per variant, the minimum detectable difference at 95 % confidence and 80 % power, the recipients
// needed per variant for a chosen difference) and the messages it costs.

import { useState } from 'react';
import {
  abTestVariantsRange,
  decideAfterHoursRange,
  sampleSizePerVariant,
  variantLetter,
  type AbTestPlan,
} from '../../../shared/campaigns/ab-test';
import type { CampaignFinding } from '../../../shared/campaigns/findings';
import type { Range } from '../../../shared/campaigns/reach';
import type { AbTest, AbTestMetric } from '../../../shared/campaigns/model';
import type { ProjectSummary } from '../../../shared/editor/project';
import { formatNumber } from '../audiences/format';
import { BubbleList } from './Bubbles';
import { findingsUnder } from './draft-edit';
import { FindingList } from './Findings';
import { useCampaignText } from './labels';

const percent = (share: number) => Math.round(share * 1000) / 10;

export function AbPlanner({
  abTest,
  plan,
  findings,
  projects,
  onChange,
}: {
  readonly abTest: AbTest;
  readonly plan: AbTestPlan | null;
  readonly findings: readonly CampaignFinding[];
  readonly projects: readonly ProjectSummary[];
  readonly onChange: (abTest: AbTest) => void;
}) {
  const { ct, locale } = useCampaignText();
  const [difference, setDifference] = useState('2');
  const n = (value: number) => formatNumber(locale, value);
  const range = (r: Range) =>
    r.low === r.high ? n(r.expected) : `${n(r.expected)} (${n(r.low)}–${n(r.high)})`;
  const points = Number(difference);
  const needed =
    plan && Number.isFinite(points) && points > 0
      ? sampleSizePerVariant(plan.baselineRate, points / 100)
      : null;
  const setVariant = (i: number, change: Partial<AbTest['variants'][number]>) =>
    onChange({ ...abTest, variants: abTest.variants.map((v, j) => (j === i ? { ...v, ...change } : v)) });
  return (
    <div className="camp-ab" data-testid="ab-planner">
      <div className="camp-row">
        <label className="camp-field">
          <span className="camp-label">{ct('abMetric')}</span>
          <select
            className="input"
            value={abTest.metric}
            onChange={(e) => onChange({ ...abTest, metric: e.target.value as AbTestMetric })}
          >
            <option value="click">{ct('metric-click')}</option>
            <option value="open">{ct('metric-open')}</option>
          </select>
        </label>
        <label className="camp-field">
          <span className="camp-label">
            {ct('abWait', { min: decideAfterHoursRange.min, max: decideAfterHoursRange.max })}
          </span>
          <input
            className="input camp-number"
            inputMode="numeric"
            value={String(abTest.decideAfterHours)}
            onChange={(e) => {
              const hours = Number(e.target.value);
              if (Number.isInteger(hours) && hours >= 0) onChange({ ...abTest, decideAfterHours: hours });
            }}
          />
        </label>
      </div>
      {abTest.variants.map((variant, i) => (
        <section className="camp-variant" key={i} data-testid="ab-variant">
          <div className="camp-bubble-head">
            <h4>{ct('variantN', { letter: variantLetter(i).toUpperCase() })}</h4>
            <label className="camp-inline">
              {ct('abShare')}{' '}
              <input
                className="input camp-number"
                inputMode="decimal"
                aria-label={ct('abShareOf', { letter: variantLetter(i).toUpperCase() })}
                value={String(percent(variant.share))}
                onChange={(e) => {
                  const value = Number(e.target.value);
                  if (Number.isFinite(value) && value >= 0 && value <= 100)
                    setVariant(i, { share: value / 100 });
                }}
              />{' '}
              %
            </label>
            <span className="camp-spacer" />
            <button
              type="button"
              className="button camp-button-small"
              disabled={abTest.variants.length <= abTestVariantsRange.min}
              onClick={() => onChange({ ...abTest, variants: abTest.variants.filter((_, j) => j !== i) })}
            >
              {ct('removeVariant')}
            </button>
          </div>
          <BubbleList
            messages={variant.messages}
            path={`abTest.variants[${String(i)}].messages`}
            findings={findings}
            projects={projects}
            onChange={(messages) => setVariant(i, { messages })}
          />
          <FindingList
            findings={findingsUnder(findings, `abTest.variants[${String(i)}]`).filter(
              (f) => !f.path.startsWith(`abTest.variants[${String(i)}].messages`),
            )}
          />
        </section>
      ))}
      <button
        type="button"
        className="button"
        disabled={abTest.variants.length >= abTestVariantsRange.max}
        onClick={() =>
          onChange({
            ...abTest,
            variants: [...abTest.variants, { share: 0.1, messages: abTest.variants[0]?.messages ?? [] }],
          })
        }
      >
        {ct('addVariant', { max: abTestVariantsRange.max })}
      </button>
      {plan ? (
        <div className="camp-ab-plan" data-testid="ab-plan">
          <table className="camp-table camp-table-compact">
            <thead>
              <tr>
                <th scope="col">{ct('abPart')}</th>
                <th scope="col">{ct('abShare')}</th>
                <th scope="col">{ct('abRecipients')}</th>
              </tr>
            </thead>
            <tbody>
              {plan.variants.map((part) => (
                <tr key={part.part} data-part={part.part}>
                  <td>{ct('variantN', { letter: part.part.toUpperCase() })}</td>
                  <td>{percent(part.share)} %</td>
                  <td>{range(part.recipients)}</td>
                </tr>
              ))}
              <tr data-part="winner">
                <td>{ct('abWinner')}</td>
                <td>{percent(plan.winner.share)} %</td>
                <td>{range(plan.winner.recipients)}</td>
              </tr>
            </tbody>
          </table>
          <p data-testid="ab-mdd">
            {plan.minimumDetectableDifference === null
              ? ct('abMddUnknown')
              : ct('abMdd', {
                  points: (plan.minimumDetectableDifference * 100).toFixed(1),
                  metric: ct(`metric-${plan.metric}`),
                  baseline: (plan.baselineRate * 100).toFixed(0),
                })}
          </p>
          <label className="camp-inline">
            {ct('abDetect')}{' '}
            <input
              className="input camp-number"
              inputMode="decimal"
              value={difference}
              aria-label={ct('abDetect')}
              onChange={(e) => setDifference(e.target.value)}
            />{' '}
            {ct('points')}
          </label>
          {needed !== null && Number.isFinite(needed) ? (
            <p data-testid="ab-needed">{ct('abNeeded', { n: n(needed) })}</p>
          ) : null}
          <p data-testid="ab-quota">
            {ct('abQuota', {
              total: range(plan.quota.total),
              variants: range(plan.quota.variants),
              winner: range(plan.quota.winner),
            })}
          </p>
        </div>
      ) : null}
      <FindingList
        findings={findings.filter(
          (f) =>
            (f.path === 'abTest' || f.path === '' || !f.path.startsWith('abTest.variants')) &&
            f.code.startsWith('ab-'),
        )}
      />
    </div>
  );
}
