import { HttpException, HttpStatus } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { AlreadyExists, DomainError, type ErrorCode } from './domain-error';

/** The body of every error answer, in NestJS's shape (the client and the tests rely on it). */
export interface ErrorBody {
  message: string | string[];
  error: string;
  statusCode: number;
}

export interface ErrorResponse {
  status: number;
  body: ErrorBody;
  /** False for a bug or an outage: the caller logs it, the client only learns "500". */
  expected: boolean;
}

const STATUS: Record<ErrorCode, number> = {
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

export function errorBody(status: number, message: string | string[]): ErrorBody {
  return { message, error: reason(status), statusCode: status };
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
  if (known) {
    const status = STATUS[known.code];
    return { status, body: errorBody(status, known.messages), expected: true };
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const response = error.getResponse();
    // Nest's exceptions carry their body; one built from a bare string (the throttler's) is
    // answered as it always was, with the status's enum name as `error`.
    const body: ErrorBody =
      typeof response === 'string'
        ? { statusCode: status, message: response, error: HttpStatus[status] ?? 'Error' }
        : (response as ErrorBody);
    return { status, body, expected: true };
  }
  return { status: 500, body: errorBody(500, 'Internal server error'), expected: false };
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
