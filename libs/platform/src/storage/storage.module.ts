import { Global, Module } from '@nestjs/common';
import { resolve } from 'node:path';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { FileStorage } from './file-storage';
import { LocalFileStorage } from './local-file-storage';
import { S3FileStorage } from './s3-file-storage';

/** The adapter STORAGE_URL names: a local folder (file:) or an S3-compatible bucket (s3://). */
export function fileStorageFor(config: AppConfig['storage']): FileStorage {
  return config.kind === 's3' ? new S3FileStorage(config) : new LocalFileStorage(resolve(config.directory));
}

@Global()
@Module({
  providers: [
    {
      provide: FileStorage,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => fileStorageFor(config.storage),
    },
  ],
  exports: [FileStorage],
})
export class StorageModule {}
