import { ValidateBy, type ValidationOptions } from 'class-validator';

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export interface TranslationFields {
  /** Fields whose translation is one text, e.g. `title`. */
  texts: readonly string[];
  /** Fields whose translation is a list of texts, e.g. `hosts`. */
  lists?: readonly string[];
  /** Longest text. */
  maxLength: number;
  /** Longest list. */
  maxItems?: number;
  /** The language codes accepted; any code of at most 5 characters when absent. */
  languages?: readonly string[];
}

function validTranslations(value: unknown, spec: TranslationFields): boolean {
  if (!isPlainObject(value)) return false;
  const okLanguage = (code: string) =>
    spec.languages ? spec.languages.includes(code) : code.length <= 5;
  const okText = (text: unknown) => typeof text === 'string' && text.length <= spec.maxLength;
  return Object.entries(value).every(([field, perLanguage]) => {
    if (!isPlainObject(perLanguage)) return false;
    const isList = spec.lists?.includes(field) ?? false;
    if (!isList && !spec.texts.includes(field)) return false;
    return Object.entries(perLanguage).every(
      ([language, text]) =>
        okLanguage(language) &&
        (isList
          ? Array.isArray(text) && text.length <= (spec.maxItems ?? 100) && text.every(okText)
          : okText(text)),
    );
  });
}

/**
 * Per-language variants of a record's texts, e.g. `{title: {fr: "…"}, hosts: {ar: ["…"]}}`:
 * only the given fields, only the given language codes, texts and lists within their limits.
 */
export function IsTranslations(spec: TranslationFields, options?: ValidationOptions) {
  return ValidateBy(
    {
      name: 'isTranslations',
      validator: {
        validate: (value) => validTranslations(value, spec),
        defaultMessage: (args) =>
          `${args?.property} must map ${[...spec.texts, ...(spec.lists ?? [])].join(', ')} to ` +
          `${spec.languages ? spec.languages.join(', ') : 'language codes'} with texts of at most ` +
          `${spec.maxLength} characters${spec.lists ? ` (lists for ${spec.lists.join(', ')})` : ''}`,
      },
    },
    options,
  );
}
