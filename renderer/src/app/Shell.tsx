// The window layout: header across the top, the section rail on the left, the section on the right.

import type { AppSection } from '../../../shared/domain/sections';
import { Header } from './Header';
import { NavRail } from './NavRail';
import { sectionViews, type SectionViewProps } from './section-views';

export interface ShellProps extends Omit<SectionViewProps, 'channel'> {
  readonly section: AppSection;
  readonly onChangeChannel: (channelId: number) => void;
}

export function Shell({ section, onChangeChannel, ...props }: ShellProps) {
  const channel = props.channels.find((c) => c.id === props.preferences.lastChannelId) ?? props.channels[0];
  const View = sectionViews[section];
  return (
    <div className="shell">
      <Header
        channel={channel}
        channels={props.channels}
        browserMode={props.appInfo.shell === 'browser'}
        onChangeChannel={onChangeChannel}
      />
      <div className="shell-body">
        <NavRail current={section} />
        {/* Keyed by channel too: another channel's section starts afresh from its own data. */}
        <main className="content" data-section={section} key={`${section}:${String(channel?.id ?? '')}`}>
          <View {...props} channel={channel} />
        </main>
      </div>
    </div>
  );
}
