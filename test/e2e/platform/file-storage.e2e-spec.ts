import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { FileStorage, LocalFileStorage, newStorageKey, S3FileStorage } from '@small-places/platform';
import { startS3Server, TestApp, TestS3Server } from '@small-places/testing';
import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import {
  complianceWorld,
  ComplianceWorld,
  checklistOf,
  enterpriseWithFounder,
  itemFor,
} from '../compliance/compliance-fixture';

const PDF = readFileSync(join(__dirname, '../../fixtures/evidence/certificate.pdf'));

async function bytesOf(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

describe.each(['local folder', 'S3 (s3rver)'])('file storage port: the %s adapter', (kind) => {
  let storage: FileStorage;
  let close: () => Promise<void>;

  beforeAll(async () => {
    if (kind === 'local folder') {
      const directory = await mkdtemp(join(tmpdir(), 'sp-storage-'));
      storage = new LocalFileStorage(directory);
      close = () => rm(directory, { recursive: true, force: true });
    } else {
      const s3 = await startS3Server();
      const adapter = new S3FileStorage({
        bucket: s3.bucket,
        endpoint: s3.endpoint,
        region: 'us-east-1',
        credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey },
      });
      storage = adapter;
      close = async () => {
        adapter.destroy();
        await s3.close();
      };
    }
  });
  afterAll(() => close?.());

  it('stores a stream under a key, reads it back and deletes it', async () => {
    const key = newStorageKey();
    await storage.put(
      key,
      Readable.from([PDF.subarray(0, 1000), PDF.subarray(1000)]),
      PDF.length,
      'application/pdf',
    );
    expect((await bytesOf(await storage.get(key))).equals(PDF)).toBe(true);
    await storage.delete(key);
    await expect(storage.get(key).then(bytesOf)).rejects.toThrow();
  });

  it('deletes a missing object without complaint, and refuses a key it did not make', async () => {
    await expect(storage.delete(newStorageKey())).resolves.toBeUndefined();
    await expect(
      storage.put('../escape', Readable.from([PDF]), PDF.length, 'application/pdf'),
    ).rejects.toThrow(/malformed key/);
    await expect(storage.get('../../etc/passwd')).rejects.toThrow(/malformed key/);
  });
});

describe('the local folder adapter', () => {
  it('keeps nothing when the stream is not the length it was said to be', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'sp-storage-'));
    const storage: FileStorage = new LocalFileStorage(directory);
    const key = newStorageKey();
    await expect(storage.put(key, Readable.from([PDF]), PDF.length + 10, 'application/pdf')).rejects.toThrow(
      /expected/,
    );
    await expect(storage.get(key)).rejects.toThrow();
    expect(await readdir(directory)).toEqual([]);
    await rm(directory, { recursive: true, force: true });
  });
});

describe('evidence uploads with STORAGE_URL=s3://… against a real S3-compatible server', () => {
  let s3: TestS3Server;
  let w: ComplianceWorld;
  let t: TestApp;
  let client: S3Client;
  const objects = async () =>
    ((await client.send(new ListObjectsV2Command({ Bucket: s3.bucket }))).Contents ?? [])
      .map((o) => o.Key)
      .sort();

  beforeAll(async () => {
    s3 = await startS3Server();
    client = new S3Client({
      region: 'us-east-1',
      endpoint: s3.endpoint,
      forcePathStyle: true,
      credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey },
    });
    w = await complianceWorld({ env: s3.env });
    t = w.t;
  });
  afterAll(async () => {
    client?.destroy();
    await w?.t.close();
    await s3?.close();
  });

  it('uploads to the bucket, streams the download back, and deletes the object on removal', async () => {
    const care = await enterpriseWithFounder(w);
    const itemId = itemFor(await checklistOf(t, care.id, care.founder), 'PUBLIC_LIABILITY_INSURANCE').id;
    const auth = { Authorization: `Bearer ${care.founder.accessToken}` };
    const body = new FormData();
    body.append('file', new Blob([PDF]), 'policy.pdf');
    const uploaded = await fetch(`${t.url}/checklist-items/${itemId}/evidence`, {
      method: 'POST',
      headers: auth,
      body,
    });
    expect(uploaded.status).toBe(201);
    const file = (await uploaded.json()) as { id: string };
    const [row] = await t.dataSource.query(`SELECT storage_key FROM evidence_files WHERE id = $1`, [file.id]);
    expect(await objects()).toEqual([row.storage_key]);

    const downloaded = await fetch(`${t.url}/evidence/${file.id}`, { headers: auth });
    expect(downloaded.status).toBe(200);
    expect(Buffer.from(await downloaded.arrayBuffer()).equals(PDF)).toBe(true);

    const refused = new FormData();
    refused.append('file', new Blob([Buffer.from('not a document')]), 'notes.pdf');
    const answer = await fetch(`${t.url}/checklist-items/${itemId}/evidence`, {
      method: 'POST',
      headers: auth,
      body: refused,
    });
    expect(answer.status).toBe(400);
    expect(await objects()).toEqual([row.storage_key]);

    const removed = await fetch(`${t.url}/evidence/${file.id}`, { method: 'DELETE', headers: auth });
    expect(removed.status).toBe(200);
    expect(await objects()).toEqual([]);
  });

  it('is what the app chose from its configuration', () => {
    expect(t.app.get(FileStorage)).toBeInstanceOf(S3FileStorage);
  });
});
