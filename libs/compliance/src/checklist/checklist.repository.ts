import { Injectable } from '@nestjs/common';
import { Database } from '@small-places/platform';
import { EntityManager, In, SelectQueryBuilder } from 'typeorm';
import { ChecklistItemStatus } from '../dto/compliance.enums';
import { ChecklistReminderContext } from './checklist-reminder-messages';
import { ChecklistItem } from '../entities/checklist-item.entity';
import { RequirementOverride } from '../entities/requirement-override.entity';
import { Requirement } from '../entities/requirement.entity';

/** A reminder a checklist item triggers on a day (see ComplianceService.remindersOn). */
export interface ReminderHit {
  itemId: string;
  enterpriseId: string;
  areaId: string;
  memberId: string | null;
  requirementCode: string;
  /** DUE: an open item's due date; EXPIRY: done evidence running out; CHASE: an application in progress. */
  kind: 'DUE' | 'EXPIRY' | 'CHASE';
  /** The date the reminder is about: due or expiry date, or the day a chased application was sent. */
  on: string;
  /** Days from the reminder's day to `on`: 30, 7, 1, 0 before; negative once past (-7, -14... or -28, -56). */
  offsetDays: number;
}

/** A checklist item as its reminders describe it. */
export type ChecklistReminderItem = Omit<ChecklistReminderContext, 'enterpriseName' | 'catalystId'>;

interface ReminderRow {
  id: string;
  enterprise_id: string;
  area_id: string;
  member_id: string | null;
  requirement_code: string;
  status: ChecklistItemStatus;
  attention_on: string | null;
  attention_offset: number | null;
  in_progress_since: string | null;
  chase_offset: number | null;
}

/** The only place compliance talks SQL. */
@Injectable()
export class ChecklistRepository {
  catalogue(manager: EntityManager): Promise<Requirement[]> {
    return manager.getRepository(Requirement).find({ order: { position: 'ASC' } });
  }

  async catalogueByCode(manager: EntityManager): Promise<Map<string, Requirement>> {
    return new Map((await this.catalogue(manager)).map((requirement) => [requirement.code, requirement]));
  }

  override(manager: EntityManager, areaId: string, code: string): Promise<RequirementOverride | null> {
    return manager.getRepository(RequirementOverride).findOneBy({ areaId, requirementCode: code });
  }

  /** Applicable items of these enterprises with their requirements: one statement. */
  itemsOf(manager: EntityManager, enterpriseIds: readonly string[]): Promise<ChecklistItem[]> {
    if (enterpriseIds.length === 0) return Promise.resolve([]);
    return manager.getRepository(ChecklistItem).find({
      where: { enterpriseId: In([...enterpriseIds]), applicable: true },
      relations: { requirement: true },
    });
  }

  /** Items of these enterprises that have a date to show (due or expiring), nearest first: a calendar's. */
  datedItemsOf(
    manager: EntityManager,
    enterpriseIds: readonly string[],
    limit: number,
  ): Promise<ChecklistItem[]> {
    if (enterpriseIds.length === 0) return Promise.resolve([]);
    return manager
      .getRepository(ChecklistItem)
      .createQueryBuilder('item')
      .innerJoinAndSelect('item.requirement', 'requirement')
      .where('item.enterpriseId = ANY(:enterpriseIds::uuid[])', { enterpriseIds: [...enterpriseIds] })
      .andWhere('item.applicable AND item.attentionOn IS NOT NULL')
      .andWhere('item.status <> :waived', { waived: ChecklistItemStatus.WAIVED })
      .orderBy('item.attentionOn', 'ASC')
      .addOrderBy('item.id', 'ASC')
      .limit(limit)
      .getMany();
  }

  /** Every item of an enterprise, applicable or not, locked for a regeneration. */
  lockAllOf(tx: EntityManager, enterpriseId: string): Promise<ChecklistItem[]> {
    return tx
      .getRepository(ChecklistItem)
      .createQueryBuilder('item')
      .setLock('pessimistic_write')
      .where('item.enterpriseId = :enterpriseId', { enterpriseId })
      .getMany();
  }

  lockItem(tx: EntityManager, id: string): Promise<ChecklistItem | null> {
    return tx
      .getRepository(ChecklistItem)
      .findOne({ where: { id, applicable: true }, lock: { mode: 'pessimistic_write' } });
  }

  /** Items needing attention in a window, for the caseload queries; `areaIds` null means every Area. */
  attentionQuery(
    manager: EntityManager,
    areaIds: readonly string[] | null,
    window: { from?: string; to?: string; before?: string },
    statuses: readonly ChecklistItemStatus[],
  ): SelectQueryBuilder<ChecklistItem> {
    const query = manager
      .getRepository(ChecklistItem)
      .createQueryBuilder('item')
      .where('item.applicable')
      .andWhere('item.status IN (:...statuses)', { statuses })
      .andWhere('item.attentionOn IS NOT NULL');
    if (areaIds) query.andWhere('item.areaId IN (:...areaIds)', { areaIds });
    if (window.from) query.andWhere('item.attentionOn >= :from', { from: window.from });
    if (window.to) query.andWhere('item.attentionOn <= :to', { to: window.to });
    if (window.before) query.andWhere('item.attentionOn < :before', { before: window.before });
    return query;
  }

  /**
   * DONE items waiting for a Catalyst's check, unexpired on `today`; `areaIds` null means every Area. Served by
   * checklist_items_to_check_idx.
   */
  awaitingCheckQuery(
    manager: EntityManager,
    areaIds: readonly string[] | null,
    today: string,
  ): SelectQueryBuilder<ChecklistItem> {
    const query = manager
      .getRepository(ChecklistItem)
      .createQueryBuilder('item')
      .where('item.awaitingCheckSince IS NOT NULL')
      .andWhere('item.applicable')
      .andWhere('item.status = :done', { done: ChecklistItemStatus.DONE })
      .andWhere('(item.expiresOn IS NULL OR item.expiresOn >= :today)', { today });
    if (areaIds) query.andWhere('item.areaId IN (:...areaIds)', { areaIds });
    return query;
  }

  /** What the checklist reminders of a batch say, in one statement: item and requirement, by item id. */
  async reminderContexts(
    manager: EntityManager,
    itemIds: string[],
  ): Promise<Map<string, ChecklistReminderItem>> {
    if (itemIds.length === 0) return new Map();
    const rows: Array<ChecklistReminderItem & { id: string }> = await manager.query(
      `SELECT i.id, i.status, i.applicable, i.due_on::text AS "dueOn", i.expires_on::text AS "expiresOn",
              i.in_progress_since::text AS "inProgressSince", i.member_name AS "memberName",
              i.enterprise_id AS "enterpriseId", r.title, r.guidance, r.source_url AS "sourceUrl", r.mandatory
       FROM checklist_items i
       JOIN requirements r ON r.code = i.requirement_code
       WHERE i.id = ANY($1::uuid[])`,
      [[...new Set(itemIds)]],
    );
    return new Map(rows.map(({ id, ...item }) => [id, item]));
  }

  /**
   * The reminder scan's hits on `day`, a page of `pageSize` items at a time in item-id order: items whose date
   * is one of the offsets before it (the Area's override or the catalogue's), past dates weekly, applications in
   * progress every `chase_every_days`. Mirrors reminderOffsetOn and nextChaseOn (rules/due-dates.ts).
   *
   * Only the dates that can trigger a reminder today are looked up (the offsets, each week back to the oldest
   * date, each chase round back to the oldest application: a few dozen dates), through the partial indexes on
   * `attention_on` and on applications in progress, so a day's scan reads the few percent of items it reminds
   * about rather than every item; the exact rule then decides. One query, paged through a cursor.
   */
  async *remindersOn(db: Database, day: string, pageSize: number): AsyncGenerator<ReminderHit[]> {
    const [days]: Array<{ attention: string[]; chase: string[] }> = await db.manager.query(
      `SELECT ARRAY(SELECT $1::date + offsets.days
                      FROM (SELECT unnest(reminder_offsets_days) FROM requirements
                            UNION SELECT unnest(reminder_offsets_days) FROM requirement_overrides) offsets (days)
                    UNION
                    SELECT weeks.day::date
                      FROM generate_series($1::date - 7, (SELECT min(attention_on) FROM checklist_items
                                                           WHERE applicable), '-7 days') weeks (day)
              )::text[] AS attention,
              ARRAY(SELECT $1::date - chase.every * rounds.n
                      FROM (SELECT DISTINCT chase_every_days FROM requirements WHERE chase_every_days > 0) chase (every),
                           generate_series(1, ($1::date - (SELECT min(in_progress_since) FROM checklist_items
                                                           WHERE applicable AND status = 'IN_PROGRESS')) / chase.every)
                             rounds (n)
              )::text[] AS chase`,
      [day],
    );
    const pages = db.pages<ReminderRow>(
      `WITH hits AS (
         SELECT i.id, i.enterprise_id, i.area_id, i.member_id, i.requirement_code, i.status,
                i.attention_on, i.in_progress_since,
                i.attention_on - $1::date AS attention_offset,
                CASE WHEN i.status = 'IN_PROGRESS' AND r.chase_every_days IS NOT NULL
                       AND i.in_progress_since < $1::date
                       AND ($1::date - i.in_progress_since) % r.chase_every_days = 0
                     THEN i.in_progress_since - $1::date END AS chase_offset,
                coalesce(o.reminder_offsets_days, r.reminder_offsets_days) AS offsets
         FROM checklist_items i
         JOIN requirements r ON r.code = i.requirement_code
         LEFT JOIN requirement_overrides o ON o.area_id = i.area_id AND o.requirement_code = i.requirement_code
         WHERE i.applicable
           AND (i.attention_on = ANY($2::date[])
                OR i.status = 'IN_PROGRESS' AND i.in_progress_since = ANY($3::date[]))
       )
       SELECT id, enterprise_id, area_id, member_id, requirement_code, status,
              attention_on::text AS attention_on, in_progress_since::text AS in_progress_since,
              CASE WHEN attention_offset = ANY(offsets) OR (attention_offset < 0 AND attention_offset % 7 = 0)
                   THEN attention_offset END AS attention_offset,
              chase_offset
       FROM hits
       WHERE attention_offset = ANY(offsets) OR (attention_offset < 0 AND attention_offset % 7 = 0)
          OR chase_offset IS NOT NULL
       ORDER BY id`,
      [day, days.attention, days.chase],
      pageSize,
    );
    for await (const rows of pages) yield hitsOf(rows);
  }
}

/** A page of rows as hits: an item in progress may give a DUE and a CHASE hit. */
function hitsOf(rows: ReminderRow[]): ReminderHit[] {
  const hits: ReminderHit[] = [];
  for (const row of rows) {
    const base = {
      itemId: row.id,
      enterpriseId: row.enterprise_id,
      areaId: row.area_id,
      memberId: row.member_id,
      requirementCode: row.requirement_code,
    };
    if (row.attention_offset !== null && row.attention_on !== null) {
      const open = row.status === ChecklistItemStatus.TODO || row.status === ChecklistItemStatus.IN_PROGRESS;
      hits.push({
        ...base,
        kind: open ? 'DUE' : 'EXPIRY',
        on: row.attention_on,
        offsetDays: row.attention_offset,
      });
    }
    if (row.chase_offset !== null && row.in_progress_since !== null) {
      hits.push({ ...base, kind: 'CHASE', on: row.in_progress_since, offsetDays: row.chase_offset });
    }
  }
  return hits;
}
