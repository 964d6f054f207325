// Owns the live state after boot: preferences (and so the locale), channels, the current section,
// and the subscriptions to what the main process pushes (menu navigation, preference changes).

import { useCallback, useEffect, useLayoutEffect, useState } from 'react';
import type { Locale } from '../../../shared/domain/locale';
import { resolveLocale } from '../../../shared/domain/locale';
import type { Preferences } from '../../../shared/domain/preferences';
import { isAppSection } from '../../../shared/domain/sections';
import { saveGuards } from '../editor/save-guard';
import { applyLocale } from '../i18n/setup';
import { describeError } from '../ui/errors';
import { Shell } from './Shell';
import type { BootData } from './useBoot';
import { useHashSection } from './useHashSection';

/**
 * The languages to follow when the user has not chosen one. In the desktop app that is the OS's list;
 * in browser mode the browser's own list speaks for the person using it, the server's OS after it.
 */
export function systemLanguageTags(boot: BootData): readonly string[] {
  return boot.appInfo.shell === 'browser'
    ? [...navigator.languages, ...boot.appInfo.systemLocales]
    : [...boot.appInfo.systemLocales, ...navigator.languages];
}

export function Workspace({ boot }: { boot: BootData }) {
  const { api } = boot;
  const [preferences, setPreferences] = useState<Preferences>(boot.preferences);
  const [channels, setChannels] = useState(boot.channels);
  const [section, navigate] = useHashSection();
  const locale = resolveLocale(preferences.locale, systemLanguageTags(boot));

  useLayoutEffect(() => {
    applyLocale(locale);
  }, [locale]);

  // The desktop window asks the open editors to save before it closes.
  useEffect(() => saveGuards.answer(api, (error) => describeError(error)), [api]);

  useEffect(() => {
    const offPreferences = api.on('preferencesChanged', setPreferences);
    const offNavigate = api.on('navigate', (target) => {
      if (isAppSection(target)) navigate(target);
    });
    // A channel added, renamed or removed in Settings shows in the channel chip and every section.
    const offChannels = api.on('channelsChanged', () => {
      api.listChannels().then(setChannels, () => undefined);
    });
    return () => {
      offPreferences();
      offNavigate();
      offChannels();
    };
  }, [api, navigate]);

  const savedLocale = preferences.locale;
  const changeLocale = useCallback(
    async (next: Locale | null): Promise<void> => {
      // Switch at once; the saved preferences (and the event that follows) confirm it.
      setPreferences((current) => ({ ...current, locale: next }));
      try {
        setPreferences(await api.setPreferences({ locale: next }));
      } catch (error) {
        setPreferences((current) =>
          current.locale === next ? { ...current, locale: savedLocale } : current,
        );
        throw error;
      }
    },
    [api, savedLocale],
  );

  const changeChannel = useCallback(
    (channelId: number) => {
      setPreferences((current) => ({ ...current, lastChannelId: channelId }));
      api.setPreferences({ lastChannelId: channelId }).then(setPreferences, () => undefined);
    },
    [api],
  );

  return (
    <Shell
      api={api}
      appInfo={boot.appInfo}
      channels={channels}
      preferences={preferences}
      systemLocale={resolveLocale(null, systemLanguageTags(boot))}
      section={section}
      onChangeLocale={changeLocale}
      onChangeChannel={changeChannel}
    />
  );
}
