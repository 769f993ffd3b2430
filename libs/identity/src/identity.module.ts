import { Module } from '@nestjs/common';
import { IdentityCoreModule } from './identity-core.module';
import { IdentityResolver } from './identity.resolver';
import { PasswordResetResolver } from './password-reset.resolver';
import { PrivacyResolver } from './privacy.resolver';

/** Identity with its GraphQL operations (the API). */
@Module({
  imports: [IdentityCoreModule],
  providers: [IdentityResolver, PrivacyResolver, PasswordResetResolver],
  exports: [IdentityCoreModule],
})
export class IdentityModule {}
