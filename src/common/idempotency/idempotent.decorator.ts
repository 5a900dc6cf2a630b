import { applyDecorators, UseInterceptors } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { ApiErrors } from '../http/api-errors';
import { IdempotencyInterceptor } from './idempotency.interceptor';

/** A creating route that honours the `Idempotency-Key` header (API.md). */
export const Idempotent = (): MethodDecorator =>
  applyDecorators(
    UseInterceptors(IdempotencyInterceptor),
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description: 'A retry with the same key returns the first response and creates nothing new',
    }),
    ApiErrors([
      409,
      'This Idempotency-Key is in use by a request still running, or was used for another one',
    ]),
  );
