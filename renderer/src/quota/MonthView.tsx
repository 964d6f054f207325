// One month of the channel: navigation, the facts `oa-planner plan` prints (plan, messages already
// used, totals and their range, overage cost, run-out days), the usage chart, each send with its
// estimate range and outcome, drafts apart, notices, and the fixes with their effect, applied here
// where the API allows it (the planning figures, or the campaign the fix names).

import { useMemo, useState } from 'react';
import type { ApiClient } from '../../../shared/api/client';
import type {
  ChannelPlanning,
  ForecastFix,
  ForecastNotice,
  ForecastSend,
  MonthForecast,
  Plan,
} from '../../../shared/quota/model';
import { describeError } from '../ui/errors';
import { buildChartSeries } from './chart-series';
import { campaignDraftForFix, campaignIdOfFix, isSendFix, planningPatchForFix } from './fixes';
import { formatCount, formatDate, formatMoney, formatMonth, formatSendTime, shiftMonth } from './format';
import { useQuotaText, type QuotaText, type QuotaTextKey } from './text';
import { UsageChart } from './UsageChart';

const outcomeKey: Record<ForecastSend['outcome'], QuotaTextKey> = {
  free: 'outcomeFree',
  additional: 'outcomeAdditional',
  mixed: 'outcomeMixed',
  refused: 'outcomeRefused',
};

export const sendKindKey: Record<ForecastSend['kind'], QuotaTextKey> = {
  broadcast: 'kindBroadcast',
  narrowcast: 'kindNarrowcast',
  multicast: 'kindMulticast',
  push: 'kindPush',
  automation: 'kindAutomation',
};

interface Formatters {
  readonly qt: QuotaText;
  readonly locale: string;
  readonly count: (n: number) => string;
  readonly money: (amount: number) => string;
  readonly date: (date: string) => string;
  readonly planName: (id: string) => string;
}

function rangeText(send: ForecastSend, f: Formatters): string {
  const { low, expected, high } = send.estimate;
  if (low === high) return send.exact ? f.qt('exact') : f.count(Math.round(expected));
  return f.qt('estimateRange', {
    low: f.count(Math.round(low)),
    expected: f.count(Math.round(expected)),
    high: f.count(Math.round(high)),
  });
}

function outcomeNotes(send: ForecastSend, f: Formatters): string[] {
  const notes: string[] = [];
  if (send.cut) notes.push(f.qt('noteCut'));
  if (send.outcome !== 'refused' && send.refused > 0)
    notes.push(f.qt('notePartRefused', { count: f.count(send.refused) }));
  if (send.outcome === 'refused') notes.push(f.qt('noteNeeded', { count: f.count(send.refused) }));
  if (send.highExceedsAllowance && send.outcome !== 'refused' && !send.cut) notes.push(f.qt('noteHighEnd'));
  return notes;
}

function fixText(fix: ForecastFix, forecast: MonthForecast, f: Formatters): string {
  const title = (key: string) => forecast.sends.find((s) => s.key === key)?.title ?? key;
  switch (fix.kind) {
    case 'capSend':
      return f.qt('fixCapSend', { send: title(fix.key), max: f.count(fix.max) });
    case 'moveToNextMonth':
      return f.qt('fixMove', { send: title(fix.key) });
    case 'raiseCap':
      return f.qt('fixRaiseCap', { cap: f.count(fix.cap) });
    case 'upgradePlan': {
      const fee = `${fix.extraFee >= 0 ? '+' : ''}${f.money(fix.extraFee)}`;
      return fix.cap === null
        ? f.qt('fixUpgrade', { plan: f.planName(fix.planId), fee })
        : f.qt('fixUpgradeCap', { plan: f.planName(fix.planId), fee, cap: f.count(fix.cap) });
    }
  }
}

function effectText(fix: ForecastFix, f: Formatters): string {
  const { effect } = fix;
  const params = { messages: f.count(effect.messages), cost: f.money(effect.additionalCost) };
  return effect.refusedMessages === 0
    ? f.qt('effectNothingRefused', params)
    : f.qt('effectStillRefused', {
        ...params,
        sends: f.count(effect.refusedSends),
        refused: f.count(effect.refusedMessages),
      });
}

function noticeText(notice: ForecastNotice, f: Formatters): string {
  switch (notice.kind) {
    case 'planReplaced':
      return f.qt('noticeReplaced', {
        plan: f.planName(notice.planId),
        successor: f.planName(notice.replacedBy),
        from: f.date(notice.from),
      });
    case 'planNotInForce':
      return f.qt('noticeNotInForce', {
        plan: f.planName(notice.planId),
        from: f.date(notice.from),
        to: f.date(notice.to),
      });
    case 'unverifiedFigures':
      return f.qt('noticeUnverified', { plan: f.planName(notice.planId) });
  }
}

/** The automations' daily sends, one row per automation. */
function automationRows(forecast: MonthForecast) {
  const groups = new Map<string, ForecastSend[]>();
  for (const send of forecast.sends) {
    if (send.kind !== 'automation') continue;
    const group = send.key.split(':')[1] ?? send.key;
    groups.set(group, [...(groups.get(group) ?? []), send]);
  }
  return [...groups.entries()].map(([group, sends]) => ({
    group,
    title: sends[0]!.title,
    messages: sends.reduce((n, s) => n + s.messages, 0),
    refused: sends.reduce((n, s) => n + s.refused, 0),
    cost: sends.reduce((n, s) => n + s.cost, 0),
  }));
}

function Fact({ label, children, testId }: { label: string; children: React.ReactNode; testId?: string }) {
  return (
    <div className="quota-fact">
      <dt>{label}</dt>
      <dd data-testid={testId}>{children}</dd>
    </div>
  );
}

export function MonthView({
  api,
  month,
  forecast,
  planning,
  plans,
  onMonth,
  onChanged,
}: {
  readonly api: ApiClient;
  readonly month: string;
  readonly forecast: MonthForecast | null;
  readonly planning: ChannelPlanning;
  readonly plans: readonly Plan[];
  readonly onMonth: (month: string) => void;
  readonly onChanged: () => void;
}) {
  const { qt, locale } = useQuotaText();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ kind: 'done' | 'error'; text: string } | null>(null);
  const series = useMemo(() => (forecast ? buildChartSeries(forecast) : null), [forecast]);

  const currency = forecast?.plan.currency ?? 'USD';
  const f: Formatters = {
    qt,
    locale,
    count: (n) => formatCount(locale, n),
    money: (amount) => formatMoney(locale, currency, amount),
    date: (date) => formatDate(locale, date),
    planName: (id) => plans.find((p) => p.id === id)?.name ?? id,
  };

  async function apply(fix: ForecastFix) {
    if (!forecast) return;
    setBusy(true);
    setStatus(null);
    try {
      if (isSendFix(fix)) {
        const campaignId = campaignIdOfFix(forecast, fix);
        if (campaignId === null) throw new Error(qt('fixInCampaigns'));
        const campaign = await api.getCampaign(campaignId);
        const draft = campaignDraftForFix(fix, campaign, forecast.timeZone);
        if (!draft) throw new Error(qt('fixInCampaigns'));
        await api.saveCampaign(campaignId, draft);
      } else {
        await api.saveChannelPlanning(planning.channelId, planningPatchForFix(fix, planning, plans));
      }
      setStatus({ kind: 'done', text: qt('fixApplied', { fix: fixText(fix, forecast, f) }) });
      onChanged();
    } catch (caught) {
      setStatus({ kind: 'error', text: describeError(caught) });
    } finally {
      setBusy(false);
    }
  }

  const nav = (
    <div className="quota-month-nav">
      <button
        type="button"
        className="button quota-button-secondary"
        onClick={() => onMonth(shiftMonth(month, -1))}
        aria-label={qt('previousMonth')}
        data-testid="quota-previous-month"
      >
        ‹
      </button>
      <h2 className="quota-month-title" data-testid="quota-month" data-month={month}>
        {formatMonth(locale, month)}
      </h2>
      <button
        type="button"
        className="button quota-button-secondary"
        onClick={() => onMonth(shiftMonth(month, 1))}
        aria-label={qt('nextMonth')}
        data-testid="quota-next-month"
      >
        ›
      </button>
      {forecast ? <span className="quota-muted">{forecast.timeZone}</span> : null}
    </div>
  );

  if (!forecast || !series) {
    return (
      <>
        {nav}
        <div className="spinner" role="status" aria-label={qt('loading')} />
      </>
    );
  }

  const { plan, totals, scenarios } = forecast;
  const campaigns = forecast.sends.filter((s) => s.kind !== 'automation');
  const automations = automationRows(forecast);
  const refusedSends = forecast.sends.filter((s) => s.outcome === 'refused');
  const scenarioText = (which: 'low' | 'high') =>
    qt('scenarioTotals', {
      messages: f.count(scenarios[which].messages),
      cost: f.money(scenarios[which].additionalCost),
      refused: f.count(scenarios[which].refused),
    });
  const dayFact = (date: string | null, testId: string) => (
    <span data-testid={testId} data-date={date ?? ''}>
      {date === null ? qt('notThisMonth') : f.date(date)}
    </span>
  );

  return (
    <div className="quota-month" data-testid="quota-month-view">
      {nav}
      <section className="card" aria-labelledby="quota-summary-title">
        <h3 className="card-title" id="quota-summary-title">
          {qt('summaryTitle')}
        </h3>
        <p className="quota-plan-line" data-testid="quota-plan-line">
          {qt('planLine', {
            plan: plan.name,
            fee: f.money(plan.monthlyFee),
            free: f.count(plan.freeMessages),
          })}{' '}
          {plan.additionalMessageCap === null
            ? qt('planNoAdditional')
            : qt('planCap', { cap: f.count(plan.additionalMessageCap) })}
        </p>
        {planning.pulled?.quota ? (
          <p className="quota-pulled" data-testid="quota-pulled">
            {planning.pulled.quota.type === 'limited' && planning.pulled.quota.value !== null
              ? qt('pulledQuota', {
                  value: f.count(planning.pulled.quota.value),
                  at: formatSendTime(locale, planning.pulled.quota.at, forecast.timeZone),
                })
              : qt('pulledQuotaNone', {
                  at: formatSendTime(locale, planning.pulled.quota.at, forecast.timeZone),
                })}
          </p>
        ) : null}
        {planning.pulled?.consumedAt && planning.consumed?.month === forecast.month ? (
          <p className="quota-pulled" data-testid="quota-pulled-consumed">
            {qt('pulledConsumed', {
              at: formatSendTime(locale, planning.pulled.consumedAt, forecast.timeZone),
            })}
          </p>
        ) : null}
        {forecast.planPeriods.length > 1 ? (
          <ul className="quota-periods">
            {forecast.planPeriods.map((period) => (
              <li key={period.from}>
                {qt('periodLine', {
                  from: f.date(period.from),
                  to: f.date(period.to),
                  plan: period.name,
                  free: f.count(period.freeMessages),
                })}
              </li>
            ))}
          </ul>
        ) : null}
        <dl className="quota-facts">
          <Fact label={qt('consumedBefore')}>{f.count(forecast.consumedBefore)}</Fact>
          <Fact label={qt('totalMessages')} testId="quota-total">
            {f.count(totals.messages)}
          </Fact>
          <Fact label={qt('totalFree')}>{f.count(totals.free)}</Fact>
          <Fact label={qt('totalAdditional')}>{f.count(totals.additional)}</Fact>
          <Fact label={qt('overageCost')} testId="quota-overage">
            {f.money(totals.additionalCost)}
          </Fact>
          <Fact label={qt('totalRefused')} testId="quota-refused-total">
            {f.count(totals.refused)}
          </Fact>
          <Fact label={qt('freeRunsOut')}>{dayFact(forecast.freeRunsOutOn, 'quota-free-runs-out')}</Fact>
          <Fact label={qt('capReached')}>{dayFact(forecast.capReachedOn, 'quota-cap-reached')}</Fact>
        </dl>
        {totals.unpricedAdditional > 0 ? (
          <p className="quota-warning">{qt('unpriced', { count: f.count(totals.unpricedAdditional) })}</p>
        ) : null}
        <p className="quota-muted">
          {qt('lowEnd')}: {scenarioText('low')} · {qt('highEnd')}: {scenarioText('high')}
        </p>
        {forecast.notices.map((notice) => (
          <p className="quota-warning" key={`${notice.kind} ${notice.planId}`} data-testid="quota-notice">
            {noticeText(notice, f)}
          </p>
        ))}
      </section>

      <section className="card" aria-labelledby="quota-chart-title">
        <h3 className="card-title" id="quota-chart-title">
          {qt('chartTitle')}
        </h3>
        <UsageChart series={series} locale={locale} qt={qt} />
      </section>

      {refusedSends.length > 0 || forecast.fixes.length > 0 ? (
        <section className="card quota-fixes" aria-labelledby="quota-fixes-title" data-testid="quota-fixes">
          <h3 className="card-title" id="quota-fixes-title">
            {qt('refusedTitle', { count: f.count(refusedSends.length) })}
          </h3>
          {refusedSends.length > 0 ? (
            <ul className="quota-refused-list" data-testid="quota-refused">
              {refusedSends.map((send) => (
                <li key={send.key}>
                  {qt('refusedLine', {
                    send: send.title,
                    when: formatSendTime(locale, send.at, forecast.timeZone),
                    count: f.count(send.refused),
                  })}
                </li>
              ))}
            </ul>
          ) : (
            <p className="quota-muted">{qt('cutOnly')}</p>
          )}
          <h4 className="quota-subtitle">{qt('fixesTitle')}</h4>
          <ul className="quota-fix-list">
            {forecast.fixes.map((fix, index) => {
              const applicable = !isSendFix(fix) || campaignIdOfFix(forecast, fix) !== null;
              return (
                <li key={`${fix.kind} ${String(index)}`} className="quota-fix" data-fix={fix.kind}>
                  <div>
                    <div className="quota-fix-text">{fixText(fix, forecast, f)}</div>
                    <div className="quota-muted">{effectText(fix, f)}</div>
                  </div>
                  {applicable ? (
                    <button
                      type="button"
                      className="button quota-button-secondary"
                      disabled={busy}
                      onClick={() => void apply(fix)}
                    >
                      {qt('applyFix')}
                    </button>
                  ) : (
                    <span className="quota-muted">{qt('fixInCampaigns')}</span>
                  )}
                </li>
              );
            })}
          </ul>
          {status ? (
            <p
              className={status.kind === 'error' ? 'field-error' : 'quota-done'}
              role={status.kind === 'error' ? 'alert' : 'status'}
              data-testid="quota-fix-status"
            >
              {status.text}
            </p>
          ) : null}
        </section>
      ) : null}

      <section className="card" aria-labelledby="quota-sends-title">
        <h3 className="card-title" id="quota-sends-title">
          {qt('sendsTitle')}
        </h3>
        {campaigns.length === 0 && automations.length === 0 ? (
          <p className="quota-muted">{qt('noSends')}</p>
        ) : (
          <div className="quota-table-wrap">
            <table className="quota-table" data-testid="quota-sends">
              <thead>
                <tr>
                  <th scope="col">{qt('colWhen')}</th>
                  <th scope="col">{qt('colSend')}</th>
                  <th scope="col">{qt('colKind')}</th>
                  <th scope="col" className="quota-num">
                    {qt('colMessages')}
                  </th>
                  <th scope="col" className="quota-num">
                    {qt('colEstimate')}
                  </th>
                  <th scope="col">{qt('colOutcome')}</th>
                  <th scope="col" className="quota-num">
                    {qt('colCost')}
                  </th>
                  <th scope="col" className="quota-num">
                    {qt('colCumulative')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {campaigns.map((send) => {
                  const notes = outcomeNotes(send, f);
                  return (
                    <tr key={send.key} data-send-key={send.key} data-outcome={send.outcome}>
                      <td>{formatSendTime(locale, send.at, forecast.timeZone)}</td>
                      <td>
                        <div>{send.title}</div>
                        <div className="quota-muted quota-key">{send.key}</div>
                      </td>
                      <td>{qt(sendKindKey[send.kind])}</td>
                      <td className="quota-num">{f.count(send.messages)}</td>
                      <td className="quota-num">{rangeText(send, f)}</td>
                      <td>
                        <span className={`quota-outcome quota-outcome-${send.outcome}`}>
                          {qt(outcomeKey[send.outcome])}
                        </span>
                        {notes.length > 0 ? <div className="quota-muted">{notes.join(' · ')}</div> : null}
                      </td>
                      <td className="quota-num">{send.cost > 0 ? f.money(send.cost) : '—'}</td>
                      <td className="quota-num">{f.count(send.cumulative)}</td>
                    </tr>
                  );
                })}
                {automations.map((row) => (
                  <tr key={`auto ${row.group}`} data-outcome={row.refused > 0 ? 'refused' : 'sent'}>
                    <td>{qt('everyDay')}</td>
                    <td>{row.title}</td>
                    <td>{qt('kindAutomation')}</td>
                    <td className="quota-num">{f.count(row.messages)}</td>
                    <td className="quota-num">—</td>
                    <td>
                      {row.refused > 0
                        ? qt('notePartRefused', { count: f.count(row.refused) })
                        : qt('automationSent')}
                    </td>
                    <td className="quota-num">{row.cost > 0 ? f.money(row.cost) : '—'}</td>
                    <td className="quota-num">—</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {forecast.drafts.length > 0 ? (
          <>
            <h4 className="quota-subtitle">
              {qt('draftsTitle', { count: f.count(forecast.drafts.length) })}
            </h4>
            <ul className="quota-drafts" data-testid="quota-drafts">
              {forecast.drafts.map((draft) => (
                <li key={draft.key}>
                  {formatSendTime(locale, draft.at, forecast.timeZone)} · {draft.title} ·{' '}
                  {qt(sendKindKey[draft.kind])} · ~{f.count(Math.round(draft.estimate.expected))}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
    </div>
  );
}
