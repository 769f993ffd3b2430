import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsCoreModule } from '@small-places/notifications';
import { AccessService } from './access.service';
import { EnterpriseDirectories } from './enterprise-directory';
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
import { InvitationReminders } from './reminders/invitation-reminders';
import { SignUpReminders } from './reminders/sign-up-reminders';

@Module({
  imports: [
    TypeOrmModule.forFeature([User, RefreshToken, EmailVerification, Invitation, Grant, PasswordReset]),
    NotificationsCoreModule,
  ],
  providers: [
    AccessService,
    EnterpriseDirectories,
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
    SignUpReminders,
    InvitationReminders,
  ],
  exports: [AccessService, EnterpriseDirectories, IdentityService, InvitationService, SessionService],
})
export class IdentityModule {}
