import { Role } from './role';

/**
 * What an operation needs from the caller's roles. Object-level checks (which Area, which enterprise, which
 * budget) happen in the services through AccessService; this is only the first gate.
 */
export enum Permission {
  /** Anyone, signed in or not. */
  Public = 'Public',
  /** Any signed-in account. */
  Authenticated = 'Authenticated',
  /** Programme leads: Areas, invitations of staff, catalogue overrides, queues. */
  Administer = 'Administer',
}

export const ROLES_FOR_PERMISSION: Record<Permission, readonly Role[] | 'anyone' | 'signed-in'> = {
  [Permission.Public]: 'anyone',
  [Permission.Authenticated]: 'signed-in',
  [Permission.Administer]: [Role.ADMIN],
};
