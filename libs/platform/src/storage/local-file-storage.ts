import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { assertStorageKey, FileStorage } from './file-storage';

/** Files in a folder of this machine: the default for `npm start` and the tests (STORAGE_URL=file:…). */
export class LocalFileStorage extends FileStorage {
  private ready?: Promise<unknown>;

  constructor(readonly directory: string) {
    super();
  }

  async put(key: string, body: Readable, sizeBytes: number): Promise<void> {
    assertStorageKey(key);
    await (this.ready ??= mkdir(this.directory, { recursive: true }));
    const partial = join(this.directory, `${key}.partial`);
    try {
      await pipeline(body, createWriteStream(partial, { flags: 'wx' }));
      const written = (await stat(partial)).size;
      if (written !== sizeBytes) throw new Error(`storage: wrote ${written} bytes, expected ${sizeBytes}`);
      await rename(partial, join(this.directory, key));
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
  }

  async get(key: string): Promise<Readable> {
    assertStorageKey(key);
    const path = join(this.directory, key);
    await stat(path);
    return createReadStream(path);
  }

  async delete(key: string): Promise<void> {
    assertStorageKey(key);
    await rm(join(this.directory, key), { force: true });
  }
}
