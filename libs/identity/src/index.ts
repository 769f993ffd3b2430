export { AccessService, EnterpriseAudience } from './access.service';
export {
  EnterpriseDirectories,
  EnterpriseDirectory,
  EnterpriseDirectoryPlugIn,
  EnterpriseSummary,
  FollowedEnterprises,
  ProviderSignUp,
} from './enterprise-directory';
export { InvitationType, UserType, AuthSession } from './dto/identity.types';
export { InviteUserInput, PASSWORD_MIN_LENGTH } from './dto/identity.inputs';
export { GrantKind } from './entities/grant.entity';
export { User } from './entities/user.entity';
export { IdentityCoreModule } from './identity-core.module';
export { IdentityModule } from './identity.module';
export { IdentityService, SIGN_IN_PER_ACCOUNT, SIGN_IN_PER_IP } from './identity.service';
export { InvitationAcceptance } from './invitation-acceptance';
export {
  InvitationService,
  INVITES_PER_INVITER,
  MEMBER_INVITATION_ACCEPTED,
  NewInvitation,
  OpenInvitation,
} from './invitation.service';
export { PrivacyService, CLOSED_DISPLAY_NAME, closedEmail } from './privacy.service';
export { MemberInvitationAccepted } from './identity-events';
export { CatalystAccount, StaffDirectory, StaffInvitationRow } from './staff-directory';
