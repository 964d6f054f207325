// The LINE Official Accounts this installation plans for; a fresh install has the local sandbox.

import { useTranslation } from 'react-i18next';
import type { Channel } from '../../../shared/domain/channel';

export function ChannelList({ channels }: { channels: readonly Channel[] }) {
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
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
