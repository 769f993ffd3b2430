import { Session, graphql } from '@small-places/testing';
import {
  ADD_MEMBER,
  Checklist,
  checklistOf,
  checklistRows,
  ComplianceWorld,
  complianceWorld,
  enterpriseWithFounder,
  itemFor,
  UPDATE_ENTERPRISE,
  UPDATE_ITEM,
} from './compliance-fixture';

const label = (checklist: Checklist) =>
  checklist.items
    .map((item) => `${item.requirement.code}${item.member ? ` / ${item.member.name}` : ''} @ ${item.dueOn}`)
    .sort();

describe('checklists: generation, evidence, waivers and who may touch them', () => {
  let w: ComplianceWorld;
  let enterpriseId: string;
  let founder: Session;
  let createdCodes: string[];

  beforeAll(async () => {
    w = await complianceWorld();
    const care = await enterpriseWithFounder(w);
    enterpriseId = care.id;
    founder = care.founder;
    createdCodes = care.created.checklist.items.map((item) => item.requirement.code);
    for (const member of [
      { name: 'Sam Carer', worksWithClients: true },
      { name: 'Bo Books', worksWithClients: false },
    ]) {
      await w.t.client.ok(
        ADD_MEMBER,
        { input: { enterpriseId, ...member } },
        { token: w.catalyst.accessToken },
      );
    }
  });
  afterAll(() => w?.t.close());

  it('holds exactly what a sole trader doing personal care and meals from 1 March 2027 needs', async () => {
    expect(createdCodes).toContain('CQC_REGISTRATION');
    const checklist = await checklistOf(w.t, enterpriseId, founder);
    expect(label(checklist)).toEqual(
      [
        'CQC_REGISTRATION @ 2027-03-01',
        'PUBLIC_LIABILITY_INSURANCE @ 2027-03-01',
        'ICO_DATA_PROTECTION_FEE @ 2027-03-01',
        'HMRC_SELF_ASSESSMENT_REGISTRATION @ 2027-10-05',
        'HMRC_SELF_ASSESSMENT_RETURN @ 2028-01-31',
        'FOOD_BUSINESS_REGISTRATION @ 2027-02-01',
        'QUALITY_STANDARDS_AGREEMENT @ 2027-03-01',
        'POLICIES_IN_PLACE @ 2027-03-01',
        ...['Fran Founder', 'Sam Carer'].flatMap((name) => [
          `DBS_ENHANCED / ${name} @ 2027-03-01`,
          `DBS_UPDATE_SERVICE / ${name} @ null`,
          `MOVING_AND_HANDLING_TRAINING / ${name} @ 2027-03-01`,
          `MEDICATION_TRAINING / ${name} @ 2027-03-01`,
          `FOOD_HYGIENE_TRAINING / ${name} @ 2027-03-01`,
          `FIRST_AID_TRAINING / ${name} @ null`,
        ]),
        ...['Fran Founder', 'Sam Carer', 'Bo Books'].map(
          (name) => `SAFEGUARDING_TRAINING / ${name} @ 2027-03-01`,
        ),
      ].sort(),
    );
    const codes = checklist.items.map((item) => item.requirement.code);
    expect(codes).not.toContain('EMPLOYERS_LIABILITY_INSURANCE');
    expect(codes).not.toContain('BUSINESS_VEHICLE_INSURANCE');
    expect(checklist.status).toBe('INCOMPLETE');
    expect(checklist.items.every((item) => item.status === 'TODO' && !item.overdue)).toBe(true);
    const cqc = itemFor(checklist, 'CQC_REGISTRATION').requirement;
    expect(cqc).toMatchObject({
      mandatory: true,
      beforeTrading: true,
      sourceUrl: expect.stringMatching(/cqc\.org\.uk/),
    });
    expect(cqc.legalBasis).toMatch(/Regulated Activities/);
  });

  it('a member records evidence: DONE works out the expiry from the validity and tells the timeline', async () => {
    const item = itemFor(await checklistOf(w.t, enterpriseId, founder), 'PUBLIC_LIABILITY_INSURANCE');
    w.events.length = 0;
    const data = await w.t.client.ok<{ updateChecklistItem: Record<string, unknown> }>(
      UPDATE_ITEM,
      { input: { itemId: item.id, status: 'DONE', completedOn: '2026-11-20', reference: ' PL-123 ' } },
      { token: founder.accessToken },
    );
    expect(data.updateChecklistItem).toMatchObject({
      id: item.id,
      status: 'DONE',
      completedOn: '2026-11-20',
      expiresOn: '2027-11-20',
      reference: 'PL-123',
    });
    expect(w.events).toEqual([
      expect.objectContaining({
        kind: 'CHECKLIST_CHANGED',
        enterpriseId,
        actorId: founder.user.id,
        refId: item.id,
        summary: 'Public liability insurance: done',
      }),
    ]);
  });

  it('DBS for a member runs three years from the certificate, month ends and leap days included', async () => {
    const dbs = itemFor(await checklistOf(w.t, enterpriseId, founder), 'DBS_ENHANCED', 'Sam Carer');
    const data = await w.t.client.ok<{ updateChecklistItem: { expiresOn: string } }>(
      UPDATE_ITEM,
      { input: { itemId: dbs.id, status: 'DONE', completedOn: '2024-02-29', reference: '001234567890' } },
      { token: w.catalyst.accessToken },
    );
    expect(data.updateChecklistItem.expiresOn).toBe('2027-02-28');
  });

  it('refuses bad evidence and changes nothing', async () => {
    const item = itemFor(await checklistOf(w.t, enterpriseId, founder), 'ICO_DATA_PROTECTION_FEE');
    const before = await checklistRows(w.t);
    const token = founder.accessToken;
    const attempt = (input: Record<string, unknown>) =>
      w.t.client.errorCode(UPDATE_ITEM, { input: { itemId: item.id, ...input } }, { token });
    expect(await attempt({ status: 'DONE', completedOn: '2026-12-02' })).toBe('BAD_USER_INPUT'); // tomorrow
    expect(await attempt({ status: 'DONE', completedOn: '2026-11-01', expiresOn: '2026-10-01' })).toBe(
      'BAD_USER_INPUT',
    );
    expect(await attempt({ status: 'DONE', completedOn: '2025-01-01' })).toBe('BAD_USER_INPUT'); // already ran out
    expect(await attempt({ status: 'DONE', completedOn: '2026-13-01' })).toBe('BAD_USER_INPUT');
    expect(await attempt({ status: 'EXPIRED' })).toBe('BAD_USER_INPUT'); // never done
    expect(await attempt({ status: 'TODO', waivedReason: 'no' })).toBe('BAD_USER_INPUT');
    expect(await attempt({ status: 'TODO', completedOn: '2026-11-01' })).toBe('BAD_USER_INPUT');
    expect(await attempt({ status: 'IN_PROGRESS', startedOn: '2026-12-02' })).toBe('BAD_USER_INPUT');
    expect(await attempt({ status: 'DONE', note: 'x'.repeat(2001) })).toBe('BAD_USER_INPUT');
    expect(await checklistRows(w.t)).toEqual(before);
  });

  it('only a Catalyst of the Area waives, and only with a reason (a CQC exemption)', async () => {
    const cqc = itemFor(await checklistOf(w.t, enterpriseId, founder), 'CQC_REGISTRATION');
    const before = await checklistRows(w.t);
    const waive = { itemId: cqc.id, status: 'WAIVED', waivedReason: 'Works alone, employed by the person' };
    expect(await w.t.client.errorCode(UPDATE_ITEM, { input: waive }, { token: founder.accessToken })).toBe(
      'FORBIDDEN',
    );
    expect(
      await w.t.client.errorCode(UPDATE_ITEM, { input: waive }, { token: w.otherCatalyst.accessToken }),
    ).toBe('FORBIDDEN');
    expect(
      await w.t.client.errorCode(
        UPDATE_ITEM,
        { input: { itemId: cqc.id, status: 'WAIVED' } },
        { token: w.catalyst.accessToken },
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      await w.t.client.errorCode(
        UPDATE_ITEM,
        { input: { ...waive, waivedReason: '   ' } },
        { token: w.catalyst.accessToken },
      ),
    ).toBe('BAD_USER_INPUT');
    expect(await checklistRows(w.t)).toEqual(before);

    const data = await w.t.client.ok<{ updateChecklistItem: Record<string, unknown> }>(
      UPDATE_ITEM,
      { input: waive },
      { token: w.catalyst.accessToken },
    );
    expect(data.updateChecklistItem).toMatchObject({ status: 'WAIVED', waivedReason: waive.waivedReason });
    const [row] = await w.t.dataSource.query(`SELECT waived_by_id FROM checklist_items WHERE id = $1`, [
      cqc.id,
    ]);
    expect(row.waived_by_id).toBe(w.catalyst.user.id);
  });

  it('an application in progress records the day it was sent', async () => {
    const food = itemFor(await checklistOf(w.t, enterpriseId, founder), 'FOOD_BUSINESS_REGISTRATION');
    const data = await w.t.client.ok<{ updateChecklistItem: Record<string, unknown> }>(
      UPDATE_ITEM,
      {
        input: {
          itemId: food.id,
          status: 'IN_PROGRESS',
          startedOn: '2026-11-28',
          note: 'Sent to the council',
        },
      },
      { token: founder.accessToken },
    );
    expect(data.updateChecklistItem).toMatchObject({ status: 'IN_PROGRESS', inProgressSince: '2026-11-28' });
  });

  it('reopening something done lapses verification, so the marketplace can hide listings', async () => {
    const item = itemFor(await checklistOf(w.t, enterpriseId, founder), 'PUBLIC_LIABILITY_INSURANCE');
    w.events.length = 0;
    await w.t.client.ok(
      UPDATE_ITEM,
      { input: { itemId: item.id, status: 'TODO' } },
      { token: founder.accessToken },
    );
    expect(w.events.map((event) => event.kind)).toEqual(['CHECKLIST_CHANGED', 'VERIFICATION_LAPSED']);
    expect(w.events[1]).toMatchObject({ enterpriseId, refId: item.id, actorId: founder.user.id });
    const after = itemFor(await checklistOf(w.t, enterpriseId, founder), 'PUBLIC_LIABILITY_INSURANCE');
    expect(after).toMatchObject({ status: 'TODO', completedOn: null, expiresOn: null, reference: 'PL-123' });
  });

  it('marking evidence EXPIRED (a cancelled policy) dates it yesterday and lapses verification', async () => {
    const item = itemFor(await checklistOf(w.t, enterpriseId, founder), 'QUALITY_STANDARDS_AGREEMENT');
    await w.t.client.ok(
      UPDATE_ITEM,
      { input: { itemId: item.id, status: 'DONE', completedOn: '2026-11-01' } },
      { token: w.catalyst.accessToken },
    );
    w.events.length = 0;
    const data = await w.t.client.ok<{ updateChecklistItem: Record<string, unknown> }>(
      UPDATE_ITEM,
      { input: { itemId: item.id, status: 'EXPIRED', note: 'Agreement withdrawn' } },
      { token: w.catalyst.accessToken },
    );
    expect(data.updateChecklistItem).toMatchObject({ status: 'EXPIRED', expiresOn: '2026-11-30' });
    expect(w.events.map((event) => [event.kind, event.summary])).toEqual([
      ['CHECKLIST_CHANGED', 'Quality standards agreement: expired'],
      [
        'VERIFICATION_LAPSED',
        'Quality standards agreement has expired; listings that need it are no longer verified.',
      ],
    ]);
    const checklist = await checklistOf(w.t, enterpriseId, founder);
    expect(itemFor(checklist, 'QUALITY_STANDARDS_AGREEMENT')).toMatchObject({
      status: 'EXPIRED',
      overdue: true,
    });
    expect(checklist.status).toBe('OVERDUE');
  });

  it('a provider of another enterprise and a budget holder can neither read nor change it; nothing changes', async () => {
    const item = itemFor(await checklistOf(w.t, enterpriseId, founder), 'ICO_DATA_PROTECTION_FEE');
    const before = await checklistRows(w.t);
    const update = { input: { itemId: item.id, status: 'DONE', completedOn: '2026-11-30' } };
    for (const outsider of [w.stranger, w.holder, w.otherCatalyst]) {
      const token = outsider.accessToken;
      expect(await w.t.client.errorCode(UPDATE_ITEM, update, { token })).toBe('FORBIDDEN');
      expect(
        await w.t.client.errorCode(
          graphql(`
            query ChecklistsChecklist($id: ID!) {
              checklist(enterpriseId: $id) {
                status
              }
            }
          `),
          { id: enterpriseId },
          { token },
        ),
      ).toBe('FORBIDDEN');
    }
    expect(await w.t.client.errorCode(UPDATE_ITEM, update)).toBe('UNAUTHENTICATED');
    const token = founder.accessToken;
    for (const itemId of ['00000000-0000-4000-8000-000000000000', 'not-an-id', "1' OR '1'='1"]) {
      expect(await w.t.client.errorCode(UPDATE_ITEM, { input: { ...update.input, itemId } }, { token })).toBe(
        'NOT_FOUND',
      );
    }
    expect(
      await w.t.client.errorCode(
        graphql(`
          query ChecklistsChecklist2($id: ID!) {
            checklist(enterpriseId: $id) {
              status
            }
          }
        `),
        { id: 'nope' },
        { token },
      ),
    ).toBe('NOT_FOUND');
    expect(await checklistRows(w.t)).toEqual(before);
    // Their own checklist is theirs to read.
    const own = await checklistOf(w.t, w.strangerEnterpriseId, w.stranger);
    expect(own.items.length).toBeGreaterThan(0);
  });

  it('regeneration keeps recorded evidence: dropping MEALS hides the food items that have evidence', async () => {
    const before = await checklistOf(w.t, enterpriseId, founder);
    const food = itemFor(before, 'FOOD_BUSINESS_REGISTRATION');
    const hygiene = itemFor(before, 'FOOD_HYGIENE_TRAINING', 'Sam Carer');
    w.events.length = 0;
    await w.t.client.ok(
      UPDATE_ENTERPRISE,
      { input: { enterpriseId, activities: ['PERSONAL_CARE'] } },
      { token: w.catalyst.accessToken },
    );
    const without = await checklistOf(w.t, enterpriseId, founder);
    expect(without.items.map((item) => item.requirement.code)).not.toContain('FOOD_BUSINESS_REGISTRATION');
    expect(without.items.map((item) => item.requirement.code)).not.toContain('FOOD_HYGIENE_TRAINING');
    const rows = await w.t.dataSource.query(
      `SELECT id, applicable FROM checklist_items WHERE enterprise_id = $1 AND requirement_code LIKE 'FOOD%'`,
      [enterpriseId],
    );
    expect(rows).toEqual([{ id: food.id, applicable: false }]); // evidence kept; the untouched training rows went
    expect(itemFor(without, 'DBS_ENHANCED', 'Sam Carer').expiresOn).toBe('2027-02-28');
    expect(w.events).toContainEqual(
      expect.objectContaining({
        kind: 'CHECKLIST_CHANGED',
        enterpriseId,
        summary: 'Checklist updated: 3 no longer needed',
      }),
    );
    w.events.length = 0;

    await w.t.client.ok(
      UPDATE_ENTERPRISE,
      { input: { enterpriseId, activities: ['PERSONAL_CARE', 'MEALS'] } },
      { token: w.catalyst.accessToken },
    );
    const back = await checklistOf(w.t, enterpriseId, founder);
    expect(w.events).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'CHECKLIST_CHANGED', summary: 'Checklist updated: 3 added' }),
        expect.objectContaining({ kind: 'VERIFICATION_LAPSED', enterpriseId }),
      ]),
    );
    expect(itemFor(back, 'FOOD_BUSINESS_REGISTRATION')).toMatchObject({
      id: food.id,
      status: 'IN_PROGRESS',
      inProgressSince: '2026-11-28',
      note: 'Sent to the council',
    });
    expect(itemFor(back, 'FOOD_HYGIENE_TRAINING', 'Sam Carer').id).not.toBe(hygiene.id);
  });
});
