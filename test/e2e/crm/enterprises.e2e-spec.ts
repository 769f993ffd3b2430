import { acceptInvitation, SIGN_UP, TEST_PASSWORD, uniqueEmail, graphql } from '@small-places/testing';
import {
  CREATE_ENTERPRISE,
  createEnterprise,
  CrmWorld,
  crmWorld,
  ENTERPRISE,
  ENTERPRISES,
  enterpriseInput,
  EnterpriseNode,
  rowCount,
} from './crm-fixture';

interface Page {
  enterprises: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: EnterpriseNode }[];
  };
}

describe('enterprises: create, read, list', () => {
  let w: CrmWorld;
  beforeAll(async () => {
    w = await crmWorld();
  });
  afterAll(() => w?.t.close());

  it('a Catalyst creates an enterprise at ENQUIRY with its checklist; the founder is invited and then sees it', async () => {
    const founderEmail = uniqueEmail('fran');
    const created = await createEnterprise(w, { founder: { name: 'Fran Founder', email: founderEmail } });
    expect(created).toMatchObject({
      name: 'Village Care',
      stage: 'ENQUIRY',
      legalStructure: 'SOLE_TRADER',
      activities: ['PERSONAL_CARE', 'MEALS'],
      postcode: 'TA1 1AA',
      area: { id: w.taunton.id },
      catalyst: { id: w.tauntonCatalyst.user.id },
    });
    expect(created.checklist.items.length).toBeGreaterThan(5);
    expect(created.checklist.status).toBe('INCOMPLETE');

    const founder = await acceptInvitation(w.t.client, w.t.mailbox, founderEmail, 'Fran Founder');
    expect(founder.user.roles).toEqual(['PROVIDER']);
    const seen = await w.t.client.ok<{ enterprise: { id: string; members: { name: string }[] } }>(
      ENTERPRISE,
      { id: created.id },
      { token: founder.accessToken },
    );
    expect(seen.enterprise.members.map((m) => m.name)).toEqual(['Fran Founder']);
    const list = await w.t.client.ok<Page>(ENTERPRISES, {}, { token: founder.accessToken });
    expect(list.enterprises.edges.map((edge) => edge.node.id)).toEqual([created.id]);
  });

  it('refuses a Catalyst of another Area, providers and budget holders, and creates nothing', async () => {
    const before = await rowCount(w.t, 'enterprises');
    for (const session of [w.bristolCatalyst, w.strangerProvider, w.holder]) {
      const code = await w.t.client.errorCode(
        CREATE_ENTERPRISE,
        { input: enterpriseInput(w.taunton.id) },
        { token: session.accessToken },
      );
      expect(code).toBe('FORBIDDEN');
    }
    expect(await w.t.client.errorCode(CREATE_ENTERPRISE, { input: enterpriseInput(w.taunton.id) })).toBe(
      'UNAUTHENTICATED',
    );
    expect(await rowCount(w.t, 'enterprises')).toBe(before);
  });

  it.each([
    ['a postcode that is not one', { postcode: 'NOPE' }, 'BAD_USER_INPUT'],
    ['an unknown activity', { activities: ['JUGGLING'] }, 'BAD_USER_INPUT'],
    ['a malformed Area id', { areaId: 'area-1' }, 'BAD_USER_INPUT'],
    ['an unknown Area', { areaId: '6f1c1a52-4bd1-4b6e-9a43-1d7c0f1b2c3d' }, 'NOT_FOUND'],
    ['a founder without an email', { founder: { name: 'No Email', email: 'nope' } }, 'BAD_USER_INPUT'],
    ['a trading date that is not a date', { tradingStartsOn: '2027-02-30' }, 'BAD_USER_INPUT'],
  ])('refuses %s and creates nothing', async (_, change, code) => {
    const before = await rowCount(w.t, 'enterprises');
    const input = { ...enterpriseInput(w.taunton.id), ...change };
    expect(
      await w.t.client.errorCode(CREATE_ENTERPRISE, { input }, { token: w.tauntonCatalyst.accessToken }),
    ).toBe(code);
    expect(await rowCount(w.t, 'enterprises')).toBe(before);
  });

  it('hides an enterprise from a Catalyst of another Area, a stranger provider and a budget holder', async () => {
    const created = await createEnterprise(w, { name: 'Private Care' });
    for (const session of [w.bristolCatalyst, w.strangerProvider, w.holder]) {
      expect(await w.t.client.errorCode(ENTERPRISE, { id: created.id }, { token: session.accessToken })).toBe(
        'FORBIDDEN',
      );
      const list = await w.t.client.ok<Page>(ENTERPRISES, {}, { token: session.accessToken });
      expect(list.enterprises.edges.map((edge) => edge.node.id)).not.toContain(created.id);
    }
    const holderList = await w.t.client.ok<Page>(ENTERPRISES, {}, { token: w.holder.accessToken });
    expect(holderList.enterprises.totalCount).toBe(0);
  });

  it('answers NOT_FOUND for an unknown or malformed id', async () => {
    const token = w.tauntonCatalyst.accessToken;
    expect(
      await w.t.client.errorCode(ENTERPRISE, { id: '6f1c1a52-4bd1-4b6e-9a43-1d7c0f1b2c3d' }, { token }),
    ).toBe('NOT_FOUND');
    expect(await w.t.client.errorCode(ENTERPRISE, { id: 'not-an-id' }, { token })).toBe('NOT_FOUND');
  });

  it('filters by stage, Catalyst, Area and words in the name or the founder’s name', async () => {
    const token = w.tauntonCatalyst.accessToken;
    const rosie = await createEnterprise(w, {
      name: 'Rosie’s Lunch Club',
      founder: { name: 'Rosalind Baker', email: uniqueEmail() },
    });
    const byName = await w.t.client.ok<Page>(ENTERPRISES, { filter: { search: 'lunch' } }, { token });
    expect(byName.enterprises.edges.map((edge) => edge.node.id)).toEqual([rosie.id]);
    const byFounder = await w.t.client.ok<Page>(ENTERPRISES, { filter: { search: 'rosalind' } }, { token });
    expect(byFounder.enterprises.edges.map((edge) => edge.node.id)).toEqual([rosie.id]);
    const byStage = await w.t.client.ok<Page>(ENTERPRISES, { filter: { stage: 'TRADING' } }, { token });
    expect(byStage.enterprises.totalCount).toBe(0);
    const byCatalyst = await w.t.client.ok<Page>(
      ENTERPRISES,
      { filter: { catalystId: w.tauntonCatalyst.user.id } },
      { token },
    );
    expect(
      byCatalyst.enterprises.edges.every((edge) => edge.node.catalyst?.id === w.tauntonCatalyst.user.id),
    ).toBe(true);
    const otherArea = await w.t.client.ok<Page>(ENTERPRISES, { filter: { areaId: w.bristol.id } }, { token });
    expect(otherArea.enterprises.totalCount).toBe(0);
    const wildcard = await w.t.client.ok<Page>(ENTERPRISES, { filter: { search: '%' } }, { token });
    expect(wildcard.enterprises.totalCount).toBe(0);
    const incomplete = await w.t.client.ok<Page>(
      ENTERPRISES,
      { filter: { complianceStatus: 'INCOMPLETE' } },
      { token },
    );
    const compliant = await w.t.client.ok<Page>(
      ENTERPRISES,
      { filter: { complianceStatus: 'COMPLIANT' } },
      { token },
    );
    const everyone = await w.t.client.ok<Page>(ENTERPRISES, { first: 100 }, { token });
    expect(incomplete.enterprises.totalCount).toBeGreaterThan(0);
    expect(incomplete.enterprises.edges.every((edge) => edge.node.checklist.status === 'INCOMPLETE')).toBe(
      true,
    );
    expect(compliant.enterprises.totalCount).toBe(0);
    expect(incomplete.enterprises.totalCount).toBe(
      everyone.enterprises.edges.filter((edge) => edge.node.checklist.status === 'INCOMPLETE').length,
    );
    const badStatus = await w.t.client.request(
      ENTERPRISES,
      { filter: { complianceStatus: 'FINE' } },
      { token },
    );
    expect(badStatus.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('pages with cursors that never repeat or skip, even while enterprises are added', async () => {
    const token = w.tauntonCatalyst.accessToken;
    for (const name of ['Alpha Care', 'Bravo Help', 'Charlie Meals', 'Delta Rides', 'Echo Friends']) {
      await createEnterprise(w, { name });
    }
    const all = await w.t.client.ok<Page>(ENTERPRISES, { first: 100 }, { token });
    const first = await w.t.client.ok<Page>(ENTERPRISES, { first: 3 }, { token });
    expect(first.enterprises.pageInfo.hasNextPage).toBe(true);
    // Added while the person is reading: one sorts before the cursor, one after.
    await createEnterprise(w, { name: 'Aardvark Care' });
    await createEnterprise(w, { name: 'Zulu Transport' });
    const seen = first.enterprises.edges.map((edge) => edge.node.id);
    let after = first.enterprises.pageInfo.endCursor;
    for (;;) {
      const page = await w.t.client.ok<Page>(ENTERPRISES, { first: 3, after }, { token });
      seen.push(...page.enterprises.edges.map((edge) => edge.node.id));
      if (!page.enterprises.pageInfo.hasNextPage) break;
      after = page.enterprises.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    for (const edge of all.enterprises.edges) expect(seen).toContain(edge.node.id);
    const junk = await w.t.client.request(ENTERPRISES, { after: 'junk' }, { token });
    expect(junk.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('places a provider who signs up in the Area covering their district, or with the Admin when none does', async () => {
    const covered = await w.t.client.ok<{ signUp: { accessToken: string } }>(SIGN_UP, {
      input: {
        email: uniqueEmail('p'),
        password: TEST_PASSWORD,
        displayName: 'Penny Provider',
        role: 'PROVIDER',
        postcode: 'ta2 7aa',
        enterpriseName: 'Penny’s Home Help',
      },
    });
    const mine = await w.t.client.ok<Page>(ENTERPRISES, {}, { token: covered.signUp.accessToken });
    expect(mine.enterprises.edges).toHaveLength(1);
    expect(mine.enterprises.edges[0].node).toMatchObject({ name: 'Penny’s Home Help', stage: 'ENQUIRY' });
    const catalystSees = await w.t.client.ok<Page>(
      ENTERPRISES,
      { filter: { search: 'Penny' } },
      { token: w.tauntonCatalyst.accessToken },
    );
    expect(catalystSees.enterprises.totalCount).toBe(1);

    await w.t.client.ok(SIGN_UP, {
      input: {
        email: uniqueEmail('far'),
        password: TEST_PASSWORD,
        displayName: 'Far Away',
        role: 'PROVIDER',
        postcode: 'EH1 1AA',
        enterpriseName: 'Edinburgh Helpers',
      },
    });
    const unassigned = await w.t.client.ok<{ enterprises: { edges: { node: { name: string } }[] } }>(
      graphql(`
        query EnterprisesEnterprises {
          enterprises(filter: { search: "Edinburgh" }) {
            edges {
              node {
                name
                area {
                  name
                }
              }
            }
          }
        }
      `),
      {},
      { token: w.admin.accessToken },
    );
    expect(unassigned.enterprises.edges).toEqual([
      { node: { name: 'Edinburgh Helpers', area: { name: 'Unassigned' } } },
    ]);
  });
});
