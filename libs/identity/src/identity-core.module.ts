import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessService } from './access.service';
import { EmailVerification } from './entities/email-verification.entity';
import { Grant } from './entities/grant.entity';
import { Invitation } from './entities/invitation.entity';
import { RefreshToken } from './entities/refresh-token.entity';
import { User } from './entities/user.entity';
import { IdentityService } from './identity.service';
import { InvitationService } from './invitation.service';
import { PasswordHasher } from './password-hasher';
import { PrivacyService } from './privacy.service';
import { SessionService } from './session.service';

const SERVICES = [AccessService, IdentityService, InvitationService, SessionService, PrivacyService];

/** Identity without GraphQL, for the worker, the CLI and the other contexts' core modules. */
@Module({
  imports: [TypeOrmModule.forFeature([User, RefreshToken, EmailVerification, Invitation, Grant])],
  providers: [...SERVICES, PasswordHasher],
  exports: SERVICES,
})
export class IdentityCoreModule {}
