import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';

/**
 * Where uploaded files live (evidence documents): one port, two adapters (a local folder and S3-compatible
 * object storage), chosen by STORAGE_URL (docs/running.md). Keys are random and say nothing about the file;
 * nothing is ever served from a public URL, only streamed back through an authorised route.
 */
export abstract class FileStorage {
  /** Stores `sizeBytes` bytes read from `body` under `key`; the object is complete or absent. */
  abstract put(key: string, body: Readable, sizeBytes: number, contentType: string): Promise<void>;
  /** The object's bytes as a stream; throws when there is no such object. */
  abstract get(key: string): Promise<Readable>;
  /** Deletes the object; deleting one that is not there is not an error. */
  abstract delete(key: string): Promise<void>;
}

/** A fresh storage key: 128 random bits, hex, nothing of the file's name or owner. */
export function newStorageKey(): string {
  return randomBytes(16).toString('hex');
}

/** A storage key as newStorageKey makes them: adapters refuse anything else (no path tricks). */
export const STORAGE_KEY = /^[0-9a-f]{32}$/;

export function assertStorageKey(key: string): void {
  if (!STORAGE_KEY.test(key)) throw new Error('storage: malformed key');
}
