// The plan catalogue: every plan with its fee, free messages, price bands, validity and sources;
// edit one (a built-in keeps its id and the copy wins until reverted), add one, revert an edited
// built-in, delete one the user added. The editor runs the shared plan rules live.

import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { ApiClient } from '../../../shared/api/client';
import type { Currency, Plan, PlanRegion } from '../../../shared/quota/model';
import { validatePlan } from '../../../shared/quota/rules';
import { describeError, useRenderText } from '../ui/errors';
import { formatCount, formatDate, formatMoney } from './format';
import { newPlanFields, planFields, planFromFields, regionCurrency, type PlanFields } from './plan-form';
import { regionKey } from './PlanningView';
import { useQuotaText, type QuotaText } from './text';

const regions: readonly PlanRegion[] = ['TW', 'JP', 'TH', 'other'];
const currencies: readonly Currency[] = ['TWD', 'JPY', 'THB', 'USD'];

function additionalText(plan: Plan, qt: QuotaText, locale: string): string[] {
  if (!plan.additional) return [qt('additionalNone')];
  const price = (p: number) => formatMoney(locale, plan.currency, p, true);
  const lines = plan.additional.tiers.map((tier) =>
    tier.upTo === null
      ? qt('tierOpen', { price: price(tier.unitPrice) })
      : qt('tierUpTo', { upTo: formatCount(locale, tier.upTo), price: price(tier.unitPrice) }),
  );
  if (plan.additional.tiers.length === 0) lines.push(qt('additionalNoPrice'));
  if (plan.additional.maxPerMonth !== null)
    lines.push(qt('additionalCeiling', { max: formatCount(locale, plan.additional.maxPerMonth) }));
  return lines;
}

function Row({ label, children }: { readonly label: string; readonly children: ReactNode }) {
  return (
    <label className="quota-field">
      <span className="quota-label">{label}</span>
      {children}
    </label>
  );
}

function PlanEditor({
  api,
  plans,
  initial,
  editing,
  onDone,
}: {
  readonly api: ApiClient;
  readonly plans: readonly Plan[];
  readonly initial: PlanFields;
  readonly editing: boolean;
  readonly onDone: (saved: boolean) => void;
}) {
  const { qt } = useQuotaText();
  const renderText = useRenderText();
  const [fields, setFields] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  // The editor opens above the catalogue: bring it into view from the row that opened it.
  useEffect(() => {
    formRef.current?.scrollIntoView({ block: 'start' });
    formRef.current?.querySelector<HTMLInputElement>('input:not([readonly])')?.focus({ preventScroll: true });
  }, []);
  const draft = useMemo(() => planFromFields(fields), [fields]);
  const known = useMemo(() => new Set(plans.map((p) => p.id)), [plans]);
  const problems = useMemo(() => validatePlan(draft, known), [draft, known]);
  const taken = !editing && known.has(draft.id);
  const set = (patch: Partial<PlanFields>) => setFields((current) => ({ ...current, ...patch }));
  const setTier = (index: number, patch: Partial<PlanFields['tiers'][number]>) =>
    set({ tiers: fields.tiers.map((tier, i) => (i === index ? { ...tier, ...patch } : tier)) });

  async function save() {
    setSaving(true);
    setError(null);
    try {
      await api.savePlan(draft);
      onDone(true);
    } catch (caught) {
      setError(describeError(caught));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form
      ref={formRef}
      className="card quota-plan-editor"
      data-testid="quota-plan-editor"
      onSubmit={(event) => {
        event.preventDefault();
        if (problems.length === 0 && !taken) void save();
      }}
    >
      <h3 className="card-title">
        {editing ? qt('editPlanTitle', { name: initial.name }) : qt('addPlanTitle')}
      </h3>
      <div className="quota-grid">
        <Row label={qt('planId')}>
          <input
            className="quota-input"
            value={fields.id}
            readOnly={editing}
            onChange={(event) => set({ id: event.target.value })}
          />
        </Row>
        <Row label={qt('planName')}>
          <input
            className="quota-input"
            value={fields.name}
            onChange={(event) => set({ name: event.target.value })}
          />
        </Row>
        <Row label={qt('planRegion')}>
          <select
            className="quota-input"
            value={fields.region}
            onChange={(event) => {
              const region = event.target.value as PlanRegion;
              set({ region, currency: regionCurrency[region] });
            }}
          >
            {regions.map((region) => (
              <option key={region} value={region}>
                {qt(regionKey[region])}
              </option>
            ))}
          </select>
        </Row>
        <Row label={qt('planCurrency')}>
          <select
            className="quota-input"
            value={fields.currency}
            onChange={(event) => set({ currency: event.target.value as Currency })}
          >
            {currencies.map((currency) => (
              <option key={currency} value={currency}>
                {currency}
              </option>
            ))}
          </select>
        </Row>
        <Row label={qt('planFee')}>
          <input
            className="quota-input"
            inputMode="decimal"
            value={fields.monthlyFee}
            onChange={(event) => set({ monthlyFee: event.target.value })}
          />
        </Row>
        <Row label={qt('planFree')}>
          <input
            className="quota-input"
            inputMode="numeric"
            value={fields.freeMessages}
            onChange={(event) => set({ freeMessages: event.target.value })}
          />
        </Row>
        <Row label={qt('planValidFrom')}>
          <input
            className="quota-input"
            type="date"
            value={fields.validFrom}
            onChange={(event) => set({ validFrom: event.target.value })}
          />
        </Row>
        <Row label={qt('planValidTo')}>
          <input
            className="quota-input"
            type="date"
            value={fields.validTo}
            onChange={(event) => set({ validTo: event.target.value })}
          />
        </Row>
        <Row label={qt('planReplacedBy')}>
          <select
            className="quota-input"
            value={fields.replacedBy}
            onChange={(event) => set({ replacedBy: event.target.value })}
          >
            <option value="">{qt('planReplacedByNone')}</option>
            {plans
              .filter((p) => p.id !== fields.id)
              .map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name} ({p.id})
                </option>
              ))}
          </select>
        </Row>
      </div>
      <label className="quota-check">
        <input
          type="checkbox"
          checked={fields.sellsAdditional}
          onChange={(event) =>
            set({
              sellsAdditional: event.target.checked,
              tiers:
                event.target.checked && fields.tiers.length === 0
                  ? [{ upTo: '', unitPrice: '0', verified: false }]
                  : fields.tiers,
            })
          }
        />
        {qt('planSellsAdditional')}
      </label>
      {fields.sellsAdditional ? (
        <div className="quota-tiers">
          <p className="quota-hint">{qt('tiersHint')}</p>
          {fields.tiers.map((tier, index) => (
            <div className="quota-tier" key={index}>
              <Row label={qt('tierUpToLabel')}>
                <input
                  className="quota-input"
                  inputMode="numeric"
                  value={tier.upTo}
                  onChange={(event) => setTier(index, { upTo: event.target.value })}
                />
              </Row>
              <Row label={qt('tierPriceLabel')}>
                <input
                  className="quota-input"
                  inputMode="decimal"
                  value={tier.unitPrice}
                  onChange={(event) => setTier(index, { unitPrice: event.target.value })}
                />
              </Row>
              <label className="quota-check">
                <input
                  type="checkbox"
                  checked={tier.verified}
                  onChange={(event) => setTier(index, { verified: event.target.checked })}
                />
                {qt('tierVerified')}
              </label>
              <button
                type="button"
                className="button quota-button-secondary"
                onClick={() => set({ tiers: fields.tiers.filter((_, i) => i !== index) })}
              >
                {qt('remove')}
              </button>
            </div>
          ))}
          <button
            type="button"
            className="button quota-button-secondary"
            onClick={() => set({ tiers: [...fields.tiers, { upTo: '', unitPrice: '0', verified: false }] })}
          >
            {qt('addTier')}
          </button>
          <Row label={qt('planCeiling')}>
            <input
              className="quota-input"
              inputMode="numeric"
              value={fields.maxPerMonth}
              onChange={(event) => set({ maxPerMonth: event.target.value })}
            />
          </Row>
        </div>
      ) : null}
      <label className="quota-check">
        <input
          type="checkbox"
          checked={fields.verified}
          onChange={(event) => set({ verified: event.target.checked })}
        />
        {qt('planVerified')}
      </label>
      <Row label={qt('planSource')}>
        <textarea
          className="quota-input quota-textarea"
          value={fields.source}
          onChange={(event) => set({ source: event.target.value })}
        />
      </Row>
      {problems.length > 0 || taken ? (
        <ul className="quota-problems" data-testid="quota-plan-problems">
          {taken ? <li className="field-error">{qt('planIdTaken', { id: draft.id })}</li> : null}
          {problems.map((problem) => (
            <li key={`${problem.path} ${problem.code}`} className="field-error">
              {problem.path}: {renderText(problem.text)}
            </li>
          ))}
        </ul>
      ) : null}
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="quota-actions">
        <button
          type="submit"
          className="button button-primary"
          disabled={saving || problems.length > 0 || taken}
          data-testid="quota-save-plan"
        >
          {qt('savePlan')}
        </button>
        <button type="button" className="button quota-button-secondary" onClick={() => onDone(false)}>
          {qt('cancel')}
        </button>
      </div>
    </form>
  );
}

export function PlansView({
  api,
  plans,
  onChanged,
}: {
  readonly api: ApiClient;
  readonly plans: readonly Plan[];
  readonly onChanged: () => void;
}) {
  const { qt, locale } = useQuotaText();
  const [editor, setEditorState] = useState<{ fields: PlanFields; editing: boolean; opened: number } | null>(
    null,
  );
  // Each opening is a fresh editor, also when another plan's is open.
  const setEditor = (next: { fields: PlanFields; editing: boolean } | null) =>
    setEditorState((current) => (next ? { ...next, opened: (current?.opened ?? 0) + 1 } : null));
  const [error, setError] = useState<string | null>(null);

  const run = (action: Promise<unknown>) =>
    action.then(onChanged, (caught: unknown) => setError(describeError(caught)));

  return (
    <div className="quota-plans">
      {editor ? (
        <PlanEditor
          key={editor.opened}
          api={api}
          plans={plans}
          initial={editor.fields}
          editing={editor.editing}
          onDone={(saved) => {
            setEditor(null);
            if (saved) onChanged();
          }}
        />
      ) : null}
      <section className="card" aria-labelledby="quota-catalogue-title">
        <div className="quota-card-head">
          <h3 className="card-title" id="quota-catalogue-title">
            {qt('catalogueTitle')}
          </h3>
          <button
            type="button"
            className="button button-primary"
            data-testid="quota-add-plan"
            onClick={() =>
              setEditor({ fields: newPlanFields(new Date().toISOString().slice(0, 10)), editing: false })
            }
          >
            {qt('addPlan')}
          </button>
        </div>
        <p className="quota-hint">{qt('catalogueHint')}</p>
        {error ? (
          <p className="field-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="quota-table-wrap">
          <table className="quota-table" data-testid="quota-plans">
            <thead>
              <tr>
                <th scope="col">{qt('colPlan')}</th>
                <th scope="col" className="quota-num">
                  {qt('colFee')}
                </th>
                <th scope="col" className="quota-num">
                  {qt('colFree')}
                </th>
                <th scope="col">{qt('colAdditional')}</th>
                <th scope="col">{qt('colValid')}</th>
                <th scope="col">{qt('colSource')}</th>
                <th scope="col">
                  <span className="quota-visually-hidden">{qt('colActions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {plans.map((plan) => (
                <tr key={plan.id} data-plan-id={plan.id}>
                  <td>
                    <div>{plan.name}</div>
                    <div className="quota-muted quota-key">
                      {plan.id} · {qt(regionKey[plan.region])}
                    </div>
                    <div className="quota-badges">
                      {plan.edited ? <span className="quota-badge">{qt('badgeEdited')}</span> : null}
                      {plan.origin === 'user' && !plan.edited ? (
                        <span className="quota-badge">{qt('badgeUser')}</span>
                      ) : null}
                      {!plan.verified ? (
                        <span className="quota-badge quota-badge-warning">{qt('badgeUnverified')}</span>
                      ) : null}
                    </div>
                  </td>
                  <td className="quota-num">{formatMoney(locale, plan.currency, plan.monthlyFee)}</td>
                  <td className="quota-num">{formatCount(locale, plan.freeMessages)}</td>
                  <td>
                    {additionalText(plan, qt, locale).map((line) => (
                      <div key={line}>{line}</div>
                    ))}
                  </td>
                  <td>
                    {plan.validTo === null
                      ? qt('validFrom', { from: formatDate(locale, plan.validFrom) })
                      : qt('validRange', {
                          from: formatDate(locale, plan.validFrom),
                          to: formatDate(locale, plan.validTo),
                        })}
                  </td>
                  <td className="quota-source">
                    {plan.source.split(/;\s+|\n/).map((part) => (
                      <div key={part}>{part}</div>
                    ))}
                  </td>
                  <td className="quota-row-actions">
                    <button
                      type="button"
                      className="button quota-button-secondary"
                      onClick={() => setEditor({ fields: planFields(plan), editing: true })}
                      aria-label={qt('editNamed', { name: plan.name })}
                    >
                      {qt('edit')}
                    </button>
                    {plan.edited ? (
                      <button
                        type="button"
                        className="button quota-button-secondary"
                        onClick={() => {
                          if (window.confirm(qt('confirmRevert', { name: plan.name })))
                            void run(api.revertPlan(plan.id));
                        }}
                        aria-label={qt('revertNamed', { name: plan.name })}
                      >
                        {qt('revert')}
                      </button>
                    ) : null}
                    {plan.origin === 'user' && !plan.edited ? (
                      <button
                        type="button"
                        className="button quota-button-secondary"
                        onClick={() => {
                          if (window.confirm(qt('confirmDelete', { name: plan.name })))
                            void run(api.deletePlan(plan.id));
                        }}
                        aria-label={qt('deleteNamed', { name: plan.name })}
                      >
                        {qt('delete')}
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
