import { Injectable } from '@nestjs/common';
import { Clock, conflict, Database, DomainEvents, isUuid } from '@small-places/platform';
import { EntityManager } from 'typeorm';
import { ChecklistRepository, ReminderHit } from './checklist/checklist.repository';
import { bearsOnCategory } from './checklist/checklist-generator';
import { blocksVerification, isOutstanding } from './checklist/compliance-standing';
import {
  inChecklistOrder,
  itemLabel,
  requirementOf,
  standingInput,
  toChecklistType,
} from './checklist/checklist-view';
import { ChecklistChanged, VerificationLapsed } from './compliance-events';
import { ChecklistItemStatus, ComplianceStatus } from './dto/compliance.enums';
import { ChecklistType } from './dto/compliance.types';
import { ChecklistItem } from './entities/checklist-item.entity';
import { Activity } from './vocabulary';

const { DONE, EXPIRED } = ChecklistItemStatus;

/** Reminder scan batches: big enough to keep round trips few, small enough to keep a batch's memory small. */
export const REMINDER_BATCH_SIZE = 1000;

/**
 * What other contexts ask of compliance: the CRM's stage gate and checklist statuses, the marketplace's
 * verified check (inside their own transaction), and the daily scan's lapses and reminders. The GraphQL use
 * cases live in ChecklistReads, ChecklistUpdates and RequirementOverrides; regeneration in
 * ChecklistRegeneration.
 */
@Injectable()
export class ComplianceService {
  constructor(
    private readonly db: Database,
    private readonly events: DomainEvents,
    private readonly clock: Clock,
    private readonly checklists: ChecklistRepository,
  ) {}

  /**
   * The pipeline gate for READY and TRADING: CONFLICT naming every mandatory item still to do before trading,
   * overdue or expired. WAIVED counts as done; HMRC deadlines that fall after trading starts count only once
   * they are overdue.
   */
  async assertReadyToTrade(tx: EntityManager, enterpriseId: string, today: string): Promise<void> {
    const items = await this.checklists.itemsOf(tx, [enterpriseId]);
    const outstanding = inChecklistOrder(items)
      .filter(({ item, requirement }) => isOutstanding(standingInput(item, requirement), today))
      .map(({ item, requirement }) => itemLabel(item, requirement));
    if (outstanding.length === 0) return;
    throw conflict(
      `This enterprise cannot move on until these are done: ${outstanding.join('; ')}. ` +
        'Record each one on the checklist, or ask the Catalyst to waive any that do not apply.',
    );
  }

  /** Checklists of many enterprises in one statement, for DataLoaders; every id gets one (empty if unknown). */
  async checklistsFor(enterpriseIds: readonly string[], today: string): Promise<Map<string, ChecklistType>> {
    const ids = [...new Set(enterpriseIds)].filter((id) => isUuid(id));
    const items = await this.checklists.itemsOf(this.db.manager, ids);
    const byEnterprise = new Map<string, ChecklistItem[]>(enterpriseIds.map((id) => [id, []]));
    for (const item of items) byEnterprise.get(item.enterpriseId)?.push(item);
    return new Map([...byEnterprise].map(([id, own]) => [id, toChecklistType(own, today)] as const));
  }

  /** Which of these enterprises have this compliance status today (for the CRM's enterprise filter). */
  async enterpriseIdsWithStatus(
    status: ComplianceStatus,
    amongEnterpriseIds: readonly string[],
    today: string,
  ): Promise<string[]> {
    const checklists = await this.checklistsFor(amongEnterpriseIds, today);
    return [...checklists].filter(([, checklist]) => checklist.status === status).map(([id]) => id);
  }

  /**
   * Whether a listing in this category may show as verified now: no mandatory item that bears on the
   * category (the enterprise's own, and those triggered by this activity) blocks verification (WAIVED, or
   * DONE, checked by a Catalyst and unexpired; see blocksVerification).
   */
  async isVerifiedFor(
    tx: EntityManager,
    enterpriseId: string,
    category: Activity,
    today: string,
  ): Promise<boolean> {
    if (!isUuid(enterpriseId)) return false;
    const items = await this.checklists.itemsOf(tx, [enterpriseId]);
    if (items.length === 0) return false;
    return items.every((item) => {
      const requirement = requirementOf(item);
      return (
        !bearsOnCategory(requirement.trigger, category) ||
        !blocksVerification(standingInput(item, requirement), today)
      );
    });
  }

  /**
   * The reminder scan's source: every reminder that checklist items trigger on `day`, in pages covering at
   * most `batchSize` items (an item in progress may give a DUE and a CHASE hit), in item-id order. One query
   * read through a cursor outside any write transaction, so a scan over a million items holds no locks and
   * little memory; after a crash, run it again (the reminder key `(itemId, on, offsetDays)` makes sending
   * idempotent).
   */
  remindersOn(day: string, batchSize = REMINDER_BATCH_SIZE): AsyncGenerator<ReminderHit[]> {
    return this.checklists.remindersOn(this.db, day, batchSize);
  }

  /**
   * Marks DONE items whose evidence ran out before `today` as EXPIRED and announces each lapse, so the
   * marketplace hides affected listings and the notifications tell the provider and the Catalyst. For the
   * daily scan; reads already show such items as EXPIRED without it.
   */
  async expireLapsedItems(today: string, now: Date = this.clock.now()): Promise<number> {
    return this.db.transaction(async (tx) => {
      const lapsed = await tx
        .getRepository(ChecklistItem)
        .createQueryBuilder('item')
        .innerJoinAndSelect('item.requirement', 'requirement')
        // Items someone is updating right now are left for tomorrow's run rather than waited for.
        .setLock('pessimistic_write', undefined, ['item'])
        .setOnLocked('skip_locked')
        .where('item.applicable AND item.status = :done AND item.expiresOn < :today', { done: DONE, today })
        .getMany();
      if (lapsed.length === 0) return 0;
      await tx.getRepository(ChecklistItem).update(
        lapsed.map((item) => item.id),
        { status: EXPIRED },
      );
      for (const item of lapsed) {
        const label = itemLabel(item, requirementOf(item));
        const fields = { enterpriseId: item.enterpriseId, occurredAt: now, actorId: null, refId: item.id };
        await this.events.publish(tx, new ChecklistChanged(fields, `${label}: expired`));
        await this.events.publish(
          tx,
          new VerificationLapsed(
            fields,
            `${label} expired on ${item.expiresOn}; renew it to be verified again.`,
          ),
        );
      }
      return lapsed.length;
    });
  }
}
