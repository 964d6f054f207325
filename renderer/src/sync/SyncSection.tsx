// The Sync section: whether LINE answers (the app plans offline, and sync waits), what a push would
// do before anything leaves (campaigns with their recipients and cost against the quota left, rich
// menus to be created or replaced), the Push button that is the user's go, the outbox with each
// entry's state, progress and LINE's last answer, retry and discard per entry, scheduled sends
// missed while the app was closed, and a pull from LINE on demand.

import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiClient } from '../../../shared/api/client';
import type { Channel } from '../../../shared/domain/channel';
import type { LocalizedText } from '../../../shared/i18n/text';
import type { MissedSchedule, SyncDiff, SyncEntry, SyncPushResult } from '../../../shared/sync/contract';
import type { PullReport } from '../../../shared/sync/pull';
import { describeError, translateDynamic, useRenderText } from '../ui/errors';
import { keepLatest } from '../ui/latest';
import './sync.css';

type St = (key: string, params?: Readonly<Record<string, string | number>>) => string;

function useSyncText(): { st: St; locale: string } {
  const { t, i18n } = useTranslation();
  const st = useCallback<St>((key, params) => translateDynamic(t, `sync.${key}`, params), [t]);
  return { st, locale: i18n.language };
}

export function SyncSection({
  api,
  channel,
}: {
  readonly api: ApiClient;
  readonly channel: Channel | undefined;
}) {
  const { t } = useTranslation();
  const { st, locale } = useSyncText();
  const render = useRenderText();
  const [diff, setDiff] = useState<SyncDiff | null>(null);
  const [entries, setEntries] = useState<readonly SyncEntry[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [pulling, setPulling] = useState(false);
  const [reloads, setReloads] = useState(0);
  const channelId = channel?.id;
  const reload = useCallback(() => setReloads((n) => n + 1), []);
  const count = (n: number) => new Intl.NumberFormat(locale).format(n);
  const when = (at: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(at));

  useEffect(() => {
    const off = [
      api.on('outboxChanged', (event) => {
        if (event.channelId === channelId) reload();
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
      Promise.all([api.syncDiff(channelId), api.listOutbox(channelId)]),
      ([nextDiff, outbox]) => {
        setDiff(nextDiff);
        setEntries(outbox);
        setError(null);
      },
      (caught) => setError(describeError(caught)),
    );
  }, [api, channelId, reloads]);

  const act = async (run: () => Promise<string | null>) => {
    setBusy(true);
    setNotice(null);
    try {
      setNotice(await run());
      setError(null);
    } catch (caught) {
      setError(describeError(caught));
    } finally {
      setBusy(false);
      reload();
    }
  };

  const outcome = (result: SyncPushResult): string =>
    result.leased
      ? [
          // Dated: entries still waiting go on by themselves, so the counts describe that push only.
          st('pushResult', {
            time: new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(new Date()),
            done: count(result.done.length),
            failed: count(result.failed.length + result.needsUser.length),
            waiting: count(result.waiting.length),
          }),
          ...result.notQueued.map((n) => `${n.title}: ${render(n.error)}`),
        ].join('\n')
      : render({ key: 'errors.sync.leaseHeld', params: { holder: result.heldBy ?? '' } });

  const pulled = (report: PullReport): string => {
    const parts = new Intl.ListFormat(locale, { type: 'conjunction' }).format(
      report.changed.map((part) => st(`pullPart.${part}`)),
    );
    return [
      report.changed.length > 0 ? st('pullChanged', { parts }) : st('pullUnchanged'),
      ...report.skipped.map((s) => render(s.error)),
      ...report.failures.map((f) => render(f.error)),
    ].join('\n');
  };

  if (!channel) return <p className="sync-muted">{st('noChannel')}</p>;

  const pushable =
    diff !== null &&
    (diff.sends.some((s) => s.refusal === null) || diff.waiting.length > 0 || diff.richMenus.length > 0);

  return (
    <div className="page sync-page" data-testid="sync-section">
      <header className="page-header">
        <h1 className="page-title">{t('sections.sync.title')}</h1>
        <p className="sync-lead">{t('sections.sync.empty')}</p>
      </header>
      <div className="page-body sync-body">
        {diff ? (
          diff.connection.online ? (
            <p className="sync-online" data-testid="sync-online">
              {st('online')}
            </p>
          ) : (
            <p className="sync-offline" role="status" data-testid="sync-offline">
              {st('offline', { reason: render(diff.connection.reason) })}
            </p>
          )
        ) : (
          <div className="spinner" role="status" />
        )}
        {error ? (
          <p className="sync-error" role="alert">
            {error}
          </p>
        ) : null}
        {notice ? (
          <p className="sync-notice" role="status" data-testid="sync-notice">
            {notice}
          </p>
        ) : null}

        {diff && diff.missed.length > 0 ? (
          <section className="card" aria-labelledby="sync-missed-title" data-testid="sync-missed">
            <h2 className="card-title" id="sync-missed-title">
              {st('missedTitle')}
            </h2>
            <ul className="sync-list">
              {diff.missed.map((m) => (
                <MissedRow
                  key={m.campaignId}
                  missed={m}
                  st={st}
                  when={when}
                  render={render}
                  busy={busy}
                  onSend={() => act(async () => outcome(await api.sendMissedSchedule(m.campaignId)))}
                />
              ))}
            </ul>
          </section>
        ) : null}

        {diff ? (
          <section className="card" aria-labelledby="sync-diff-title" data-testid="sync-diff">
            <h2 className="card-title" id="sync-diff-title">
              {st('diffTitle')}
            </h2>
            {diff.sends.length === 0 && diff.waiting.length === 0 && diff.richMenus.length === 0 ? (
              <p className="sync-muted">{st('nothingToPush')}</p>
            ) : null}
            <ul className="sync-list">
              {diff.sends.map((s) => (
                <li key={s.campaignId} className="sync-row" data-testid="sync-diff-send">
                  <span>
                    {s.refusal
                      ? st('notReady', { title: s.title })
                      : st('sendLine', {
                          title: s.title,
                          kind: translateDynamic(t, `campaigns.kind.${s.sendKind}`),
                          recipients: count(s.recipients),
                          cost: count(s.cost),
                        })}
                  </span>
                  {s.refusal ? (
                    <Problems text={s.refusal.text} details={s.refusal.details} render={render} />
                  ) : null}
                </li>
              ))}
            </ul>
            {diff.audiences.length > 0 ? (
              <>
                <h3 className="sync-subtitle">{st('audiencesTitle')}</h3>
                <ul className="sync-list">
                  {diff.audiences.map((a) => (
                    <li key={a.audienceId} className="sync-row" data-testid="sync-diff-audience">
                      {a.members === null
                        ? st('audienceLineRetargeting', { name: a.name, for: a.for.join(', ') })
                        : st('audienceLine', {
                            name: a.name,
                            members: count(a.members),
                            files: count(a.files),
                            for: a.for.join(', '),
                          })}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {diff.waiting.length > 0 ? (
              <>
                <h3 className="sync-subtitle">{st('waitingTitle')}</h3>
                <ul className="sync-list">
                  {diff.waiting.map((e) => (
                    <li key={e.id} className="sync-row">
                      {entryTitle(e, st)} · {count(e.cost)}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {diff.richMenus.length > 0 ? (
              <>
                <h3 className="sync-subtitle">{st('richMenusTitle')}</h3>
                <ul className="sync-list" data-testid="sync-diff-richmenus">
                  {diff.richMenus.flatMap((r) =>
                    r.link
                      ? [
                          <li key={`${String(r.entryId)}-link`} className="sync-row">
                            {st('richMenuLink', {
                              project: r.project,
                              users: count(r.link.users),
                              id: r.link.richMenuId,
                            })}
                          </li>,
                        ]
                      : r.changes.map((c) => (
                          <li
                            key={`${String(r.entryId)}-${String(c.documentIndex)}`}
                            className="sync-row"
                            data-testid="sync-diff-richmenu"
                          >
                            {c.action === 'create'
                              ? st('richMenuCreate', { project: r.project, name: c.name })
                              : st('richMenuReplace', {
                                  project: r.project,
                                  name: c.name,
                                  id: c.replaces ?? '',
                                })}
                          </li>
                        )),
                  )}
                </ul>
              </>
            ) : null}
            <p className="sync-quota" data-testid="sync-quota">
              {diff.quota.remaining === null
                ? st('quotaUnlimited', {
                    cost: count(diff.cost),
                    source: st(diff.quota.source === 'line' ? 'sourceLine' : 'sourceForecast'),
                  })
                : st('quotaLine', {
                    cost: count(diff.cost),
                    remaining: count(diff.quota.remaining),
                    source: st(diff.quota.source === 'line' ? 'sourceLine' : 'sourceForecast'),
                  })}
            </p>
            {diff.fits ? null : <p className="sync-warning">{st('overQuota')}</p>}
            <div className="sync-actions">
              <button
                type="button"
                className="button button-primary"
                disabled={busy || !pushable}
                data-testid="sync-push"
                onClick={() => act(async () => outcome(await api.pushChannel(channel.id)))}
              >
                {busy && !pulling ? st('pushing') : st('push')}
              </button>
              <span className="sync-muted">{st('pushHint')}</span>
            </div>
            <div className="sync-actions">
              <button
                type="button"
                className="button"
                disabled={busy}
                data-testid="sync-pull"
                onClick={() => {
                  setPulling(true);
                  void act(async () => pulled(await api.pullFromLine(channel.id))).finally(() =>
                    setPulling(false),
                  );
                }}
              >
                {pulling ? st('pulling') : st('pull')}
              </button>
              <span className="sync-muted">{st('pullHint')}</span>
            </div>
          </section>
        ) : null}

        <section className="card" aria-labelledby="sync-queue-title" data-testid="sync-queue">
          <h2 className="card-title" id="sync-queue-title">
            {st('queueTitle')}
          </h2>
          {entries.length === 0 ? <p className="sync-muted">{st('emptyQueue')}</p> : null}
          <ul className="sync-list">
            {[...entries].reverse().map((e) => (
              <EntryRow
                key={e.id}
                entry={e}
                st={st}
                count={count}
                render={render}
                busy={busy}
                onRetry={() => act(async () => outcome(await api.retryEntry(e.id)))}
                onDiscard={() =>
                  act(async () => {
                    const result = await api.discardEntry(e.id);
                    const title = e.campaign ?? '';
                    return result.campaignStatus === 'ready'
                      ? st('discardedReady', { title })
                      : result.campaignStatus === 'failed'
                        ? st('discardedFailed', { title })
                        : st('discardedEntry');
                  })
                }
              />
            ))}
          </ul>
        </section>
      </div>
    </div>
  );
}

function entryTitle(entry: SyncEntry, st: St): string {
  const name = entry.campaign ?? entry.project ?? entry.audience ?? `#${String(entry.id)}`;
  const part = entry.part > 0 ? ` (${st('part', { part: entry.part + 1 })})` : '';
  return `${name}${part} · ${st(`kind.${entry.kind}`)}`;
}

function Problems({
  text,
  details,
  render,
}: {
  readonly text?: LocalizedText;
  readonly details: readonly LocalizedText[];
  readonly render: (text: LocalizedText) => string;
}) {
  return (
    <div className="sync-problem">
      {text ? <p>{render(text)}</p> : null}
      {details.length > 0 ? (
        <ul>
          {details.map((d, i) => (
            <li key={i}>{render(d)}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function MissedRow({
  missed,
  st,
  when,
  render,
  busy,
  onSend,
}: {
  readonly missed: MissedSchedule;
  readonly st: St;
  readonly when: (at: string) => string;
  readonly render: (text: LocalizedText) => string;
  readonly busy: boolean;
  readonly onSend: () => void;
}) {
  return (
    <li className="sync-row" data-testid="sync-missed-row">
      <span>
        {missed.reason === 'missed'
          ? st('missedLine', { title: missed.title, at: when(missed.at) })
          : st('refusedLine', { title: missed.title, at: when(missed.at) })}
      </span>
      {missed.error ? <Problems text={missed.error} details={[]} render={render} /> : null}
      <div className="sync-actions">
        <button type="button" className="button" disabled={busy} onClick={onSend} data-testid="sync-send-now">
          {st('sendNow')}
        </button>
      </div>
    </li>
  );
}

function EntryRow({
  entry,
  st,
  count,
  render,
  busy,
  onRetry,
  onDiscard,
}: {
  readonly entry: SyncEntry;
  readonly st: St;
  readonly count: (n: number) => string;
  readonly render: (text: LocalizedText) => string;
  readonly busy: boolean;
  readonly onRetry: () => void;
  readonly onDiscard: () => void;
}) {
  const open = entry.state !== 'done' && entry.state !== 'running';
  const progress = entry.progress;
  const error = entry.lastError;
  // An entry waiting for LINE (an audience still processing, a job slot, an A/B test's wait) is
  // normal, not a failure: its note reads as such, and Retry asks LINE again now.
  const waiting = entry.state === 'pending' && error?.waiting === true;
  return (
    <li
      className={`sync-row sync-entry sync-state-${entry.state}`}
      data-testid="sync-entry"
      data-state={entry.state}
      data-campaign={entry.campaign ?? ''}
    >
      <div className="sync-entry-head">
        <span className="sync-entry-title">{entryTitle(entry, st)}</span>
        <span className="sync-badge" data-testid="sync-entry-state">
          {st(`state.${entry.state}`)}
        </span>
      </div>
      <div className="sync-muted">
        {st('attempts', { count: count(entry.attempts) })}
        {entry.requestId ? ` · ${st('requestId', { id: entry.requestId })}` : ''}
      </div>
      {entry.abTestWinner !== null ? (
        <div data-testid="sync-entry-winner">
          {st('abTestWinner', { variant: String.fromCharCode(65 + entry.abTestWinner) })}
        </div>
      ) : null}
      {progress && 'targetCount' in progress && progress.targetCount !== undefined ? (
        <div className="sync-progress">
          <progress max={Math.max(1, progress.targetCount)} value={progress.successCount ?? 0} />
          <span className="sync-muted">
            {st('progress', {
              success: count(progress.successCount ?? 0),
              target: count(progress.targetCount),
            })}
          </span>
        </div>
      ) : progress && 'members' in progress && progress.members !== undefined ? (
        <div className="sync-progress" data-testid="sync-audience-progress">
          <progress max={Math.max(1, progress.members)} value={progress.audienceCount ?? 0} />
          <span className="sync-muted">
            {st('audienceProgress', {
              count: count(progress.audienceCount ?? 0),
              members: count(progress.members),
              status: progress.status ?? '',
            })}
          </span>
        </div>
      ) : null}
      {error && entry.state !== 'done' ? (
        <div
          className={waiting ? 'sync-wait-note' : 'sync-problem'}
          data-testid="sync-entry-error"
          data-kind={waiting ? 'waiting' : 'error'}
        >
          <p>{render(error)}</p>
          {error.details?.length ? (
            <>
              <p className="sync-muted">{st('lineSaid')}</p>
              <ul>
                {error.details.map((d, i) => (
                  <li key={i}>
                    {d.property ? <code>{d.property}</code> : null} {d.message}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ) : null}
      {open ? (
        <div className="sync-actions">
          <button type="button" className="button" disabled={busy} onClick={onRetry} data-testid="sync-retry">
            {waiting ? st('checkNow') : st('retry')}
          </button>
          <button
            type="button"
            className="button button-danger"
            disabled={busy}
            onClick={onDiscard}
            data-testid="sync-discard"
          >
            {st('discard')}
          </button>
        </div>
      ) : null}
    </li>
  );
}
