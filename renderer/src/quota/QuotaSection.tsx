// The Quota section: the month forecast of the channel (chart, sends, run-out days, cost, fixes),
// its planning figures, and the plan catalogue. Everything is read from and saved through the quota
// API; a change anywhere (this window, another, the command line) arrives as an event and reloads.

import { useCallback, useEffect, useState } from 'react';
import { DateTime } from 'luxon';
import { useTranslation } from 'react-i18next';
import type { ApiClient } from '../../../shared/api/client';
import type { Channel } from '../../../shared/domain/channel';
import type { ChannelPlanning, MonthForecast, Plan } from '../../../shared/quota/model';
import { describeError } from '../ui/errors';
import { keepLatest } from '../ui/latest';
import { MonthView } from './MonthView';
import { PlanningView } from './PlanningView';
import { PlansView } from './PlansView';
import { useQuotaText } from './text';
import './quota.css';

type Tab = 'month' | 'planning' | 'plans';
const tabs: readonly Tab[] = ['month', 'planning', 'plans'];
const tabKey = { month: 'tabMonth', planning: 'tabPlanning', plans: 'tabPlans' } as const;

const currentMonth = (zone: string): string => DateTime.now().setZone(zone).toFormat('yyyy-MM');

export function QuotaSection({
  api,
  channel,
}: {
  readonly api: ApiClient;
  readonly channel: Channel | undefined;
}) {
  const { qt } = useQuotaText();
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>('month');
  const [plans, setPlans] = useState<readonly Plan[] | null>(null);
  const [planning, setPlanning] = useState<ChannelPlanning | null>(null);
  const [month, setMonth] = useState<string | null>(null);
  const [forecast, setForecast] = useState<MonthForecast | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reloads, setReloads] = useState(0);
  const channelId = channel?.id;
  const reload = useCallback(() => setReloads((n) => n + 1), []);

  useEffect(() => {
    const off = [
      api.on('planningChanged', (event) => {
        if (event.channelId === null || event.channelId === channelId) reload();
      }),
      api.on('campaignsChanged', (event) => {
        if (event.channelId === channelId) reload();
      }),
    ];
    return () => off.forEach((stop) => stop());
  }, [api, channelId, reload]);

  useEffect(() => {
    if (channelId === undefined) return;
    return keepLatest(
      Promise.all([api.listPlans(), api.getChannelPlanning(channelId)]),
      ([catalogue, figures]) => {
        setPlans(catalogue);
        setPlanning(figures);
        setMonth((chosen) => chosen ?? currentMonth(figures.timeZone));
        setError(null);
      },
      (caught) => setError(describeError(caught)),
    );
  }, [api, channelId, reloads]);

  useEffect(() => {
    if (channelId === undefined || month === null) return;
    return keepLatest(
      api.forecastMonth(channelId, month),
      (result) => {
        setForecast(result);
        setError(null);
      },
      (caught) => setError(describeError(caught)),
    );
  }, [api, channelId, month, reloads]);

  if (!channel) return <p className="quota-muted">{qt('noChannel')}</p>;

  return (
    <div className="page quota-page">
      <header className="page-header quota-header">
        <div>
          <h1 className="page-title">{t('sections.quota.title')}</h1>
          <p className="quota-lead">{t('sections.quota.empty')}</p>
        </div>
        <div className="quota-tabs" role="tablist" aria-label={t('sections.quota.title')}>
          {tabs.map((name) => (
            <button
              key={name}
              type="button"
              role="tab"
              id={`quota-tab-${name}`}
              aria-selected={tab === name}
              aria-controls={`quota-panel-${name}`}
              className="quota-tab"
              data-testid={`quota-tab-${name}`}
              onClick={() => setTab(name)}
            >
              {qt(tabKey[name])}
            </button>
          ))}
        </div>
      </header>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <div
        className="page-body"
        role="tabpanel"
        id={`quota-panel-${tab}`}
        aria-labelledby={`quota-tab-${tab}`}
      >
        {!plans || !planning || month === null ? (
          <div className="spinner" role="status" aria-label={qt('loading')} />
        ) : tab === 'month' ? (
          <MonthView
            api={api}
            month={month}
            forecast={forecast?.month === month ? forecast : null}
            planning={planning}
            plans={plans}
            onMonth={setMonth}
            onChanged={reload}
          />
        ) : tab === 'planning' ? (
          <PlanningView
            key={`${String(channel.id)} ${month}`}
            api={api}
            planning={planning}
            plans={plans}
            month={month}
            onSaved={(saved) => {
              setPlanning(saved);
              reload();
            }}
          />
        ) : (
          <PlansView api={api} plans={plans} onChanged={reload} />
        )}
      </div>
    </div>
  );
}
