// The props every section view gets (section-views.tsx maps each section to its view). A module of
// its own, so views can name the type without importing the map that imports them.

import type { ApiClient } from '../../../shared/api/client';
import type { AppInfo } from '../../../shared/api/contract';
import type { Channel } from '../../../shared/domain/channel';
import type { Locale } from '../../../shared/domain/locale';
import type { Preferences } from '../../../shared/domain/preferences';

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
