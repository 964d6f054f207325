// Which component shows each section. A feature replaces its section's entry here; every view gets
// the same props, so the shell does not change when one does.

import { lazy, Suspense, type ReactElement } from 'react';
import type { AppSection } from '../../../shared/domain/sections';
import type { SectionViewProps } from './section-view';
import { AudiencesSection } from '../audiences/AudiencesSection';
import { EmptySection } from '../sections/EmptySection';
import { SettingsSection } from '../sections/SettingsSection';

// The calendar brings react-big-calendar: loaded when Campaigns is first opened.
const CampaignsSection = lazy(() =>
  import('../campaigns/CampaignsSection').then((module) => ({ default: module.CampaignsSection })),
);

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
  campaigns: (props) => (
    <Suspense fallback={null}>
      <CampaignsSection api={props.api} channel={props.channel} />
    </Suspense>
  ),
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

export type { SectionViewProps };
