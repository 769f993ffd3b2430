import { plainToInstance, Transform } from 'class-transformer';
import {
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';

/** Environment values arrive as strings; an unset or empty one keeps the default. */
const toNumber = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : Number(value);

export const DEV_JWT_SECRET = 'small-places-development-secret-change-me';

/** PASSWORD_HASHING's one value; see PasswordHasher. */
const CHEAP_FOR_TESTS = 'cheap-for-tests';

/** Environment variables as the process receives them; every one is documented in .env.example. */
class EnvironmentVariables {
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL: string;

  @Matches(/^rediss?:\/\/.+/, { message: 'REDIS_URL must be a redis:// or rediss:// URL' })
  REDIS_URL = 'redis://127.0.0.1:6379';

  /** Sentinels to ask for the primary, `host:port,host:port`; then REDIS_URL gives only credentials, db and TLS. */
  @IsOptional()
  @Matches(/^[A-Za-z0-9.-]+:\d{1,5}(,[A-Za-z0-9.-]+:\d{1,5})*$/, {
    message: 'REDIS_SENTINELS must be host:port pairs separated by commas',
  })
  REDIS_SENTINELS?: string;

  @Matches(/^[A-Za-z0-9._-]+$/, { message: 'REDIS_SENTINEL_MASTER must be a Sentinel master name' })
  REDIS_SENTINEL_MASTER = 'mymaster';

  @Matches(/^[A-Za-z0-9_{}-]+$/, { message: 'QUEUE_PREFIX may hold letters, digits, _, -, { and } only' })
  QUEUE_PREFIX = 'sp';

  @IsOptional()
  @Matches(/^smtps?:\/\/.+/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  @IsString()
  MAIL_FROM = 'Small Places <no-reply@smallplaces.local>';

  @Transform(toNumber)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @Transform(toNumber)
  @IsInt()
  @Min(0)
  @Max(65535)
  WORKER_PORT = 3001;

  @IsUrl(
    { require_tld: false, require_protocol: true },
    { message: 'PUBLIC_URL must be an absolute http(s) URL' },
  )
  PUBLIC_URL = 'http://localhost:3000';

  /** The website's address: emailed links (confirm an email, accept an invitation) open its pages. */
  @IsUrl(
    { require_tld: false, require_protocol: true },
    { message: 'WEB_URL must be an absolute http(s) URL' },
  )
  WEB_URL = 'http://localhost:3002';

  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET = DEV_JWT_SECRET;

  @IsOptional()
  @IsEmail({}, { message: 'BOOTSTRAP_ADMIN_EMAIL must be an email address' })
  BOOTSTRAP_ADMIN_EMAIL?: string;

  @IsOptional()
  @MinLength(10, { message: 'BOOTSTRAP_ADMIN_PASSWORD must be at least 10 characters' })
  BOOTSTRAP_ADMIN_PASSWORD?: string;

  @IsString()
  CORS_ORIGINS = 'http://localhost:3000';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  @Transform(toNumber)
  @IsInt()
  @Min(1)
  @Max(200)
  DATABASE_POOL_SIZE = 10;

  /** Requests a minute one IP address may make to the open-data feed (/openreferral). */
  @Transform(toNumber)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  OPENREFERRAL_REQUESTS_PER_MINUTE = 300;

  /** Where uploaded files go: `file:<folder>` (a local folder) or `s3://<bucket>` (docs/running.md). */
  @Matches(/^(file:.+|s3:\/\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9])$/, {
    message: 'STORAGE_URL must be file:<folder> or s3://<bucket>',
  })
  STORAGE_URL = 'file:.data/files';

  /** An S3-compatible server (MinIO), e.g. http://minio:9000; unset for AWS S3 itself. */
  @IsOptional()
  @IsUrl(
    { require_tld: false, require_protocol: true },
    { message: 'STORAGE_S3_ENDPOINT must be an absolute http(s) URL' },
  )
  STORAGE_S3_ENDPOINT?: string;

  @IsString()
  STORAGE_S3_REGION = 'us-east-1';

  /** With STORAGE_S3_SECRET_ACCESS_KEY; unset, the AWS SDK's own chain (instance role, profile) is used. */
  @IsOptional()
  @IsString()
  STORAGE_S3_ACCESS_KEY_ID?: string;

  @IsOptional()
  @IsString()
  STORAGE_S3_SECRET_ACCESS_KEY?: string;

  /**
   * The test suite only: `cheap-for-tests` hashes new passwords with argon2id at a tiny cost, so the e2e suites'
   * thousands of sign-ups and sign-ins do not each spend production's 19 MiB and two passes. Refused unless
   * NODE_ENV=test; unset, passwords are hashed at production's cost.
   */
  @IsOptional()
  @IsIn([CHEAP_FOR_TESTS], { message: `PASSWORD_HASHING may only be ${CHEAP_FOR_TESTS}, or unset` })
  PASSWORD_HASHING?: typeof CHEAP_FOR_TESTS;
}

/** The file storage STORAGE_URL names. */
export type StorageConfig =
  | { kind: 'file'; directory: string }
  | {
      kind: 's3';
      bucket: string;
      endpoint?: string;
      region: string;
      credentials?: { accessKeyId: string; secretAccessKey: string };
    };

export interface AppConfig {
  env: 'development' | 'test' | 'production';
  isProduction: boolean;
  databaseUrl: string;
  redisUrl: string;
  /** Set when Redis is found through Sentinel. */
  redisSentinel?: RedisSentinel;
  queuePrefix: string;
  smtpUrl?: string;
  mailFrom: string;
  mailDir: string;
  port: number;
  workerPort: number;
  /** The API's own address, for links served by the API itself (calendar feeds). */
  publicUrl: string;
  /** The website's address, for links in emails that open a page (no trailing slash). */
  webUrl: string;
  jwtSecret: string;
  bootstrapAdmin?: { email: string; password: string };
  corsOrigins: string[];
  logLevel: string;
  databasePoolSize: number;
  /** Per IP address, in Redis, across replicas. */
  openReferralRequestsPerMinute: number;
  storage: StorageConfig;
  /**
   * How new passwords are hashed: `production` unless NODE_ENV=test and PASSWORD_HASHING=cheap-for-tests
   * (the test suite's own profile; loadConfig refuses it anywhere else).
   */
  passwordHashing: 'production' | typeof CHEAP_FOR_TESTS;
}

export interface RedisSentinel {
  sentinels: { host: string; port: number }[];
  /** The master group name the sentinels monitor. */
  master: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** A plain-http public address other than this machine would send emailed tokens across the network in clear. */
function sendsTokensInClear(address: string): boolean {
  const url = new URL(address);
  return url.protocol === 'http:' && !['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}

/**
 * Reads and validates the environment once, at start-up, and names every bad variable in one message.
 * Production refuses settings that are only safe on a laptop.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const vars = plainToInstance(EnvironmentVariables, present, { exposeDefaultValues: true });
  const problems = validateSync(vars, { whitelist: false }).flatMap((error) =>
    Object.values(error.constraints ?? { invalid: `${error.property} is not valid` }),
  );
  if (vars.NODE_ENV === 'production') {
    if (vars.JWT_SECRET === DEV_JWT_SECRET)
      problems.push('JWT_SECRET must be set to a secret of your own in production');
    if (vars.CORS_ORIGINS.split(',').some((origin) => origin.trim() === '*'))
      problems.push('CORS_ORIGINS must list origins, not *, in production');
    if (!vars.SMTP_URL) problems.push('SMTP_URL must be set in production, or no email would leave');
    if (sendsTokensInClear(vars.PUBLIC_URL))
      problems.push('PUBLIC_URL must be https:// in production: calendar feed URLs carry tokens');
    if (sendsTokensInClear(vars.WEB_URL))
      problems.push(
        'WEB_URL must be https:// in production: emailed sign-up and invitation links carry tokens',
      );
  }
  if (vars.PASSWORD_HASHING && vars.NODE_ENV !== 'test')
    problems.push(
      `PASSWORD_HASHING=${vars.PASSWORD_HASHING} is for the test suite only: refused unless NODE_ENV=test`,
    );
  if (Boolean(vars.BOOTSTRAP_ADMIN_EMAIL) !== Boolean(vars.BOOTSTRAP_ADMIN_PASSWORD))
    problems.push('BOOTSTRAP_ADMIN_EMAIL and BOOTSTRAP_ADMIN_PASSWORD go together: set both or neither');
  if (Boolean(vars.STORAGE_S3_ACCESS_KEY_ID) !== Boolean(vars.STORAGE_S3_SECRET_ACCESS_KEY))
    problems.push(
      'STORAGE_S3_ACCESS_KEY_ID and STORAGE_S3_SECRET_ACCESS_KEY go together: set both or neither',
    );
  if (problems.length > 0) throw new ConfigError(problems);

  return {
    env: vars.NODE_ENV,
    isProduction: vars.NODE_ENV === 'production',
    databaseUrl: vars.DATABASE_URL,
    redisUrl: vars.REDIS_URL,
    redisSentinel: vars.REDIS_SENTINELS
      ? {
          sentinels: vars.REDIS_SENTINELS.split(',').map((pair) => {
            const [host, port] = pair.split(':');
            return { host, port: Number(port) };
          }),
          master: vars.REDIS_SENTINEL_MASTER,
        }
      : undefined,
    queuePrefix: vars.QUEUE_PREFIX,
    smtpUrl: vars.SMTP_URL,
    mailFrom: vars.MAIL_FROM,
    mailDir: env.MAIL_DIR || '.data/mail',
    port: vars.PORT,
    workerPort: vars.WORKER_PORT,
    publicUrl: vars.PUBLIC_URL.replace(/\/$/, ''),
    webUrl: vars.WEB_URL.replace(/\/$/, ''),
    jwtSecret: vars.JWT_SECRET,
    bootstrapAdmin:
      vars.BOOTSTRAP_ADMIN_EMAIL && vars.BOOTSTRAP_ADMIN_PASSWORD
        ? { email: vars.BOOTSTRAP_ADMIN_EMAIL, password: vars.BOOTSTRAP_ADMIN_PASSWORD }
        : undefined,
    corsOrigins: vars.CORS_ORIGINS.split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    logLevel: vars.LOG_LEVEL,
    databasePoolSize: vars.DATABASE_POOL_SIZE,
    openReferralRequestsPerMinute: vars.OPENREFERRAL_REQUESTS_PER_MINUTE,
    storage: storageConfig(vars),
    passwordHashing: vars.NODE_ENV === 'test' && vars.PASSWORD_HASHING ? vars.PASSWORD_HASHING : 'production',
  };
}

function storageConfig(vars: EnvironmentVariables): StorageConfig {
  if (vars.STORAGE_URL.startsWith('file:')) {
    return { kind: 'file', directory: vars.STORAGE_URL.slice('file:'.length).replace(/^\/\/(?=\/)/, '') };
  }
  return {
    kind: 's3',
    bucket: vars.STORAGE_URL.slice('s3://'.length),
    endpoint: vars.STORAGE_S3_ENDPOINT,
    region: vars.STORAGE_S3_REGION,
    credentials:
      vars.STORAGE_S3_ACCESS_KEY_ID && vars.STORAGE_S3_SECRET_ACCESS_KEY
        ? { accessKeyId: vars.STORAGE_S3_ACCESS_KEY_ID, secretAccessKey: vars.STORAGE_S3_SECRET_ACCESS_KEY }
        : undefined,
  };
}
