import { IsInt, IsString, MaxLength, Min } from 'class-validator';
import { InvalidInput } from '../errors';
import { createValidationPipe } from './validation';

class Edit {
  @IsInt() @Min(1) version: number;
  @IsString() @MaxLength(5) title: string;
}

/** The one pipe of REST and socket messages: bad input is InvalidInput naming the field. */
describe('validation pipe', () => {
  const pipe = createValidationPipe();
  const refusal = async (body: unknown): Promise<InvalidInput> => {
    try {
      await pipe.transform(body, { type: 'body', metatype: Edit });
    } catch (error) {
      if (error instanceof InvalidInput) return error;
      throw error;
    }
    throw new Error('accepted');
  };

  it('refuses with INVALID_INPUT, one message per problem, and the first field refused', async () => {
    const error = await refusal({ version: 0, title: 'far too long' });
    expect(error).toMatchObject({ code: 'INVALID_INPUT', field: 'version' });
    expect(error.messages).toEqual([
      'version must not be less than 1',
      'title must be shorter than or equal to 5 characters',
    ]);
  });

  it('refuses null fields and prototype keys by their path', async () => {
    const error = await refusal({ version: 1, title: null });
    expect(error).toMatchObject({ code: 'INVALID_INPUT', field: 'title' });
    expect(error.messages).toEqual(['title must not be null']);
    const nested = await refusal(JSON.parse('{"version": 1, "title": "x", "a": {"__proto__": 1}}'));
    expect(nested).toMatchObject({ field: 'a.__proto__' });
    expect(nested.messages).toEqual(['property a.__proto__ should not exist']);
  });

  it('refuses properties the DTO does not have', async () => {
    const error = await refusal({ version: 1, title: 'x', extra: true });
    expect(error.field).toBe('extra');
    expect(error.messages).toEqual(['extra: property extra should not exist']);
  });

  it('lets a valid body through', async () => {
    await expect(
      pipe.transform({ version: 2, title: 'ok' }, { type: 'body', metatype: Edit }),
    ).resolves.toEqual({ version: 2, title: 'ok' });
  });
});
