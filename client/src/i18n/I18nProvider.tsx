import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import type { Language } from '#contract';
import { browserLanguage, CATALOGUES, DOCUMENT_LANG, isLanguage, type Messages } from './catalogue';
import { Formatter } from './format';

const STORAGE_KEY = 'agora.language';

interface I18n {
  language: Language;
  setLanguage(language: Language): void;
  t: Messages;
  /** Formats in the chosen language; pages with a conference use `fmt.withTimeZone(…)`. */
  fmt: Formatter;
}

const I18nContext = createContext<I18n | null>(null);

function initialLanguage(): Language {
  const stored = sessionStorage.getItem(STORAGE_KEY);
  return isLanguage(stored) ? stored : browserLanguage(navigator.languages ?? [navigator.language]);
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(initialLanguage);
  const setLanguage = useCallback((next: Language) => {
    sessionStorage.setItem(STORAGE_KEY, next);
    setLanguageState(next);
  }, []);
  useEffect(() => {
    const { lang, dir } = DOCUMENT_LANG[language];
    document.documentElement.lang = lang;
    document.documentElement.dir = dir;
  }, [language]);
  const value = useMemo(
    () => ({ language, setLanguage, t: CATALOGUES[language], fmt: new Formatter(language) }),
    [language, setLanguage],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
