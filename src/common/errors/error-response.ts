import { HttpException, HttpStatus } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import type { ErrorBody, ErrorCode } from '#contract';
import { AlreadyExists, DomainError, InvalidInput, type DomainErrorCode } from './domain-error';

export type { ErrorBody } from '#contract';

export interface ErrorResponse {
  status: number;
  body: ErrorBody;
  /** False for a bug or an outage: the caller logs it, the client only learns "500". */
  expected: boolean;
}

const STATUS: Record<DomainErrorCode, number> = {
  INVALID_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  STALE_VERSION: 409,
  ALREADY_EXISTS: 409,
  TOO_MANY_REQUESTS: 429,
  UNAVAILABLE: 503,
};

/** The code of an answer Nest's own exceptions give (unknown route, body too large, throttling). */
const CODE_OF_STATUS: Record<number, ErrorCode> = {
  400: 'INVALID_INPUT',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  429: 'TOO_MANY_REQUESTS',
  503: 'UNAVAILABLE',
};

export function codeOfStatus(status: number): ErrorCode {
  return CODE_OF_STATUS[status] ?? (status >= 500 ? 'INTERNAL' : 'INVALID_INPUT');
}

/** Nest's reason phrases, as its own exceptions word them ("Not Found", "Bad Request"). */
function reason(status: number): string {
  const name = HttpStatus[status] as string | undefined;
  if (!name) return 'Error';
  return name
    .toLowerCase()
    .split('_')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

export function errorBody(
  status: number,
  message: string | string[],
  code: ErrorCode = codeOfStatus(status),
): ErrorBody {
  return { message, error: reason(status), statusCode: status, code };
}

/** A domain error's body: its code, and its field, parameters and input problems when it has them. */
function domainBody(error: DomainError): ErrorBody {
  const status = STATUS[error.code];
  const body = errorBody(status, error.messages, error.code);
  if (error.field !== undefined) body.field = error.field;
  if (error.params !== undefined) body.params = error.params;
  if (error instanceof InvalidInput && error.inputProblems?.length)
    body.problems = error.inputProblems;
  return body;
}

/**
 * The domain error an error is, if it is one: a `DomainError` itself, or a database error that
 * has a meaning of its own (a unique-key violation, on SQLite and PostgreSQL alike, is
 * `AlreadyExists`). Anything else is a bug or an outage: undefined.
 */
export function toDomainError(error: unknown): DomainError | undefined {
  if (error instanceof DomainError) return error;
  if (isUniqueViolation(error)) return new AlreadyExists();
  return undefined;
}

/**
 * The one mapping from an error to what a client is told, used by the HTTP exception filter,
 * the live gateway's acknowledgements and the report command:
 * - a domain error (`toDomainError`) by its code;
 * - Nest's own HTTP exceptions (unknown route, body too large, throttling) as Nest words them;
 * - anything else as a bare 500, with nothing of the stack or the SQL.
 */
export function errorResponse(error: unknown): ErrorResponse {
  const known = toDomainError(error);
  if (known) return { status: STATUS[known.code], body: domainBody(known), expected: true };
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const response = error.getResponse();
    // Nest's exceptions carry their body; one built from a bare string (the throttler's) is
    // answered as it always was, with the status's enum name as `error`.
    const body: ErrorBody =
      typeof response === 'string'
        ? {
            statusCode: status,
            message: response,
            error: HttpStatus[status] ?? 'Error',
            code: codeOfStatus(status),
          }
        : { ...(response as Omit<ErrorBody, 'code'>), code: codeOfStatus(status) };
    return { status, body, expected: true };
  }
  return {
    status: 500,
    body: errorBody(500, 'Internal server error', 'INTERNAL'),
    expected: false,
  };
}

/** One line for a person at a terminal: the messages of a known error, else the error's own. */
export function errorText(error: unknown): string {
  const { body, expected } = errorResponse(error);
  if (!expected) return error instanceof Error ? error.message : String(error);
  return Array.isArray(body.message) ? body.message.join('; ') : body.message;
}

/** SQLite's and PostgreSQL's codes for a unique-key (or primary-key) violation. */
export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = (error as QueryFailedError & { driverError?: { code?: string } }).driverError;
  const code = driverError?.code ?? '';
  return (
    code === '23505' ||
    code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  );
}
