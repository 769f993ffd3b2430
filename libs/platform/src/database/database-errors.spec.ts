import { QueryFailedError } from 'typeorm';
import {
  isExclusionViolation,
  isForeignKeyViolation,
  isUniqueViolation,
  PgErrorCode,
} from './database-errors';

function failed(code: string, constraint?: string) {
  return new QueryFailedError('INSERT …', [], Object.assign(new Error('refused'), { code, constraint }));
}

describe('database error codes', () => {
  it.each([
    ['a unique key', isUniqueViolation, PgErrorCode.UniqueViolation],
    ['a foreign key', isForeignKeyViolation, PgErrorCode.ForeignKeyViolation],
    ['an exclusion constraint', isExclusionViolation, PgErrorCode.ExclusionViolation],
  ])('recognise %s, wrapped by TypeORM or bare from pg', (_name, check, code) => {
    expect(check(failed(code))).toBe(true);
    expect(check({ code })).toBe(true);
    expect(check(failed('40001'))).toBe(false);
    expect(check(new Error('not from the database'))).toBe(false);
    expect(check(undefined)).toBe(false);
  });

  it('match a named constraint only when it is the one that refused', () => {
    const error = failed(PgErrorCode.UniqueViolation, 'users_email_key');
    expect(isUniqueViolation(error, 'users_email_key')).toBe(true);
    expect(isUniqueViolation(error, 'areas_name_key')).toBe(false);
  });
});
