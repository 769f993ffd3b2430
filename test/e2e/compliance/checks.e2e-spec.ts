import { Activity, ChecklistEvidenceChanged, ChecksMade, ComplianceService } from '@small-places/compliance';
import { Clock, Database, DomainEvents, QueueName, QueueService } from '@small-places/platform';
import { Session, graphql } from '@small-places/testing';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  LISTING,
  MarketplaceWorld,
  marketplaceWorld,
  markDone,
  PUBLISH_LISTING,
  publishedListing,
  search,
} from '../marketplace/marketplace-fixture';
import {
  Checklist,
  checklistOf,
  checklistRows,
  enterpriseWithFounder,
  itemFor,
  REVIEW_ITEM,
  TO_CHECK,
  TODAY,
  UPDATE_ITEM,
} from './compliance-fixture';

interface Reviewed {
  id: string;
  status: string;
  checkedAt: string | null;
  checkedBy: { id: string } | null;
  returnedAt: string | null;
  returnedReason: string | null;
  awaitingCheckSince: string | null;
}
interface QueuePage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: { id: string; enterpriseId: string; awaitingCheckSince: string } }[];
}

const PHOTO = readFileSync(join(__dirname, '../../fixtures/evidence/certificate.jpg'));
const NOON = new Date(`${TODAY}T12:00:00Z`);
/** The test clock starts at noon and runs on from there. */
const AT_NOON = expect.stringMatching(/^2026-12-01T12:0\d:/);
const RUN_SCAN = graphql(`
  mutation ChecksRunScan($asOf: Date) {
    runReminderScan(asOf: $asOf)
  }
`);
const PUBLIC_CHECKS = graphql(`
  query PublicChecks($id: ID!) {
    publicEnterprise(id: $id) {
      checksMade {
        title
        checkedOn
        runsOutOn
      }
    }
  }
`);

describe('the Catalyst’s check: reviewChecklistItem, the verified rule, the "to check" queue', () => {
  let w: MarketplaceWorld;
  /** An enterprise in the Catalyst's Area with nothing recorded yet. */
  let fresh: { id: string; founder: Session };
  let freshList: Checklist;

  const as = (session: Session) => ({ token: session.accessToken });
  const review = (session: Session, input: Record<string, unknown>) =>
    w.t.client.ok<{ reviewChecklistItem: Reviewed }>(REVIEW_ITEM, { input }, as(session));
  const reviewError = (session: Session | null, input: Record<string, unknown>) =>
    w.t.client.errorCode(REVIEW_ITEM, { input }, session ? as(session) : {});
  const update = (session: Session, input: Record<string, unknown>) =>
    w.t.client.ok(UPDATE_ITEM, { input }, as(session));
  const itemOf = async (enterpriseId: string, code: string) =>
    itemFor(await checklistOf(w.t, enterpriseId, w.catalyst), code);
  const queue = async (session: Session, page: { first?: number; after?: string } = {}) =>
    (await w.t.client.ok<{ checklistItemsToCheck: QueuePage }>(TO_CHECK, page, as(session)))
      .checklistItemsToCheck;
  const queueIds = async (session: Session) =>
    (await queue(session, { first: 100 })).edges.map((e) => e.node.id);
  const listingState = async (id: string) =>
    (await w.t.client.ok<{ listing: { status: string; verified: boolean } }>(LISTING, { id }, as(w.founder)))
      .listing;
  const found = async (text: string) =>
    (await search(w.t, { postcode: 'TA1', radiusMiles: 5, text })).edges.length;
  const rows = <T>(sql: string, params: unknown[] = []) => w.t.dataSource.query(sql, params) as Promise<T[]>;

  beforeAll(async () => {
    w = await marketplaceWorld();
    fresh = await enterpriseWithFounder(w, { name: 'Fresh Help', activities: ['HOME_HELP'] });
    freshList = await checklistOf(w.t, fresh.id, fresh.founder);
  });
  afterAll(() => w?.t.close());
  afterEach(() => w.t.app.get(Clock).travelTo(NOON));

  it('refuses a provider, another Area’s Catalyst, a budget holder, strangers and unknown items; nothing changes', async () => {
    const insurance = itemFor(freshList, 'PUBLIC_LIABILITY_INSURANCE');
    await update(fresh.founder, { itemId: insurance.id, status: 'DONE', reference: 'PL-778' });
    const before = await checklistRows(w.t);
    const input = { itemId: insurance.id, decision: 'CHECKED' };
    expect(await reviewError(fresh.founder, input)).toBe('FORBIDDEN');
    expect(await reviewError(w.otherCatalyst, input)).toBe('FORBIDDEN');
    expect(await reviewError(w.holder, input)).toBe('FORBIDDEN');
    expect(await reviewError(w.stranger, input)).toBe('FORBIDDEN');
    expect(await reviewError(null, input)).toBe('UNAUTHENTICATED');
    expect(await reviewError(w.catalyst, { ...input, itemId: randomUUID() })).toBe('NOT_FOUND');
    expect(await reviewError(w.catalyst, { ...input, itemId: 'junk' })).toBe('NOT_FOUND');
    expect(await reviewError(w.catalyst, { ...input, decision: 'MAYBE' })).toBe('BAD_USER_INPUT');
    expect(await checklistRows(w.t)).toEqual(before);
  });

  it('RETURNED needs a reason; CHECKED needs a DONE, in-date item with a reference or a file', async () => {
    const insurance = itemFor(freshList, 'PUBLIC_LIABILITY_INSURANCE');
    const ico = itemFor(freshList, 'ICO_DATA_PROTECTION_FEE');
    const policies = itemFor(freshList, 'POLICIES_IN_PLACE');
    await update(fresh.founder, { itemId: policies.id, status: 'DONE' }); // no reference, no file: nothing to check
    const before = await checklistRows(w.t);
    expect(await reviewError(w.catalyst, { itemId: insurance.id, decision: 'RETURNED' })).toBe(
      'BAD_USER_INPUT',
    );
    expect(await reviewError(w.catalyst, { itemId: insurance.id, decision: 'RETURNED', reason: '  ' })).toBe(
      'BAD_USER_INPUT',
    );
    expect(await reviewError(w.catalyst, { itemId: ico.id, decision: 'CHECKED' })).toBe('CONFLICT');
    expect(await reviewError(w.catalyst, { itemId: ico.id, decision: 'RETURNED', reason: 'Why?' })).toBe(
      'CONFLICT',
    );
    expect(await reviewError(w.catalyst, { itemId: policies.id, decision: 'CHECKED' })).toBe(
      'BAD_USER_INPUT',
    );
    expect(await checklistRows(w.t)).toEqual(before);
  });

  it('CHECKED accepts an item whose only evidence is a file (no reference)', async () => {
    const policies = itemFor(freshList, 'POLICIES_IN_PLACE');
    const body = new FormData();
    body.append('file', new Blob([PHOTO], { type: 'image/jpeg' }), 'policies.jpg');
    const uploaded = await fetch(`${w.t.url}/checklist-items/${policies.id}/evidence`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${fresh.founder.accessToken}` },
      body,
    });
    expect(uploaded.status).toBe(201);
    const { reviewChecklistItem: checked } = await review(w.catalyst, {
      itemId: policies.id,
      decision: 'CHECKED',
    });
    expect(checked).toMatchObject({
      id: policies.id,
      checkedAt: AT_NOON,
      checkedBy: { id: w.catalyst.user.id },
    });
  });

  it('CHECKED records who and when, leaves the queue, and goes on the timeline and the audit trail', async () => {
    const insurance = itemFor(freshList, 'PUBLIC_LIABILITY_INSURANCE');
    expect(await queueIds(w.catalyst)).toContain(insurance.id);
    const { reviewChecklistItem: checked } = await review(w.catalyst, {
      itemId: insurance.id,
      decision: 'CHECKED',
    });
    expect(checked).toMatchObject({
      id: insurance.id,
      status: 'DONE',
      checkedAt: AT_NOON,
      checkedBy: { id: w.catalyst.user.id },
      awaitingCheckSince: null,
    });
    // Checking again (a second click) changes nothing.
    expect(
      (await review(w.catalyst, { itemId: insurance.id, decision: 'CHECKED' })).reviewChecklistItem,
    ).toEqual(checked);
    expect(await queueIds(w.catalyst)).not.toContain(insurance.id);
    expect(
      await rows(
        `SELECT summary FROM timeline_events WHERE kind = 'CHECKLIST_ITEM_CHECKED' AND ref_id = $1`,
        [insurance.id],
      ),
    ).toEqual([{ summary: 'Public liability insurance: checked by a Catalyst' }]);
    expect(
      await rows(
        `SELECT actor_id FROM audit_events WHERE action = 'CHECKLIST_ITEM_CHECKED' AND record_id = $1`,
        [insurance.id],
      ),
    ).toEqual([{ actor_id: w.catalyst.user.id }]);
  });

  it('RETURNED tells the provider what to fix; their checklist shows it; their change puts it back in the queue', async () => {
    const ico = itemFor(freshList, 'ICO_DATA_PROTECTION_FEE');
    await update(fresh.founder, { itemId: ico.id, status: 'DONE', reference: 'ZA000000' });
    const reason = 'The ICO register shows a different business name. Send the certificate for Fresh Help.';
    await review(w.catalyst, { itemId: ico.id, decision: 'RETURNED', reason });

    const onTheirList = itemFor(await checklistOf(w.t, fresh.id, fresh.founder), 'ICO_DATA_PROTECTION_FEE');
    expect(onTheirList).toMatchObject({
      status: 'DONE',
      checkedAt: null,
      returnedReason: reason,
      returnedAt: AT_NOON,
      awaitingCheckSince: null,
    });
    expect(await queueIds(w.catalyst)).not.toContain(ico.id);
    const told = await rows<{ title: string; body: string }>(
      `SELECT title, body FROM notifications WHERE user_id = $1 AND kind = 'CHECK_RETURNED' AND ref_id = $2`,
      [fresh.founder.user.id, ico.id],
    );
    expect(told).toHaveLength(1);
    expect(told[0].title).toBe('Please fix: ICO data protection fee');
    expect(told[0].body).toContain(reason);
    const mail = await w.t.mailbox.waitFor(fresh.founder.user.email, /Please fix: ICO data protection fee/);
    expect(mail.text).toContain(reason);

    await update(fresh.founder, { itemId: ico.id, status: 'DONE', reference: 'ZB123456' });
    const fixed = itemFor(await checklistOf(w.t, fresh.id, fresh.founder), 'ICO_DATA_PROTECTION_FEE');
    expect(fixed).toMatchObject({
      returnedReason: null,
      returnedAt: null,
      awaitingCheckSince: AT_NOON,
    });
    expect(await queueIds(w.catalyst)).toContain(ico.id);
  });

  it('a provider’s change to a checked item clears its check: the listing leaves search until it is checked again', async () => {
    const id = await publishedListing(w, { title: 'Checked gardening help', category: 'OTHER' });
    expect(await found('gardening')).toBe(1);
    const insurance = await itemOf(w.enterpriseId, 'PUBLIC_LIABILITY_INSURANCE');
    expect(insurance.checkedAt).not.toBeNull();

    // Sending the same facts again is no change: the check stands.
    await update(w.founder, {
      itemId: insurance.id,
      status: 'DONE',
      completedOn: insurance.completedOn,
      reference: insurance.reference,
    });
    expect((await itemOf(w.enterpriseId, 'PUBLIC_LIABILITY_INSURANCE')).checkedAt).not.toBeNull();

    await update(w.founder, { itemId: insurance.id, status: 'DONE', reference: 'NEW-POLICY-9' });
    const changed = await itemOf(w.enterpriseId, 'PUBLIC_LIABILITY_INSURANCE');
    expect(changed).toMatchObject({
      checkedAt: null,
      checkedBy: null,
      awaitingCheckSince: AT_NOON,
    });
    expect(await listingState(id)).toMatchObject({ status: 'HIDDEN', verified: false });
    expect(await found('gardening')).toBe(0);
    expect(await w.t.client.errorCode(PUBLISH_LISTING, { id }, as(w.founder))).toBe('CONFLICT');

    await review(w.catalyst, { itemId: insurance.id, decision: 'CHECKED' });
    expect(await listingState(id)).toMatchObject({ status: 'HIDDEN', verified: true });
    await w.t.client.ok(PUBLISH_LISTING, { id }, as(w.founder));
    expect(await found('gardening')).toBe(1);
  });

  it('a file attached or removed (CHECKLIST_EVIDENCE_CHANGED) clears the check the same way', async () => {
    const policies = await itemOf(w.enterpriseId, 'POLICIES_IN_PLACE');
    expect(policies.checkedAt).not.toBeNull();
    const db = w.t.app.get(Database);
    await db.transaction((tx) =>
      w.t.app.get(DomainEvents).publish(
        tx,
        new ChecklistEvidenceChanged(
          {
            enterpriseId: w.enterpriseId,
            occurredAt: NOON,
            actorId: w.founder.user.id,
            refId: policies.id,
          },
          'Policies in place: policies.pdf attached',
        ),
      ),
    );
    expect(await itemOf(w.enterpriseId, 'POLICIES_IN_PLACE')).toMatchObject({
      checkedAt: null,
      awaitingCheckSince: AT_NOON,
    });
    expect(await found('gardening')).toBe(0);
    await review(w.catalyst, { itemId: policies.id, decision: 'CHECKED' });
    const [listing] = await rows<{ id: string }>(
      `SELECT id FROM listings WHERE title = 'Checked gardening help'`,
    );
    await w.t.client.ok(PUBLISH_LISTING, { id: listing.id }, as(w.founder));
    expect(await found('gardening')).toBe(1);
  });

  it('the public sees each mandatory check with its check date and when it runs out; never a reference or name', async () => {
    const data = await w.t.client.ok<{
      publicEnterprise: { checksMade: { title: string; checkedOn: string; runsOutOn: string | null }[] };
    }>(PUBLIC_CHECKS, { id: w.enterpriseId });
    const checks = data.publicEnterprise.checksMade;
    const insurance = await itemOf(w.enterpriseId, 'PUBLIC_LIABILITY_INSURANCE');
    expect(insurance.expiresOn).toMatch(/^2027-/);
    expect(checks).toContainEqual({
      title: 'Public liability insurance',
      checkedOn: TODAY,
      runsOutOn: insurance.expiresOn,
    });
    expect(checks.map((check) => check.title)).not.toContain('First aid training'); // recommended only
    const text = JSON.stringify(data);
    expect(text).not.toMatch(/REF-|NEW-POLICY|Fran Founder/);
  });

  it('an expired check does not count: not verified from the day after, and gone from "Checks made"', async () => {
    const insurance = await itemOf(w.enterpriseId, 'PUBLIC_LIABILITY_INSURANCE');
    await markDone(w.t, w.catalyst, insurance.id, { completedOn: '2026-11-20', expiresOn: '2026-12-10' });
    const compliance = w.t.app.get(ComplianceService);
    const db = w.t.app.get(Database);
    const verifiedOn = (day: string) =>
      db.transaction((tx) => compliance.isVerifiedFor(tx, w.enterpriseId, Activity.OTHER, day));
    expect(await verifiedOn('2026-12-10')).toBe(true);
    expect(await verifiedOn('2026-12-11')).toBe(false);
    const titles = async (day: string) =>
      (await w.t.app.get(ChecksMade).of([w.enterpriseId], day))
        .get(w.enterpriseId)!
        .checks.map((c) => c.title);
    expect(await titles('2026-12-10')).toContain('Public liability insurance');
    expect(await titles('2026-12-11')).not.toContain('Public liability insurance');
  });

  it('the "to check" queue: the Catalyst’s Areas only, the longest waiting first, paged', async () => {
    const clock = w.t.app.get(Clock);
    const waiting: string[] = [];
    for (const [hour, code] of [
      ['09', 'QUALITY_STANDARDS_AGREEMENT'],
      ['10', 'HMRC_SELF_ASSESSMENT_REGISTRATION'],
      ['11', 'POLICIES_IN_PLACE'],
    ]) {
      clock.travelTo(new Date(`2026-11-30T${hour}:00:00Z`));
      const item = itemFor(freshList, code);
      await update(fresh.founder, { itemId: item.id, status: 'DONE', reference: `${code}-1` });
      waiting.push(item.id);
    }
    clock.travelTo(NOON);
    const all = await queue(w.catalyst, { first: 100 });
    const times = all.edges.map((edge) => edge.node.awaitingCheckSince);
    expect(times).toEqual([...times].sort());
    expect(all.edges.map((edge) => edge.node.id).filter((id) => waiting.includes(id))).toEqual(waiting);
    expect(all.totalCount).toBe(all.edges.length);

    const paged: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await queue(w.catalyst, { first: 2, after });
      expect(page.edges.length).toBeLessThanOrEqual(2);
      paged.push(...page.edges.map((edge) => edge.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor!;
    }
    expect(paged).toEqual(all.edges.map((edge) => edge.node.id));

    expect((await queue(w.otherCatalyst)).totalCount).toBe(0);
    expect(await queueIds(w.admin)).toEqual(expect.arrayContaining(waiting));
    expect(await w.t.client.errorCode(TO_CHECK, {}, as(fresh.founder))).toBe('FORBIDDEN');
    expect(await w.t.client.errorCode(TO_CHECK, {}, as(w.holder))).toBe('FORBIDDEN');
    expect(await w.t.client.errorCode(TO_CHECK, {})).toBe('UNAUTHENTICATED');
  });

  it('reminds the Area’s Catalysts once, on the 5th working day an item has waited', async () => {
    const drained = async () => {
      const queues = w.t.app.get(QueueService);
      const deadline = Date.now() + 15_000;
      for (;;) {
        let busy = false;
        for (const name of [QueueName.Reminders, QueueName.Mail]) {
          const counts = await queues.queue(name).getJobCounts('waiting', 'active', 'delayed', 'prioritized');
          busy ||= Object.values(counts).some((count) => count > 0);
        }
        if (!busy) return;
        if (Date.now() > deadline) throw new Error('queues did not drain');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    };
    const scan = async (asOf: string) => {
      await w.t.client.ok(RUN_SCAN, { asOf }, as(w.admin));
      await drained();
    };
    // Waiting since Tuesday 1 December (the ICO fee, sent back fixed at noon): Wednesday to Tuesday 8th.
    const ico = itemFor(freshList, 'ICO_DATA_PROTECTION_FEE');
    const reminders = () =>
      rows<{ title: string }>(
        `SELECT title FROM notifications WHERE user_id = $1 AND kind = 'CHECK_WAITING' AND ref_id = $2`,
        [w.catalyst.user.id, ico.id],
      );
    await scan('2026-12-07');
    expect(await reminders()).toEqual([]);
    await scan('2026-12-08');
    await scan('2026-12-08');
    await scan('2026-12-09');
    expect(await reminders()).toEqual([{ title: 'Waiting for your check: ICO data protection fee' }]);
    await w.t.mailbox.waitFor(w.catalyst.user.email, /Waiting for your check: ICO data protection fee/);

    // Checked: nothing more, even on a later matching day.
    await review(w.catalyst, { itemId: ico.id, decision: 'CHECKED' });
    await scan('2026-12-08');
    expect(await reminders()).toHaveLength(1);
  });
});
