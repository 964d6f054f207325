// The Campaigns section: the channel's month as a calendar (drag a campaign to another day) or a
// list with each campaign's status, time, kind, reach and rule problems, in the channel's time zone;
// a campaign opens in the composer.

import { DateTime } from 'luxon';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiClient } from '../../../shared/api/client';
import type { AudienceSummary } from '../../../shared/audiences/audience';
import type { CampaignCheckResult } from '../../../shared/campaigns/contract';
import { toDraft, type Campaign, type CampaignSummary } from '../../../shared/campaigns/model';
import type { Channel } from '../../../shared/domain/channel';
import type { ProjectSummary } from '../../../shared/editor/project';
import { formatNumber } from '../audiences/format';
import { describeError } from '../ui/errors';
import { keepLatest } from '../ui/latest';
import { CampaignCalendar } from './CampaignCalendar';
import { campaignsOnDay } from './calendar-events';
import { CampaignList } from './CampaignList';
import { currentMonth, floatingToMonth, moveToDay, shiftMonth } from './calendar-time';
import { Composer } from './Composer';
import { useCampaignText } from './labels';
import './campaigns.css';

type View = 'calendar' | 'list';
type Editing = { readonly campaign: Campaign | null } | null;

interface Loaded {
  readonly zone: string;
  readonly projects: readonly ProjectSummary[];
  readonly audiences: readonly AudienceSummary[];
}

/** Where a new campaign's send time starts: noon tomorrow, or noon on the 1st of a later month. */
function newCampaignAt(month: string, zone: string, now: Date): string {
  const tomorrow = DateTime.fromJSDate(now, { zone })
    .plus({ days: 1 })
    .set({ hour: 12, minute: 0, second: 0, millisecond: 0 });
  const first = DateTime.fromFormat(`${month}-01 12:00`, 'yyyy-MM-dd HH:mm', { zone });
  const at = first > tomorrow ? first : tomorrow;
  return at.toISO({ suppressMilliseconds: true }) ?? now.toISOString();
}

export function CampaignsSection({
  api,
  channel,
}: {
  readonly api: ApiClient;
  readonly channel: Channel | undefined;
}) {
  const { ct, locale } = useCampaignText();
  const { t } = useTranslation();
  const channelId = channel?.id;
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [month, setMonth] = useState<string | null>(null);
  /** The month's campaigns as the calendar shows them (no content): what the section opens with. */
  const [summaries, setSummaries] = useState<readonly CampaignSummary[] | null>(null);
  /** The month's campaigns in full, for the list (which checks each one): fetched when it is shown. */
  const [full, setFull] = useState<{ readonly month: string; readonly list: readonly Campaign[] } | null>(
    null,
  );
  const campaigns = full && full.month === month ? full.list : null;
  const [allCampaigns, setAllCampaigns] = useState<readonly Campaign[]>([]);
  const [checks, setChecks] = useState<ReadonlyMap<number, CampaignCheckResult>>(new Map());
  const [view, setView] = useState<View>('calendar');
  /** A day of the month the list is narrowed to (from the calendar's "+n more"). */
  const [day, setDay] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const [error, setError] = useState<string | null>(null);
  const [reloads, setReloads] = useState(0);

  useEffect(
    () =>
      api.on('campaignsChanged', (event) => {
        if (event.channelId === channelId) setReloads((n) => n + 1);
      }),
    [api, channelId],
  );

  useEffect(() => {
    if (channelId === undefined) return;
    return keepLatest(
      Promise.all([
        api.getChannelPlanning(channelId),
        api.listProjects(channelId),
        api.listAudiences(channelId),
      ]),
      ([planning, projects, audiences]) => {
        setLoaded({ zone: planning.timeZone, projects, audiences });
        setMonth((m) => m ?? currentMonth(new Date(), planning.timeZone));
      },
      (caught) => setError(describeError(caught)),
    );
  }, [api, channelId, reloads]);

  useEffect(() => {
    if (channelId === undefined || month === null) return;
    return keepLatest(
      api.listCampaignSummaries(channelId, month),
      (list) => {
        setSummaries(list);
        setError(null);
      },
      (caught) => setError(describeError(caught)),
    );
  }, [api, channelId, month, reloads]);

  useEffect(() => {
    if (channelId === undefined || month === null || view !== 'list') return;
    return keepLatest(
      api.listCampaigns(channelId, month),
      (list) => {
        setFull({ month, list });
        setError(null);
      },
      (caught) => setError(describeError(caught)),
    );
  }, [api, channelId, month, reloads, view]);

  // The list shows each campaign's problems: checked one after another while the list is open.
  const listed = useMemo(
    () => (campaigns && day && loaded ? campaignsOnDay(campaigns, loaded.zone, day) : campaigns),
    [campaigns, day, loaded],
  );

  useEffect(() => {
    if (view !== 'list' || channelId === undefined || !listed) return;
    let current = true;
    void (async () => {
      const next = new Map<number, CampaignCheckResult>();
      for (const campaign of listed) {
        if (!current) return;
        try {
          next.set(campaign.id, await api.checkCampaign(channelId, toDraft(campaign), campaign.id));
        } catch {
          // A campaign deleted meanwhile: the reload that follows drops it.
        }
        if (next.size % 20 === 0 && current) setChecks(new Map(next));
      }
      if (current) setChecks(next);
    })();
    return () => {
      current = false;
    };
  }, [api, channelId, listed, view]);

  const openComposer = (campaign: Campaign | null) => {
    setEditing({ campaign });
    if (channelId !== undefined)
      api
        .listCampaigns(channelId, null)
        .then(setAllCampaigns, (caught: unknown) => setError(describeError(caught)));
  };

  /** A campaign from the calendar opens in full. */
  const openFromCalendar = (summary: CampaignSummary) => {
    api.getCampaign(summary.id).then(openComposer, (caught: unknown) => setError(describeError(caught)));
  };

  const nextSync = useMemo(() => summaries?.filter((c) => c.at === null).length ?? 0, [summaries]);

  if (!channel) return <p className="camp-muted">{ct('noChannel')}</p>;
  if (!loaded || month === null)
    return error ? (
      <p className="field-error" role="alert">
        {error}
      </p>
    ) : (
      <div className="spinner" role="status" aria-label={ct('loading')} />
    );
  const zone = loaded.zone;

  if (editing)
    return (
      <div className="page camp-page">
        <Composer
          key={editing.campaign?.id ?? 'new'}
          api={api}
          channelId={channel.id}
          channelName={channel.name}
          zone={zone}
          campaign={editing.campaign}
          newAt={newCampaignAt(month, zone, new Date())}
          projects={loaded.projects}
          audiences={loaded.audiences}
          campaigns={allCampaigns}
          onClose={() => {
            setEditing(null);
            setReloads((n) => n + 1);
          }}
          onOpen={(campaign) => openComposer(campaign)}
        />
      </div>
    );

  const move = (summary: CampaignSummary, day: Date) => {
    if (summary.at === null) return;
    const at = moveToDay(summary.at, day, zone);
    if (at === summary.at) return;
    // Shown moved at once; put back if main refuses.
    setSummaries((list) => list?.map((c) => (c.id === summary.id ? { ...c, at } : c)) ?? null);
    api
      .getCampaign(summary.id)
      .then((campaign) => api.saveCampaign(campaign.id, { ...toDraft(campaign), at }))
      .then(
        () => setReloads((n) => n + 1),
        (caught: unknown) => {
          setError(describeError(caught));
          setReloads((n) => n + 1);
        },
      );
  };

  const monthTitle = DateTime.fromFormat(month, 'yyyy-MM')
    .setLocale(locale)
    .toLocaleString({ year: 'numeric', month: 'long' });

  return (
    <div className="page camp-page" data-testid="campaigns-section">
      <header className="page-header camp-header">
        <div>
          <h1 className="page-title">{t('sections.campaigns.title')}</h1>
          <p className="camp-lead">{t('sections.campaigns.empty')}</p>
          <p className="camp-muted">{ct('zoneNote', { zone })}</p>
        </div>
        <div className="camp-header-actions">
          <button
            type="button"
            className="button button-primary"
            data-testid="new-campaign"
            onClick={() => openComposer(null)}
          >
            {ct('newCampaign')}
          </button>
        </div>
      </header>
      <div className="camp-toolbar">
        <button
          type="button"
          className="button"
          onClick={() => {
            setDay(null);
            setMonth(shiftMonth(month, -1));
          }}
        >
          {ct('previousMonth')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            setDay(null);
            setMonth(currentMonth(new Date(), zone));
          }}
        >
          {ct('today')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            setDay(null);
            setMonth(shiftMonth(month, 1));
          }}
        >
          {ct('nextMonth')}
        </button>
        <h2 className="camp-month" data-testid="calendar-month" data-month={month}>
          {monthTitle}
        </h2>
        <span className="camp-muted">
          {ct('monthCount', { count: formatNumber(locale, summaries?.length ?? 0) })}
          {nextSync > 0 ? ` · ${ct('nextSyncCount', { count: nextSync })}` : ''}
        </span>
        <span className="camp-spacer" />
        <div className="camp-toggle" role="group" aria-label={ct('view')}>
          <button
            type="button"
            className={`button${view === 'calendar' ? ' camp-toggle-on' : ''}`}
            aria-pressed={view === 'calendar'}
            onClick={() => {
              setDay(null);
              setView('calendar');
            }}
          >
            {ct('viewCalendar')}
          </button>
          <button
            type="button"
            className={`button${view === 'list' ? ' camp-toggle-on' : ''}`}
            aria-pressed={view === 'list'}
            data-testid="view-list"
            onClick={() => setView('list')}
          >
            {ct('viewList')}
          </button>
        </div>
      </div>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      {(view === 'calendar' ? summaries : campaigns) === null ? (
        <div className="spinner" role="status" aria-label={ct('loading')} />
      ) : view === 'calendar' ? (
        <CampaignCalendar
          campaigns={summaries ?? []}
          zone={zone}
          month={month}
          onMonth={(date) => setMonth(floatingToMonth(date))}
          onOpen={openFromCalendar}
          onMove={move}
          onDay={(chosen) => {
            setDay(chosen);
            setView('list');
          }}
        />
      ) : (
        <>
          {day ? (
            <p className="camp-day-filter">
              {ct('listDay', {
                day: DateTime.fromISO(day).setLocale(locale).toLocaleString(DateTime.DATE_FULL),
              })}{' '}
              <button type="button" className="button camp-button-small" onClick={() => setDay(null)}>
                {ct('wholeMonth')}
              </button>
            </p>
          ) : null}
          <CampaignList campaigns={listed ?? []} checks={checks} zone={zone} onOpen={openComposer} />
        </>
      )}
    </div>
  );
}
