import { useId, useRef } from 'react';
import { LANGUAGES_UN_ORDER } from '#contract';
import { isLanguage } from '../i18n/catalogue';
import { useI18n } from '../i18n/I18nProvider';

/** The "Language" selector of every page; each language is offered in its own name. */
export function LanguageSelect() {
  const { t, language, pendingLanguage, setLanguage } = useI18n();
  const id = useId();
  const select = useRef<HTMLSelectElement>(null);
  const shown = useRef(language);
  shown.current = language;
  return (
    <div className="language-select">
      <label htmlFor={id}>{t.language}</label>
      <select
        ref={select}
        id={id}
        // The choice stays shown while its catalogue loads (the page switches once it has it).
        value={pendingLanguage ?? language}
        aria-busy={pendingLanguage !== null}
        onChange={(e) => {
          if (!isLanguage(e.target.value)) return;
          void setLanguage(e.target.value).then((outcome) => {
            // Its catalogue could not come: the selector says again what the page is in.
            if (outcome === 'unavailable' && select.current) select.current.value = shown.current;
          });
        }}
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
