import {
  ArgumentMetadata,
  ValidationError,
  ValidationPipe,
  ValidationPipeOptions,
} from '@nestjs/common';
import type { InputProblem } from '#contract';
import { InvalidInput } from '../errors';
import { ruleParams } from './validation-params';

/** Flattens nested errors into messages that name the field by its path, e.g. `themes.0 must be ...`. */
export function validationMessages(errors: ValidationError[], parent = ''): string[] {
  const messages: string[] = [];
  for (const error of errors) {
    const path = parent ? `${parent}.${error.property}` : error.property;
    for (const message of Object.values(error.constraints ?? {})) {
      // class-validator starts messages with the bare property name; give the full path instead.
      messages.push(
        message.startsWith(error.property)
          ? path + message.slice(error.property.length)
          : `${path}: ${message}`,
      );
    }
    if (error.children?.length) messages.push(...validationMessages(error.children, path));
  }
  return messages;
}

/**
 * The same errors as fields with the rule each broke and its parameters
 * (`{field: 'title', rule: 'maxLength', params: {max: 200}}`), for clients to word in their
 * user's language.
 */
export function validationProblems(errors: ValidationError[], parent = ''): InputProblem[] {
  const problems: InputProblem[] = [];
  for (const error of errors) {
    const path = parent ? `${parent}.${error.property}` : error.property;
    const messages = validationMessages([{ ...error, children: [] }], parent);
    Object.keys(error.constraints ?? {}).forEach((rule, i) => {
      const params = ruleParams(error, rule);
      problems.push({
        field: path,
        rule,
        ...(params ? { params } : {}),
        message: messages[i] ?? rule,
      });
    });
    if (error.children?.length) problems.push(...validationProblems(error.children, path));
  }
  return problems;
}

export const VALIDATION_OPTIONS: ValidationPipeOptions = {
  whitelist: true,
  forbidNonWhitelisted: true,
  forbidUnknownValues: true,
  transform: true,
  transformOptions: { enableImplicitConversion: false },
  // The target lets validationProblems read each rule's parameters from the class's metadata;
  // errors are never sent as they are, so neither it nor the value reaches a client.
  validationError: { target: true, value: false },
  // `field` is the first property refused (its messages name every one).
  exceptionFactory: (errors) =>
    new InvalidInput(validationMessages(errors), {
      field: errors[0]?.property,
      inputProblems: validationProblems(errors),
    }),
};

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * What class-validator lets through but a request must not carry: `null` for a field (optional
 * fields are `@IsOptional()`, which treats null as absent, so a PATCH with `name: null` would reach
 * the database), and prototype keys, which class-transformer drops silently instead of refusing.
 */
export function bodyProblems(
  value: unknown,
  path = '',
  depth = 0,
): Array<{ path: string; message: string }> {
  if (depth > 8 || value === null || typeof value !== 'object') return [];
  const problems: Array<{ path: string; message: string }> = [];
  for (const key of Object.keys(value)) {
    const child = (value as Record<string, unknown>)[key];
    const at = path ? `${path}.${key}` : key;
    if (FORBIDDEN_KEYS.has(key))
      problems.push({ path: at, message: `property ${at} should not exist` });
    else if (child === null) problems.push({ path: at, message: `${at} must not be null` });
    else problems.push(...bodyProblems(child, at, depth + 1));
  }
  return problems;
}

/** The one validation pipe of REST and websocket messages. */
export class AgoraValidationPipe extends ValidationPipe {
  constructor() {
    super(VALIDATION_OPTIONS);
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body') {
      const problems = bodyProblems(value);
      if (problems.length)
        throw new InvalidInput(
          problems.map((problem) => problem.message),
          {
            field: problems[0].path,
            inputProblems: problems.map((problem) => ({
              field: problem.path,
              rule: problem.message.endsWith('null') ? 'notNull' : 'forbiddenKey',
              message: problem.message,
            })),
          },
        );
    }
    return super.transform(value, metadata);
  }
}

export function createValidationPipe(): ValidationPipe {
  return new AgoraValidationPipe();
}
