// Who a campaign goes to. Narrowcast: all friends or an AND / OR expression over this channel's
// audiences and redeliveries of earlier campaigns (each optionally NOT), an attribute filter (gender,
// age, OS, area, friendship period) and LINE's limit; multicast and push: user IDs. Every kind can
// go without notification. The reach estimate beside it is always labelled approximate.

import { useState } from 'react';
import type { AudienceSummary } from '../../../shared/audiences/audience';
import { areaName, areasOf, type AreaCountry } from '../../../shared/campaigns/areas';
import type { CampaignFinding } from '../../../shared/campaigns/findings';
import type { Campaign, CampaignDraft, SendLimit } from '../../../shared/campaigns/model';
import {
  ageBounds,
  appTypes,
  filterToSelection,
  friendshipBounds,
  genders,
  selectionToFilter,
  type RangeSelection,
  type TargetingSelection,
} from '../../../shared/campaigns/targeting';
import { isLocale } from '../../../shared/domain/locale';
import { expressionToRows, parseUserIds, rowsToExpression, type RecipientRows } from './draft-edit';
import { Field } from './Field';
import { FindingList } from './Findings';
import { useCampaignText, useModelText } from './labels';

const countries: readonly AreaCountry[] = ['TW', 'JP', 'TH'];

function RangePicker<B extends string>({
  label,
  bounds,
  value,
  text,
  onChange,
}: {
  readonly label: string;
  readonly bounds: readonly B[];
  readonly value: RangeSelection<B>;
  readonly text: (bound: B) => string;
  readonly onChange: (value: RangeSelection<B>) => void;
}) {
  const { ct } = useCampaignText();
  return (
    <fieldset className="camp-fieldset camp-range">
      <legend>{label}</legend>
      <label>
        {ct('rangeFrom')}{' '}
        <select
          className="input camp-inline-select"
          value={value.gte ?? ''}
          onChange={(e) => onChange({ ...value, gte: e.target.value === '' ? null : (e.target.value as B) })}
        >
          <option value="">{ct('any')}</option>
          {bounds.map((b) => (
            <option key={b} value={b}>
              {text(b)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {ct('rangeUnder')}{' '}
        <select
          className="input camp-inline-select"
          value={value.lt ?? ''}
          onChange={(e) => onChange({ ...value, lt: e.target.value === '' ? null : (e.target.value as B) })}
        >
          <option value="">{ct('any')}</option>
          {bounds.map((b) => (
            <option key={b} value={b}>
              {text(b)}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}

function Checks<V extends string>({
  legend,
  values,
  chosen,
  text,
  onChange,
}: {
  readonly legend: string;
  readonly values: readonly V[];
  readonly chosen: readonly V[];
  readonly text: (value: V) => string;
  readonly onChange: (chosen: V[]) => void;
}) {
  return (
    <fieldset className="camp-fieldset">
      <legend>{legend}</legend>
      {values.map((v) => (
        <label key={v} className="camp-check">
          <input
            type="checkbox"
            checked={chosen.includes(v)}
            onChange={(e) => onChange(e.target.checked ? [...chosen, v] : chosen.filter((c) => c !== v))}
          />{' '}
          {text(v)}
        </label>
      ))}
    </fieldset>
  );
}

function DemographicFilter({
  draft,
  onChange,
}: {
  readonly draft: CampaignDraft;
  readonly onChange: (draft: CampaignDraft) => void;
}) {
  const { ct, locale } = useCampaignText();
  const { dimension } = useModelText();
  const selection = filterToSelection(draft.filter?.demographic ?? null);
  if (selection === null)
    return (
      <div className="camp-fieldset">
        <p className="camp-muted">{ct('filterAsJson')}</p>
        <pre className="camp-code">{JSON.stringify(draft.filter, null, 2)}</pre>
        <button type="button" className="button" onClick={() => onChange({ ...draft, filter: null })}>
          {ct('clearFilter')}
        </button>
      </div>
    );
  const set = (change: Partial<TargetingSelection>) => {
    const demographic = selectionToFilter({ ...selection, ...change });
    onChange({ ...draft, filter: demographic ? { demographic } : null });
  };
  const areaLocale = isLocale(locale) ? locale : 'en';
  return (
    <div className="camp-filter" data-testid="attribute-filter">
      <Checks
        legend={dimension('gender')}
        values={genders}
        chosen={selection.genders}
        text={(g) => ct(`gender-${g}`)}
        onChange={(chosen) => set({ genders: chosen })}
      />
      <RangePicker
        label={dimension('age')}
        bounds={ageBounds}
        value={selection.age}
        text={(b) => b.replace('age_', '')}
        onChange={(age) => set({ age })}
      />
      <Checks
        legend={dimension('appType')}
        values={appTypes}
        chosen={selection.appTypes}
        text={(a) => (a === 'ios' ? 'iOS' : 'Android')}
        onChange={(chosen) => set({ appTypes: chosen })}
      />
      <label className="camp-field">
        <span className="camp-label">{dimension('area')}</span>
        <select
          multiple
          size={6}
          className="input camp-areas"
          value={[...selection.areas]}
          onChange={(e) => set({ areas: [...e.target.selectedOptions].map((o) => o.value) })}
        >
          {countries.map((country) => (
            <optgroup key={country} label={ct(`country-${country}`)}>
              {areasOf(country).map((area) => (
                <option key={area.code} value={area.code}>
                  {areaName(area.code, areaLocale)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      <RangePicker
        label={dimension('subscriptionPeriod')}
        bounds={friendshipBounds}
        value={selection.subscriptionPeriod}
        text={(b) => ct('days', { n: Number(b.replace('day_', '')) })}
        onChange={(subscriptionPeriod) => set({ subscriptionPeriod })}
      />
    </div>
  );
}

function RecipientBuilder({
  draft,
  audiences,
  campaigns,
  onChange,
}: {
  readonly draft: CampaignDraft;
  readonly audiences: readonly AudienceSummary[];
  readonly campaigns: readonly Campaign[];
  readonly onChange: (draft: CampaignDraft) => void;
}) {
  const { ct } = useCampaignText();
  const [rows, setRows] = useState<RecipientRows | null>(() => expressionToRows(draft.recipient));
  if (rows === null)
    return (
      <div className="camp-fieldset">
        <p className="camp-muted">{ct('recipientAsJson')}</p>
        <pre className="camp-code">{JSON.stringify(draft.recipient, null, 2)}</pre>
        <button
          type="button"
          className="button"
          onClick={() => {
            setRows({ operator: 'and', rows: [{ operand: '', negated: false }] });
            onChange({ ...draft, recipient: null });
          }}
        >
          {ct('clearRecipient')}
        </button>
      </div>
    );
  const update = (next: RecipientRows) => {
    setRows(next);
    onChange({ ...draft, recipient: rowsToExpression(next) });
  };
  const narrowcasts = campaigns.filter((c) => c.sendKind === 'narrowcast');
  return (
    <div className="camp-recipients" data-testid="recipient-builder">
      <label className="camp-field">
        <span className="camp-label">{ct('combine')}</span>
        <select
          className="input camp-inline-select"
          value={rows.operator}
          onChange={(e) => update({ ...rows, operator: e.target.value as RecipientRows['operator'] })}
        >
          <option value="and">{ct('combineAnd')}</option>
          <option value="or">{ct('combineOr')}</option>
        </select>
      </label>
      {rows.rows.map((row, i) => (
        <div className="camp-row" key={i}>
          <label className="camp-check">
            <input
              type="checkbox"
              checked={row.negated}
              onChange={(e) =>
                update({
                  ...rows,
                  rows: rows.rows.map((r, j) => (j === i ? { ...r, negated: e.target.checked } : r)),
                })
              }
            />{' '}
            {ct('not')}
          </label>
          <select
            className="input"
            aria-label={ct('operand')}
            value={row.operand}
            onChange={(e) =>
              update({
                ...rows,
                rows: rows.rows.map((r, j) => (j === i ? { ...r, operand: e.target.value } : r)),
              })
            }
          >
            <option value="">{ct('chooseOperand')}</option>
            <optgroup label={ct('audiences')}>
              {audiences.map((a) => (
                <option key={a.id} value={`a${String(a.id)}`}>
                  {a.name}
                </option>
              ))}
            </optgroup>
            <optgroup label={ct('redeliveries')}>
              {narrowcasts.map((c) => (
                <option key={c.id} value={`r${String(c.id)}`}>
                  {c.title}
                </option>
              ))}
            </optgroup>
          </select>
          <button
            type="button"
            className="button camp-button-small"
            disabled={rows.rows.length <= 1}
            onClick={() => update({ ...rows, rows: rows.rows.filter((_, j) => j !== i) })}
          >
            {ct('remove')}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button camp-button-small"
        onClick={() => update({ ...rows, rows: [...rows.rows, { operand: '', negated: false }] })}
      >
        {ct('addOperand')}
      </button>
    </div>
  );
}

export function Targeting({
  draft,
  audiences,
  campaigns,
  findings,
  onChange,
}: {
  readonly draft: CampaignDraft;
  readonly audiences: readonly AudienceSummary[];
  readonly campaigns: readonly Campaign[];
  readonly findings: readonly CampaignFinding[];
  readonly onChange: (draft: CampaignDraft) => void;
}) {
  const { ct } = useCampaignText();
  const [byAudiences, setByAudiences] = useState(draft.recipient !== null);
  const [byAttributes, setByAttributes] = useState(draft.filter !== null);
  const limit = draft.limit ?? {};
  const setLimit = (change: Partial<Record<keyof SendLimit, number | boolean | undefined>>) => {
    const next: Record<string, number | boolean> = {};
    const merged = { ...limit, ...change };
    if (merged.max !== undefined) next.max = merged.max as number;
    if (merged.upToRemainingQuota) next.upToRemainingQuota = true;
    if (merged.forbidPartialDelivery) next.forbidPartialDelivery = true;
    onChange({ ...draft, limit: Object.keys(next).length ? (next as SendLimit) : null });
  };
  return (
    <div className="camp-targeting" data-testid="targeting">
      {draft.sendKind === 'broadcast' ? <p className="camp-muted">{ct('broadcastReaches')}</p> : null}
      {draft.sendKind === 'narrowcast' ? (
        <>
          <fieldset className="camp-fieldset">
            <legend>{ct('recipients')}</legend>
            <label className="camp-check">
              <input
                type="radio"
                name="recipient-mode"
                checked={!byAudiences}
                onChange={() => {
                  setByAudiences(false);
                  onChange({ ...draft, recipient: null });
                }}
              />{' '}
              {ct('allFriends')}
            </label>
            <label className="camp-check">
              <input
                type="radio"
                name="recipient-mode"
                checked={byAudiences}
                onChange={() => setByAudiences(true)}
              />{' '}
              {ct('byAudiences')}
            </label>
          </fieldset>
          {byAudiences ? (
            <RecipientBuilder draft={draft} audiences={audiences} campaigns={campaigns} onChange={onChange} />
          ) : null}
          <label className="camp-check">
            <input
              type="checkbox"
              checked={byAttributes}
              onChange={(e) => {
                setByAttributes(e.target.checked);
                if (!e.target.checked) onChange({ ...draft, filter: null });
              }}
            />{' '}
            {ct('byAttributes')}
          </label>
          {byAttributes ? <DemographicFilter draft={draft} onChange={onChange} /> : null}
          <fieldset className="camp-fieldset">
            <legend>{ct('limit')}</legend>
            <Field label={ct('limitMax')}>
              {(id) => (
                <input
                  id={id}
                  className="input camp-number"
                  inputMode="numeric"
                  value={limit.max === undefined ? '' : String(limit.max)}
                  onChange={(e) => {
                    const value = e.target.value.trim();
                    setLimit({ max: /^\d+$/.test(value) ? Number(value) : undefined });
                  }}
                />
              )}
            </Field>
            <label className="camp-check">
              <input
                type="checkbox"
                checked={limit.upToRemainingQuota === true}
                onChange={(e) => setLimit({ upToRemainingQuota: e.target.checked })}
              />{' '}
              {ct('upToRemainingQuota')}
            </label>
            <label className="camp-check">
              <input
                type="checkbox"
                checked={limit.forbidPartialDelivery === true}
                onChange={(e) => setLimit({ forbidPartialDelivery: e.target.checked })}
              />{' '}
              {ct('forbidPartialDelivery')}
            </label>
          </fieldset>
        </>
      ) : null}
      {draft.sendKind === 'multicast' || draft.sendKind === 'push' ? (
        <label className="camp-field">
          <span className="camp-label">
            {draft.sendKind === 'push' ? ct('userIdPush') : ct('userIdsMulticast')}
          </span>
          <textarea
            className="input camp-textarea camp-code"
            rows={draft.sendKind === 'push' ? 1 : 5}
            defaultValue={draft.to.join('\n')}
            onChange={(e) => onChange({ ...draft, to: parseUserIds(e.target.value) })}
          />
        </label>
      ) : null}
      <label className="camp-check">
        <input
          type="checkbox"
          checked={draft.notificationDisabled}
          onChange={(e) => onChange({ ...draft, notificationDisabled: e.target.checked })}
        />{' '}
        {ct('notificationDisabled')}
      </label>
      <FindingList findings={findings} testId="targeting-findings" />
    </div>
  );
}
