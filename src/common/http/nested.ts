import { applyDecorators } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsObject, ValidateNested } from 'class-validator';

/**
 * A nested DTO, or with `each` a list of them: transformed into that class, validated as it, and
 * required to be an object — `@ValidateNested()` alone lets an empty array through where one is
 * expected.
 */
export function NestedDto(
  type: () => new (...args: never[]) => object,
  options: { each?: boolean } = {},
): PropertyDecorator {
  return applyDecorators(IsObject(options), ValidateNested(options), Type(type));
}
