import {
  BadRequestException,
  ValidationError,
  ValidationPipe,
  ValidationPipeOptions,
} from '@nestjs/common';

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

export const VALIDATION_OPTIONS: ValidationPipeOptions = {
  whitelist: true,
  forbidNonWhitelisted: true,
  forbidUnknownValues: true,
  transform: true,
  transformOptions: { enableImplicitConversion: false },
  validationError: { target: false, value: false },
  exceptionFactory: (errors) => new BadRequestException(validationMessages(errors)),
};

/** The one validation pipe of REST and websocket messages. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe(VALIDATION_OPTIONS);
}
