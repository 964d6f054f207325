// Which component shows each section. A feature replaces its section's entry here; every view gets
// the same props, so the shell does not change when one does.

import { lazy, Suspense, type ReactElement } from 'react';
import type { ApiClient } from '../../../shared/api/client';
import type { AppInfo } from '../../../shared/api/contract';
import type { Channel } from '../../../shared/domain/channel';
import type { Locale } from '../../../shared/domain/locale';
import type { Preferences } from '../../../shared/domain/preferences';
import type { AppSection } from '../../../shared/domain/sections';
import { AudiencesSection } from '../audiences/AudiencesSection';
import { EmptySection } from '../sections/EmptySection';
import { SettingsSection } from '../sections/SettingsSection';

export interface SectionViewProps {
  readonly api: ApiClient;
  readonly appInfo: AppInfo;
  readonly channels: readonly Channel[];
  /** The channel being planned for. */
  readonly channel: Channel | undefined;
  readonly preferences: Preferences;
  /** What "Same as the system" currently resolves to. */
  readonly systemLocale: Locale;
  readonly onChangeLocale: (locale: Locale | null) => Promise<void>;
}

// The editor brings Konva and is the largest part of the UI: load it when it is first opened.
const EditorSection = lazy(() =>
  import('../editor/EditorSection').then((module) => ({ default: module.EditorSection })),
);

export const sectionViews: Readonly<Record<AppSection, (props: SectionViewProps) => ReactElement>> = {
  editor: (props) => (
    <Suspense fallback={null}>
      <EditorSection {...props} />
    </Suspense>
  ),
  campaigns: () => <EmptySection section="campaigns" />,
  audiences: (props) => <AudiencesSection api={props.api} channel={props.channel} />,
  quota: () => <EmptySection section="quota" />,
  sync: () => <EmptySection section="sync" />,
  settings: (props) => (
    <SettingsSection
      api={props.api}
      appInfo={props.appInfo}
      channels={props.channels}
      chosenLocale={props.preferences.locale}
      systemLocale={props.systemLocale}
      onChangeLocale={props.onChangeLocale}
    />
  ),
};
