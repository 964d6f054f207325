// The current section lives in the address hash (`#/audiences`), so a reload stays where it was and
// the browser's back and forward buttons work.

import { useCallback, useSyncExternalStore } from 'react';
import { appSections, isAppSection, type AppSection } from '../../../shared/domain/sections';

const fallbackSection: AppSection = appSections[0];

export function sectionHref(section: AppSection): string {
  return `#/${section}`;
}

function readSection(): AppSection {
  const id = window.location.hash.replace(/^#\/?/, '');
  return isAppSection(id) ? id : fallbackSection;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => {
    window.removeEventListener('hashchange', onChange);
  };
}

export function useHashSection(): readonly [AppSection, (section: AppSection) => void] {
  const section = useSyncExternalStore(subscribe, readSection);
  const navigate = useCallback((next: AppSection) => {
    const hash = sectionHref(next);
    if (window.location.hash !== hash) window.location.hash = hash;
  }, []);
  return [section, navigate] as const;
}
