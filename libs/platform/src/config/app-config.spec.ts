import { ConfigError, DEV_JWT_SECRET, loadConfig } from './app-config';

const base = { DATABASE_URL: 'postgres://root@127.0.0.1:5432/sp' };

describe('loadConfig', () => {
  it('fills sensible development defaults', () => {
    const config = loadConfig(base);
    expect(config).toMatchObject({
      env: 'development',
      port: 3000,
      redisUrl: 'redis://127.0.0.1:6379',
      queuePrefix: 'sp',
      jwtSecret: DEV_JWT_SECRET,
      corsOrigins: ['http://localhost:3000'],
      databasePoolSize: 10,
      openReferralRequestsPerMinute: 300,
      publicUrl: 'http://localhost:3000',
      webUrl: 'http://localhost:3002',
    });
  });

  it('names every bad variable in one message', () => {
    const attempt = () =>
      loadConfig({
        DATABASE_URL: 'mysql://x',
        PORT: 'eighty',
        REDIS_URL: 'http://x',
        LOG_LEVEL: 'loud',
        QUEUE_PREFIX: 'a:b',
        OPENREFERRAL_REQUESTS_PER_MINUTE: '0',
      });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      const problems = (error as ConfigError).problems.join('\n');
      for (const name of [
        'DATABASE_URL',
        'PORT',
        'REDIS_URL',
        'LOG_LEVEL',
        'QUEUE_PREFIX',
        'OPENREFERRAL_REQUESTS_PER_MINUTE',
      ]) {
        expect(problems).toMatch(new RegExp(name));
      }
    }
  });

  it('refuses unsafe production settings', () => {
    expect(() => loadConfig({ ...base, NODE_ENV: 'production', CORS_ORIGINS: '*' })).toThrow(
      /JWT_SECRET must be set[\s\S]*CORS_ORIGINS must list origins[\s\S]*SMTP_URL must be set/,
    );
    const safe = loadConfig({
      ...base,
      NODE_ENV: 'production',
      JWT_SECRET: 'a-production-secret-that-is-long-enough-1234',
      CORS_ORIGINS: 'https://smallplaces.example, https://admin.smallplaces.example',
      SMTP_URL: 'smtp://mail:25',
    });
    expect(safe.isProduction).toBe(true);
    expect(safe.corsOrigins).toEqual(['https://smallplaces.example', 'https://admin.smallplaces.example']);
  });

  it('hashes passwords at the cheap test cost only when NODE_ENV=test asks for it, and refuses the ask elsewhere', () => {
    const cheap = { PASSWORD_HASHING: 'cheap-for-tests' };
    expect(loadConfig(base).passwordHashing).toBe('production');
    expect(loadConfig({ ...base, NODE_ENV: 'test' }).passwordHashing).toBe('production');
    expect(loadConfig({ ...base, NODE_ENV: 'test', ...cheap }).passwordHashing).toBe('cheap-for-tests');
    expect(() => loadConfig({ ...base, ...cheap })).toThrow(
      /PASSWORD_HASHING=cheap-for-tests is for the test suite only/,
    );
    expect(() =>
      loadConfig({
        ...base,
        ...cheap,
        NODE_ENV: 'production',
        JWT_SECRET: 'a-production-secret-that-is-long-enough-1234',
        SMTP_URL: 'smtp://mail:25',
      }),
    ).toThrow(/PASSWORD_HASHING=cheap-for-tests is for the test suite only/);
    expect(() => loadConfig({ ...base, NODE_ENV: 'test', PASSWORD_HASHING: 'fast' })).toThrow(
      /PASSWORD_HASHING may only be cheap-for-tests/,
    );
  });

  it('refuses a plain-http PUBLIC_URL in production, except on this machine', () => {
    const production = {
      ...base,
      NODE_ENV: 'production',
      JWT_SECRET: 'a-production-secret-that-is-long-enough-1234',
      SMTP_URL: 'smtp://mail:25',
    };
    expect(() => loadConfig({ ...production, PUBLIC_URL: 'http://smallplaces.example' })).toThrow(
      /PUBLIC_URL must be https/,
    );
    expect(loadConfig({ ...production, PUBLIC_URL: 'https://smallplaces.example' }).publicUrl).toBe(
      'https://smallplaces.example',
    );
    expect(loadConfig({ ...production, PUBLIC_URL: 'http://localhost:8080' }).publicUrl).toBe(
      'http://localhost:8080',
    );
    expect(loadConfig({ ...base, PUBLIC_URL: 'http://smallplaces.example' }).publicUrl).toBe(
      'http://smallplaces.example',
    );
  });

  it('refuses a plain-http WEB_URL in production, except on this machine, and drops a trailing slash', () => {
    const production = {
      ...base,
      NODE_ENV: 'production',
      JWT_SECRET: 'a-production-secret-that-is-long-enough-1234',
      SMTP_URL: 'smtp://mail:25',
      PUBLIC_URL: 'https://api.smallplaces.example',
    };
    expect(() => loadConfig({ ...production, WEB_URL: 'http://smallplaces.example' })).toThrow(
      /WEB_URL must be https/,
    );
    expect(() => loadConfig({ ...base, WEB_URL: 'smallplaces.example' })).toThrow(
      /WEB_URL must be an absolute http\(s\) URL/,
    );
    expect(loadConfig({ ...production, WEB_URL: 'https://smallplaces.example/' }).webUrl).toBe(
      'https://smallplaces.example',
    );
    expect(loadConfig({ ...production, WEB_URL: 'http://localhost:3002' }).webUrl).toBe(
      'http://localhost:3002',
    );
  });

  it('wants both bootstrap Admin variables or neither', () => {
    expect(() => loadConfig({ ...base, BOOTSTRAP_ADMIN_EMAIL: 'a@b.org' })).toThrow(/go together/);
    expect(
      loadConfig({ ...base, BOOTSTRAP_ADMIN_EMAIL: 'a@b.org', BOOTSTRAP_ADMIN_PASSWORD: 'long-enough-pw' })
        .bootstrapAdmin,
    ).toEqual({
      email: 'a@b.org',
      password: 'long-enough-pw',
    });
  });

  it('finds Redis through Sentinel when REDIS_SENTINELS lists them', () => {
    expect(loadConfig(base).redisSentinel).toBeUndefined();
    expect(
      loadConfig({ ...base, REDIS_SENTINELS: 'sentinel-1:26379,10.0.0.7:26380', REDIS_SENTINEL_MASTER: 'sp' })
        .redisSentinel,
    ).toEqual({
      sentinels: [
        { host: 'sentinel-1', port: 26379 },
        { host: '10.0.0.7', port: 26380 },
      ],
      master: 'sp',
    });
    expect(loadConfig({ ...base, REDIS_SENTINELS: 's1:26379' }).redisSentinel?.master).toBe('mymaster');
    expect(() => loadConfig({ ...base, REDIS_SENTINELS: 's1, s2:26379' })).toThrow(/REDIS_SENTINELS must be/);
  });
});
