// A section that has nothing to show yet: an illustration, its title and what it will be for.

import { useTranslation } from 'react-i18next';
import type { AppSection } from '../../../shared/domain/sections';
import { EmptyIllustration } from '../ui/icons';

export type PlannedSection = Exclude<AppSection, 'settings'>;

export function EmptySection({ section }: { section: PlannedSection }) {
  const { t } = useTranslation();
  return (
    <div className="empty">
      <EmptyIllustration section={section} className="empty-illustration" />
      <h1 className="empty-title">{t(`sections.${section}.title`)}</h1>
      <p className="empty-text">{t(`sections.${section}.empty`)}</p>
    </div>
  );
}
