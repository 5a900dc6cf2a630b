import type { Language } from '../api/types';
import { en, type Messages } from './en';
import { es } from './es';
import { fr } from './fr';

export type { Messages };

export const CATALOGUES: Record<Language, Messages> = { en, fr, es };

/** BCP 47 tags for Intl: a 24-hour clock and day-month order suit an international conference. */
export const LOCALE_TAGS: Record<Language, string> = { en: 'en-GB', fr: 'fr-FR', es: 'es-ES' };

export function isLanguage(value: unknown): value is Language {
  return value === 'en' || value === 'fr' || value === 'es';
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
