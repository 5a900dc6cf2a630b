import { Param, ParseUUIDPipe } from '@nestjs/common';
import { InvalidInput } from '../errors';

/** A route id that must be a UUID; anything else is 400 naming the parameter. */
export const UuidParam = (name = 'id'): ParameterDecorator =>
  Param(
    name,
    new ParseUUIDPipe({
      exceptionFactory: () => new InvalidInput([`${name} must be a UUID`]),
    }),
  );

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A UUID, or a slug (lower-case letters, digits and dashes) of something that has one. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/**
 * A route parameter that names a conference by its id or by its slug (`mechelen-2017`), as the
 * report command does; anything else is 400 naming the parameter.
 */
export const ConferenceRefParam = (name = 'id'): ParameterDecorator =>
  Param(name, {
    transform: (value: unknown) => {
      if (
        typeof value === 'string' &&
        (UUID.test(value) || (value.length <= 80 && SLUG.test(value)))
      )
        return value;
      throw new InvalidInput([`${name} must be a conference's UUID or slug`]);
    },
  });
