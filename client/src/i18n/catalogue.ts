import { LANGUAGES_UN_ORDER, type FrameworkThemeView, type Language } from '#contract';
import type { Messages } from './en';

export type { Messages };

/*
 * Each language's catalogue is its own chunk, loaded when the interface shows that language: a
 * phone on the venue's Wi-Fi (20 KB/s) downloads one catalogue, not six (6.7–8.3 KB gzipped
 * each). The literal paths let the bundler split them; `en.ts` stays the reference for the type.
 */
export type CatalogueImports = Record<Language, () => Promise<Messages>>;

const IMPORTS: CatalogueImports = {
  en: () => import('./en').then((m) => m.en),
  fr: () => import('./fr').then((m) => m.fr),
  es: () => import('./es').then((m) => m.es),
  ar: () => import('./ar').then((m) => m.ar),
  zh: () => import('./zh').then((m) => m.zh),
  ru: () => import('./ru').then((m) => m.ru),
};

/**
 * Fetches each language's catalogue once per page (the app-shell worker keeps the chunks a page
 * used, for a reload with no network). A failed fetch is forgotten, so asking again retries it.
 */
export class CatalogueLoader {
  private readonly loading = new Map<Language, Promise<Messages>>();

  constructor(private readonly imports: CatalogueImports = IMPORTS) {}

  load(language: Language): Promise<Messages> {
    const known = this.loading.get(language);
    if (known) return known;
    const pending = this.imports[language]();
    this.loading.set(language, pending);
    pending.catch(() => {
      if (this.loading.get(language) === pending) this.loading.delete(language);
    });
    return pending;
  }

  /** The page's first catalogue: `language`'s, else English's; null when neither came. */
  async first(language: Language): Promise<{ language: Language; messages: Messages } | null> {
    const candidates: Language[] = language === 'en' ? ['en'] : [language, 'en'];
    for (const candidate of candidates) {
      try {
        return { language: candidate, messages: await this.load(candidate) };
      } catch {
        // Offline before this chunk was ever cached, or a deploy removed it: try the next.
      }
    }
    return null;
  }
}

export const catalogues = new CatalogueLoader();

/**
 * BCP 47 tags for Intl: a 24-hour clock and day-month order suit an international conference;
 * Arabic with the digits 0–9, as United Nations Arabic documents write them.
 */
export const LOCALE_TAGS: Record<Language, string> = {
  en: 'en-GB',
  fr: 'fr-FR',
  es: 'es-ES',
  ar: 'ar-u-nu-latn',
  zh: 'zh-CN',
  ru: 'ru-RU',
};

/** The document's `lang` and `dir` for each language. */
export const DOCUMENT_LANG: Record<Language, { lang: string; dir: 'ltr' | 'rtl' }> = {
  en: { lang: 'en', dir: 'ltr' },
  fr: { lang: 'fr', dir: 'ltr' },
  es: { lang: 'es', dir: 'ltr' },
  ar: { lang: 'ar', dir: 'rtl' },
  zh: { lang: 'zh-Hans', dir: 'ltr' },
  ru: { lang: 'ru', dir: 'ltr' },
};

export function isLanguage(value: unknown): value is Language {
  return (LANGUAGES_UN_ORDER as readonly unknown[]).includes(value);
}

/** This tab's choice of interface language (sessionStorage), written by the I18nProvider. */
export const LANGUAGE_CHOICE_KEY = 'agora.language';

/**
 * The language a page starts in: this tab's choice, else the signed-in participant's (a new tab
 * of a device that stays signed in), else the browser's among ours, else English. It lives here,
 * away from Preact, because the entry chunk calls it before the app's core has arrived.
 */
export function initialLanguage(participantLanguage?: string | null): Language {
  let stored: string | null = null;
  try {
    stored = sessionStorage.getItem(LANGUAGE_CHOICE_KEY);
  } catch {
    // Storage refused: the choice lasts this page.
  }
  if (isLanguage(stored)) return stored;
  if (isLanguage(participantLanguage)) return participantLanguage;
  return browserLanguage(navigator.languages ?? [navigator.language]);
}

/** The browser's preferred language among ours, for the sign-in page before anyone is known. */
export function browserLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}

/** Picks the per-language variant of a server text (session titles, conference titles). */
export function localised(
  base: string,
  translations: Partial<Record<string, string>> | undefined,
  language: Language,
): string {
  return translations?.[language] || base;
}

/** "5. Regular pathways" in the chosen language when the framework's data has it. */
export function themeLabel(theme: FrameworkThemeView, language: Language): string {
  return `${theme.number}. ${theme.translations?.[language]?.shortTitle || theme.shortTitle}`;
}
