// The title bar: app name, the channel being planned for, and a badge in browser mode.

import { useTranslation } from 'react-i18next';
import type { Channel } from '../../../shared/domain/channel';
import { LogoMark } from '../ui/icons';

export function Header({ channel, browserMode }: { channel: Channel | undefined; browserMode: boolean }) {
  const { t } = useTranslation();
  return (
    <header className="header">
      <div className="header-brand">
        <LogoMark className="header-logo" />
        <span className="header-name">{t('app.name')}</span>
      </div>
      <div className="header-meta">
        {browserMode && (
          <span className="badge badge-browser" data-testid="browser-mode-badge">
            {t('app.browserMode')}
          </span>
        )}
        {channel && (
          <div
            className="channel-chip"
            data-testid="current-channel"
            data-channel-kind={channel.kind}
            title={t(`settings.channelKind.${channel.kind}`)}
          >
            <span className="channel-chip-label">{t('app.channel')}</span>
            <span className="channel-chip-name">{channel.name}</span>
          </div>
        )}
      </div>
    </header>
  );
}
