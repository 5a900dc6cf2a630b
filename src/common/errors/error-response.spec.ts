import { NotFoundException, PayloadTooLargeException } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import {
  AlreadyExists,
  EntityNotFound,
  InvalidInput,
  NotAllowed,
  NotAuthenticated,
  StaleVersion,
  StateConflict,
  TooManyRequests,
  Unavailable,
} from './domain-error';
import { errorResponse, errorText, toDomainError } from './error-response';

function uniqueViolation(code: string): QueryFailedError {
  return new QueryFailedError('INSERT …', [], Object.assign(new Error('duplicate'), { code }));
}

describe('errorResponse', () => {
  it.each([
    [new InvalidInput(['endsAt must be after startsAt']), 400, 'Bad Request'],
    [new NotAuthenticated('Missing bearer token'), 401, 'Unauthorized'],
    [new NotAllowed(), 403, 'Forbidden'],
    [new EntityNotFound('Session', 'abc'), 404, 'Not Found'],
    [new StateConflict('The session is closed'), 409, 'Conflict'],
    [new StaleVersion('Stale version 1: it is at version 2', 'version', 1, 2), 409, 'Conflict'],
    [new AlreadyExists(), 409, 'Conflict'],
    [new TooManyRequests('Slow down', 30), 429, 'Too Many Requests'],
    [new Unavailable('not ready'), 503, 'Service Unavailable'],
  ])('maps %p to its status and Nest’s reason phrase', (error, status, reason) => {
    const mapped = errorResponse(error);
    expect(mapped).toEqual({
      status,
      body: {
        message: error.messages,
        error: reason,
        statusCode: status,
        code: error.code,
        ...(error.field === undefined ? {} : { field: error.field }),
        ...(error.params === undefined ? {} : { params: error.params }),
      },
      expected: true,
    });
  });

  it('keeps bad input as one message per problem, and the field and params on the error', () => {
    const error = new InvalidInput(['a must be x', 'b must be y'], { field: 'a' });
    expect(errorResponse(error).body.message).toEqual(['a must be x', 'b must be y']);
    expect(error).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'a',
      message: 'a must be x; b must be y',
    });
    expect(new EntityNotFound('Session', 'abc')).toMatchObject({
      code: 'NOT_FOUND',
      message: 'Session abc not found',
      params: { entity: 'Session', id: 'abc' },
    });
  });

  it('gives each error a code of its own, with the field and the values behind the message', () => {
    expect(new StaleVersion('Stale baseVersion 3', 'baseVersion', 3, 4)).toMatchObject({
      code: 'STALE_VERSION',
      field: 'baseVersion',
      params: { given: 3, current: 4 },
      message: 'Stale baseVersion 3',
    });
    expect(new StateConflict('The session is closed').code).toBe('CONFLICT');
    expect(new AlreadyExists()).toMatchObject({
      code: 'ALREADY_EXISTS',
      message: 'This already exists',
    });
  });

  it('answers Nest’s own exceptions as Nest words them', () => {
    expect(errorResponse(new NotFoundException('Cannot GET /x')).body).toEqual({
      message: 'Cannot GET /x',
      error: 'Not Found',
      statusCode: 404,
      code: 'NOT_FOUND',
    });
    const tooLarge = errorResponse(new PayloadTooLargeException());
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it.each(['23505', 'SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_CONSTRAINT_PRIMARYKEY'])(
    'maps a unique-key violation (%s) to 409 on every transport',
    (code) => {
      expect(errorResponse(uniqueViolation(code))).toMatchObject({
        status: 409,
        body: { statusCode: 409, message: 'This already exists', error: 'Conflict' },
      });
    },
  );

  it.each(['23505', 'SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_CONSTRAINT_PRIMARYKEY'])(
    'knows a unique-key violation (%s) as the domain error AlreadyExists',
    (code) => {
      expect(toDomainError(uniqueViolation(code))).toBeInstanceOf(AlreadyExists);
    },
  );

  it('leaves other database errors, and plain errors, unknown', () => {
    // A foreign-key or NOT NULL violation is a bug in a service's checks, not the client's doing.
    expect(toDomainError(uniqueViolation('SQLITE_CONSTRAINT_FOREIGNKEY'))).toBeUndefined();
    expect(toDomainError(uniqueViolation('23503'))).toBeUndefined();
    expect(toDomainError(new Error('boom'))).toBeUndefined();
    expect(errorResponse(uniqueViolation('23503'))).toMatchObject({ status: 500, expected: false });
    const known = new NotAllowed();
    expect(toDomainError(known)).toBe(known);
  });

  it('tells nothing of an unexpected error but marks it for the log', () => {
    expect(errorResponse(new Error('SELECT secret FROM …'))).toEqual({
      status: 500,
      body: {
        message: 'Internal server error',
        error: 'Internal Server Error',
        statusCode: 500,
        code: 'INTERNAL',
      },
      expected: false,
    });
  });

  it('gives a terminal the messages of a known error and the message of any other', () => {
    expect(errorText(new InvalidInput(['a must be x', 'b must be y']))).toBe(
      'a must be x; b must be y',
    );
    expect(errorText(new StateConflict('Version 2 is already final'))).toBe(
      'Version 2 is already final',
    );
    expect(errorText(new Error('no conference has the id or slug x'))).toBe(
      'no conference has the id or slug x',
    );
  });
});
