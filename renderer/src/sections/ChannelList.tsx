// The LINE Official Accounts this installation plans for; a fresh install has the local sandbox,
// whose emulator status (address, friends, this month's messages) shows under it.

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../ui/errors';
import type { ApiClient } from '../../../shared/api/client';
import type { Channel } from '../../../shared/domain/channel';
import type { SandboxStatus } from '../../../shared/line/sandbox';

type SandboxApi = Pick<ApiClient, 'getSandboxStatus'>;

function SandboxStatusLine({ api }: { api: SandboxApi }) {
  const { t, i18n } = useTranslation();
  const [state, setState] = useState<{ status?: SandboxStatus; error?: string }>({});
  useEffect(() => {
    let current = true;
    api.getSandboxStatus().then(
      (status) => current && setState({ status }),
      (error: unknown) => current && setState({ error: describeError(error) }),
    );
    return () => {
      current = false;
    };
  }, [api]);
  const number = (n: number) => n.toLocaleString(i18n.language);
  if (state.error !== undefined)
    return (
      <span className="channel-kind" role="alert" data-testid="sandbox-status">
        {t('sandbox.failed', { message: state.error })}
      </span>
    );
  const status = state.status;
  if (!status?.running || !status.origin)
    return (
      <span className="channel-kind" data-testid="sandbox-status">
        {t('sandbox.starting')}
      </span>
    );
  return (
    <span className="channel-kind" data-testid="sandbox-status" data-running="true">
      {t('sandbox.label')} · {t('sandbox.running', { origin: status.origin })} ·{' '}
      {t('sandbox.friends', { number: number(status.friends) })} ·{' '}
      {status.quota.limit === null
        ? t('sandbox.quotaUnlimited', { used: number(status.quota.used) })
        : t('sandbox.quota', { used: number(status.quota.used), limit: number(status.quota.limit) })}
    </span>
  );
}

export function ChannelList({ channels, api }: { channels: readonly Channel[]; api?: SandboxApi }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="channels-heading">
      <h2 className="card-title" id="channels-heading">
        {t('settings.channels')}
      </h2>
      <ul className="channel-list" data-testid="channel-list">
        {channels.map((channel) => (
          <li key={channel.id} className="channel-row" data-channel-id={channel.id}>
            <span className={`channel-avatar channel-avatar-${channel.kind}`} aria-hidden="true">
              {Array.from(channel.name)[0] ?? '?'}
            </span>
            <span className="channel-text">
              <span className="channel-name">{channel.name}</span>
              <span className="channel-kind">{t(`settings.channelKind.${channel.kind}`)}</span>
              {channel.kind === 'sandbox' && api ? <SandboxStatusLine api={api} /> : null}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
