import { graphql } from '@small-places/testing';
import { FEED_TAXONOMIES, FEED_TERMS, stableId } from '@small-places/openreferral';
import { RedisService } from '@small-places/platform';
import {
  checklistOf,
  enterpriseWithFounder,
  itemFor,
  TODAY,
  UPDATE_ITEM,
} from '../compliance/compliance-fixture';
import {
  CREATE_LISTING,
  listingInput,
  listingRows,
  MarketplaceWorld,
  marketplaceWorld,
  PUBLISH_LISTING,
  publishedListing,
  search,
  UNPUBLISH_LISTING,
} from '../marketplace/marketplace-fixture';
import { pageProblems, ProfileSchemas } from './open-referral-schemas';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * The Open Referral UK feed (issue 17): every endpoint's real answers against the profile's JSON Schemas, what
 * goes in and what never does, paging a harvester can trust, and the HTTP manners of a good feed.
 */
describe('Open Referral UK feed', () => {
  let w: MarketplaceWorld;
  const schemas = new ProfileSchemas();
  /** Every optional part: availability, travel, a council term, a waiting list, checks made. */
  let fullId: string;
  /** None: no availability, no travel, OTHER (no council term), pay what you can, every item waived. */
  let bareId: string;
  let bareEnterpriseId: string;
  let draftId: string;
  let hiddenId: string;
  let verifiedIds: string[];
  const startedAt = new Date(`${TODAY}T11:00:00Z`);

  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${w.t.url}${path}`, { headers });
  const json = async (path: string): Promise<Json> => {
    const response = await get(path);
    expect(response.status).toBe(200);
    return (await response.json()) as Json;
  };

  beforeAll(async () => {
    w = await marketplaceWorld();
    const token = { token: w.founder.accessToken };
    fullId = await publishedListing(w, { title: 'Help around the home', capacity: 'WAITING_LIST' });

    const bare = await enterpriseWithFounder(w, { name: 'Tea and Chat', activities: ['OTHER'] });
    bareEnterpriseId = bare.id;
    for (const item of (await checklistOf(w.t, bare.id, w.catalyst)).items) {
      await w.t.client.ok(
        UPDATE_ITEM,
        { input: { itemId: item.id, status: 'WAIVED', waivedReason: 'Does not apply to a chat over tea.' } },
        { token: w.catalyst.accessToken },
      );
    }
    const created = await w.t.client.ok<{ createListing: { id: string } }>(
      CREATE_LISTING,
      {
        input: listingInput(bare.id, {
          title: 'Tea and a chat',
          description: 'A pot of tea and a chat on Friday afternoons.',
          category: 'OTHER',
          pricePence: 0,
          priceUnit: 'PAY_WHAT_YOU_CAN',
          travelMiles: 0,
          availability: [],
        }),
      },
      { token: bare.founder.accessToken },
    );
    bareId = created.createListing.id;
    await w.t.client.ok(PUBLISH_LISTING, { id: bareId }, { token: bare.founder.accessToken });

    const more: string[] = [];
    for (let n = 1; n <= 5; n += 1) {
      more.push(await publishedListing(w, { title: `Companionship visits ${n}`, category: 'HOME_HELP' }));
    }
    hiddenId = await publishedListing(w, { title: 'Soon withdrawn' });
    await w.t.client.ok(UNPUBLISH_LISTING, { id: hiddenId }, token);
    draftId = (
      await w.t.client.ok<{ createListing: { id: string } }>(
        CREATE_LISTING,
        { input: listingInput(w.unreadyEnterpriseId, { title: 'Not verified yet' }) },
        { token: w.unreadyFounder.accessToken },
      )
    ).createListing.id;
    verifiedIds = [fullId, bareId, ...more];
  }, 180_000);
  afterAll(() => w?.t.close());

  it('GET /openreferral/ names the version, profile and OpenAPI description', async () => {
    const root = await json('/openreferral/');
    expect(root).toEqual({ version: '3.0', profile: expect.any(String), openapi_url: expect.any(String) });
    expect(new URL(root.openapi_url).protocol).toBe('https:');
  });

  it('/services/{id}, with every optional part, is exactly the profile’s service', async () => {
    const service = await json(`/openreferral/services/${fullId}`);
    expect(schemas.problems('compiled/service.json', service)).toEqual([]);
    const [centre] = await w.t.dataSource.query(
      `SELECT latitude, longitude FROM postcode_centroids WHERE postcode = 'TA1'`,
    );
    expect(service).toMatchObject({
      id: fullId,
      organization_id: w.enterpriseId,
      name: 'Help around the home',
      status: 'active',
      fees: '£18.50 an hour',
      assured_date: TODAY,
      alert: expect.stringContaining('Waiting list'),
      url: `http://localhost:3002/listings/${fullId}`,
      organization: {
        id: w.enterpriseId,
        name: 'Margaret’s Home Help',
        website: `http://localhost:3002/enterprises/${w.enterpriseId}`,
      },
      schedules: [
        { freq: 'WEEKLY', byday: 'MO', opens_at: '09:00', closes_at: '12:00' },
        { freq: 'WEEKLY', byday: 'TH', opens_at: '13:30', closes_at: '17:00' },
      ],
      cost_options: [{ option: 'Per hour', amount: 18.5, amount_description: '£18.50 an hour' }],
      service_areas: [{ name: 'Within 5 miles of the TA1 postcode district' }],
      service_at_locations: [
        {
          location: {
            id: stableId('location:district:TA1'),
            location_type: 'physical',
            latitude: centre.latitude,
            longitude: centre.longitude,
            external_identifier: 'TA1',
          },
        },
      ],
    });
    const terms = service.attributes.map((attribute: Json) => attribute.taxonomy_term.name).sort();
    expect(terms).toEqual(['Home help', 'Home help', 'Waiting list']);
    expect(new Set(service.attributes.map((a: Json) => a.taxonomy_term.taxonomy_id)).size).toBe(3);
    // Ids are stable: asked again, every nested id is the same.
    expect(await json(`/openreferral/services/${fullId}`)).toEqual(service);
  });

  it('/services/{id}, with no optional part, is exactly the profile’s service too', async () => {
    const service = await json(`/openreferral/services/${bareId}`);
    expect(schemas.problems('compiled/service.json', service)).toEqual([]);
    expect(service).toMatchObject({
      id: bareId,
      organization_id: bareEnterpriseId,
      fees: 'Pay what you can',
      schedules: [],
      cost_options: [{ option: 'Pay what you can', amount: 0 }],
      service_areas: [{ name: 'At or near its base in the TA1 postcode district' }],
    });
    expect(service).not.toHaveProperty('assured_date');
    expect(service).not.toHaveProperty('alert');
    expect(service.attributes.map((attribute: Json) => attribute.taxonomy_term.name)).toEqual([
      'Other support',
      'Taking new people',
    ]);
  });

  it('holds nothing personal: no full postcode, no member, no exact point', async () => {
    const text = JSON.stringify([
      await json(`/openreferral/services/${fullId}`),
      await json('/openreferral/services?per_page=100'),
      await json('/openreferral/service_at_locations?postcode=TA1%201AA&proximity=20000'),
    ]);
    expect(text).not.toContain('TA1 1AA');
    expect(text).not.toContain('Fran Founder');
    expect(text).not.toContain('@');
  });

  it('a harvester walking every page finds each verified listing exactly once, and no other', async () => {
    const seen: string[] = [];
    let page = 1;
    let body: Json;
    do {
      body = await json(`/openreferral/services?per_page=2&page=${page}`);
      expect(pageProblems(body)).toEqual([]);
      for (const service of body.contents)
        expect(schemas.problems('compiled/service_list.json', service)).toEqual([]);
      expect(body).toMatchObject({
        total_items: verifiedIds.length,
        total_pages: Math.ceil(verifiedIds.length / 2),
        page_number: page,
        size: body.contents.length,
        first_page: page === 1,
        last_page: page === Math.ceil(verifiedIds.length / 2),
        empty: false,
      });
      seen.push(...body.contents.map((service: Json) => service.id));
      page += 1;
    } while (!body.last_page);
    expect(seen.sort()).toEqual([...verifiedIds].sort());
    expect(seen).not.toContain(draftId);
    expect(seen).not.toContain(hiddenId);
    const beyond = await json(`/openreferral/services?per_page=2&page=${page}`);
    expect(beyond).toMatchObject({ size: 0, empty: true, last_page: true, contents: [] });
  });

  it('a listing that left the feed is gone from it, and modified_after harvesters see it as inactive', async () => {
    expect((await get(`/openreferral/services/${hiddenId}`)).status).toBe(404);
    expect((await get(`/openreferral/services/${draftId}`)).status).toBe(404);
    const changed = await json(
      `/openreferral/services?per_page=100&modified_after=${startedAt.toISOString()}`,
    );
    for (const service of changed.contents)
      expect(schemas.problems('compiled/service_list.json', service)).toEqual([]);
    const withdrawn = changed.contents.find((service: Json) => service.id === hiddenId);
    expect(withdrawn).toEqual({
      id: hiddenId,
      organization_id: w.enterpriseId,
      name: 'Soon withdrawn',
      status: 'inactive',
      last_modified: expect.any(String),
    });
    expect(changed.contents.map((service: Json) => service.id)).not.toContain(draftId);
    expect(changed.total_items).toBe(verifiedIds.length + 1);
    const future = await json(`/openreferral/services?modified_after=2099-01-01T00:00:00Z`);
    expect(future).toMatchObject({ total_items: 0, total_pages: 0, empty: true, contents: [] });
  });

  it('filters by taxonomy term, taxonomy and words', async () => {
    const ids = async (query: string) =>
      ((await json(`/openreferral/services?per_page=100&${query}`)).contents as Json[])
        .map((s) => s.id)
        .sort();
    const term = (taxonomy: number, name: string) =>
      FEED_TAXONOMIES[taxonomy].terms.find((each) => each.name === name)!.id;
    const homeHelp = verifiedIds.filter((id) => id !== bareId).sort();
    expect(await ids(`taxonomy_term_id=${term(0, 'Home help')}`)).toEqual(homeHelp);
    expect(await ids(`taxonomy_term_id=${term(1, 'Home help')}`)).toEqual(homeHelp);
    expect(await ids(`taxonomy_term_id=${term(2, 'Waiting list')}`)).toEqual([fullId]);
    expect(await ids(`taxonomy_term_id=${term(0, 'Other support')}`)).toEqual([bareId]);
    expect(await ids(`taxonomy_id=${FEED_TAXONOMIES[1].id}`)).toEqual(homeHelp);
    expect(await ids(`taxonomy_id=${FEED_TAXONOMIES[0].id}`)).toEqual([...verifiedIds].sort());
    expect(await ids(`taxonomy_term_id=${stableId('no such term')}`)).toEqual([]);
    expect(await ids('search=chat')).toEqual([bareId]);
  });

  it('/taxonomies and /taxonomy_terms publish our taxonomy, the council one and capacity', async () => {
    const taxonomies = await json('/openreferral/taxonomies');
    expect(pageProblems(taxonomies)).toEqual([]);
    for (const taxonomy of taxonomies.contents)
      expect(schemas.problems('taxonomy.json', taxonomy)).toEqual([]);
    expect(taxonomies.contents.map((t: Json) => t.name)).toEqual([
      'Small Places categories',
      'LGA service list (esd)',
      'Small Places capacity',
    ]);
    const terms = await json('/openreferral/taxonomy_terms?per_page=100');
    expect(pageProblems(terms)).toEqual([]);
    for (const term of terms.contents) expect(schemas.problems('taxonomy_term.json', term)).toEqual([]);
    expect(terms.total_items).toBe(FEED_TERMS.length);
    const council = await json(`/openreferral/taxonomy_terms?taxonomy_id=${FEED_TAXONOMIES[1].id}`);
    expect(council.contents.every((term: Json) => term.taxonomy_id === FEED_TAXONOMIES[1].id)).toBe(true);
    expect(council.total_items).toBe(FEED_TAXONOMIES[1].terms.length);
  });

  it('/service_at_locations finds services within proximity of a postcode, nearest first', async () => {
    const near = await json(
      '/openreferral/service_at_locations?postcode=TA1%202AB&proximity=16000&per_page=100',
    );
    expect(pageProblems(near)).toEqual([]);
    for (const entry of near.contents) {
      expect(schemas.problems('compiled/service_at_location_list.json', entry)).toEqual([]);
    }
    expect(near.contents.map((entry: Json) => entry.service.id).sort()).toEqual([...verifiedIds].sort());
    expect(near.total_items).toBe(verifiedIds.length);
    const far = await json('/openreferral/service_at_locations?postcode=BS5&proximity=16000');
    expect(far).toMatchObject({ total_items: 0, empty: true });
    const all = await json('/openreferral/service_at_locations?per_page=100');
    expect(all.total_items).toBe(verifiedIds.length);
  });

  it('answers 304 to a client holding the ETag, and for a service by Last-Modified; says how long to cache', async () => {
    const first = await get('/openreferral/services?per_page=3');
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get('cache-control')).toBe('public, max-age=60');
    const again = await get('/openreferral/services?per_page=3', { 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const other = await get('/openreferral/services?per_page=4', { 'If-None-Match': etag });
    expect(other.status).toBe(200);

    const one = await get(`/openreferral/services/${fullId}`);
    const lastModified = one.headers.get('last-modified')!;
    expect(new Date(lastModified).getTime()).toBeGreaterThan(0);
    expect(
      (await get(`/openreferral/services/${fullId}`, { 'If-Modified-Since': lastModified })).status,
    ).toBe(304);
    const before = new Date(new Date(lastModified).getTime() - 1000).toUTCString();
    expect((await get(`/openreferral/services/${fullId}`, { 'If-Modified-Since': before })).status).toBe(200);
  });

  it('lets any origin GET it (CORS), preflight included, without credentials', async () => {
    const origin = 'https://directory.example-council.gov.uk';
    const answer = await get('/openreferral/services', { Origin: origin });
    expect(answer.headers.get('access-control-allow-origin')).toBe('*');
    expect(answer.headers.get('access-control-allow-credentials')).toBeNull();
    expect(answer.headers.get('access-control-expose-headers')).toContain('ETag');
    const preflight = await fetch(`${w.t.url}/openreferral/services`, {
      method: 'OPTIONS',
      headers: {
        Origin: origin,
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'if-none-match',
      },
    });
    expect(preflight.status).toBeLessThan(300);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    // The GraphQL API keeps its allow-list.
    const graphql = await fetch(`${w.t.url}/graphql`, {
      method: 'OPTIONS',
      headers: { Origin: origin, 'Access-Control-Request-Method': 'POST' },
    });
    expect(graphql.headers.get('access-control-allow-origin')).not.toBe('*');
  });

  it.each([
    ['/openreferral/services?per_page=0', 'per_page'],
    ['/openreferral/services?per_page=101', 'per_page'],
    ['/openreferral/services?page=abc', 'page'],
    ['/openreferral/services?page=1&page=2', 'page'],
    ['/openreferral/services?search=tea%00', 'search'],
    ['/openreferral/service_at_locations?postcode=TA1%00', 'postcode'],
    ['/openreferral/services?modified_after=yesterday', 'modified_after'],
    ['/openreferral/services?taxonomy_term_id=nope', 'taxonomy_term_id'],
    ['/openreferral/taxonomy_terms?taxonomy_id=nope', 'taxonomy_id'],
    ['/openreferral/service_at_locations?proximity=100', 'proximity'],
    ['/openreferral/service_at_locations?postcode=ZZ99%209ZZ', 'postcode'],
    ['/openreferral/service_at_locations?postcode=TA1&proximity=-5', 'proximity'],
    [`/openreferral/services?search=${'a'.repeat(201)}`, 'search'],
  ])('%s is a 400 with a JSON message naming %s', async (path, name) => {
    const answer = await get(path);
    expect(answer.status).toBe(400);
    const body = (await answer.json()) as Json;
    expect(body).toEqual({ code: 'BAD_USER_INPUT', message: expect.stringContaining(name) });
  });

  it('an unknown or malformed service id is a 404 in JSON', async () => {
    for (const id of ['not-a-uuid', stableId('nothing')]) {
      const answer = await get(`/openreferral/services/${id}`);
      expect(answer.status).toBe(404);
      expect(await answer.json()).toMatchObject({ code: 'NOT_FOUND' });
    }
  });

  describe('capacity and free listings through GraphQL (schema grows, contract unchanged)', () => {
    const CAPACITY = graphql(`
      query OpenReferralCapacity($id: ID!) {
        listing(id: $id) {
          id
          capacity
          pricePence
          priceUnit
        }
      }
    `);
    const UPDATE = graphql(`
      mutation OpenReferralUpdate($input: UpdateListingInput!) {
        updateListing(input: $input) {
          id
          capacity
        }
      }
    `);

    it('a provider sets capacity; search can ask for only those taking new people', async () => {
      const token = { token: w.founder.accessToken };
      expect((await w.t.client.ok<Json>(CAPACITY, { id: fullId })).listing.capacity).toBe('WAITING_LIST');
      const taking = await search(
        w.t,
        { postcode: 'TA1', radiusMiles: 20, takingNewPeople: true },
        { first: 50 },
      );
      expect(taking.edges.map((edge) => edge.node.id)).not.toContain(fullId);
      expect(taking.edges.map((edge) => edge.node.id)).toContain(bareId);
      await w.t.client.ok(UPDATE, { input: { id: fullId, capacity: 'FULL' } }, token);
      expect((await json(`/openreferral/services/${fullId}`)).alert).toContain('Full');
      await w.t.client.ok(UPDATE, { input: { id: fullId, capacity: 'TAKING_NEW_PEOPLE' } }, token);
      const again = await search(
        w.t,
        { postcode: 'TA1', radiusMiles: 20, takingNewPeople: true },
        { first: 50 },
      );
      expect(again.edges.map((edge) => edge.node.id)).toContain(fullId);
      await w.t.client.ok(UPDATE, { input: { id: fullId, capacity: 'WAITING_LIST' } }, token);
    });

    it('a free listing (0 for a session) and pay what you can are allowed; a price with pay what you can is not', async () => {
      const token = { token: w.founder.accessToken };
      const free = await w.t.client.ok<{ createListing: Json }>(
        CREATE_LISTING,
        {
          input: listingInput(w.enterpriseId, { title: 'Free drop-in', pricePence: 0, priceUnit: 'SESSION' }),
        },
        token,
      );
      expect(free.createListing).toMatchObject({ pricePence: 0, priceUnit: 'SESSION' });
      const before = await listingRows(w.t);
      const refused = await w.t.client.request(
        CREATE_LISTING,
        { input: listingInput(w.enterpriseId, { pricePence: 500, priceUnit: 'PAY_WHAT_YOU_CAN' }) },
        token,
      );
      expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const refusedUpdate = await w.t.client.request(
        UPDATE,
        { input: { id: free.createListing.id, priceUnit: 'PAY_WHAT_YOU_CAN', pricePence: 100 } },
        token,
      );
      expect(refusedUpdate.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const badCapacity = await w.t.client.request(
        UPDATE,
        { input: { id: fullId, capacity: 'MAYBE' } },
        token,
      );
      expect(badCapacity.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(await listingRows(w.t)).toEqual(before);
      // The outsider may not change someone else's capacity.
      const forbidden = await w.t.client.request(
        UPDATE,
        { input: { id: fullId, capacity: 'FULL' } },
        { token: w.stranger.accessToken },
      );
      expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(await listingRows(w.t)).toEqual(before);
    });
  });

  it('a listing that stops being verified leaves the feed, and modified_after harvesters see it go', async () => {
    const since = new Date().toISOString();
    const item = itemFor(await checklistOf(w.t, bareEnterpriseId, w.catalyst), 'PUBLIC_LIABILITY_INSURANCE');
    await w.t.client.ok(
      UPDATE_ITEM,
      { input: { itemId: item.id, status: 'IN_PROGRESS' } },
      { token: w.catalyst.accessToken },
    );
    const [row] = await w.t.dataSource.query('SELECT status, verified FROM listings WHERE id = $1', [bareId]);
    expect(row.verified).toBe(false);
    expect((await get(`/openreferral/services/${bareId}`)).status).toBe(404);
    const all = await json('/openreferral/services?per_page=100');
    expect(all.contents.map((service: Json) => service.id)).not.toContain(bareId);
    const changed = await json(
      `/openreferral/services?per_page=100&modified_after=${encodeURIComponent(since)}`,
    );
    expect(changed.contents).toContainEqual(expect.objectContaining({ id: bareId, status: 'inactive' }));
    expect(await json(`/openreferral/service_at_locations?per_page=100`)).toMatchObject({
      total_items: all.total_items,
    });
  });

  it('limits each IP address in Redis, answering 429 with Retry-After; other addresses go on', async () => {
    const from = (ip: string) => get('/openreferral/', { 'X-Forwarded-For': ip });
    let refused: Response | undefined;
    for (let n = 0; n < 400 && !refused; n += 1) {
      const answer = await from('203.0.113.7');
      if (answer.status === 429) refused = answer;
      else expect(answer.status).toBe(200);
    }
    expect(refused).toBeDefined();
    expect(Number(refused!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused!.json()).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    const keys = await w.t.app.get(RedisService).client.keys(`${w.t.queuePrefix}-limit-openreferral-ip*`);
    expect(keys.length).toBeGreaterThan(0);
    expect((await from('203.0.113.8')).status).toBe(200);
  });
});
