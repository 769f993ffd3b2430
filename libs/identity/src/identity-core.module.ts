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
import { IdentityService } from './identity.service';
import { InvitationAcceptance } from './invitation-acceptance';
import { InvitationService } from './invitation.service';
import { PasswordHasher } from './password-hasher';
import { PasswordResetService } from './password-reset.service';
import { PrivacyService } from './privacy.service';
import { SessionService } from './session.service';
import { StaffDirectory } from './staff-directory';
import { InvitationReminders } from './reminders/invitation-reminders';
import { SignUpReminders } from './reminders/sign-up-reminders';

const SERVICES = [
  AccessService,
  EnterpriseDirectories,
  IdentityService,
  InvitationService,
  InvitationAcceptance,
  SessionService,
  PrivacyService,
  PasswordResetService,
  StaffDirectory,
];

/** Identity without GraphQL, for the worker, the CLI and the other contexts' core modules. */
@Module({
  imports: [
    TypeOrmModule.forFeature([User, RefreshToken, EmailVerification, Invitation, Grant, PasswordReset]),
    NotificationsCoreModule,
  ],
  providers: [
    ...SERVICES,
    PasswordHasher,
    PasswordResetLink,
    InvitationLink,
    EmailVerificationLink,
    SignUpReminders,
    InvitationReminders,
  ],
  exports: SERVICES,
})
export class IdentityCoreModule {}
