// The window layout: header across the top, the section rail on the left, the section on the right.

import type { AppInfo } from '../../../shared/api/contract';
import type { Channel } from '../../../shared/domain/channel';
import type { Locale } from '../../../shared/domain/locale';
import type { Preferences } from '../../../shared/domain/preferences';
import type { AppSection } from '../../../shared/domain/sections';
import { EmptySection } from '../sections/EmptySection';
import { SettingsSection } from '../sections/SettingsSection';
import { Header } from './Header';
import { NavRail } from './NavRail';

export interface ShellProps {
  readonly appInfo: AppInfo;
  readonly channels: readonly Channel[];
  readonly preferences: Preferences;
  /** What "Same as the system" currently resolves to. */
  readonly systemLocale: Locale;
  readonly section: AppSection;
  readonly onChangeLocale: (locale: Locale | null) => Promise<void>;
}

export function Shell({ appInfo, channels, preferences, systemLocale, section, onChangeLocale }: ShellProps) {
  const channel = channels.find((c) => c.id === preferences.lastChannelId) ?? channels[0];
  return (
    <div className="shell">
      <Header channel={channel} browserMode={appInfo.shell === 'browser'} />
      <div className="shell-body">
        <NavRail current={section} />
        <main className="content" data-section={section} key={section}>
          {section === 'settings' ? (
            <SettingsSection
              appInfo={appInfo}
              channels={channels}
              chosenLocale={preferences.locale}
              systemLocale={systemLocale}
              onChangeLocale={onChangeLocale}
            />
          ) : (
            <EmptySection section={section} />
          )}
        </main>
      </div>
    </div>
  );
}
