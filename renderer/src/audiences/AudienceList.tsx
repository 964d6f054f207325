// The channel's audiences: kind, size, status (with LINE's failure reason), expiry countdown.

import { useTranslation } from 'react-i18next';
import type { AudienceSummary } from '../../../shared/audiences/audience';
import { chatTagRefreshDueAt, daysUntilExpiry, effectiveStatus } from '../../../shared/audiences/lifecycle';
import { formatDate, formatNumber } from './format';
import { kindKey, statusKey } from './labels';

export interface AudienceListProps {
  readonly audiences: readonly AudienceSummary[];
  readonly now: Date;
  readonly onDelete: (audience: AudienceSummary) => void;
}

export function AudienceList({ audiences, now, onDelete }: AudienceListProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  if (audiences.length === 0) {
    return <p className="aud-empty">{t('audiences.list.empty')}</p>;
  }
  return (
    <div className="aud-table-wrap">
      <table className="aud-table" data-testid="audience-list">
        <thead>
          <tr>
            <th scope="col">{t('audiences.list.name')}</th>
            <th scope="col">{t('audiences.list.kind')}</th>
            <th scope="col" className="aud-num">
              {t('audiences.list.size')}
            </th>
            <th scope="col">{t('audiences.list.status')}</th>
            <th scope="col">{t('audiences.list.expiry')}</th>
            <th scope="col">
              <span className="aud-visually-hidden">{t('audiences.list.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {audiences.map((audience) => {
            const status = effectiveStatus(audience, now);
            const days = daysUntilExpiry(audience, now);
            const refresh = chatTagRefreshDueAt(audience);
            return (
              <tr key={audience.id} data-audience-id={audience.id}>
                <th scope="row" className="aud-name">
                  {audience.name}
                </th>
                <td>
                  {t(kindKey[audience.kind])}
                  {audience.lineType ? <span className="aud-muted"> · {audience.lineType}</span> : null}
                </td>
                <td className="aud-num">
                  {audience.size === null
                    ? t('audiences.list.estimated')
                    : formatNumber(locale, audience.size)}
                </td>
                <td>
                  <span className={`aud-status aud-status-${status.toLowerCase()}`}>
                    {t(statusKey[status])}
                  </span>
                  {audience.failure ? (
                    <span className="aud-muted">
                      {' '}
                      ·{' '}
                      {t(
                        `audiences.failureReason.${audience.failure === 'too-few-members' ? 'tooFew' : audience.failure === 'bad-file' ? 'badFile' : 'internal'}`,
                      )}
                    </span>
                  ) : null}
                </td>
                <td>
                  {days !== null
                    ? t('audiences.list.daysLeft', { days: formatNumber(locale, days) })
                    : audience.kind === 'chatTag'
                      ? refresh
                        ? t('audiences.list.refreshDue', { date: formatDate(locale, refresh.toISOString()) })
                        : t('audiences.list.noExpiryChatTag')
                      : audience.lineCreatedAt === null && audience.kind !== 'line'
                        ? t('audiences.list.expiresAfterSync')
                        : t('audiences.list.noExpiry')}
                </td>
                <td className="aud-actions">
                  {audience.kind === 'line' ? (
                    <span className="aud-muted">{t('audiences.list.readOnly')}</span>
                  ) : (
                    <button
                      type="button"
                      className="aud-link-button"
                      onClick={() => onDelete(audience)}
                      aria-label={t('audiences.list.deleteNamed', { name: audience.name })}
                    >
                      {t('audiences.common.delete')}
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
