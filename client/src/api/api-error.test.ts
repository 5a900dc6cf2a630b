import { describe, expect, it } from 'vitest';
import { ApiError, splitFieldErrors } from './api-error';

describe('server validation messages', () => {
  const fields = ['title', 'body', 'themes', 'adoptionRule'] as const;

  it('puts each message next to the field it starts with', () => {
    const error = ApiError.fromBody(400, {
      statusCode: 400,
      message: [
        'title must be shorter than or equal to 300 characters',
        'each value in themes must be shorter than or equal to 40 characters',
        'adoptionRule.minVotes must not be less than 0',
        'property colour should not exist',
      ],
    });
    expect(splitFieldErrors(error, fields)).toEqual({
      byField: {
        title: ['title must be shorter than or equal to 300 characters'],
        themes: ['each value in themes must be shorter than or equal to 40 characters'],
        adoptionRule: ['adoptionRule.minVotes must not be less than 0'],
      },
      general: ['property colour should not exist'],
    });
  });

  it('keeps a single message string, and nothing for no error', () => {
    const error = ApiError.fromBody(409, { statusCode: 409, message: 'version is stale' });
    expect(error.messages).toEqual(['version is stale']);
    expect(splitFieldErrors(null, fields)).toEqual({ byField: {}, general: [] });
    expect(splitFieldErrors(new Error('boom'), fields).general).toEqual(['boom']);
  });

  it('does not take a field name that merely starts another word', () => {
    const error = ApiError.fromBody(400, { message: ['titles are wrong'] });
    expect(splitFieldErrors(error, fields).general).toEqual(['titles are wrong']);
  });

  it('keeps the code and uses the fields the server names for each problem', () => {
    const error = ApiError.fromBody(400, {
      statusCode: 400,
      code: 'INVALID_INPUT',
      message: ['the title is far too long', 'themes.0 must be a known theme'],
      problems: [
        { field: 'title', rule: 'maxLength', message: 'the title is far too long' },
        { field: 'themes.0', rule: 'isIn', message: 'themes.0 must be a known theme' },
      ],
    });
    expect(error.code).toBe('INVALID_INPUT');
    expect(splitFieldErrors(error, fields)).toEqual({
      byField: {
        title: ['the title is far too long'],
        themes: ['themes.0 must be a known theme'],
      },
      general: [],
    });
    const stale = ApiError.fromBody(409, {
      code: 'STALE_VERSION',
      message: 'Stale version 7',
      params: { given: 7, current: 8 },
    });
    expect(stale).toMatchObject({ code: 'STALE_VERSION', params: { given: 7, current: 8 } });
    expect(new ApiError(0, []).code).toBeNull();
  });
});
