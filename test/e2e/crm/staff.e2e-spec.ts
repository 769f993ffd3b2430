import {
  catalystOf,
  createArea,
  createTestApp,
  INVITE_USER,
  Mailbox,
  Session,
  signInAsAdmin,
  signUp,
  TestApp,
  uniqueEmail,
  graphql,
} from '@small-places/testing';

const CATALYSTS = graphql(`
  query StaffCatalysts {
    catalysts {
      id
      displayName
      email
      areas {
        name
      }
    }
  }
`);
const INVITATIONS = graphql(`
  query StaffInvitations {
    staffInvitations {
      id
      email
      role
      expired
      expiresAt
      areas {
        name
      }
    }
  }
`);
const RESEND = graphql(`
  mutation Resend($id: ID!) {
    resendStaffInvitation(id: $id) {
      id
      email
      expiresAt
    }
  }
`);
const REVOKE = graphql(`
  mutation Revoke($id: ID!) {
    revokeStaffInvitation(id: $id)
  }
`);
const OVERRIDES = graphql(`
  query Overrides($areaId: ID!) {
    requirementOverrides(areaId: $areaId) {
      areaId
      code
      validityMonths
      reminderOffsetsDays
    }
  }
`);
const SET_OVERRIDE = graphql(`
  mutation Set($input: SetRequirementOverrideInput!) {
    setRequirementOverride(input: $input) {
      code
    }
  }
`);

interface StaffInvitation {
  id: string;
  email: string;
  role: string;
  expired: boolean;
  expiresAt: string;
  areas: { name: string }[];
}

describe('the Admin’s view of staff: Catalysts, open invitations (send again, withdraw) and an Area’s saved rules', () => {
  let t: TestApp;
  let admin: Session;
  let area: { id: string; name: string };

  const as = (session: Session) => ({ token: session.accessToken });
  const invitations = async () =>
    (await t.client.ok<{ staffInvitations: StaffInvitation[] }>(INVITATIONS, {}, as(admin))).staffInvitations;
  const invite = async (prefix: string) => {
    const email = uniqueEmail(prefix);
    await t.client.ok(INVITE_USER, { input: { email, role: 'CATALYST', areaIds: [area.id] } }, as(admin));
    return (await invitations()).find((invitation) => invitation.email === email)!;
  };
  const openRows = (email: string) =>
    t.dataSource.query(
      `SELECT id, expires_at FROM invitations WHERE email = $1 AND accepted_at IS NULL AND revoked_at IS NULL`,
      [email],
    ) as Promise<{ id: string }[]>;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await signInAsAdmin(t.app, t.client);
    area = await createArea(t.client, admin, 'Staff Vale', ['SV1']);
  });

  afterAll(async () => {
    await t?.close();
  });

  it('lists Catalysts with their Areas, and not other people', async () => {
    const catalyst = await catalystOf(t.client, t.mailbox, admin, [area.id], 'Cass Coach');
    await signUp(t.client, { role: 'BUDGET_HOLDER' });
    const { catalysts } = await t.client.ok<{
      catalysts: { id: string; displayName: string; email: string; areas: { name: string }[] }[];
    }>(CATALYSTS, {}, as(admin));
    expect(catalysts).toEqual([
      {
        id: catalyst.user.id,
        displayName: 'Cass Coach',
        email: catalyst.user.email,
        areas: [{ name: 'Staff Vale' }],
      },
    ]);
    // Accepted invitations are no longer open.
    expect((await invitations()).map((invitation) => invitation.email)).not.toContain(catalyst.user.email);
  });

  it('lists open staff invitations, newest first, with their Areas and whether the link has run out', async () => {
    const first = await invite('open-one');
    const second = await invite('open-two');
    const listed = await invitations();
    expect(listed.map((invitation) => invitation.email).slice(0, 2)).toEqual([second.email, first.email]);
    expect(listed[0]).toMatchObject({ role: 'CATALYST', expired: false, areas: [{ name: 'Staff Vale' }] });
  });

  it('sends an invitation again: a new link for 7 days, the old one stops working', async () => {
    const invitation = await invite('resend');
    const firstMail = await t.mailbox.waitFor(invitation.email, /invited/);
    await t.dataSource.query(`UPDATE invitations SET expires_at = now() - interval '1 day' WHERE id = $1`, [
      invitation.id,
    ]);
    expect((await invitations()).find((row) => row.id === invitation.id)?.expired).toBe(true);

    const { resendStaffInvitation } = await t.client.ok<{
      resendStaffInvitation: { id: string; email: string; expiresAt: string };
    }>(RESEND, { id: invitation.id }, as(admin));
    expect(resendStaffInvitation.email).toBe(invitation.email);
    expect(resendStaffInvitation.id).not.toBe(invitation.id);
    expect(new Date(resendStaffInvitation.expiresAt).getTime()).toBeGreaterThan(
      Date.now() + 6 * 24 * 3600_000,
    );
    expect((await openRows(invitation.email)).map((row) => row.id)).toEqual([resendStaffInvitation.id]);

    const secondMail = await t.mailbox.waitForMore(invitation.email, /invited/, 1);
    expect(secondMail.text).toContain('Catalyst in Staff Vale');
    const token = Mailbox.tokenIn(secondMail);
    expect(token).not.toBe(Mailbox.tokenIn(firstMail));
    const accepted = await t.client.ok<{ acceptInvitation: { user: { roles: string[] } } }>(
      graphql(`
        mutation StaffAcceptInvitation($input: AcceptInvitationInput!) {
          acceptInvitation(input: $input) {
            user {
              roles
            }
          }
        }
      `),
      { input: { token, password: 'correct-horse-battery', displayName: 'Res End' } },
    );
    expect(accepted.acceptInvitation.user.roles).toEqual(['CATALYST']);
  });

  it('withdraws an invitation: its link stops working and it leaves the list', async () => {
    const invitation = await invite('revoke');
    const token = Mailbox.tokenIn(await t.mailbox.waitFor(invitation.email, /invited/));
    expect(await t.client.ok(REVOKE, { id: invitation.id }, as(admin))).toEqual({
      revokeStaffInvitation: true,
    });
    expect((await invitations()).map((row) => row.id)).not.toContain(invitation.id);
    expect(
      await t.client.errorCode(
        graphql(`
          mutation StaffAcceptInvitation2($input: AcceptInvitationInput!) {
            acceptInvitation(input: $input) {
              accessToken
            }
          }
        `),
        { input: { token, password: 'correct-horse-battery', displayName: 'Too Late' } },
      ),
    ).toBe('BAD_USER_INPUT');
    // Withdrawn or sent again: no longer open, so NOT_FOUND, and nothing changes.
    expect(await t.client.errorCode(REVOKE, { id: invitation.id }, as(admin))).toBe('NOT_FOUND');
    expect(await t.client.errorCode(RESEND, { id: invitation.id }, as(admin))).toBe('NOT_FOUND');
    expect(await openRows(invitation.email)).toEqual([]);
  });

  it('refuses other people’s invitations, unknown ids and everyone but Admins, changing nothing', async () => {
    const invitation = await invite('guarded');
    const holder = await signUp(t.client, { role: 'BUDGET_HOLDER' });
    await t.client.ok(
      graphql(`
        mutation StaffInviteDelegate($budgetId: ID!, $email: String!) {
          inviteDelegate(budgetId: $budgetId, email: $email) {
            email
          }
        }
      `),
      {
        budgetId: (
          await t.client.ok<{ setUpBudget: { id: string } }>(
            graphql(`
              mutation StaffSetUpBudget($input: SetUpBudgetInput!) {
                setUpBudget(input: $input) {
                  id
                }
              }
            `),
            { input: { label: 'Care', paymentPence: 10000, startsOn: '2026-01-05' } },
            as(holder),
          )
        ).setUpBudget.id,
        email: uniqueEmail('delegate'),
      },
      as(holder),
    );
    const [delegateInvitation] = (await t.dataSource.query(
      `SELECT id FROM invitations WHERE role = 'DELEGATE' ORDER BY created_at DESC LIMIT 1`,
    )) as { id: string }[];
    // A delegate invitation is the holder's, not a staff one.
    expect(await t.client.errorCode(REVOKE, { id: delegateInvitation.id }, as(admin))).toBe('NOT_FOUND');
    expect(await t.client.errorCode(RESEND, { id: 'not-an-id' }, as(admin))).toBe('NOT_FOUND');
    const catalyst = await catalystOf(t.client, t.mailbox, admin, [area.id]);
    for (const session of [holder, catalyst]) {
      expect(await t.client.errorCode(REVOKE, { id: invitation.id }, as(session))).toBe('FORBIDDEN');
      expect(await t.client.errorCode(RESEND, { id: invitation.id }, as(session))).toBe('FORBIDDEN');
      expect(await t.client.errorCode(CATALYSTS, {}, as(session))).toBe('FORBIDDEN');
      expect(await t.client.errorCode(INVITATIONS, {}, as(session))).toBe('FORBIDDEN');
      expect(await t.client.errorCode(OVERRIDES, { areaId: area.id }, as(session))).toBe('FORBIDDEN');
    }
    expect(await t.client.errorCode(INVITATIONS)).toBe('UNAUTHENTICATED');
    expect((await openRows(invitation.email)).map((row) => row.id)).toEqual([invitation.id]);
  });

  it('shows the rules an Area has saved, in catalogue order', async () => {
    expect(await t.client.ok(OVERRIDES, { areaId: area.id }, as(admin))).toEqual({
      requirementOverrides: [],
    });
    await t.client.ok(
      SET_OVERRIDE,
      { input: { areaId: area.id, code: 'DBS_ENHANCED', reminderOffsetsDays: [7, 30] } },
      as(admin),
    );
    await t.client.ok(
      SET_OVERRIDE,
      { input: { areaId: area.id, code: 'PUBLIC_LIABILITY_INSURANCE', validityMonths: 24 } },
      as(admin),
    );
    const { requirementOverrides } = await t.client.ok<{
      requirementOverrides: {
        code: string;
        validityMonths: number | null;
        reminderOffsetsDays: number[] | null;
      }[];
    }>(OVERRIDES, { areaId: area.id }, as(admin));
    const catalogue = (
      await t.client.ok<{ requirements: { code: string }[] }>(
        graphql(`
          query StaffRequirements {
            requirements {
              code
            }
          }
        `),
        {},
        as(admin),
      )
    ).requirements.map((requirement) => requirement.code);
    expect(requirementOverrides.map((rule) => rule.code)).toEqual(
      ['DBS_ENHANCED', 'PUBLIC_LIABILITY_INSURANCE'].sort(
        (a, b) => catalogue.indexOf(a) - catalogue.indexOf(b),
      ),
    );
    expect(requirementOverrides.find((rule) => rule.code === 'DBS_ENHANCED')).toMatchObject({
      validityMonths: null,
      reminderOffsetsDays: [30, 7],
    });
    expect(requirementOverrides.find((rule) => rule.code === 'PUBLIC_LIABILITY_INSURANCE')).toMatchObject({
      validityMonths: 24,
      reminderOffsetsDays: null,
    });
    expect(await t.client.errorCode(OVERRIDES, { areaId: 'nope' }, as(admin))).toBe('NOT_FOUND');
  });
});
