import { logSafeUrl } from './logging.module';

describe('logSafeUrl', () => {
  it('hides the token of a calendar feed URL', () => {
    expect(logSafeUrl('/calendar/AbC-123_xyz.ics')).toBe('/calendar/[token]');
    expect(logSafeUrl('/calendar/AbC-123_xyz.ics?x=1')).toBe('/calendar/[token]?x=1');
  });

  it('leaves every other URL as it is', () => {
    expect(logSafeUrl('/graphql')).toBe('/graphql');
    expect(logSafeUrl('/budgets/1/statement.csv?from=2027-01-01&to=2027-01-31')).toBe(
      '/budgets/1/statement.csv?from=2027-01-01&to=2027-01-31',
    );
    expect(logSafeUrl(undefined)).toBeUndefined();
  });
});
