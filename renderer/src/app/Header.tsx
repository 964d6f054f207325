// The title bar: app name, the channel being planned for (a choice among them when there are several:
// an agency plans for several accounts side by side), and a badge in browser mode.

import { useTranslation } from 'react-i18next';
import type { Channel } from '../../../shared/domain/channel';
import { LogoMark } from '../ui/icons';

export function Header({
  channel,
  channels,
  browserMode,
  onChangeChannel,
}: {
  channel: Channel | undefined;
  channels: readonly Channel[];
  browserMode: boolean;
  onChangeChannel: (channelId: number) => void;
}) {
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
            {channels.length > 1 ? (
              <label className="channel-chip-choice">
                <span className="channel-chip-label">{t('app.channel')}</span>
                <select
                  className="channel-chip-select"
                  data-testid="channel-choice"
                  value={channel.id}
                  onChange={(event) => onChangeChannel(Number(event.target.value))}
                >
                  {channels.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.name}
                    </option>
                  ))}
                </select>
              </label>
            ) : (
              <>
                <span className="channel-chip-label">{t('app.channel')}</span>
                <span className="channel-chip-name">{channel.name}</span>
              </>
            )}
          </div>
        )}
      </div>
    </header>
  );
}
