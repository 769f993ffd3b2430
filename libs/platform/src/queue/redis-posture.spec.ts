import { judgeEvictionPolicy } from './redis-posture';

describe('judgeEvictionPolicy', () => {
  it('accepts noeviction everywhere', () => {
    expect(judgeEvictionPolicy('noeviction', true)).toEqual({ verdict: 'ok' });
    expect(judgeEvictionPolicy('noeviction', false)).toEqual({ verdict: 'ok' });
  });

  it('refuses an evicting policy in production and warns elsewhere', () => {
    for (const policy of ['allkeys-lru', 'volatile-lru', 'allkeys-random', 'volatile-ttl', 'allkeys-lfu']) {
      expect(judgeEvictionPolicy(policy, true)).toEqual({
        verdict: 'refuse',
        message: expect.stringContaining(`maxmemory-policy is ${policy}`),
      });
      expect(judgeEvictionPolicy(policy, false).verdict).toBe('warn');
    }
  });

  it('warns, and does not refuse, when the policy cannot be read', () => {
    expect(judgeEvictionPolicy(null, true)).toEqual({
      verdict: 'warn',
      message: expect.stringMatching(/Could not read/),
    });
  });
});
