// The composer: a campaign's title, key, send time (in the channel's zone, or at the next sync) and
// send kind, its bubbles or A/B variants, its recipients, the phone preview, the live reach estimate
// and every rule's findings from checkCampaign (the same checks main enforces). A draft saves with
// problems; ready and scheduled are refused by main until none is an error. Sent campaigns open
// read-only and can be duplicated.

import { useEffect, useMemo, useState } from 'react';
import type { ApiClient } from '../../../shared/api/client';
import type { AudienceSummary } from '../../../shared/audiences/audience';
import type { CampaignCheckResult } from '../../../shared/campaigns/contract';
import {
  lockedStatuses,
  sendKinds,
  toDraft,
  type Campaign,
  type CampaignDraft,
  type EditableStatus,
  type SendKind,
} from '../../../shared/campaigns/model';
import { reachText } from '../../../shared/campaigns/reach';
import type { ProjectSummary } from '../../../shared/editor/project';
import { describeError, useRenderText } from '../ui/errors';
import { fromLocalInput, toLocalInput } from './calendar-time';
import { AbPlanner } from './AbPlanner';
import { BubbleList } from './Bubbles';
import { DeliveryPanel } from './Delivery';
import { emptyDraft, findingArea, withAbTest, withSendKind } from './draft-edit';
import { Field } from './Field';
import { FindingList } from './Findings';
import { useCampaignText, useModelText, withLocaleNumbers } from './labels';
import { PhonePreview } from './PhonePreview';
import { Targeting } from './Targeting';

export interface ComposerProps {
  readonly api: ApiClient;
  readonly channelId: number;
  readonly channelName: string;
  readonly zone: string;
  /** The stored campaign, or null for a new one (sent at `newAt`). */
  readonly campaign: Campaign | null;
  readonly newAt: string | null;
  readonly projects: readonly ProjectSummary[];
  readonly audiences: readonly AudienceSummary[];
  readonly campaigns: readonly Campaign[];
  readonly onClose: () => void;
  readonly onOpen: (campaign: Campaign) => void;
}

export function Composer(props: ComposerProps) {
  const { api, channelId, zone, projects, audiences, campaigns, onClose, onOpen } = props;
  const { ct, locale } = useCampaignText();
  const model = useModelText();
  const render = useRenderText();
  const [stored, setStored] = useState<Campaign | null>(props.campaign);
  const [draft, setDraft] = useState<CampaignDraft>(() =>
    props.campaign ? toDraft(props.campaign) : emptyDraft(props.newAt),
  );
  const [check, setCheck] = useState<CampaignCheckResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [previewPart, setPreviewPart] = useState(0);
  const locked = stored !== null && lockedStatuses.has(stored.status);
  const status = stored?.status ?? 'draft';
  const draftJson = JSON.stringify(draft);
  const campaignId = stored?.id ?? null;

  useEffect(() => {
    let current = true;
    // A short pause so typing asks for one check, not one a key.
    const timer = setTimeout(() => {
      api.checkCampaign(channelId, JSON.parse(draftJson) as CampaignDraft, campaignId).then(
        (result) => {
          if (current) setCheck(result);
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
  }, [api, channelId, draftJson, campaignId]);

  const findings = useMemo(() => check?.findings ?? [], [check]);
  const byArea = (area: ReturnType<typeof findingArea>) => findings.filter((f) => findingArea(f) === area);
  const edit = (next: CampaignDraft) => {
    setDraft(next);
    setNotice(null);
  };

  async function save(): Promise<Campaign | null> {
    setBusy(true);
    setError(null);
    try {
      const saved = stored
        ? await api.saveCampaign(stored.id, draft)
        : await api.createCampaign(channelId, draft);
      setStored(saved);
      setDraft(toDraft(saved));
      setNotice(ct('saved', { title: saved.title }));
      return saved;
    } catch (caught) {
      setError(describeError(caught));
      return null;
    } finally {
      setBusy(false);
    }
  }

  async function setStatus(next: EditableStatus) {
    const saved = await save();
    if (!saved) return;
    setBusy(true);
    try {
      const changed = await api.setCampaignStatus(saved.id, next);
      setStored(changed);
      setNotice(ct('statusChanged', { title: changed.title, status: model.status(changed.status) }));
    } catch (caught) {
      setNotice(null);
      setError(describeError(caught));
    } finally {
      setBusy(false);
    }
  }

  const previewMessages = draft.abTest
    ? (draft.abTest.variants[Math.min(previewPart, draft.abTest.variants.length - 1)]?.messages ?? [])
    : draft.messages;

  return (
    <div className="camp-composer" data-testid="composer" data-status={status}>
      <header className="camp-composer-head">
        <button type="button" className="button" onClick={onClose}>
          {ct('backToCalendar')}
        </button>
        <h2 className="camp-composer-title">{stored ? stored.title : ct('newCampaign')}</h2>
        <span className={`camp-status camp-status-${status}`} data-testid="composer-status">
          {model.status(status)}
        </span>
        <span className="camp-spacer" />
        {locked ? (
          <button
            type="button"
            className="button button-primary"
            disabled={busy}
            onClick={() => {
              if (!stored) return;
              api
                .duplicateCampaign(stored.id)
                .then(onOpen, (caught: unknown) => setError(describeError(caught)));
            }}
          >
            {ct('duplicate')}
          </button>
        ) : (
          <>
            {stored ? (
              <button
                type="button"
                className="button"
                disabled={busy}
                onClick={() => {
                  api
                    .duplicateCampaign(stored.id)
                    .then(onOpen, (caught: unknown) => setError(describeError(caught)));
                }}
              >
                {ct('duplicate')}
              </button>
            ) : null}
            {stored ? (
              <button
                type="button"
                className="button"
                disabled={busy}
                onClick={() => {
                  if (!window.confirm(ct('confirmDelete', { title: stored.title }))) return;
                  api
                    .deleteCampaign(stored.id)
                    .then(onClose, (caught: unknown) => setError(describeError(caught)));
                }}
              >
                {ct('delete')}
              </button>
            ) : null}
            <button type="button" className="button" disabled={busy} onClick={() => void save()}>
              {status === 'draft' ? ct('saveDraft') : ct('save')}
            </button>
            {status !== 'draft' ? (
              <button
                type="button"
                className="button"
                disabled={busy}
                onClick={() => void setStatus('draft')}
              >
                {ct('backToDraft')}
              </button>
            ) : null}
            {status !== 'ready' ? (
              <button
                type="button"
                className="button button-primary"
                disabled={busy}
                onClick={() => void setStatus('ready')}
              >
                {ct('markReady')}
              </button>
            ) : null}
            {status === 'ready' ? (
              <button
                type="button"
                className="button button-primary"
                disabled={busy}
                onClick={() => void setStatus('scheduled')}
              >
                {ct('markScheduled')}
              </button>
            ) : null}
          </>
        )}
      </header>
      {locked ? (
        <p className="camp-notice camp-notice-locked" role="status">
          {ct('lockedNotice', { status: model.status(status) })}
        </p>
      ) : null}
      {stored ? <DeliveryPanel delivery={stored.delivery} zone={zone} /> : null}
      {notice ? (
        <p className="camp-notice" role="status" data-testid="composer-notice">
          {notice}
        </p>
      ) : null}
      {error ? (
        <p className="field-error camp-error" role="alert" data-testid="composer-error">
          {error}
        </p>
      ) : null}
      {check && !check.canBeReady && !locked ? (
        <p className="camp-muted" data-testid="not-ready-hint">
          {ct('cannotBeReady')}
        </p>
      ) : null}
      <div className="camp-composer-body">
        <fieldset className="camp-form" disabled={locked}>
          <section className="card camp-card">
            <h3 className="card-title">{ct('general')}</h3>
            <div className="camp-row">
              <Field label={ct('title')} className="camp-grow">
                {(id) => (
                  <input
                    id={id}
                    className="input"
                    value={draft.title}
                    onChange={(e) => edit({ ...draft, title: e.target.value })}
                  />
                )}
              </Field>
              <Field label={ct('key')}>
                {(id) => (
                  <input
                    id={id}
                    className="input"
                    value={draft.key}
                    placeholder={ct('keyPlaceholder')}
                    onChange={(e) => edit({ ...draft, key: e.target.value })}
                  />
                )}
              </Field>
            </div>
            <div className="camp-row">
              <label className="camp-field">
                <span className="camp-label">{ct('sendTime', { zone })}</span>
                <input
                  className="input"
                  type="datetime-local"
                  disabled={draft.at === null}
                  value={draft.at === null ? '' : toLocalInput(draft.at, zone)}
                  onChange={(e) => {
                    const at = fromLocalInput(e.target.value, zone);
                    if (at) edit({ ...draft, at });
                  }}
                />
              </label>
              <label className="camp-check">
                <input
                  type="checkbox"
                  checked={draft.at === null}
                  onChange={(e) =>
                    edit({
                      ...draft,
                      at: e.target.checked ? null : (stored?.at ?? props.newAt ?? fallbackAt(zone)),
                    })
                  }
                />{' '}
                {ct('atNextSync')}
              </label>
              <label className="camp-field">
                <span className="camp-label">{ct('sendKind')}</span>
                <select
                  className="input"
                  value={draft.sendKind}
                  onChange={(e) => edit(withSendKind(draft, e.target.value as SendKind))}
                >
                  {sendKinds.map((kind) => (
                    <option key={kind} value={kind}>
                      {model.kind(kind)}
                    </option>
                  ))}
                </select>
              </label>
            </div>
            <FindingList findings={byArea('general')} testId="general-findings" />
          </section>

          {draft.abTest === null ? (
            <section className="card camp-card" data-testid="bubbles">
              <h3 className="card-title">{ct('bubbles')}</h3>
              <BubbleList
                messages={draft.messages}
                path="messages"
                findings={byArea('messages')}
                projects={projects}
                onChange={(messages) => edit({ ...draft, messages })}
              />
            </section>
          ) : null}

          <section className="card camp-card">
            <h3 className="card-title">{ct('targeting')}</h3>
            <Targeting
              key={`${draft.sendKind}-${String(stored?.id ?? 'new')}`}
              draft={draft}
              audiences={audiences}
              campaigns={campaigns.filter((c) => c.id !== stored?.id)}
              findings={byArea('targeting')}
              onChange={edit}
            />
          </section>

          {draft.sendKind === 'broadcast' || draft.sendKind === 'narrowcast' ? (
            <section className="card camp-card">
              <h3 className="card-title">{ct('abTest')}</h3>
              <label className="camp-check">
                <input
                  type="checkbox"
                  checked={draft.abTest !== null}
                  onChange={(e) => edit(withAbTest(draft, e.target.checked))}
                />{' '}
                {ct('abTestOn')}
              </label>
              {draft.abTest ? (
                <AbPlanner
                  abTest={draft.abTest}
                  plan={check?.abTest ?? null}
                  findings={byArea('abTest').concat(byArea('messages'))}
                  projects={projects}
                  onChange={(abTest) => edit({ ...draft, abTest })}
                />
              ) : null}
            </section>
          ) : null}
        </fieldset>

        <aside className="camp-side">
          <div className="card camp-card" data-testid="reach">
            <h3 className="card-title">{ct('reach')}</h3>
            <p className="camp-reach" data-testid="reach-estimate">
              {check ? render(withLocaleNumbers(reachText(check.reach), locale)) : '…'}
            </p>
            <p className="camp-muted">{ct('reachNote')}</p>
          </div>
          {draft.abTest ? (
            <label className="camp-field">
              <span className="camp-label">{ct('previewVariant')}</span>
              <select
                className="input"
                value={String(previewPart)}
                onChange={(e) => setPreviewPart(Number(e.target.value))}
              >
                {draft.abTest.variants.map((_, i) => (
                  <option key={i} value={i}>
                    {ct('variantN', { letter: String.fromCharCode(65 + i) })}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          <PhonePreview messages={previewMessages} projects={projects} channelName={props.channelName} />
          <div className="card camp-card">
            <h3 className="card-title">{ct('allProblems', { count: findings.length })}</h3>
            {findings.length === 0 && check ? <p className="camp-ok">{ct('noProblems')}</p> : null}
            <FindingList findings={findings} testId="all-findings" />
          </div>
        </aside>
      </div>
    </div>
  );
}

/** Tomorrow at noon in the zone: where a send time starts when "at the next sync" is turned off. */
function fallbackAt(zone: string): string {
  const now = new Date();
  const local = toLocalInput(now.toISOString(), zone).slice(0, 10);
  const at = fromLocalInput(`${local}T12:00`, zone);
  const next = at ? new Date(Date.parse(at) + 24 * 3600_000).toISOString() : now.toISOString();
  return fromLocalInput(toLocalInput(next, zone), zone) ?? next;
}
