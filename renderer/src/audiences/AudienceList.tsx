// The channel's audiences: kind, size, status (with LINE's failure reason), expiry countdown, and
// the row actions (rename in place, delete).

import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../ui/errors';
import type { AudienceSummary } from '../../../shared/audiences/audience';
import { chatTagRefreshDueAt, daysUntilExpiry, effectiveStatus } from '../../../shared/audiences/lifecycle';
import { checkAudienceName } from '../../../shared/audiences/names';
import { formatDate, formatNumber } from './format';
import { kindKey, statusKey } from './labels';

export interface AudienceListProps {
  readonly audiences: readonly AudienceSummary[];
  readonly now: Date;
  readonly onDelete: (audience: AudienceSummary) => void;
  /** Resolves once saved; rejects with the main process's refusal, shown under the field. */
  readonly onRename: (audience: AudienceSummary, name: string) => Promise<void>;
}

/**
 * The name cell while renaming: Enter saves, Escape cancels. The name is checked as the main process
 * checks it (against this channel's other local audiences), so a refusal reads the same before saving.
 */
function RenameForm({
  audience,
  audiences,
  onRename,
  onDone,
}: {
  readonly audience: AudienceSummary;
  readonly audiences: readonly AudienceSummary[];
  readonly onRename: (audience: AudienceSummary, name: string) => Promise<void>;
  readonly onDone: () => void;
}) {
  const { t } = useTranslation();
  const errorId = useId();
  const [name, setName] = useState(audience.name);
  const [refused, setRefused] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const problem = checkAudienceName(
    name,
    audiences.filter((a) => a.kind !== 'line' && a.id !== audience.id).map((a) => a.name),
  );
  const error = problem ? t(`audiences.nameProblem.${problem}`) : refused;

  async function save(event: FormEvent) {
    event.preventDefault();
    if (problem || saving) return;
    if (name.trim() === audience.name) return onDone();
    setSaving(true);
    try {
      await onRename(audience, name);
      onDone();
    } catch (caught) {
      setRefused(describeError(caught));
      setSaving(false);
    }
  }

  return (
    <form
      className="aud-inline-form aud-rename-form"
      onSubmit={(e) => void save(e)}
      onKeyDown={(e: KeyboardEvent) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onDone();
        }
      }}
    >
      <input
        className="aud-input aud-rename-input"
        value={name}
        onChange={(e) => {
          setName(e.target.value);
          setRefused(null);
        }}
        onFocus={(e) => e.target.select()}
        aria-label={t('audiences.list.renameLabel', { name: audience.name })}
        aria-invalid={error !== null}
        aria-describedby={error ? errorId : undefined}
        readOnly={saving}
        autoFocus
      />
      <button type="submit" className="aud-link-button" disabled={saving || problem !== null}>
        {t('audiences.common.save')}
      </button>
      <button type="button" className="aud-link-button" onClick={onDone} disabled={saving}>
        {t('audiences.common.cancel')}
      </button>
      {error ? (
        <span id={errorId} className="aud-hint aud-hint-error aud-rename-error" role="alert">
          {error}
        </span>
      ) : null}
    </form>
  );
}

export function AudienceList({ audiences, now, onDelete, onRename }: AudienceListProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const [renaming, setRenaming] = useState<number | null>(null);
  // After a rename ends, focus goes back to that row's Rename button as it mounts again.
  const refocus = useRef<number | null>(null);
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
                  {renaming === audience.id ? (
                    <RenameForm
                      audience={audience}
                      audiences={audiences}
                      onRename={onRename}
                      onDone={() => {
                        refocus.current = audience.id;
                        setRenaming(null);
                      }}
                    />
                  ) : (
                    audience.name
                  )}
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
                    <>
                      {renaming === audience.id ? null : (
                        <button
                          type="button"
                          className="aud-link-button"
                          ref={(button) => {
                            if (button && refocus.current === audience.id) {
                              refocus.current = null;
                              button.focus();
                            }
                          }}
                          onClick={() => setRenaming(audience.id)}
                          aria-label={t('audiences.list.renameNamed', { name: audience.name })}
                        >
                          {t('audiences.list.rename')}
                        </button>
                      )}
                      <button
                        type="button"
                        className="aud-link-button"
                        onClick={() => onDelete(audience)}
                        aria-label={t('audiences.list.deleteNamed', { name: audience.name })}
                      >
                        {t('audiences.common.delete')}
                      </button>
                    </>
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
