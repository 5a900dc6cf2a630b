import { LANGUAGES_UN_ORDER, type FrameworkThemeView, type Language } from '#contract';
import { ar } from './ar';
import { en, type Messages } from './en';
import { es } from './es';
import { fr } from './fr';
import { ru } from './ru';
import { zh } from './zh';

export type { Messages };

export const CATALOGUES: Record<Language, Messages> = { en, fr, es, ar, zh, ru };

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
