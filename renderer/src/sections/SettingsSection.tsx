// Settings: the UI language, the channels (LINE Official Accounts) and what is running where.

import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../shared/api/contract';
import type { Channel } from '../../../shared/domain/channel';
import type { Locale } from '../../../shared/domain/locale';
import { AboutBlock } from './AboutBlock';
import { ChannelList, type ChannelListApi } from './ChannelList';
import { LanguagePicker } from './LanguagePicker';

export interface SettingsSectionProps {
  /** Optional so the section can be rendered without a bridge (the sandbox status is then left out). */
  readonly api?: ChannelListApi;
  readonly appInfo: AppInfo;
  readonly channels: readonly Channel[];
  readonly chosenLocale: Locale | null;
  readonly systemLocale: Locale;
  readonly onChangeLocale: (locale: Locale | null) => Promise<void>;
}

export function SettingsSection({
  api,
  appInfo,
  channels,
  chosenLocale,
  systemLocale,
  onChangeLocale,
}: SettingsSectionProps) {
  const { t } = useTranslation();
  return (
    <div className="page">
      <header className="page-header">
        <h1 className="page-title">{t('sections.settings.title')}</h1>
      </header>
      <div className="page-body">
        <LanguagePicker chosen={chosenLocale} systemLocale={systemLocale} onChange={onChangeLocale} />
        <ChannelList channels={channels} api={api} />
        <AboutBlock appInfo={appInfo} />
      </div>
    </div>
  );
}
