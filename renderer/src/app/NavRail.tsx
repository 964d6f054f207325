// The section list on the left. Plain links to `#/<section>`: keyboard, middle-click and the
// back button behave as users expect, and the active one carries aria-current="page".

import { useTranslation } from 'react-i18next';
import { appSections, type AppSection } from '../../../shared/domain/sections';
import { SectionIcon } from '../ui/icons';
import { sectionHref } from './useHashSection';

export function NavRail({ current }: { current: AppSection }) {
  const { t } = useTranslation();
  return (
    <nav className="nav" aria-label={t('nav.label')}>
      <ul className="nav-list">
        {appSections.map((section) => (
          <li key={section} className={`nav-item nav-item-${section}`}>
            <a
              className="nav-link"
              href={sectionHref(section)}
              aria-current={section === current ? 'page' : undefined}
              data-nav={section}
            >
              <SectionIcon section={section} className="nav-icon" />
              <span className="nav-text">{t(`nav.${section}`)}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
