// Version, shell, data folder and schema version: what a bug report needs.

import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../shared/api/contract';

export function AboutBlock({ appInfo }: { appInfo: AppInfo }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="about-heading">
      <h2 className="card-title" id="about-heading">
        {t('settings.about')}
      </h2>
      <dl className="facts" data-testid="about">
        <div className="fact">
          <dt>{t('settings.version')}</dt>
          <dd data-testid="about-version">{appInfo.version}</dd>
        </div>
        <div className="fact">
          <dt>{t('settings.shell')}</dt>
          <dd data-testid="about-shell">{t(`settings.shellName.${appInfo.shell}`)}</dd>
        </div>
        <div className="fact">
          <dt>{t('settings.dataDirectory')}</dt>
          <dd className="fact-path" data-testid="about-data-directory">
            {appInfo.dataDirectory}
          </dd>
        </div>
        <div className="fact">
          <dt>{t('settings.schemaVersion')}</dt>
          <dd data-testid="about-schema-version">{appInfo.databaseSchemaVersion}</dd>
        </div>
      </dl>
    </section>
  );
}
