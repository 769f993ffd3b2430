import { Logger } from '@nestjs/common';
import { AppConfig, loadConfig, RedisPostureCheck, RedisService } from '@small-places/platform';
import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** A free TCP port on this machine. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The worker's start-up check against real redis-servers of our own, one evicting and one not. */
describe('the worker’s Redis posture check', () => {
  const servers: ChildProcess[] = [];
  const clients: RedisService[] = [];

  async function redisWith(policy: string): Promise<string> {
    const port = await freePort();
    const child = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--maxmemory-policy', policy],
      { stdio: 'ignore' },
    );
    servers.push(child);
    const url = `redis://127.0.0.1:${port}`;
    const probe = new RedisService(configFor(url, 'test'));
    clients.push(probe);
    for (let i = 0; i < 100; i += 1) {
      if (
        await probe.client.ping().then(
          () => true,
          () => false,
        )
      )
        return url;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('redis-server did not start');
  }

  function configFor(redisUrl: string, env: 'production' | 'test'): AppConfig {
    return loadConfig({
      DATABASE_URL: 'postgres://root@127.0.0.1:5432/unused',
      REDIS_URL: redisUrl,
      NODE_ENV: env,
      JWT_SECRET: 'a-production-secret-that-is-long-enough-1234',
      CORS_ORIGINS: 'https://smallplaces.example',
      SMTP_URL: 'smtp://mail:25',
      PUBLIC_URL: 'https://smallplaces.example',
    });
  }

  function check(redisUrl: string, env: 'production' | 'test'): Promise<void> {
    const config = configFor(redisUrl, env);
    const redis = new RedisService(config);
    clients.push(redis);
    return new RedisPostureCheck(redis, config).onApplicationBootstrap();
  }

  beforeAll(() => Logger.overrideLogger(false));
  afterAll(async () => {
    for (const client of clients) client.onApplicationShutdown();
    for (const child of servers) child.kill('SIGKILL');
  });

  it('refuses to start in production on a Redis that evicts keys', async () => {
    const url = await redisWith('allkeys-lru');
    await expect(check(url, 'production')).rejects.toThrow(/maxmemory-policy is allkeys-lru/);
    // Outside production the same Redis is only a warning.
    await expect(check(url, 'test')).resolves.toBeUndefined();
  });

  it('starts on a Redis with noeviction', async () => {
    const url = await redisWith('noeviction');
    await expect(check(url, 'production')).resolves.toBeUndefined();
  });
});
