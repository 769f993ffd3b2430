import { ComplianceService, ReminderHit, reminderOffsetOn } from '@small-places/compliance';
import { addDays } from '@small-places/platform';
import { ComplianceWorld, complianceWorld, enterpriseWithFounder, SET_OVERRIDE } from './compliance-fixture';

interface ItemRow {
  id: string;
  status: string;
  attention_on: string | null;
  in_progress_since: string | null;
  offsets: number[];
  chase_every_days: number | null;
}

/**
 * The daily scan looks up only the dates that can remind on a day (docs/reminders.md). Whatever that lookup
 * leaves out must be nothing the rules would remind about: over items in every state with dates spread over a
 * year, and an Area with its own offsets, the scan finds exactly what the pure rules (reminderOffsetOn, the
 * chase every `chase_every_days`) say, on each of 120 days.
 */
describe('the reminder scan agrees with the due-date rules', () => {
  let w: ComplianceWorld;
  let compliance: ComplianceService;

  beforeAll(async () => {
    w = await complianceWorld();
    compliance = w.t.app.get(ComplianceService);
    for (let n = 0; n < 6; n += 1) await enterpriseWithFounder(w, { name: `Scan Care ${n}` });
    await w.t.client.ok(
      SET_OVERRIDE,
      {
        input: {
          areaId: w.areaId,
          code: 'DBS_ENHANCED',
          validityMonths: 12,
          reminderOffsetsDays: [60, 14, 3],
        },
      },
      { token: w.admin.accessToken },
    );
    // Every state, and dates from 200 days before to 200 days after 1 December 2026, from a hash of the id.
    await w.t.dataSource.query(
      `UPDATE checklist_items SET
         status = (ARRAY['TODO', 'IN_PROGRESS', 'DONE', 'EXPIRED', 'WAIVED'])[1 + abs(hashtext(id::text)) % 5],
         waived_reason = 'Does not apply',
         due_on = DATE '2026-12-01' + (abs(hashtext(id::text || 'due')) % 400 - 200),
         expires_on = DATE '2026-12-01' + (abs(hashtext(id::text || 'expires')) % 400 - 200),
         in_progress_since = DATE '2026-12-01' - (abs(hashtext(id::text || 'sent')) % 200)`,
    );
  });

  afterAll(() => w?.t.close());

  /** What the rules say, item by item in JavaScript, over every applicable item. */
  async function byTheRules(day: string): Promise<ReminderHit[]> {
    const items: ItemRow[] = await w.t.dataSource.query(
      `SELECT i.id, i.status, i.attention_on::text AS attention_on, i.in_progress_since::text AS in_progress_since,
              coalesce(o.reminder_offsets_days, r.reminder_offsets_days) AS offsets, r.chase_every_days
         FROM checklist_items i
         JOIN requirements r ON r.code = i.requirement_code
         LEFT JOIN requirement_overrides o ON o.area_id = i.area_id AND o.requirement_code = i.requirement_code
        WHERE i.applicable`,
    );
    const hits: ReminderHit[] = [];
    for (const item of items) {
      const offset =
        item.attention_on === null ? null : reminderOffsetOn(item.attention_on, day, item.offsets);
      if (offset !== null) {
        const open = item.status === 'TODO' || item.status === 'IN_PROGRESS';
        hits.push(hit(item.id, open ? 'DUE' : 'EXPIRY', item.attention_on!, offset));
      }
      const sent = item.in_progress_since;
      if (item.status === 'IN_PROGRESS' && item.chase_every_days && sent && sent < day) {
        const elapsed = (Date.parse(day) - Date.parse(sent)) / 86_400_000;
        if (elapsed % item.chase_every_days === 0) hits.push(hit(item.id, 'CHASE', sent, -elapsed));
      }
    }
    return sorted(hits);
  }

  it('finds exactly the reminders the rules give, day after day', async () => {
    const [{ count }] = await w.t.dataSource.query(
      `SELECT count(DISTINCT status)::int AS count FROM checklist_items WHERE applicable`,
    );
    expect(count).toBe(5);
    let found = 0;
    for (let n = 0; n < 120; n += 1) {
      const day = addDays('2026-10-01', n);
      const scanned: ReminderHit[] = [];
      for await (const page of compliance.remindersOn(day, 7)) scanned.push(...page);
      const expected = await byTheRules(day);
      expect({ day, hits: sorted(scanned).map(short) }).toEqual({ day, hits: expected.map(short) });
      found += expected.length;
    }
    // Enough reminders of every kind that agreeing means something.
    expect(found).toBeGreaterThan(200);
  });
});

function hit(itemId: string, kind: ReminderHit['kind'], on: string, offsetDays: number): ReminderHit {
  return { itemId, kind, on, offsetDays } as ReminderHit;
}

function short(hit: ReminderHit) {
  return `${hit.itemId} ${hit.kind} ${hit.on} ${hit.offsetDays}`;
}

function sorted(hits: ReminderHit[]): ReminderHit[] {
  return [...hits].sort((a, b) => short(a).localeCompare(short(b)));
}
