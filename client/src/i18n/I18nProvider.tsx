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
import {
  catalogues,
  DOCUMENT_LANG,
  LANGUAGE_CHOICE_KEY,
  type Messages,
  type Part,
  type PartMessages,
} from './catalogue';
import { Formatter } from './format';

export { initialLanguage } from './catalogue';

interface I18n<T = Messages> {
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
  t: T;
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
    // With the parts the page's views use, so that none of them waits (or blanks) after the switch.
    return catalogues.loadWithParts(next).then(
      (messages) => {
        if (wanted.current !== next) return 'superseded' as const;
        catalogues.shown = next;
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

/**
 * The interface's language and catalogue. A view that reads a part of the catalogue (the staff's
 * strings, the drafting room's) names it: until the part has come in the language shown, the view
 * suspends (its Suspense boundary shows what it shows while a lazy chunk loads), and if it cannot
 * come the error is thrown as a lazy chunk's would be.
 */
export function useI18n(): I18n;
export function useI18n<P extends Part>(part: P): I18n<Messages & PartMessages[P]>;
export function useI18n<P extends Part, Q extends Part>(
  part: P,
  other: Q,
): I18n<Messages & PartMessages[P] & PartMessages[Q]>;
export function useI18n(...parts: Part[]): I18n<unknown> {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  if (parts.length === 0) return value;
  const { language } = value;
  const missing = parts.filter((part) => !catalogues.hasPart(language, part));
  if (missing.length > 0) {
    for (const part of missing) {
      const error = catalogues.takeFailure(language, part);
      if (error) throw error;
    }
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- Suspense's protocol, as lazy()'s
    throw Promise.all(missing.map((part) => catalogues.loadPart(language, part)));
  }
  return { ...value, t: catalogues.withParts(value.t, language, parts) };
}
