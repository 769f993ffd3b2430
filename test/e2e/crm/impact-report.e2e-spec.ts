import { Clock } from '@small-places/platform';
import { uniqueEmail, graphql } from '@small-places/testing';
import {
  createEnterprise,
  CrmWorld,
  crmWorld,
  IMPACT,
  MOVE,
  RECORD_SESSION,
  waiveMandatoryItems,
} from './crm-fixture';

const UPDATE = graphql(`
  mutation ImpactReportUpdate($input: UpdateEnterpriseInput!) {
    updateEnterprise(input: $input) {
      id
      fteHeadcount
    }
  }
`);

/**
 * A fixed data set whose figures are worked out by hand:
 *   E1 created 10 Jan 2026 noon, session 12 Jan (60 min), TRADING 19 Feb noon (40 days); 2.5 FTE, 10 people, 20.5 h
 *   E2 created 10 Jan 2026 noon, session 20 Feb (90 min), TRADING 25 Feb noon (46 days); 1 FTE, 5 people, 12 h
 *   E3 created 15 Feb 2026, session 5 Mar (30 min, outside the period), never trades; 4 FTE, 7 people, 9 h
 *   E0 created 20 Dec 2025 and coached on 21 Dec only: before the period.
 * Listings now: E1 published and verified, E2 published but lapsed, E3 a draft → 2 listed, 1 verified.
 * For 1 Jan to 28 Feb 2026: supported 3 (E1, E2 coached; E3 created), new 3, reached trading 2, median (40 + 46) / 2
 * = 43 days, jobs 3.5 FTE, 15 people a week, 32.5 hours a week, coaching 150 min = 2.5 hours.
 */
describe('ImpactReport', () => {
  let w: CrmWorld;
  const at = (iso: string) => w.t.app.get(Clock).travelTo(new Date(iso));

  beforeAll(async () => {
    w = await crmWorld();
    const catalyst = w.tauntonCatalyst.accessToken;
    const session = (enterpriseId: string, heldOn: string, minutes: number) =>
      w.t.client.ok(
        RECORD_SESSION,
        { input: { enterpriseId, heldOn, minutes, mode: 'IN_PERSON', summary: 'Coaching' } },
        { token: catalyst },
      );
    const trade = async (enterpriseId: string) => {
      await waiveMandatoryItems(w, enterpriseId);
      await w.t.client.ok(MOVE, { input: { enterpriseId, stage: 'TRADING' } }, { token: catalyst });
    };
    const figures = (
      enterpriseId: string,
      fteHeadcount: number,
      peopleSupportedPerWeek: number,
      hoursPerWeek: number,
    ) =>
      w.t.client.ok(
        UPDATE,
        { input: { enterpriseId, fteHeadcount, peopleSupportedPerWeek, hoursPerWeek } },
        { token: catalyst },
      );
    const founder = () => ({ name: 'Founder', email: uniqueEmail('f') });

    at('2025-12-20T12:00:00Z');
    const e0 = await createEnterprise(w, { name: 'E0', founder: founder() });
    at('2025-12-21T12:00:00Z');
    await session(e0.id, '2025-12-21', 120);
    at('2026-01-10T12:00:00Z');
    const e1 = await createEnterprise(w, { name: 'E1', founder: founder() });
    const e2 = await createEnterprise(w, { name: 'E2', founder: founder() });
    at('2026-01-12T12:00:00Z');
    await session(e1.id, '2026-01-12', 60);
    at('2026-02-15T12:00:00Z');
    const e3 = await createEnterprise(w, { name: 'E3', founder: founder() });
    at('2026-02-19T12:00:00Z');
    await trade(e1.id);
    at('2026-02-20T12:00:00Z');
    await session(e2.id, '2026-02-20', 90);
    at('2026-02-25T12:00:00Z');
    await trade(e2.id);
    at('2026-03-05T12:00:00Z');
    await session(e3.id, '2026-03-05', 30);
    await figures(e1.id, 2.5, 10, 20.5);
    await figures(e2.id, 1, 5, 12);
    await figures(e3.id, 4, 7, 9);
    w.t.app.get(Clock).reset();
    // Listings as a read model: one verified, one lapsed, one draft.
    await w.t.dataSource.query(
      `INSERT INTO listings (enterprise_id, area_id, title, description, category, price_pence, price_unit, postcode,
         district, latitude, longitude, travel_miles, status, verified, published_at)
       VALUES ($1, $4, 'Visits', 'Friendly visits', 'COMPANIONSHIP', 1500, 'HOUR', 'TA1 1AA', 'TA1', 51.0, -3.1, 5, 'PUBLISHED', true, now()),
              ($2, $4, 'Meals', 'Hot meals', 'MEALS', 600, 'SESSION', 'TA1 1AA', 'TA1', 51.0, -3.1, 5, 'PUBLISHED', false, now()),
              ($3, $4, 'Lifts', 'Lifts to town', 'TRANSPORT', 900, 'SESSION', 'TA1 1AA', 'TA1', 51.0, -3.1, 5, 'DRAFT', false, null)`,
      [e1.id, e2.id, e3.id, w.taunton.id],
    );
  });
  afterAll(() => w?.t.close());

  it('gives the hand-computed figures for January and February 2026', async () => {
    const data = await w.t.client.ok<{ impactReport: Record<string, number> }>(
      IMPACT,
      { areaId: w.taunton.id, from: '2026-01-01', to: '2026-02-28' },
      { token: w.tauntonCatalyst.accessToken },
    );
    expect(data.impactReport).toEqual({
      enterprisesSupported: 3,
      newEnterprises: 3,
      reachedTrading: 2,
      medianDaysToTrading: 43,
      jobsFte: 3.5,
      peopleSupportedPerWeek: 15,
      hoursPerWeek: 32.5,
      coachingHours: 2.5,
    });
    const listed = await w.t.client.ok<{ impactReport: Record<string, number> }>(
      graphql(`
        query ImpactReportImpactReport($areaId: ID!) {
          impactReport(areaId: $areaId, from: "2026-01-01", to: "2026-02-28") {
            listedEnterprises
            verifiedEnterprises
          }
        }
      `),
      { areaId: w.taunton.id },
      { token: w.tauntonCatalyst.accessToken },
    );
    // E1 has a published, verified listing; E2 a published one whose verification has lapsed; E3 a draft.
    expect(listed.impactReport).toEqual({ listedEnterprises: 2, verifiedEnterprises: 1 });
  });

  it('counts nothing for a period before anything happened, and nothing in another Area', async () => {
    const early = await w.t.client.ok<{ impactReport: Record<string, number | null> }>(
      IMPACT,
      { areaId: w.taunton.id, from: '2025-01-01', to: '2025-01-31' },
      { token: w.admin.accessToken },
    );
    expect(early.impactReport).toMatchObject({
      enterprisesSupported: 0,
      newEnterprises: 0,
      reachedTrading: 0,
      medianDaysToTrading: null,
      coachingHours: 0,
    });
    const bristol = await w.t.client.ok<{ impactReport: Record<string, number | null> }>(
      IMPACT,
      { areaId: w.bristol.id, from: '2026-01-01', to: '2026-02-28' },
      { token: w.bristolCatalyst.accessToken },
    );
    expect(bristol.impactReport).toMatchObject({ enterprisesSupported: 0, jobsFte: 0 });
  });

  it('refuses other Areas’ Catalysts, providers and bad dates', async () => {
    const args = { areaId: w.taunton.id, from: '2026-01-01', to: '2026-02-28' };
    expect(await w.t.client.errorCode(IMPACT, args, { token: w.bristolCatalyst.accessToken })).toBe(
      'FORBIDDEN',
    );
    expect(await w.t.client.errorCode(IMPACT, args, { token: w.strangerProvider.accessToken })).toBe(
      'FORBIDDEN',
    );
    expect(await w.t.client.errorCode(IMPACT, args)).toBe('UNAUTHENTICATED');
    expect(
      await w.t.client.errorCode(IMPACT, { ...args, from: '2026-03-01' }, { token: w.admin.accessToken }),
    ).toBe('BAD_USER_INPUT');
    expect(
      await w.t.client.errorCode(IMPACT, { ...args, from: '2026-13-01' }, { token: w.admin.accessToken }),
    ).toBe('BAD_USER_INPUT');
  });

  it('serves the same figures as CSV with the same authorisation', async () => {
    const url = `${w.t.url}/areas/${w.taunton.id}/impact.csv?from=2026-01-01&to=2026-02-28`;
    const response = await fetch(url, {
      headers: { authorization: `Bearer ${w.tauntonCatalyst.accessToken}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    const csv = await response.text();
    expect(csv).toContain('Median days to trading,43\r\n');
    expect(csv).toContain('Coaching hours,2.5\r\n');
    expect((await fetch(url)).status).toBe(401);
    expect(
      (await fetch(url, { headers: { authorization: `Bearer ${w.bristolCatalyst.accessToken}` } })).status,
    ).toBe(403);
    const badDates = await fetch(url.replace('2026-01-01', 'yesterday'), {
      headers: { authorization: `Bearer ${w.tauntonCatalyst.accessToken}` },
    });
    expect(badDates.status).toBe(400);
    const unknown = await fetch(`${w.t.url}/areas/nope/impact.csv?from=2026-01-01&to=2026-02-28`, {
      headers: { authorization: `Bearer ${w.admin.accessToken}` },
    });
    expect(unknown.status).toBe(404);
  });
});
