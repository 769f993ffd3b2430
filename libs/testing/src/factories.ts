import { graphql } from './generated';
import { INestApplication } from '@nestjs/common';
import { IdentityService } from '@small-places/identity';
import { randomBytes } from 'node:crypto';
import { GraphQLClient } from './graphql-client';
import { Mailbox } from './mailbox';

export const TEST_PASSWORD = 'correct-horse-battery';

export interface Session {
  accessToken: string;
  refreshToken: string;
  user: { id: string; email: string; roles: string[] };
}

export const SIGN_UP = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      accessToken
      refreshToken
      user {
        id
        email
        displayName
        roles
      }
    }
  }
`);
export const SIGN_IN = graphql(`
  mutation FactoriesSignIn($input: SignInInput!) {
    signIn(input: $input) {
      accessToken
      refreshToken
      user {
        id
        email
        roles
      }
    }
  }
`);

export function uniqueEmail(prefix = 'person'): string {
  return `${prefix}-${randomBytes(4).toString('hex')}@example.org`;
}

export async function signUp(
  client: GraphQLClient,
  overrides: Partial<{
    email: string;
    password: string;
    displayName: string;
    role: string;
    postcode: string;
    enterpriseName: string;
  }> = {},
): Promise<Session> {
  const input = {
    email: uniqueEmail(),
    password: TEST_PASSWORD,
    displayName: 'Pat Example',
    role: 'BUDGET_HOLDER',
    ...overrides,
  };
  const data = await client.ok<{ signUp: Session }>(SIGN_UP, { input });
  return data.signUp;
}

export async function signIn(
  client: GraphQLClient,
  email: string,
  password = TEST_PASSWORD,
): Promise<Session> {
  const data = await client.ok<{ signIn: Session }>(SIGN_IN, { input: { email, password } });
  return data.signIn;
}

/** An Admin made the way the CLI makes one, signed in over GraphQL. */
export async function signInAsAdmin(app: INestApplication, client: GraphQLClient): Promise<Session> {
  const email = uniqueEmail('admin');
  await app.get(IdentityService).createAdmin(email, TEST_PASSWORD, 'Test Admin');
  return signIn(client, email);
}

export const CREATE_AREA = graphql(`
  mutation FactoriesCreateArea($input: CreateAreaInput!) {
    createArea(input: $input) {
      id
      name
      postcodeDistricts
    }
  }
`);
export const INVITE_USER = graphql(`
  mutation FactoriesInviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) {
      id
      email
      role
      expiresAt
    }
  }
`);
export const ACCEPT_INVITATION = graphql(`
  mutation FactoriesAcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      accessToken
      refreshToken
      user {
        id
        email
        roles
      }
    }
  }
`);

export async function createArea(
  client: GraphQLClient,
  admin: Session,
  name: string,
  postcodeDistricts: string[],
) {
  const data = await client.ok<{ createArea: { id: string; name: string } }>(
    CREATE_AREA,
    { input: { name, postcodeDistricts } },
    { token: admin.accessToken },
  );
  return data.createArea;
}

/** Accepts the invitation most recently emailed to `email`. */
export async function acceptInvitation(
  client: GraphQLClient,
  mailbox: Mailbox,
  email: string,
  displayName = 'Invited Person',
): Promise<Session> {
  const token = Mailbox.tokenIn(await mailbox.waitFor(email, /invited/));
  const data = await client.ok<{ acceptInvitation: Session }>(ACCEPT_INVITATION, {
    input: { token, password: TEST_PASSWORD, displayName },
  });
  return data.acceptInvitation;
}

/** A Catalyst of the given Areas, invited by the Admin and signed in through their emailed link. */
export async function catalystOf(
  client: GraphQLClient,
  mailbox: Mailbox,
  admin: Session,
  areaIds: string[],
  displayName = 'Cat Alyst',
): Promise<Session> {
  const email = uniqueEmail('catalyst');
  await client.ok(INVITE_USER, { input: { email, role: 'CATALYST', areaIds } }, { token: admin.accessToken });
  return acceptInvitation(client, mailbox, email, displayName);
}
