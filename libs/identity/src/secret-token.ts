import { createHash, randomBytes } from 'node:crypto';

/**
 * Random bearer secrets (refresh tokens, invitation and verification links). Only their SHA-256 is stored:
 * they carry 256 bits of entropy, so a slow hash would add nothing but latency.
 */
export function newSecretToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashSecretToken(token) };
}

export function hashSecretToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
