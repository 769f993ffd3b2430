import { Injectable } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';

/**
 * A link that carries a secret (password reset, invitation, email confirmation) is made when the email is sent,
 * not when it is queued: the mail job holds only `{ kind, id }`, which is useless alone, so nothing in Redis
 * (queued, completed or failed jobs) could be used to take over an account.
 */
export interface MailLinkRef {
  kind: string;
  /** The row the link is for (a password reset, an invitation, a verification). */
  id: string;
}

/** Where the link goes in the message text. */
export const MAIL_LINK_PLACEHOLDER = '{{link}}';

/**
 * One kind of secret link. `issue` makes a fresh token, stores only its hash on the row and returns the URL, or
 * returns null when the link is no longer owed (used, superseded, revoked): the email is then not sent.
 */
export interface MailLinkIssuer {
  readonly kind: string;
  issue(id: string): Promise<string | null>;
}

/** Marks a MailLinkIssuer provider, so the registry finds it without being told. */
export const MailLink = DiscoveryService.createDecorator<void>();

@Injectable()
export class MailLinkRegistry {
  private found?: Map<string, MailLinkIssuer>;

  constructor(private readonly discovery: DiscoveryService) {}

  issuer(kind: string): MailLinkIssuer | undefined {
    this.found ??= new Map(
      this.discovery
        .getProviders({ metadataKey: MailLink.KEY })
        .map((wrapper) => wrapper.instance as MailLinkIssuer | undefined)
        .filter((issuer): issuer is MailLinkIssuer => issuer !== undefined)
        .map((issuer) => [issuer.kind, issuer]),
    );
    return this.found.get(kind);
  }
}
