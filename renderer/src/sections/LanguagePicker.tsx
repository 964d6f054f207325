// The UI language: follow the system, or one of the four locales shown by its own name.

import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../ui/errors';
import { isLocale, localeNames, supportedLocales, type Locale } from '../../../shared/domain/locale';

/** The <select> value standing for "follow the system" (a preference of null). */
const systemValue = 'system';

export interface LanguagePickerProps {
  readonly chosen: Locale | null;
  readonly systemLocale: Locale;
  readonly onChange: (locale: Locale | null) => Promise<void>;
}

export function LanguagePicker({ chosen, systemLocale, onChange }: LanguagePickerProps) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);

  const handleChange = (event: ChangeEvent<HTMLSelectElement>) => {
    const value = event.target.value;
    setError(null);
    onChange(isLocale(value) ? value : null).catch((failure: unknown) => {
      const message = describeError(failure);
      setError(t('settings.languageSaveFailed', { message }));
    });
  };

  return (
    <section className="card" aria-labelledby="language-heading">
      <h2 className="card-title" id="language-heading">
        <label htmlFor="language-select">{t('settings.language')}</label>
      </h2>
      <div className="select-wrap">
        <select
          id="language-select"
          className="select"
          value={chosen ?? systemValue}
          onChange={handleChange}
          aria-describedby={error ? 'language-error' : undefined}
        >
          <option value={systemValue}>
            {t('settings.languageSystem', { language: localeNames[systemLocale] })}
          </option>
          {supportedLocales.map((locale) => (
            <option key={locale} value={locale} lang={locale}>
              {localeNames[locale]}
            </option>
          ))}
        </select>
      </div>
      {error && (
        <p className="field-error" id="language-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
