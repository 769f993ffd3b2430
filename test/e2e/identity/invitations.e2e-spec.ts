import { Clock } from '@small-places/platform';
import {
  createTestApp,
  Mailbox,
  Session,
  signInAsAdmin,
  signUp,
  TEST_PASSWORD,
  TestApp,
  uniqueEmail,
  graphql,
} from '@small-places/testing';

const CREATE_AREA = graphql(`
  mutation CreateArea($input: CreateAreaInput!) {
    createArea(input: $input) {
      id
      name
      postcodeDistricts
    }
  }
`);
const INVITE = graphql(`
  mutation InviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) {
      id
      email
      role
      expiresAt
    }
  }
`);
const ACCEPT = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      accessToken
      refreshToken
      user {
        id
        roles
      }
    }
  }
`);
const AREAS = '{ areas { id name } }';

describe('CreateArea, InviteUser and AcceptInvitation', () => {
  let t: TestApp;
  let admin: Session;
  let areaId: string;
  const count = async (table: string) =>
    Number((await t.dataSource.query(`SELECT count(*) AS n FROM ${table}`))[0].n);

  beforeAll(async () => {
    t = await createTestApp();
    admin = await signInAsAdmin(t.app, t.client);
    const data = await t.client.ok<{ createArea: { id: string; postcodeDistricts: string[] } }>(
      CREATE_AREA,
      { input: { name: 'Taunton', postcodeDistricts: ['ta1', ' TA2 '] } },
      { token: admin.accessToken },
    );
    expect(data.createArea.postcodeDistricts).toEqual(['TA1', 'TA2']);
    areaId = data.createArea.id;
  });
  afterAll(() => t?.close());

  describe('CreateArea', () => {
    it('refuses anyone but an Admin, and creates nothing', async () => {
      const holder = await signUp(t.client);
      const before = await count('areas');
      const input = { name: 'Elsewhere', postcodeDistricts: ['BS1'] };
      expect(await t.client.errorCode(CREATE_AREA, { input }, { token: holder.accessToken })).toBe(
        'FORBIDDEN',
      );
      expect(await t.client.errorCode(CREATE_AREA, { input })).toBe('UNAUTHENTICATED');
      expect(await count('areas')).toBe(before);
    });

    it('refuses districts that are not outward codes, a district already covered, and a duplicate name', async () => {
      const before = await count('areas');
      const token = admin.accessToken;
      expect(
        await t.client.errorCode(
          CREATE_AREA,
          { input: { name: 'Bad', postcodeDistricts: ['TA1 1AA'] } },
          { token },
        ),
      ).toBe('BAD_USER_INPUT');
      expect(
        await t.client.errorCode(
          CREATE_AREA,
          { input: { name: 'Bad', postcodeDistricts: ['ZZZ'] } },
          { token },
        ),
      ).toBe('BAD_USER_INPUT');
      expect(
        await t.client.errorCode(CREATE_AREA, { input: { name: 'Bad', postcodeDistricts: [] } }, { token }),
      ).toBe('BAD_USER_INPUT');
      expect(
        await t.client.errorCode(
          CREATE_AREA,
          { input: { name: 'Overlap', postcodeDistricts: ['TA2', 'TA3'] } },
          { token },
        ),
      ).toBe('CONFLICT');
      expect(
        await t.client.errorCode(
          CREATE_AREA,
          { input: { name: 'taunton', postcodeDistricts: ['TA9'] } },
          { token },
        ),
      ).toBe('CONFLICT');
      expect(await count('areas')).toBe(before);
    });
  });

  describe('InviteUser and AcceptInvitation', () => {
    it('invites a Catalyst by email only; accepting creates a verified Catalyst of those Areas', async () => {
      const email = uniqueEmail('catalyst');
      const invited = await t.client.ok<{ inviteUser: { id: string; role: string; expiresAt: string } }>(
        INVITE,
        { input: { email, role: 'CATALYST', areaIds: [areaId] } },
        { token: admin.accessToken },
      );
      expect(invited.inviteUser.role).toBe('CATALYST');
      expect(JSON.stringify(invited)).not.toMatch(/token/i);
      const days = (Date.parse(invited.inviteUser.expiresAt) - Date.now()) / 86_400_000;
      expect(days).toBeGreaterThan(6.9);
      expect(days).toBeLessThanOrEqual(7);

      const mail = await t.mailbox.waitFor(email, /invited/);
      expect(mail.text).toContain('Catalyst in Taunton');
      const token = Mailbox.tokenIn(mail);
      const accepted = await t.client.ok<{ acceptInvitation: Session }>(ACCEPT, {
        input: { token, password: 'a-long-enough-password', displayName: 'Cat Alyst' },
      });
      expect(accepted.acceptInvitation.user.roles).toEqual(['CATALYST']);
      const areas = await t.client.ok<{ areas: { id: string }[] }>(
        AREAS,
        {},
        { token: accepted.acceptInvitation.accessToken },
      );
      expect(areas.areas.map((area) => area.id)).toEqual([areaId]);

      const again = await t.client.request(ACCEPT, {
        input: { token, password: 'a-long-enough-password', displayName: 'Twice' },
      });
      expect(again.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('invites an Admin; a budget holder sees no Areas', async () => {
      const email = uniqueEmail('admin2');
      await t.client.ok(INVITE, { input: { email, role: 'ADMIN' } }, { token: admin.accessToken });
      const token = Mailbox.tokenIn(await t.mailbox.waitFor(email));
      const accepted = await t.client.ok<{ acceptInvitation: Session }>(ACCEPT, {
        input: { token, password: 'a-long-enough-password', displayName: 'Second Admin' },
      });
      expect(accepted.acceptInvitation.user.roles).toEqual(['ADMIN']);
      const holder = await signUp(t.client);
      expect(
        (await t.client.ok<{ areas: unknown[] }>(AREAS, {}, { token: holder.accessToken })).areas,
      ).toEqual([]);
    });

    it('refuses invitations from anyone but an Admin, and records nothing', async () => {
      const provider = await signUp(t.client, { role: 'PROVIDER' });
      const before = await count('invitations');
      const input = { email: uniqueEmail(), role: 'CATALYST', areaIds: [areaId] };
      expect(await t.client.errorCode(INVITE, { input }, { token: provider.accessToken })).toBe('FORBIDDEN');
      expect(await t.client.errorCode(INVITE, { input })).toBe('UNAUTHENTICATED');
      expect(await count('invitations')).toBe(before);
    });

    it.each([
      ['a Catalyst without Areas', { role: 'CATALYST', areaIds: [] }, 'BAD_USER_INPUT'],
      [
        'an unknown Area',
        { role: 'CATALYST', areaIds: ['6f1c1a52-4bd1-4b6e-9a43-1d7c0f1b2c3d'] },
        'BAD_USER_INPUT',
      ],
      ['a malformed Area id', { role: 'CATALYST', areaIds: ['not-an-id'] }, 'BAD_USER_INPUT'],
      ['a PROVIDER', { role: 'PROVIDER' }, 'BAD_USER_INPUT'],
      [
        'an Admin with Areas',
        { role: 'ADMIN', areaIds: ['6f1c1a52-4bd1-4b6e-9a43-1d7c0f1b2c3d'] },
        'BAD_USER_INPUT',
      ],
    ])('refuses %s and records nothing', async (_, change, code) => {
      const before = await count('invitations');
      const input = { email: uniqueEmail(), ...change };
      expect(await t.client.errorCode(INVITE, { input }, { token: admin.accessToken })).toBe(code);
      expect(await count('invitations')).toBe(before);
    });

    it('invites an email that already has an account like any other, granting nothing until its owner accepts with their password', async () => {
      const existing = await signUp(t.client);
      const fresh = uniqueEmail('fresh');
      const answers = [];
      for (const email of [existing.user.email.toUpperCase(), fresh]) {
        const data = await t.client.ok<{ inviteUser: { email: string; role: string } }>(
          INVITE,
          { input: { email, role: 'ADMIN' } },
          { token: admin.accessToken },
        );
        answers.push(Object.keys(data.inviteUser).sort());
      }
      // The same shape of answer either way: the inviter cannot tell who has an account.
      expect(answers[0]).toEqual(answers[1]);
      const grants = async () =>
        Number(
          (
            await t.dataSource.query(`SELECT count(*) AS n FROM grants WHERE user_id = $1`, [
              existing.user.id,
            ])
          )[0].n,
        );
      expect(await grants()).toBe(0);

      const token = Mailbox.tokenIn(await t.mailbox.waitFor(existing.user.email, /invited/));
      const wrong = { token, password: 'not-their-password', displayName: 'Someone' };
      expect(await t.client.errorCode(ACCEPT, { input: wrong })).toBe('UNAUTHENTICATED');
      expect(await grants()).toBe(0);
      const [open] = await t.dataSource.query(
        `SELECT accepted_at FROM invitations WHERE lower(email) = lower($1)`,
        [existing.user.email],
      );
      expect(open.accepted_at).toBeNull();

      const right = { token, password: TEST_PASSWORD, displayName: 'Ignored For Existing' };
      const data = await t.client.ok<{ acceptInvitation: { user: { id: string; roles: string[] } } }>(
        ACCEPT,
        {
          input: right,
        },
      );
      expect(data.acceptInvitation.user.id).toBe(existing.user.id);
      expect(data.acceptInvitation.user.roles.sort()).toEqual(['ADMIN', 'BUDGET_HOLDER']);
      expect(await grants()).toBe(1);
    });

    it('refuses junk tokens, weak passwords and invitations older than 7 days, creating no account', async () => {
      const email = uniqueEmail('late');
      await t.client.ok(
        INVITE,
        { input: { email, role: 'CATALYST', areaIds: [areaId] } },
        { token: admin.accessToken },
      );
      const token = Mailbox.tokenIn(await t.mailbox.waitFor(email));
      const users = await count('users');

      const junk = { token: 'x'.repeat(43), password: 'a-long-enough-password', displayName: 'Nobody' };
      expect(await t.client.errorCode(ACCEPT, { input: junk })).toBe('BAD_USER_INPUT');
      const weak = { token, password: 'short', displayName: 'Weak' };
      expect(await t.client.errorCode(ACCEPT, { input: weak })).toBe('BAD_USER_INPUT');

      t.app.get(Clock).advance(7 * 86_400_000 + 60_000);
      try {
        const late = { token, password: 'a-long-enough-password', displayName: 'Late' };
        expect(await t.client.errorCode(ACCEPT, { input: late })).toBe('BAD_USER_INPUT');
      } finally {
        t.app.get(Clock).advance(-(7 * 86_400_000 + 60_000));
      }
      expect(await count('users')).toBe(users);
    });
  });
});
