import { acceptInvitation, Session, uniqueEmail, graphql } from '@small-places/testing';
import { createEnterprise, CrmWorld, crmWorld, ENTERPRISE, MOVE, rowCount } from './crm-fixture';

const UPDATE = graphql(`
  mutation EnterpriseChangesUpdate($input: UpdateEnterpriseInput!) {
    updateEnterprise(input: $input) {
      id
      name
      activities
      fteHeadcount
      overMicroLimit
      catalyst {
        id
        displayName
      }
    }
  }
`);
const ADD_MEMBER = graphql(`
  mutation EnterpriseChangesAddMember($input: AddMemberInput!) {
    addEnterpriseMember(input: $input) {
      id
      name
      role
      hasAccount
    }
  }
`);
const PLACE = graphql(`
  mutation EnterpriseChangesPlace($input: PlaceOnBoardInput!) {
    placeEnterpriseOnBoard(input: $input) {
      id
      boardPosition
    }
  }
`);
const BOARD = graphql(`
  query EnterpriseChangesBoard($areaId: ID!) {
    pipeline(areaId: $areaId) {
      stage
      enterprises {
        id
        name
      }
    }
  }
`);
const CHECKLIST_CODES = graphql(`
  query EnterpriseChangesChecklistCodes($id: ID!) {
    enterprise(id: $id) {
      checklist {
        items {
          requirement {
            code
          }
          member {
            id
          }
        }
      }
    }
  }
`);

describe('changing an enterprise', () => {
  let w: CrmWorld;
  let founder: Session;
  let enterpriseId: string;

  beforeAll(async () => {
    w = await crmWorld();
    const email = uniqueEmail('founder');
    enterpriseId = (
      await createEnterprise(w, {
        name: 'Helping Hands',
        activities: ['HOME_HELP'],
        founder: { name: 'Hal', email },
      })
    ).id;
    founder = await acceptInvitation(w.t.client, w.t.mailbox, email, 'Hal');
  });
  afterAll(() => w?.t.close());

  const codes = async () => {
    const data = await w.t.client.ok<{
      enterprise: { checklist: { items: { requirement: { code: string } }[] } };
    }>(CHECKLIST_CODES, { id: enterpriseId }, { token: w.tauntonCatalyst.accessToken });
    return data.enterprise.checklist.items.map((item) => item.requirement.code);
  };

  it('lets a member update the facts, and the checklist follows them', async () => {
    expect(await codes()).not.toContain('FOOD_BUSINESS_REGISTRATION');
    const data = await w.t.client.ok<{ updateEnterprise: { activities: string[] } }>(
      UPDATE,
      { input: { enterpriseId, activities: ['HOME_HELP', 'MEALS'] } },
      { token: founder.accessToken },
    );
    expect(data.updateEnterprise.activities).toEqual(['HOME_HELP', 'MEALS']);
    expect(await codes()).toContain('FOOD_BUSINESS_REGISTRATION');
  });

  it('flags more than 8 FTE as no longer micro', async () => {
    const data = await w.t.client.ok<{ updateEnterprise: { overMicroLimit: boolean } }>(
      UPDATE,
      { input: { enterpriseId, fteHeadcount: 8.5 } },
      { token: w.tauntonCatalyst.accessToken },
    );
    expect(data.updateEnterprise.overMicroLimit).toBe(true);
    const back = await w.t.client.ok<{ updateEnterprise: { overMicroLimit: boolean } }>(
      UPDATE,
      { input: { enterpriseId, fteHeadcount: 8 } },
      { token: w.tauntonCatalyst.accessToken },
    );
    expect(back.updateEnterprise.overMicroLimit).toBe(false);
  });

  it('assigns a Catalyst of the Area only, and only a Catalyst may assign', async () => {
    const assigned = await w.t.client.ok<{ updateEnterprise: { catalyst: { displayName: string } } }>(
      UPDATE,
      { input: { enterpriseId, catalystId: w.tauntonCatalyst.user.id } },
      { token: w.admin.accessToken },
    );
    expect(assigned.updateEnterprise.catalyst.displayName).toBe('Tess Taunton');
    const wrongArea = { input: { enterpriseId, catalystId: w.bristolCatalyst.user.id } };
    expect(await w.t.client.errorCode(UPDATE, wrongArea, { token: w.admin.accessToken })).toBe(
      'BAD_USER_INPUT',
    );
    const byMember = { input: { enterpriseId, catalystId: w.tauntonCatalyst.user.id } };
    expect(await w.t.client.errorCode(UPDATE, byMember, { token: founder.accessToken })).toBe('FORBIDDEN');
  });

  it('refuses updates from outsiders and bad values, changing nothing', async () => {
    const before = await w.t.dataSource.query('SELECT name, fte_headcount FROM enterprises WHERE id = $1', [
      enterpriseId,
    ]);
    for (const session of [w.bristolCatalyst, w.strangerProvider, w.holder]) {
      const code = await w.t.client.errorCode(
        UPDATE,
        { input: { enterpriseId, name: 'Hijacked' } },
        { token: session.accessToken },
      );
      expect(code).toBe('FORBIDDEN');
    }
    const negative = { input: { enterpriseId, fteHeadcount: -1 } };
    expect(await w.t.client.errorCode(UPDATE, negative, { token: founder.accessToken })).toBe(
      'BAD_USER_INPUT',
    );
    const after = await w.t.dataSource.query('SELECT name, fte_headcount FROM enterprises WHERE id = $1', [
      enterpriseId,
    ]);
    expect(after).toEqual(before);
  });

  it('adds a member, invites them by email, and gives them their own checklist items', async () => {
    const email = uniqueEmail('member');
    const added = await w.t.client.ok<{
      addEnterpriseMember: { id: string; role: string; hasAccount: boolean };
    }>(ADD_MEMBER, { input: { enterpriseId, name: 'Mel Member', email } }, { token: founder.accessToken });
    expect(added.addEnterpriseMember).toMatchObject({ role: 'MEMBER', hasAccount: false });
    const mail = await w.t.mailbox.waitFor(email, /invited/);
    expect(mail.text).toContain('Helping Hands');
    const data = await w.t.client.ok<{
      enterprise: {
        checklist: { items: { requirement: { code: string }; member: { id: string } | null }[] };
      };
    }>(CHECKLIST_CODES, { id: enterpriseId }, { token: w.tauntonCatalyst.accessToken });
    const mine = data.enterprise.checklist.items.filter(
      (item) => item.member?.id === added.addEnterpriseMember.id,
    );
    expect(mine.map((item) => item.requirement.code)).toEqual(
      expect.arrayContaining(['DBS_ENHANCED', 'SAFEGUARDING_TRAINING']),
    );

    const members = await rowCount(w.t, 'enterprise_members');
    const twice = { input: { enterpriseId, name: 'Mel Again', email: email.toUpperCase() } };
    expect(await w.t.client.errorCode(ADD_MEMBER, twice, { token: founder.accessToken })).toBe('CONFLICT');
    const outsider = { input: { enterpriseId, name: 'Intruder' } };
    expect(await w.t.client.errorCode(ADD_MEMBER, outsider, { token: w.strangerProvider.accessToken })).toBe(
      'FORBIDDEN',
    );
    expect(await rowCount(w.t, 'enterprise_members')).toBe(members);
  });

  it('reorders cards within a column of the board', async () => {
    const second = (await createEnterprise(w, { name: 'Second Card' })).id;
    const third = (await createEnterprise(w, { name: 'Third Card' })).id;
    const column = async () => {
      const data = await w.t.client.ok<{ pipeline: { stage: string; enterprises: { id: string }[] }[] }>(
        BOARD,
        { areaId: w.taunton.id },
        { token: w.tauntonCatalyst.accessToken },
      );
      return data.pipeline.find((c) => c.stage === 'ENQUIRY')!.enterprises.map((e) => e.id);
    };
    expect(await column()).toEqual([enterpriseId, second, third]);
    await w.t.client.ok(PLACE, { input: { enterpriseId: third } }, { token: w.tauntonCatalyst.accessToken });
    expect(await column()).toEqual([third, enterpriseId, second]);
    await w.t.client.ok(
      PLACE,
      { input: { enterpriseId: third, afterEnterpriseId: enterpriseId } },
      { token: w.tauntonCatalyst.accessToken },
    );
    expect(await column()).toEqual([enterpriseId, third, second]);
    const byMember = { input: { enterpriseId } };
    expect(await w.t.client.errorCode(PLACE, byMember, { token: founder.accessToken })).toBe('FORBIDDEN');
    await w.t.client.ok(
      MOVE,
      { input: { enterpriseId: second, stage: 'EXPLORING' } },
      { token: w.tauntonCatalyst.accessToken },
    );
    const otherColumn = { input: { enterpriseId: third, afterEnterpriseId: second } };
    expect(await w.t.client.errorCode(PLACE, otherColumn, { token: w.tauntonCatalyst.accessToken })).toBe(
      'CONFLICT',
    );
  });

  it('lets the founder read the enterprise but not another enterprise', async () => {
    const other = await createEnterprise(w, { name: 'Not Hal’s' });
    expect(await w.t.client.errorCode(ENTERPRISE, { id: other.id }, { token: founder.accessToken })).toBe(
      'FORBIDDEN',
    );
  });
});
