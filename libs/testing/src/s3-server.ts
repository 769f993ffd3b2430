// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- the build excludes libs/testing/**, yet the bench compiles this file: the reference brings its declaration along
/// <reference path="./s3rver.d.ts" />
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';

/** A real S3-compatible server (s3rver) on a free port, with one empty bucket; never a mock of the SDK. */
export interface TestS3Server {
  endpoint: string;
  bucket: string;
  /** s3rver's own fixed credentials: it checks every request's signature against them. */
  accessKeyId: string;
  secretAccessKey: string;
  /** STORAGE_URL and friends for createTestApp({ env }). */
  env: Record<string, string>;
  close(): Promise<void>;
}

export async function startS3Server(bucket = 'evidence'): Promise<TestS3Server> {
  const directory = await mkdtemp(join(tmpdir(), 'sp-s3-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket }],
  });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
  return {
    endpoint,
    bucket,
    ...credentials,
    env: {
      STORAGE_URL: `s3://${bucket}`,
      STORAGE_S3_ENDPOINT: endpoint,
      STORAGE_S3_REGION: 'us-east-1',
      STORAGE_S3_ACCESS_KEY_ID: credentials.accessKeyId,
      STORAGE_S3_SECRET_ACCESS_KEY: credentials.secretAccessKey,
    },
    async close() {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
