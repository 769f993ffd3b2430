import { Session } from '@small-places/testing';
import {
  checklistOf,
  checklistRows,
  ComplianceWorld,
  complianceWorld,
  enterpriseWithFounder,
  itemFor,
  UPDATE_ITEM,
} from './compliance-fixture';

describe('an expiry date no later than the requirement’s validity allows', () => {
  let w: ComplianceWorld;
  let enterpriseId: string;
  let founder: Session;

  beforeAll(async () => {
    w = await complianceWorld();
    const care = await enterpriseWithFounder(w);
    enterpriseId = care.id;
    founder = care.founder;
  });
  afterAll(() => w?.t.close());

  const record = (itemId: string, input: Record<string, unknown>) =>
    w.t.client.request<{ updateChecklistItem: { expiresOn: string } }>(
      UPDATE_ITEM,
      { input: { itemId, status: 'DONE', ...input } },
      { token: founder.accessToken },
    );

  it('refuses an insurance (valid a year) recorded as lasting 50 years, changing nothing; a year is fine', async () => {
    const item = itemFor(await checklistOf(w.t, enterpriseId, founder), 'PUBLIC_LIABILITY_INSURANCE');
    const before = await checklistRows(w.t);
    const refused = await record(item.id, { completedOn: '2026-11-20', expiresOn: '2076-11-20' });
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].message).toContain('2027-11-20');
    const dayLate = await record(item.id, { completedOn: '2026-11-20', expiresOn: '2027-11-21' });
    expect(dayLate.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await checklistRows(w.t)).toEqual(before);
    const ok = await record(item.id, { completedOn: '2026-11-20', expiresOn: '2027-11-20' });
    expect(ok.data?.updateChecklistItem.expiresOn).toBe('2027-11-20');
  });

  it('a requirement with no validity is capped at ten years from completion', async () => {
    const checklist = await checklistOf(w.t, enterpriseId, founder);
    const item = checklist.items.find(
      (candidate) => (candidate.requirement as { validityMonths?: number | null }).validityMonths === null,
    );
    if (!item) throw new Error('the catalogue has a requirement without validity');
    const before = await checklistRows(w.t);
    const refused = await record(item.id, { completedOn: '2026-11-01', expiresOn: '2036-11-02' });
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await checklistRows(w.t)).toEqual(before);
    const ok = await record(item.id, { completedOn: '2026-11-01', expiresOn: '2036-11-01' });
    expect(ok.data?.updateChecklistItem.expiresOn).toBe('2036-11-01');
  });
});
