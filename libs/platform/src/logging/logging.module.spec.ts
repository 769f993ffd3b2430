import { isStartUpChatter, logSafeUrl } from './logging.module';

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

describe('isStartUpChatter', () => {
  it('is Nest’s line per module and per route, at info level only', () => {
    expect(isStartUpChatter(30, { context: 'RouterExplorer' })).toBe(true);
    expect(isStartUpChatter(30, { context: 'RoutesResolver' })).toBe(true);
    expect(isStartUpChatter(30, { context: 'InstanceLoader' })).toBe(true);
    expect(isStartUpChatter(50, { context: 'RouterExplorer' })).toBe(false);
    expect(isStartUpChatter(30, { context: 'NestApplication' })).toBe(false);
    expect(isStartUpChatter(30, 'a message')).toBe(false);
  });
});
