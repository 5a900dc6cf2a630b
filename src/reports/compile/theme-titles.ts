import type { Framework } from '../../frameworks/framework.types';
import gcmObjectives from '../../frameworks/data/gcm-objectives.i18n.json';
import type { Language, ThemeRef } from '../outcome-document';

interface Titles {
  title?: string;
  shortTitle?: string;
}

interface FrameworkTranslations {
  framework: string;
  title: Partial<Record<Language, string>>;
  themes: Record<string, Partial<Record<Language, Titles>>>;
}

/**
 * French and Spanish titles of the frameworks whose data has only English. Kept beside the
 * frameworks' JSON as data; a framework without translations prints its English titles.
 */
const TRANSLATIONS = new Map<string, FrameworkTranslations>(
  [gcmObjectives as FrameworkTranslations].map((t) => [t.framework, t]),
);

/** The framework's themes, in its order, titled in the document's language where known. */
export function themeRefs(framework: Framework, language: Language): ThemeRef[] {
  const extra = TRANSLATIONS.get(framework.id);
  return framework.themes.map((theme) => {
    const own = theme.translations?.[language] ?? {};
    const shared = extra?.themes[theme.code]?.[language] ?? {};
    return {
      code: theme.code,
      number: theme.number,
      title: own.title ?? shared.title ?? theme.title,
      shortTitle: own.shortTitle ?? shared.shortTitle ?? theme.shortTitle,
    };
  });
}

export function frameworkTitle(framework: Framework, language: Language): string {
  return TRANSLATIONS.get(framework.id)?.title[language] ?? framework.title;
}
