// Which component shows each section. A feature replaces its section's entry here; every view gets
// the same props, so the shell does not change when one does.

import { lazy, Suspense, type ReactElement } from 'react';
import type { AppSection } from '../../../shared/domain/sections';
import type { SectionViewProps } from './section-view';
import { AudiencesSection } from '../audiences/AudiencesSection';
import type { CampaignsSection as CampaignsSectionType } from '../campaigns/CampaignsSection';
import { QuotaSection } from '../quota/QuotaSection';
import { SettingsSection } from '../sections/SettingsSection';
import { SyncSection } from '../sync/SyncSection';

// The calendar brings react-big-calendar: kept out of the first bundle, and fetched once the app is
// idle so that opening Campaigns does not wait for it (nor for Suspense's reveal of a lazy view).
let campaignsModule: { readonly CampaignsSection: typeof CampaignsSectionType } | null = null;
const loadCampaigns = () =>
  import('../campaigns/CampaignsSection').then((module) => {
    campaignsModule = module;
    return module;
  });
const LazyCampaignsSection = lazy(() =>
  loadCampaigns().then((module) => ({ default: module.CampaignsSection })),
);
if (typeof window !== 'undefined')
  (window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 200)))(() => void loadCampaigns());

function CampaignsView(props: SectionViewProps) {
  const Loaded = campaignsModule?.CampaignsSection;
  if (Loaded) return <Loaded api={props.api} channel={props.channel} />;
  return (
    <Suspense fallback={null}>
      <LazyCampaignsSection api={props.api} channel={props.channel} />
    </Suspense>
  );
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
  campaigns: (props) => <CampaignsView {...props} />,
  audiences: (props) => <AudiencesSection api={props.api} channel={props.channel} />,
  // Keyed by channel: another channel starts from its own month and figures.
  quota: (props) => <QuotaSection key={props.channel?.id} api={props.api} channel={props.channel} />,
  // Keyed by channel: another channel's outbox and diff start afresh.
  sync: (props) => <SyncSection key={props.channel?.id} api={props.api} channel={props.channel} />,
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
