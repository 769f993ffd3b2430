import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@small-places/platform';
import argon2 from 'argon2';

/** Argon2id with OWASP's second recommended profile (19 MiB, 2 passes): what every deployment uses. */
export const PRODUCTION_HASHING = {
  type: argon2.argon2id,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
} as const;

/**
 * The test suite's profile: argon2id at its smallest cost (1 MiB, 1 pass; ~1.5 ms of CPU against ~27 ms).
 * Only with NODE_ENV=test and PASSWORD_HASHING=cheap-for-tests, which loadConfig refuses anywhere else;
 * createTestApp sets both. A hash names its own parameters, so hashes made either way verify either way.
 */
export const CHEAP_TEST_HASHING = {
  type: argon2.argon2id,
  memoryCost: 1024,
  timeCost: 1,
  parallelism: 1,
} as const;

@Injectable()
export class PasswordHasher {
  private readonly options: typeof PRODUCTION_HASHING | typeof CHEAP_TEST_HASHING;
  private dummyHash?: Promise<string>;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.options = config.passwordHashing === 'cheap-for-tests' ? CHEAP_TEST_HASHING : PRODUCTION_HASHING;
  }

  hash(password: string): Promise<string> {
    return argon2.hash(password, this.options);
  }

  async verify(hash: string | null | undefined, password: string): Promise<boolean> {
    if (!hash) {
      // Spend the same time as a real check, so response time does not reveal which emails have accounts.
      this.dummyHash ??= argon2.hash('not-a-real-password', this.options);
      await argon2.verify(await this.dummyHash, password);
      return false;
    }
    return argon2.verify(hash, password);
  }
}
