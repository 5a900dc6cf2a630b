import gcmObjectives from './data/gcm-objectives.i18n.json';

export interface ThemeTitles {
  title?: string;
  shortTitle?: string;
}

interface FrameworkTranslations {
  framework: string;
  themes: Record<string, Partial<Record<string, ThemeTitles>>>;
}

/** The frameworks' titles in other languages, kept beside their JSON as data (`*.i18n.json`). */
const TRANSLATIONS = new Map<string, FrameworkTranslations>(
  [gcmObjectives as FrameworkTranslations].map((t) => [t.framework, t]),
);

/** A theme's titles per language (only `title` and `shortTitle`), empty when none is known. */
export function themeTranslations(frameworkId: string, code: string): Record<string, ThemeTitles> {
  const perLanguage = TRANSLATIONS.get(frameworkId)?.themes[code] ?? {};
  return Object.fromEntries(
    Object.entries(perLanguage).map(([language, t]) => [
      language,
      { title: t?.title, shortTitle: t?.shortTitle },
    ]),
  );
}
