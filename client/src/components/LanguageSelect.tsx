import { useId } from 'react';
import { LANGUAGES_UN_ORDER } from '#contract';
import { isLanguage } from '../i18n/catalogue';
import { useI18n } from '../i18n/I18nProvider';

/** The "Language" selector of every page; each language is offered in its own name. */
export function LanguageSelect() {
  const { t, language, setLanguage } = useI18n();
  const id = useId();
  return (
    <div className="language-select">
      <label htmlFor={id}>{t.language}</label>
      <select
        id={id}
        value={language}
        onChange={(e) => isLanguage(e.target.value) && setLanguage(e.target.value)}
      >
        {LANGUAGES_UN_ORDER.map((l) => (
          <option key={l} value={l} lang={l}>
            {t.languageName[l]}
          </option>
        ))}
      </select>
    </div>
  );
}
