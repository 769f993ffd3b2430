import { Injectable } from '@nestjs/common';
import argon2 from 'argon2';

/** Argon2id with OWASP's second recommended profile (19 MiB, 2 passes). */
const OPTIONS = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

@Injectable()
export class PasswordHasher {
  private dummyHash?: Promise<string>;

  hash(password: string): Promise<string> {
    return argon2.hash(password, OPTIONS);
  }

  async verify(hash: string | null | undefined, password: string): Promise<boolean> {
    if (!hash) {
      // Spend the same time as a real check, so response time does not reveal which emails have accounts.
      this.dummyHash ??= argon2.hash('not-a-real-password', OPTIONS);
      await argon2.verify(await this.dummyHash, password);
      return false;
    }
    return argon2.verify(hash, password);
  }
}
