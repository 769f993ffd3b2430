import { loadConfig } from '@small-places/platform';
import { PasswordHasher } from './password-hasher';

const DATABASE_URL = 'postgres://root@127.0.0.1:5432/sp';
const PRODUCTION = {
  NODE_ENV: 'production',
  DATABASE_URL,
  JWT_SECRET: 'a-production-secret-that-is-long-enough-for-hs256',
  CORS_ORIGINS: 'https://smallplaces.example',
  SMTP_URL: 'smtp://mail.example:25',
  PUBLIC_URL: 'https://api.smallplaces.example',
  WEB_URL: 'https://smallplaces.example',
};
const PRODUCTION_PARAMETERS = /^\$argon2id\$v=19\$m=19456,p=1,t=2\$/;
const CHEAP_PARAMETERS = /^\$argon2id\$v=19\$m=1024,p=1,t=1\$/;

describe('PasswordHasher', () => {
  const production = new PasswordHasher(loadConfig(PRODUCTION));
  const cheap = new PasswordHasher(
    loadConfig({ NODE_ENV: 'test', DATABASE_URL, PASSWORD_HASHING: 'cheap-for-tests' }),
  );

  it("hashes at production's cost in production, in development and in a test run that did not ask", async () => {
    expect(await production.hash('correct horse battery')).toMatch(PRODUCTION_PARAMETERS);
    expect(await new PasswordHasher(loadConfig({ DATABASE_URL })).hash('x')).toMatch(PRODUCTION_PARAMETERS);
    const test = new PasswordHasher(loadConfig({ NODE_ENV: 'test', DATABASE_URL }));
    expect(await test.hash('x')).toMatch(PRODUCTION_PARAMETERS);
  });

  it('hashes at the cheap cost only with NODE_ENV=test and PASSWORD_HASHING=cheap-for-tests', async () => {
    expect(await cheap.hash('correct horse battery')).toMatch(CHEAP_PARAMETERS);
  });

  it('verifies hashes made with either profile, with either profile, and refuses a wrong password', async () => {
    for (const made of [production, cheap]) {
      const hash = await made.hash('correct horse battery');
      for (const checking of [production, cheap]) {
        expect(await checking.verify(hash, 'correct horse battery')).toBe(true);
        expect(await checking.verify(hash, 'correct horse battery!')).toBe(false);
      }
    }
  });

  it('answers false, after a real check, when there is no hash', async () => {
    expect(await production.verify(null, 'anything')).toBe(false);
    expect(await cheap.verify(undefined, 'anything')).toBe(false);
  });
});
