import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessService } from './access.service';
import { EmailVerification } from './entities/email-verification.entity';
import { Grant } from './entities/grant.entity';
import { Invitation } from './entities/invitation.entity';
import { PasswordReset } from './entities/password-reset.entity';
import { RefreshToken } from './entities/refresh-token.entity';
import { User } from './entities/user.entity';
import { EmailVerificationLink, InvitationLink, PasswordResetLink } from './identity-mail-links';
import { IdentityResolver } from './identity.resolver';
import { IdentityService } from './identity.service';
import { InvitationService } from './invitation.service';
import { PasswordHasher } from './password-hasher';
import { PasswordResetResolver } from './password-reset.resolver';
import { PasswordResetService } from './password-reset.service';
import { PrivacyResolver } from './privacy.resolver';
import { PrivacyService } from './privacy.service';
import { SessionService } from './session.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([User, RefreshToken, EmailVerification, Invitation, Grant, PasswordReset]),
  ],
  providers: [
    AccessService,
    IdentityService,
    InvitationService,
    PasswordHasher,
    SessionService,
    IdentityResolver,
    PrivacyService,
    PrivacyResolver,
    PasswordResetService,
    PasswordResetResolver,
    PasswordResetLink,
    InvitationLink,
    EmailVerificationLink,
  ],
  exports: [AccessService, IdentityService, InvitationService, SessionService],
})
export class IdentityModule {}
