import { UserType } from './dto/identity.types';
import { User } from './entities/user.entity';

export function toUserType(user: User): UserType {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    roles: user.roles,
    emailVerified: user.emailVerifiedAt !== null,
  };
}
