// The Audiences section: the channel's audiences with their lifecycle, and the tools to make more
// (file import, chat tags, retargeting) and to combine them (the expression builder with live counts).

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../ui/errors';
import { keepLatest } from '../ui/latest';
import type { ApiClient } from '../../../shared/api/client';
import type { AudienceSummary, CampaignBroadcast, ChatTag } from '../../../shared/audiences/audience';
import { maxAudiencesPerChannel } from '../../../shared/audiences/limits';
import type { Channel } from '../../../shared/domain/channel';
import { AudienceList } from './AudienceList';
import { ExpressionBuilder } from './ExpressionBuilder';
import { formatNumber } from './format';
import { ImportDialog } from './ImportDialog';
import { RetargetingDialog } from './RetargetingDialog';
import { TagManager } from './TagManager';
import './audiences.css';

type Open = 'none' | 'import' | 'tags' | 'retargeting';

interface Loaded {
  readonly audiences: readonly AudienceSummary[];
  readonly tags: readonly ChatTag[];
  readonly broadcasts: readonly CampaignBroadcast[];
  readonly revision: number;
}

export function AudiencesSection({
  api,
  channel,
}: {
  readonly api: ApiClient;
  readonly channel: Channel | undefined;
}) {
  const { t, i18n } = useTranslation();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState<Open>('none');
  const channelId = channel?.id;

  // Bumped by the audiencesChanged event (imports, renames, tags…) to load the lists again.
  const [reloads, setReloads] = useState(0);

  useEffect(
    () =>
      api.on('audiencesChanged', (event) => {
        if (event.channelId === channelId) setReloads((n) => n + 1);
      }),
    [api, channelId],
  );

  useEffect(() => {
    if (channelId === undefined) return;
    return keepLatest(
      Promise.all([
        api.listAudiences(channelId),
        api.listChatTags(channelId),
        api.listCampaignBroadcasts(channelId),
      ]),
      ([audiences, tags, broadcasts]) => {
        setLoaded((previous) => ({ audiences, tags, broadcasts, revision: (previous?.revision ?? 0) + 1 }));
        setError(null);
      },
      (caught) => setError(describeError(caught)),
    );
  }, [api, channelId, reloads]);

  if (!channel) return <p className="aud-empty">{t('audiences.noChannel')}</p>;
  const audiences = loaded?.audiences ?? [];
  const full = audiences.length >= maxAudiencesPerChannel;

  return (
    <div className="page aud-page">
      <header className="page-header aud-header">
        <div>
          <h1 className="page-title">{t('sections.audiences.title')}</h1>
          <p className="aud-lead">{t('sections.audiences.empty')}</p>
          <p className="aud-muted">
            {t('audiences.countOfMax', {
              n: formatNumber(i18n.language, audiences.length),
              max: formatNumber(i18n.language, maxAudiencesPerChannel),
            })}
          </p>
        </div>
        <div className="aud-header-actions">
          <button type="button" className="button aud-button-secondary" onClick={() => setOpen('tags')}>
            {t('audiences.tags.open')}
          </button>
          <button
            type="button"
            className="button aud-button-secondary"
            onClick={() => setOpen('retargeting')}
            disabled={full}
          >
            {t('audiences.retargeting.open')}
          </button>
          <button
            type="button"
            className="button button-primary"
            onClick={() => setOpen('import')}
            disabled={full}
            data-testid="open-import"
          >
            {t('audiences.import.open')}
          </button>
        </div>
      </header>
      {full ? (
        <p className="aud-problem aud-problem-warning">
          {t('audiences.full', { max: formatNumber(i18n.language, maxAudiencesPerChannel) })}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="page-body">
        <section className="card" aria-labelledby="aud-list-title">
          <h2 className="card-title" id="aud-list-title">
            {t('audiences.list.title')}
          </h2>
          {loaded ? (
            <AudienceList
              audiences={audiences}
              now={new Date()}
              onDelete={(audience) => {
                if (!window.confirm(t('audiences.list.confirmDelete', { name: audience.name }))) return;
                api.deleteAudience(audience.id).catch((caught: unknown) => setError(describeError(caught)));
              }}
              onRename={async (audience, name) => {
                await api.renameAudience(audience.id, name);
              }}
            />
          ) : (
            <div className="spinner" role="status" aria-label={t('app.loading')} />
          )}
        </section>
        {loaded ? (
          <ExpressionBuilder
            api={api}
            channelId={channel.id}
            audiences={audiences}
            broadcasts={loaded.broadcasts}
            revision={loaded.revision}
          />
        ) : null}
      </div>
      {open === 'import' ? (
        <ImportDialog
          api={api}
          channelId={channel.id}
          audiences={audiences}
          onClose={() => setOpen('none')}
        />
      ) : null}
      {open === 'tags' ? (
        <TagManager
          api={api}
          channelId={channel.id}
          tags={loaded?.tags ?? []}
          audiences={audiences}
          onClose={() => setOpen('none')}
        />
      ) : null}
      {open === 'retargeting' ? (
        <RetargetingDialog
          api={api}
          channelId={channel.id}
          audiences={audiences}
          broadcasts={loaded?.broadcasts ?? []}
          onClose={() => setOpen('none')}
        />
      ) : null}
    </div>
  );
}
