import { randomUUID } from 'node:crypto';
import { Activity, ComplianceService, ComplianceStatus, ReminderHit } from '@small-places/compliance';
import { Database } from '@small-places/platform';
import { Session, graphql } from '@small-places/testing';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import {
  checklistOf,
  ComplianceWorld,
  complianceWorld,
  DUE,
  enterpriseWithFounder,
  Item,
  itemFor,
  OVERDUE,
  SET_OVERRIDE,
  TODAY,
  UPDATE_ITEM,
} from './compliance-fixture';

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: Item }[];
}

const MOVE = graphql(`
  mutation MoveEnterpriseStage($input: MoveEnterpriseStageInput!) {
    moveEnterpriseStage(input: $input) {
      id
      stage
    }
  }
`);

describe('deadlines: caseload queries, the pipeline gate, verification, overrides and reminders', () => {
  let w: ComplianceWorld;
  let compliance: ComplianceService;
  let db: Database;
  /** Trading from 1 March 2027: everything still ahead. */
  let ahead: { id: string; founder: Session };
  /** Trading since 1 November 2026: everything needed before trading is overdue. */
  let late: { id: string; founder: Session };
  /** In the other Area. */
  let elsewhere: { id: string; founder: Session };

  const due = async (days: number, as: Session, page: { first?: number; after?: string } = {}) =>
    (await w.t.client.ok<{ complianceDue: Page }>(DUE, { days, ...page }, { token: as.accessToken }))
      .complianceDue;
  const overdue = async (as: Session) =>
    (await w.t.client.ok<{ complianceOverdue: Page }>(OVERDUE, {}, { token: as.accessToken }))
      .complianceOverdue;
  const update = (as: Session, input: Record<string, unknown>) =>
    w.t.client.ok(UPDATE_ITEM, { input }, { token: as.accessToken });
  const inTx = <T>(
    work: Parameters<Database['transaction']>[0] extends (tx: infer X) => Promise<unknown>
      ? (tx: X) => Promise<T>
      : never,
  ) => db.transaction(work);
  const collect = async (day: string, batchSize?: number) => {
    const hits: ReminderHit[] = [];
    for await (const batch of compliance.remindersOn(day, batchSize)) hits.push(...batch);
    return hits;
  };

  beforeAll(async () => {
    w = await complianceWorld();
    compliance = w.t.app.get(ComplianceService);
    db = w.t.app.get(Database);
    ahead = await enterpriseWithFounder(w);
    late = await enterpriseWithFounder(w, { name: 'Late Lunches', tradingStartsOn: '2026-11-01' });
    elsewhere = await enterpriseWithFounder(
      { t: w.t, catalyst: w.otherCatalyst, areaId: w.otherAreaId },
      { name: 'Bristol Meals', postcode: 'BS5 6AA', activities: ['MEALS'] },
    );
    const lateList = await checklistOf(w.t, late.id, late.founder);
    await update(late.founder, {
      itemId: itemFor(lateList, 'PUBLIC_LIABILITY_INSURANCE').id,
      status: 'DONE',
      completedOn: '2026-01-10',
      expiresOn: '2026-12-20',
    });
  });
  afterAll(() => w?.t.close());

  it('complianceDue lists what falls due or expires soon across the Catalyst’s caseload, soonest first', async () => {
    const page = await due(62, w.catalyst);
    const rows = page.edges.map(({ node }) => [
      node.enterpriseId,
      node.requirement.code,
      node.status === 'DONE' ? node.expiresOn : node.dueOn,
    ]);
    expect(rows[0]).toEqual([late.id, 'PUBLIC_LIABILITY_INSURANCE', '2026-12-20']);
    expect(rows.slice(1).sort()).toEqual(
      [ahead.id, w.strangerEnterpriseId].sort().map((id) => [id, 'FOOD_BUSINESS_REGISTRATION', '2027-02-01']),
    );
    expect(page.totalCount).toBe(3);

    const first = await due(62, w.catalyst, { first: 2 });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await due(62, w.catalyst, { first: 2, after: first.pageInfo.endCursor! });
    expect([...first.edges, ...second.edges].map(({ node }) => node.id)).toEqual(
      page.edges.map(({ node }) => node.id),
    );
    expect(second.pageInfo.hasNextPage).toBe(false);

    expect((await due(62, w.otherCatalyst)).edges.map(({ node }) => node.enterpriseId)).toEqual([
      elsewhere.id,
    ]);
    expect((await due(62, w.admin)).totalCount).toBe(4);
    expect((await due(0, w.catalyst)).totalCount).toBe(0);
  });

  it('complianceOverdue lists what is past its date, oldest first, in the caseload only', async () => {
    const page = await overdue(w.catalyst);
    expect(page.totalCount).toBeGreaterThan(5);
    expect(page.edges.every(({ node }) => node.enterpriseId === late.id && node.overdue)).toBe(true);
    expect(page.edges[0].node).toMatchObject({
      dueOn: '2026-10-04',
      requirement: { code: 'FOOD_BUSINESS_REGISTRATION' },
    });
    expect((await overdue(w.otherCatalyst)).totalCount).toBe(0);
    expect((await checklistOf(w.t, late.id, w.catalyst)).status).toBe('OVERDUE');
  });

  it('caseload queries refuse providers and budget holders, and bad windows', async () => {
    for (const outsider of [ahead.founder, w.holder]) {
      const token = outsider.accessToken;
      expect(await w.t.client.errorCode(DUE, { days: 30 }, { token })).toBe('FORBIDDEN');
      expect(await w.t.client.errorCode(OVERDUE, {}, { token })).toBe('FORBIDDEN');
    }
    const token = w.catalyst.accessToken;
    expect(await w.t.client.errorCode(DUE, { days: -1 }, { token })).toBe('BAD_USER_INPUT');
    expect(await w.t.client.errorCode(DUE, { days: 400 }, { token })).toBe('BAD_USER_INPUT');
    expect(await w.t.client.errorCode(DUE, { days: 30, after: 'junk' }, { token })).toBe('BAD_USER_INPUT');
    expect(await w.t.client.errorCode(DUE, { days: 30 })).toBe('UNAUTHENTICATED');
  });

  it('the gate refuses READY until every mandatory item is done or waived; verification follows per category', async () => {
    const gate = () => inTx((tx) => compliance.assertReadyToTrade(tx, ahead.id, TODAY));
    const verified = (category: Activity) =>
      inTx((tx) => compliance.isVerifiedFor(tx, ahead.id, category, TODAY));
    await expect(gate()).rejects.toMatchObject({ extensions: { code: 'CONFLICT' } });
    await expect(gate()).rejects.toThrow(/CQC registration; Public liability insurance/);
    const move = { input: { enterpriseId: ahead.id, stage: 'READY' } };
    expect(await w.t.client.errorCode(MOVE, move, { token: w.catalyst.accessToken })).toBe('CONFLICT');
    expect(await verified(Activity.PERSONAL_CARE)).toBe(false);

    const list = await checklistOf(w.t, ahead.id, ahead.founder);
    for (const item of list.items) {
      if (!item.requirement.mandatory || !item.requirement.beforeTrading) continue;
      if (item.requirement.code === 'FOOD_BUSINESS_REGISTRATION') continue;
      if (item.requirement.code === 'CQC_REGISTRATION') {
        await update(w.catalyst, {
          itemId: item.id,
          status: 'WAIVED',
          waivedReason: 'Introductory agency with no ongoing role',
        });
      } else {
        await update(ahead.founder, { itemId: item.id, status: 'DONE', completedOn: TODAY });
      }
    }
    expect(await verified(Activity.PERSONAL_CARE)).toBe(true);
    expect(await verified(Activity.MEALS)).toBe(false);
    await expect(gate()).rejects.toThrow(
      /^This enterprise cannot move on until these are done: Register as a food business\./,
    );

    await update(ahead.founder, {
      itemId: itemFor(list, 'FOOD_BUSINESS_REGISTRATION').id,
      status: 'DONE',
      completedOn: '2026-11-30',
    });
    await expect(gate()).resolves.toBeUndefined(); // HMRC deadlines after trading starts do not block
    expect(await verified(Activity.MEALS)).toBe(true);
    const after = await checklistOf(w.t, ahead.id, ahead.founder);
    expect(after.status).toBe('COMPLIANT');
    expect(itemFor(after, 'HMRC_SELF_ASSESSMENT_REGISTRATION').status).toBe('TODO');
    expect(
      (
        await w.t.client.ok<{ moveEnterpriseStage: { stage: string } }>(MOVE, move, {
          token: w.catalyst.accessToken,
        })
      ).moveEnterpriseStage.stage,
    ).toBe('READY');
  });

  it('checklistsFor and enterpriseIdsWithStatus read many enterprises at once', async () => {
    const ids = [ahead.id, late.id, elsewhere.id, '00000000-0000-4000-8000-000000000000', 'junk'];
    const checklists = await compliance.checklistsFor(ids, TODAY);
    expect([...checklists.keys()]).toEqual(ids);
    expect(ids.map((id) => checklists.get(id)!.status)).toEqual([
      'COMPLIANT',
      'OVERDUE',
      'INCOMPLETE',
      'COMPLIANT',
      'COMPLIANT',
    ]);
    expect(checklists.get('junk')!.items).toEqual([]);
    expect(await compliance.enterpriseIdsWithStatus(ComplianceStatus.OVERDUE, ids, TODAY)).toEqual([late.id]);
  });

  it('checklistsFor issues one SQL statement whatever the number of enterprises', async () => {
    const statements = jest.spyOn(PostgresQueryRunner.prototype, 'query');
    try {
      await compliance.checklistsFor([ahead.id], TODAY);
      const forOne = statements.mock.calls.length;
      statements.mockClear();
      await compliance.checklistsFor([ahead.id, late.id, elsewhere.id, w.strangerEnterpriseId], TODAY);
      expect(statements.mock.calls.length).toBe(forOne);
      expect(forOne).toBe(1);
    } finally {
      statements.mockRestore();
    }
  });

  it('an Admin sets an Area’s own DBS validity and reminder offsets; recorded expiry dates follow', async () => {
    const input = {
      areaId: w.areaId,
      code: 'DBS_ENHANCED',
      validityMonths: 12,
      reminderOffsetsDays: [14, 60, 0],
    };
    const count = async () =>
      Number((await w.t.dataSource.query(`SELECT count(*) AS n FROM requirement_overrides`))[0].n);
    const refuse = async (variables: Record<string, unknown>, token: string | undefined, code: string) =>
      expect(await w.t.client.errorCode(SET_OVERRIDE, { input: { ...input, ...variables } }, { token })).toBe(
        code,
      );
    await refuse({}, w.catalyst.accessToken, 'FORBIDDEN');
    await refuse({}, undefined, 'UNAUTHENTICATED');
    await refuse({ areaId: randomUUID() }, w.admin.accessToken, 'NOT_FOUND');
    await refuse({ areaId: 'nope' }, w.admin.accessToken, 'NOT_FOUND');
    await refuse({ code: 'NO_SUCH_THING' }, w.admin.accessToken, 'NOT_FOUND');
    await refuse({ validityMonths: 0 }, w.admin.accessToken, 'BAD_USER_INPUT');
    await refuse({ reminderOffsetsDays: [-1] }, w.admin.accessToken, 'BAD_USER_INPUT');
    expect(await count()).toBe(0);

    const before = itemFor(await checklistOf(w.t, ahead.id, ahead.founder), 'DBS_ENHANCED', 'Fran Founder');
    expect(before.expiresOn).toBe('2029-12-01');
    const data = await w.t.client.ok<{ setRequirementOverride: unknown }>(
      SET_OVERRIDE,
      { input },
      { token: w.admin.accessToken },
    );
    expect(data.setRequirementOverride).toEqual({ ...input, reminderOffsetsDays: [60, 14, 0] });
    const after = itemFor(await checklistOf(w.t, ahead.id, ahead.founder), 'DBS_ENHANCED', 'Fran Founder');
    expect(after.expiresOn).toBe('2027-12-01');
  });

  it('the reminder scan finds due, expiry, weekly-overdue and 28-day chase reminders, in batches', async () => {
    const lateList = await checklistOf(w.t, late.id, late.founder);
    const cqc = itemFor(lateList, 'CQC_REGISTRATION');
    await update(late.founder, { itemId: cqc.id, status: 'IN_PROGRESS', startedOn: '2026-11-03' });

    const onChaseDay = await collect('2026-12-01');
    expect(onChaseDay).toContainEqual(
      expect.objectContaining({ itemId: cqc.id, kind: 'CHASE', on: '2026-11-03', offsetDays: -28 }),
    );
    const fiveWeeksLate = await collect('2026-12-06');
    const ico = itemFor(lateList, 'ICO_DATA_PROTECTION_FEE');
    expect(fiveWeeksLate).toContainEqual(
      expect.objectContaining({ itemId: ico.id, kind: 'DUE', on: '2026-11-01', offsetDays: -35 }),
    );

    const elsewhereFood = itemFor(
      await checklistOf(w.t, elsewhere.id, elsewhere.founder),
      'FOOD_BUSINESS_REGISTRATION',
    );
    expect(await collect('2027-01-02')).toContainEqual({
      itemId: elsewhereFood.id,
      enterpriseId: elsewhere.id,
      areaId: w.otherAreaId,
      memberId: null,
      requirementCode: 'FOOD_BUSINESS_REGISTRATION',
      kind: 'DUE',
      on: '2027-02-01',
      offsetDays: 30,
    });

    // DBS in this Area reminds 60 days ahead (the override); other items keep 30.
    const aheadList = await checklistOf(w.t, ahead.id, ahead.founder);
    const dbs = itemFor(aheadList, 'DBS_ENHANCED', 'Fran Founder');
    const ico2 = itemFor(aheadList, 'ICO_DATA_PROTECTION_FEE');
    const sixtyBefore = await collect('2027-10-02');
    expect(sixtyBefore).toContainEqual(
      expect.objectContaining({ itemId: dbs.id, kind: 'EXPIRY', offsetDays: 60 }),
    );
    expect(sixtyBefore.map((hit) => hit.itemId)).not.toContain(ico2.id);
    const thirtyBefore = await collect('2027-11-01');
    expect(thirtyBefore).toContainEqual(
      expect.objectContaining({ itemId: ico2.id, kind: 'EXPIRY', offsetDays: 30 }),
    );
    expect(thirtyBefore.map((hit) => hit.itemId)).not.toContain(dbs.id);

    const inOnes: ReminderHit[][] = [];
    for await (const batch of compliance.remindersOn('2026-12-06', 1)) inOnes.push(batch);
    expect(inOnes.length).toBeGreaterThan(1);
    expect(inOnes.flat()).toEqual(fiveWeeksLate);
  });

  it('expiring lapsed evidence marks it EXPIRED and announces the lapse once', async () => {
    w.events.length = 0;
    const lateList = await checklistOf(w.t, late.id, late.founder);
    const liability = itemFor(lateList, 'PUBLIC_LIABILITY_INSURANCE');
    expect(await compliance.expireLapsedItems('2026-12-21')).toBe(1);
    expect(await compliance.expireLapsedItems('2026-12-21')).toBe(0);
    expect(w.events.map((event) => [event.kind, event.refId])).toEqual([
      ['CHECKLIST_CHANGED', liability.id],
      ['VERIFICATION_LAPSED', liability.id],
    ]);
    const after = itemFor(await checklistOf(w.t, late.id, late.founder), 'PUBLIC_LIABILITY_INSURANCE');
    expect(after).toMatchObject({ status: 'EXPIRED', expiresOn: '2026-12-20' });
    // Renewing it is recording it done again.
    await update(late.founder, { itemId: liability.id, status: 'DONE', completedOn: TODAY });
    expect(
      itemFor(await checklistOf(w.t, late.id, late.founder), 'PUBLIC_LIABILITY_INSURANCE').expiresOn,
    ).toBe('2027-12-01');
  });
});
