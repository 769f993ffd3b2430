import { createHash } from 'node:crypto';

/** Our namespace for name-based UUIDs; never change it, or every id in the feed changes. */
const NAMESPACE = Buffer.from('6f1c5a3e2b9d4c7e8a1f0b2c3d4e5f60', 'hex');

/**
 * A UUID (version 5, RFC 9562) made from a name, so things without a row of their own (a district's location,
 * a listing's cost option, a taxonomy term) keep the same id in every response and every release.
 */
export function stableId(name: string): string {
  const hash = createHash('sha1').update(NAMESPACE).update(name, 'utf8').digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
