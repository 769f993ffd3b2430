import { registerEnumType } from '@nestjs/graphql';

/** What kind of person an account belongs to; scoped access comes from grants, not roles. */
export enum Role {
  ADMIN = 'ADMIN',
  CATALYST = 'CATALYST',
  PROVIDER = 'PROVIDER',
  BUDGET_HOLDER = 'BUDGET_HOLDER',
  DELEGATE = 'DELEGATE',
}

registerEnumType(Role, { name: 'Role' });
