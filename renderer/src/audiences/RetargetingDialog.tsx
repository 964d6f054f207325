// Click and impression retargeting: pick a broadcast (it must be sent, with its request ID, within
// 60 days), optionally one URL, and the rate used to estimate the size until statistics are synced.

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../ui/errors';
import type { ApiClient } from '../../../shared/api/client';
import type { AudienceSummary, CampaignBroadcast } from '../../../shared/audiences/audience';
import {
  belowRetargetingMinimum,
  defaultClickRate,
  defaultOpenRate,
  estimateRetargetingSize,
  retargetingUsability,
} from '../../../shared/audiences/retargeting';
import { checkAudienceName } from '../../../shared/audiences/names';
import { countText, formatDate } from './format';
import { Dialog } from '../ui/Dialog';
import { CancelButton, Field } from './fields';

export interface RetargetingDialogProps {
  readonly api: ApiClient;
  readonly channelId: number;
  readonly audiences: readonly AudienceSummary[];
  readonly broadcasts: readonly CampaignBroadcast[];
  readonly onClose: () => void;
}

export function RetargetingDialog({
  api,
  channelId,
  audiences,
  broadcasts,
  onClose,
}: RetargetingDialogProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const [kind, setKind] = useState<'click' | 'impression'>('impression');
  const [broadcastId, setBroadcastId] = useState<number | null>(broadcasts[0]?.id ?? null);
  const [name, setName] = useState('');
  const [url, setUrl] = useState('');
  const [ratePercent, setRatePercent] = useState(String(defaultOpenRate * 100));
  const [error, setError] = useState<string | null>(null);
  const broadcast = broadcasts.find((b) => b.id === broadcastId);
  const rate = Math.min(100, Math.max(0, Number(ratePercent) || 0)) / 100;
  const estimate = broadcast ? estimateRetargetingSize(kind, broadcast, rate) : null;
  const usability = broadcast ? retargetingUsability(broadcast, new Date()) : null;
  const text = estimate ? countText(locale, estimate) : null;

  async function create() {
    setError(null);
    if (broadcastId === null) return;
    try {
      await api.createRetargetingAudience({
        channelId,
        name,
        kind,
        broadcastId,
        clickUrl: kind === 'click' && url.trim() ? url.trim() : null,
        rate,
      });
      onClose();
    } catch (caught) {
      setError(describeError(caught));
    }
  }

  return (
    <Dialog
      className="aud-modal"
      title={t('audiences.retargeting.title')}
      onClose={onClose}
      testId="retargeting-dialog"
      footer={
        <>
          <CancelButton onClick={onClose} />
          <button
            type="button"
            className="button button-primary"
            disabled={
              !broadcast ||
              checkAudienceName(
                name,
                audiences.map((a) => a.name),
              ) !== null
            }
            onClick={() => void create()}
          >
            {t('audiences.retargeting.create')}
          </button>
        </>
      }
    >
      {broadcasts.length === 0 ? (
        <p className="aud-empty">{t('audiences.retargeting.noBroadcasts')}</p>
      ) : (
        <div className="aud-form">
          <fieldset className="aud-radios">
            <legend className="aud-label">{t('audiences.retargeting.kind')}</legend>
            <label>
              <input
                type="radio"
                checked={kind === 'impression'}
                onChange={() => (setKind('impression'), setRatePercent(String(defaultOpenRate * 100)))}
              />{' '}
              {t('audiences.kind.impression')}
            </label>
            <label>
              <input
                type="radio"
                checked={kind === 'click'}
                onChange={() => (setKind('click'), setRatePercent(String(defaultClickRate * 100)))}
              />{' '}
              {t('audiences.kind.click')}
            </label>
          </fieldset>
          <Field label={t('audiences.retargeting.broadcast')}>
            <select
              className="select"
              value={broadcastId ?? ''}
              onChange={(e) => setBroadcastId(Number(e.target.value))}
            >
              {broadcasts.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.title}
                  {b.sentAt ? ` · ${formatDate(locale, b.sentAt)}` : ''}
                </option>
              ))}
            </select>
            {usability && usability !== 'usable' ? (
              <span className="aud-hint aud-hint-error">
                {t(
                  usability === 'not-sent' ? 'audiences.retargeting.notSent' : 'audiences.retargeting.tooOld',
                )}
              </span>
            ) : null}
          </Field>
          {kind === 'click' ? (
            <Field label={t('audiences.retargeting.url')}>
              <input
                className="aud-input"
                value={url}
                onChange={(e) => setUrl(e.target.value)}
                placeholder={t('audiences.retargeting.anyUrl')}
                maxLength={2000}
              />
            </Field>
          ) : null}
          <Field
            label={t(kind === 'click' ? 'audiences.retargeting.clickRate' : 'audiences.retargeting.openRate')}
          >
            <input
              className="aud-input aud-input-short"
              inputMode="decimal"
              value={ratePercent}
              onChange={(e) => setRatePercent(e.target.value)}
            />
          </Field>
          <Field label={t('audiences.import.name')}>
            <input
              className="aud-input"
              value={name}
              onChange={(e) => setName(e.target.value)}
              maxLength={240}
            />
          </Field>
          {text && text.kind === 'estimate' ? (
            <p className="aud-muted">
              {t('audiences.builder.estimate', {
                expected: text.expected ?? '?',
                low: text.low,
                high: text.high ?? '∞',
              })}
            </p>
          ) : null}
          {estimate && belowRetargetingMinimum(estimate) ? (
            <p className="aud-problem aud-problem-warning">{t('audiences.retargeting.belowMinimum')}</p>
          ) : null}
          {error ? (
            <p className="field-error" role="alert">
              {error}
            </p>
          ) : null}
        </div>
      )}
    </Dialog>
  );
}
