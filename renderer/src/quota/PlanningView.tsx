// The channel's planning figures: its plan (from the catalogue), the additional-message cap (checked
// live: only a plan that sells additional messages takes one, within its ceiling), the messages
// already used in the month on screen, friend statistics and automations. The shared rules run on
// every keystroke, each problem shown at its field; main runs them again on save.

import { useMemo, useState, type ReactNode } from 'react';
import type { ApiClient } from '../../../shared/api/client';
import type { Automation, ChannelPlanning, Plan } from '../../../shared/quota/model';
import { demographicDimensions, validateChannelPlanning } from '../../../shared/quota/rules';
import { describeError, useRenderText } from '../ui/errors';
import { useTranslation } from 'react-i18next';
import { formatCount, formatMoney, formatMonth } from './format';
import { figuresFromFields, planningFields, type AutomationFields, type Dimension } from './planning-form';
import { useQuotaText, type QuotaTextKey } from './text';

const automationKinds: readonly Automation['kind'][] = [
  'push',
  'multicast',
  'broadcast',
  'narrowcast',
  'reply',
];
const automationKindKey: Record<Automation['kind'], QuotaTextKey> = {
  push: 'kindPush',
  multicast: 'kindMulticast',
  broadcast: 'kindBroadcast',
  narrowcast: 'kindNarrowcast',
  reply: 'kindReply',
};
export const regionKey: Record<Plan['region'], QuotaTextKey> = {
  TW: 'regionTW',
  JP: 'regionJP',
  TH: 'regionTH',
  other: 'regionOther',
};
const dimensionKey = {
  genders: 'quota.dimension.genders',
  ages: 'quota.dimension.ages',
  appTypes: 'quota.dimension.appTypes',
  areas: 'quota.dimension.areas',
  subscriptionPeriods: 'quota.dimension.subscriptionPeriods',
} as const satisfies Record<Dimension, string>;

function FormField({
  label,
  hint,
  problems,
  children,
}: {
  readonly label: string;
  readonly hint?: string;
  readonly problems: readonly string[];
  readonly children: ReactNode;
}) {
  return (
    <label className="quota-field">
      <span className="quota-label">{label}</span>
      {children}
      {hint ? <span className="quota-hint">{hint}</span> : null}
      {problems.map((text) => (
        <span key={text} className="field-error" role="alert">
          {text}
        </span>
      ))}
    </label>
  );
}

export function PlanningView({
  api,
  planning,
  plans,
  month,
  onSaved,
}: {
  readonly api: ApiClient;
  readonly planning: ChannelPlanning;
  readonly plans: readonly Plan[];
  readonly month: string;
  readonly onSaved: (planning: ChannelPlanning) => void;
}) {
  const { qt, locale } = useQuotaText();
  const { t } = useTranslation();
  const renderText = useRenderText();
  const [fields, setFields] = useState(() => planningFields(planning, month));
  const [saving, setSaving] = useState(false);
  const [status, setStatus] = useState<{ kind: 'done' | 'error'; text: string } | null>(null);

  const { figures, unreadable } = useMemo(
    () => figuresFromFields(fields, planning, month),
    [fields, planning, month],
  );
  const problems = useMemo(() => validateChannelPlanning(figures, plans), [figures, plans]);
  const problemsAt = (prefix: string): string[] => [
    ...problems
      .filter((p) => p.path === prefix || p.path.startsWith(`${prefix}.`))
      .map((p) => renderText(p.text)),
    ...unreadable
      .filter((u) => u.path === prefix && u.path.includes('demographics'))
      .map((u) => qt('sharesUnreadable', { text: u.value })),
  ];
  const blocked = problems.length > 0 || unreadable.some((u) => u.path.includes('demographics'));
  const plan = plans.find((p) => p.id === fields.planId);
  const set = (patch: Partial<typeof fields>) => {
    setStatus(null);
    setFields((current) => ({ ...current, ...patch }));
  };
  const setAutomation = (index: number, patch: Partial<AutomationFields>) =>
    set({ automations: fields.automations.map((a, i) => (i === index ? { ...a, ...patch } : a)) });

  async function save() {
    setSaving(true);
    setStatus(null);
    try {
      const saved = await api.saveChannelPlanning(planning.channelId, figures);
      setStatus({ kind: 'done', text: qt('planningSaved') });
      onSaved(saved);
    } catch (caught) {
      setStatus({ kind: 'error', text: describeError(caught) });
    } finally {
      setSaving(false);
    }
  }

  const regions = [...new Set(plans.map((p) => p.region))];
  const capHint = !plan
    ? undefined
    : !plan.additional
      ? qt('capHintNone', { plan: plan.name })
      : plan.additional.maxPerMonth === null
        ? qt('capHint')
        : qt('capHintCeiling', { max: formatCount(locale, plan.additional.maxPerMonth) });

  return (
    <form
      className="quota-planning"
      data-testid="quota-planning"
      onSubmit={(event) => {
        event.preventDefault();
        if (!blocked) void save();
      }}
    >
      <section className="card" aria-labelledby="quota-plan-title">
        <h3 className="card-title" id="quota-plan-title">
          {qt('planningPlanTitle')}
        </h3>
        <div className="quota-grid">
          <FormField label={qt('planLabel')} problems={problemsAt('planId')}>
            <select
              className="quota-input"
              value={fields.planId}
              onChange={(event) => set({ planId: event.target.value })}
              data-testid="quota-plan-select"
            >
              {regions.map((region) => (
                <optgroup key={region} label={qt(regionKey[region])}>
                  {plans
                    .filter((p) => p.region === region)
                    .map((p) => (
                      <option key={p.id} value={p.id}>
                        {qt('planOption', {
                          name: p.name,
                          fee: formatMoney(locale, p.currency, p.monthlyFee),
                          free: formatCount(locale, p.freeMessages),
                        })}
                      </option>
                    ))}
                </optgroup>
              ))}
            </select>
          </FormField>
          <FormField label={qt('capLabel')} hint={capHint} problems={problemsAt('additionalMessageCap')}>
            <input
              className="quota-input"
              inputMode="numeric"
              value={fields.cap}
              onChange={(event) => set({ cap: event.target.value })}
              aria-invalid={problemsAt('additionalMessageCap').length > 0}
              data-testid="quota-cap"
            />
          </FormField>
          <FormField
            label={qt('consumedLabel', { month: formatMonth(locale, month) })}
            hint={qt('consumedHint')}
            problems={problemsAt('consumed')}
          >
            <input
              className="quota-input"
              inputMode="numeric"
              value={fields.consumed}
              onChange={(event) => set({ consumed: event.target.value })}
              data-testid="quota-consumed"
            />
          </FormField>
          <FormField label={qt('timeZoneLabel')} hint={qt('timeZoneHint')} problems={problemsAt('timeZone')}>
            <input
              className="quota-input"
              value={fields.timeZone}
              onChange={(event) => set({ timeZone: event.target.value })}
              list="quota-zones"
            />
            <datalist id="quota-zones">
              {['Asia/Taipei', 'Asia/Tokyo', 'Asia/Bangkok', 'Asia/Jakarta', 'UTC'].map((zone) => (
                <option key={zone} value={zone} />
              ))}
            </datalist>
          </FormField>
        </div>
      </section>

      <section className="card" aria-labelledby="quota-friends-title">
        <h3 className="card-title" id="quota-friends-title">
          {qt('friendsTitle')}
        </h3>
        <label className="quota-check">
          <input
            type="checkbox"
            checked={fields.hasFriends}
            onChange={(event) => set({ hasFriends: event.target.checked })}
            data-testid="quota-has-friends"
          />
          {qt('friendsKnown')}
        </label>
        {fields.hasFriends ? (
          <>
            <div className="quota-grid">
              <FormField label={t('quota.field.followers')} problems={problemsAt('friends.followers')}>
                <input
                  className="quota-input"
                  inputMode="numeric"
                  value={fields.followers}
                  onChange={(event) => set({ followers: event.target.value })}
                  data-testid="quota-followers"
                />
              </FormField>
              <FormField label={t('quota.field.blocks')} problems={problemsAt('friends.blocks')}>
                <input
                  className="quota-input"
                  inputMode="numeric"
                  value={fields.blocks}
                  onChange={(event) => set({ blocks: event.target.value })}
                  data-testid="quota-blocks"
                />
              </FormField>
              <FormField
                label={t('quota.field.targetReach')}
                hint={qt('targetReachHint')}
                problems={problemsAt('friends.targetReach')}
              >
                <input
                  className="quota-input"
                  inputMode="numeric"
                  value={fields.targetReach}
                  onChange={(event) => set({ targetReach: event.target.value })}
                  data-testid="quota-target-reach"
                />
              </FormField>
              <FormField label={qt('asOfLabel')} hint={qt('asOfHint')} problems={problemsAt('friends.asOf')}>
                <input
                  className="quota-input"
                  type="date"
                  value={fields.asOf}
                  onChange={(event) => set({ asOf: event.target.value })}
                  data-testid="quota-as-of"
                />
              </FormField>
            </div>
            <h4 className="quota-subtitle">{qt('demographicsTitle')}</h4>
            <p className="quota-hint">{qt('sharesHint')}</p>
            <div className="quota-grid">
              {demographicDimensions.map((dimension) => (
                <FormField
                  key={dimension}
                  label={t(dimensionKey[dimension])}
                  problems={problemsAt(`friends.demographics.${dimension}`)}
                >
                  <input
                    className="quota-input"
                    value={fields.shares[dimension]}
                    onChange={(event) =>
                      set({ shares: { ...fields.shares, [dimension]: event.target.value } })
                    }
                  />
                </FormField>
              ))}
            </div>
          </>
        ) : null}
      </section>

      <section className="card" aria-labelledby="quota-automations-title">
        <h3 className="card-title" id="quota-automations-title">
          {qt('automationsTitle')}
        </h3>
        <p className="quota-hint">{qt('automationsHint')}</p>
        {fields.automations.length === 0 ? <p className="quota-muted">{qt('noAutomations')}</p> : null}
        {fields.automations.map((automation, index) => (
          <div className="quota-automation" key={index} data-testid="quota-automation">
            <FormField
              label={qt('automationTitle')}
              problems={problemsAt(`automations[${String(index)}].title`)}
            >
              <input
                className="quota-input"
                value={automation.title}
                onChange={(event) => setAutomation(index, { title: event.target.value })}
              />
            </FormField>
            <FormField label={qt('automationKind')} problems={[]}>
              <select
                className="quota-input"
                value={automation.kind}
                onChange={(event) => setAutomation(index, { kind: event.target.value as Automation['kind'] })}
              >
                {automationKinds.map((kind) => (
                  <option key={kind} value={kind}>
                    {qt(automationKindKey[kind])}
                  </option>
                ))}
              </select>
            </FormField>
            <FormField
              label={qt('automationPerDay')}
              problems={problemsAt(`automations[${String(index)}].perDay`)}
            >
              <input
                className="quota-input"
                inputMode="decimal"
                value={automation.perDay}
                onChange={(event) => setAutomation(index, { perDay: event.target.value })}
              />
            </FormField>
            <button
              type="button"
              className="button quota-button-secondary"
              onClick={() => set({ automations: fields.automations.filter((_, i) => i !== index) })}
            >
              {qt('remove')}
            </button>
          </div>
        ))}
        <button
          type="button"
          className="button quota-button-secondary"
          onClick={() =>
            set({ automations: [...fields.automations, { title: '', kind: 'push', perDay: '0' }] })
          }
        >
          {qt('addAutomation')}
        </button>
      </section>

      <div className="quota-actions">
        <button
          type="submit"
          className="button button-primary"
          disabled={saving || blocked}
          data-testid="quota-save-planning"
        >
          {qt('savePlanning')}
        </button>
        {blocked ? <span className="quota-muted">{qt('fixToSave')}</span> : null}
        {status ? (
          <span
            className={status.kind === 'error' ? 'field-error' : 'quota-done'}
            role={status.kind === 'error' ? 'alert' : 'status'}
            data-testid="quota-planning-status"
          >
            {status.text}
          </span>
        ) : null}
      </div>
    </form>
  );
}
