import { ValidateBy, type ValidationOptions } from 'class-validator';

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A free-form JSON object (an audit entry's details) of at most `maxBytes` once serialised:
 * its shape belongs to the action that wrote it, its size to us.
 */
export function IsJsonObject(maxBytes: number, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isJsonObject',
      validator: {
        validate: (value) => isPlainObject(value) && JSON.stringify(value).length <= maxBytes,
        defaultMessage: (args) =>
          `${args?.property} must be a JSON object of at most ${maxBytes} bytes`,
      },
    },
    options,
  );
}

/**
 * Per-language variants of a record's texts, e.g. `{title: {fr: "…", es: "…"}}`: only the
 * given fields, language codes of at most 5 characters, texts of at most `maxLength`.
 */
export function IsTranslations(
  fields: readonly string[],
  maxLength: number,
  options?: ValidationOptions,
): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isTranslations',
      validator: {
        validate: (value) =>
          isPlainObject(value) &&
          Object.entries(value).every(
            ([field, texts]) =>
              fields.includes(field) &&
              isPlainObject(texts) &&
              Object.entries(texts).every(
                ([language, text]) =>
                  language.length <= 5 && typeof text === 'string' && text.length <= maxLength,
              ),
          ),
        defaultMessage: (args) =>
          `${args?.property} must map ${fields.join(', ')} to texts per language (at most ${maxLength} characters)`,
      },
    },
    options,
  );
}
