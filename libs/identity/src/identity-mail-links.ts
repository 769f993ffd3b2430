import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, Database, MailLink, MailLinkIssuer } from '@small-places/platform';
import { newSecretToken } from './secret-token';

/**
 * Makes a fresh token for a row still waiting for its link, stores only its hash, and returns the URL; null when
 * the row was used, revoked or superseded. Sending again (a retried job) makes a new token, so only
 * the link in the last email sent works.
 */
abstract class SecretLinkIssuer implements MailLinkIssuer {
  abstract readonly kind: string;
  protected abstract readonly table: string;
  protected abstract readonly stillOpen: string;
  protected abstract readonly path: string;

  constructor(
    private readonly db: Database,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  // Expiry is checked where the link is used (by the API's clock); the worker only refuses spent rows.
  async issue(id: string): Promise<string | null> {
    const { token, hash } = newSecretToken();
    const [rows] = (await this.db.manager.query(
      `UPDATE ${this.table} SET token_hash = $2 WHERE id = $1 AND ${this.stillOpen} RETURNING id`,
      [id, hash],
    )) as [unknown[], number];
    return rows.length === 1 ? `${this.config.webUrl}${this.path}?token=${token}` : null;
  }
}

@Injectable()
@MailLink()
export class PasswordResetLink extends SecretLinkIssuer {
  static readonly KIND = 'password-reset';
  readonly kind = PasswordResetLink.KIND;
  protected readonly table = 'password_resets';
  protected readonly stillOpen = 'used_at IS NULL AND revoked_at IS NULL';
  protected readonly path = '/reset-password';
}

@Injectable()
@MailLink()
export class InvitationLink extends SecretLinkIssuer {
  static readonly KIND = 'invitation';
  readonly kind = InvitationLink.KIND;
  protected readonly table = 'invitations';
  protected readonly stillOpen = 'accepted_at IS NULL AND revoked_at IS NULL';
  protected readonly path = '/accept-invitation';
}

@Injectable()
@MailLink()
export class EmailVerificationLink extends SecretLinkIssuer {
  static readonly KIND = 'email-verification';
  readonly kind = EmailVerificationLink.KIND;
  protected readonly table = 'email_verifications';
  protected readonly stillOpen = 'used_at IS NULL';
  protected readonly path = '/verify-email';
}
