import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import type { Language } from '#contract';
import { catalogues, DOCUMENT_LANG, LANGUAGE_CHOICE_KEY, type Messages } from './catalogue';
import { Formatter } from './format';

export { initialLanguage } from './catalogue';

interface I18n {
  /** The language the interface shows (its catalogue is loaded). */
  language: Language;
  /**
   * Loads the language's catalogue, then shows it; until then the page stays as it is.
   * 'unavailable': it could not come (offline, never loaded on this device); 'superseded': a
   * later choice came first.
   */
  setLanguage(language: Language): Promise<'shown' | 'superseded' | 'unavailable'>;
  /** The language being loaded after a choice, if any (the selector shows it meanwhile). */
  pendingLanguage: Language | null;
  t: Messages;
  /** Formats in the chosen language; pages with a conference use `fmt.withTimeZone(…)`. */
  fmt: Formatter;
}

export interface LoadedCatalogue {
  language: Language;
  messages: Messages;
}

const I18nContext = createContext<I18n | null>(null);

/** Renders with a catalogue already loaded (see main.tsx and app/start.tsx), so no key ever shows untranslated. */
export function I18nProvider({
  initial,
  children,
}: {
  initial: LoadedCatalogue;
  children: ReactNode;
}) {
  const [current, setCurrent] = useState<LoadedCatalogue>(initial);
  const [pendingLanguage, setPending] = useState<Language | null>(null);
  // The last choice wins when two loads overlap (a quick second choice, a sign-in's language).
  const wanted = useRef<Language>(initial.language);
  const setLanguage = useCallback((next: Language) => {
    wanted.current = next;
    setPending(next);
    return catalogues.load(next).then(
      (messages) => {
        if (wanted.current !== next) return 'superseded' as const;
        try {
          sessionStorage.setItem(LANGUAGE_CHOICE_KEY, next);
        } catch {
          // Storage refused: the choice lasts this page.
        }
        setCurrent({ language: next, messages });
        setPending(null);
        return 'shown' as const;
      },
      () => {
        // Offline, and this language was never loaded on the device: stay in the current one.
        if (wanted.current !== next) return 'superseded' as const;
        setPending(null);
        return 'unavailable' as const;
      },
    );
  }, []);
  const { language, messages } = current;
  useEffect(() => {
    const { lang, dir } = DOCUMENT_LANG[language];
    document.documentElement.lang = lang;
    document.documentElement.dir = dir;
  }, [language]);
  const value = useMemo(
    () => ({
      language,
      setLanguage,
      pendingLanguage,
      t: messages,
      fmt: new Formatter(language),
    }),
    [language, messages, setLanguage, pendingLanguage],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
