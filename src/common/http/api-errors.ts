import { applyDecorators } from '@nestjs/common';
import { ApiExtension, ApiProperty, ApiPropertyOptional, ApiResponse } from '@nestjs/swagger';
import {
  ERROR_CODES,
  type ErrorBody as ErrorBodyView,
  type ErrorCode,
  type InputProblem as InputProblemView,
  type ProblemParams,
} from '#contract';

/** The OpenAPI side of the contract's error body (`error-response.ts` writes it). */
export class InputProblem implements InputProblemView {
  @ApiProperty({ example: 'themes.0' }) field: string;
  @ApiProperty({ example: 'maxLength' }) rule: string;
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: {
      oneOf: [
        { type: 'string' },
        { type: 'number' },
        { type: 'array', items: { oneOf: [{ type: 'string' }, { type: 'number' }] } },
      ],
    },
    description: 'The values the rule was checked with, to word the problem in any language',
    example: { max: 20 },
  })
  params?: ProblemParams;
  @ApiProperty({ example: 'themes.0 must be shorter than or equal to 20 characters' })
  message: string;
}

export class ErrorBody implements ErrorBodyView {
  @ApiProperty({ example: 404 }) statusCode: number;
  @ApiProperty({ description: "The status's reason phrase", example: 'Not Found' })
  error: string;
  @ApiProperty({
    description:
      'For people: one sentence, or one per problem for bad input, each naming its field',
    oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
    example: 'Session 3f0c9a57-2a57-4d0e-9f0a-8a3a3e0b5c11 not found',
  })
  message: string | string[];
  @ApiProperty({
    enum: ERROR_CODES,
    description: 'For programs: what went wrong, to word the message in the reader’s language',
    example: 'NOT_FOUND',
  })
  code: ErrorCode;
  @ApiPropertyOptional({ description: 'The input field the error is about', example: 'intoId' })
  field?: string;
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }] },
    description: 'Values to word the error with (`{entity, id}`, `{given, current}`)',
    example: { entity: 'Session', id: '3f0c9a57-2a57-4d0e-9f0a-8a3a3e0b5c11' },
  })
  params?: Record<string, string | number>;
  @ApiPropertyOptional({ type: [InputProblem], description: 'Bad input: every refused field' })
  problems?: InputProblem[];
}

/** The error statuses the API answers with, in the words of `domain-error.ts`. */
export const ERROR_STATUSES = {
  400: 'Invalid input: one message per problem, each naming its field; nothing was changed',
  401: 'No valid token (missing, expired or revoked)',
  403: 'The caller’s role or relation to the object does not allow this',
  404: 'No such object, or none the caller may see (the two are not told apart)',
  409: 'The object’s state does not allow this now',
  413: 'The request body is larger than the limit (BODY_LIMIT_BYTES, or the import’s own)',
  429: 'Too many requests from this address (THROTTLE_PER_MINUTE); try again later',
  503: 'Not ready: the database is unreachable or migrations are pending',
} as const;
export type ErrorStatus = keyof typeof ERROR_STATUSES;

/**
 * Documents error answers of a route (or of every route of a controller) with the shared error
 * body: `@ApiErrors(403, [409, 'the session is not open'])`. The statuses every route shares (401
 * behind the auth guard, 429 from the throttler, 400/404 for parameters, 413 for bodies) are added
 * to the whole document by `openapi.ts`, so routes list only what their service decides.
 */
export function ApiErrors(
  ...errors: (ErrorStatus | [ErrorStatus, string])[]
): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ...errors.map((error) => {
      const [status, description] = Array.isArray(error) ? error : [error, ERROR_STATUSES[error]];
      return ApiResponse({ status, description, type: ErrorBody });
    }),
  );
}

/** Marks a route that needs no token; `openapi.ts` gives it `security: []` and removes the mark. */
export const PUBLIC_EXTENSION = 'x-agora-public';
export const ApiPublic = (): MethodDecorator & ClassDecorator =>
  ApiExtension(PUBLIC_EXTENSION, { public: true });
