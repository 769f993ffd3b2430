import { BadRequestException, ForbiddenException } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { conflict, ErrorCode } from './app-error';
import { formatGraphQLError, INTERNAL_MESSAGE, mapError } from './error-mapper';

describe('mapError', () => {
  it('keeps our own errors as they are', () => {
    expect(mapError(conflict('Taken.'))).toEqual({
      code: ErrorCode.Conflict,
      message: 'Taken.',
      fields: undefined,
      unexpected: false,
    });
  });

  it('maps Nest HTTP exceptions by status', () => {
    expect(mapError(new ForbiddenException()).code).toBe(ErrorCode.Forbidden);
    expect(mapError(new BadRequestException(['a is wrong', 'b is wrong']))).toMatchObject({
      code: ErrorCode.BadUserInput,
      message: 'a is wrong; b is wrong',
    });
  });

  it('treats parse, validation and coercion failures as the client’s', () => {
    expect(
      mapError(
        new GraphQLError('Cannot query field "x"', { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }),
      ).code,
    ).toBe(ErrorCode.BadUserInput);
    const coercion = new GraphQLError('Variable "$input" got invalid value', {
      originalError: new GraphQLError('Value "X" does not exist in "Role" enum.'),
    });
    expect(mapError(coercion).code).toBe(ErrorCode.BadUserInput);
  });

  it('masks everything unexpected, including errors thrown inside a resolver', () => {
    const inResolver = new GraphQLError('relation "users" does not exist', {
      path: ['me'],
      originalError: new Error('relation "users" does not exist'),
    });
    expect(mapError(inResolver)).toMatchObject({
      code: ErrorCode.Internal,
      message: INTERNAL_MESSAGE,
      unexpected: true,
    });
    expect(mapError(new TypeError('x is undefined'))).toMatchObject({
      code: ErrorCode.Internal,
      unexpected: true,
    });
  });

  it('formats without stack traces or internal locations', () => {
    const inResolver = new GraphQLError('secret detail', {
      path: ['me'],
      originalError: new Error('secret detail'),
    });
    const formatted = formatGraphQLError(
      {
        message: 'secret detail',
        locations: [{ line: 1, column: 3 }],
        path: ['me'],
        extensions: { stacktrace: ['at x'] },
      },
      inResolver,
    );
    expect(formatted).toEqual({
      message: INTERNAL_MESSAGE,
      path: ['me'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });
});
