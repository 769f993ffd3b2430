import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { Readable } from 'node:stream';
import { assertStorageKey, FileStorage } from './file-storage';

export interface S3StorageSettings {
  bucket: string;
  /** An S3-compatible server's address (MinIO); unset for AWS itself. Path-style addressing when set. */
  endpoint?: string;
  region: string;
  /** Unset: the SDK's usual chain (environment, profile, instance role). */
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

/** Objects in an S3-compatible bucket (STORAGE_URL=s3://bucket); private, read back only through the API. */
export class S3FileStorage extends FileStorage {
  private readonly client: S3Client;

  constructor(readonly settings: S3StorageSettings) {
    super();
    this.client = new S3Client({
      region: settings.region,
      endpoint: settings.endpoint,
      forcePathStyle: Boolean(settings.endpoint),
      credentials: settings.credentials,
      // Checksums only where S3 demands them: aws-chunked trailers are not understood by every
      // S3-compatible server, and the length is known up front.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  async put(key: string, body: Readable, sizeBytes: number, contentType: string): Promise<void> {
    assertStorageKey(key);
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.settings.bucket,
        Key: key,
        Body: body,
        ContentLength: sizeBytes,
        ContentType: contentType,
      }),
    );
  }

  async get(key: string): Promise<Readable> {
    assertStorageKey(key);
    const answer = await this.client.send(new GetObjectCommand({ Bucket: this.settings.bucket, Key: key }));
    return answer.Body as Readable;
  }

  async delete(key: string): Promise<void> {
    assertStorageKey(key);
    await this.client.send(new DeleteObjectCommand({ Bucket: this.settings.bucket, Key: key }));
  }

  destroy(): void {
    this.client.destroy();
  }
}
