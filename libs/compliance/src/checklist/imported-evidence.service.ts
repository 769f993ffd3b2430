import { Injectable } from '@nestjs/common';
import { addMonths, AuditService, DomainEvents, RequestContext } from '@small-places/platform';
import { EntityManager } from 'typeorm';
import { ChecklistItemStatus } from '../dto/compliance.enums';
import { ChecklistItem } from '../entities/checklist-item.entity';
import { Requirement } from '../entities/requirement.entity';
import { expiresOnFor } from '../rules/due-dates';
import { settleCheckAfterChange } from './item-check';
import { ChecklistRepository } from './checklist.repository';
import { itemLabel, STATUS_IN_WORDS } from './checklist-view';
import { ChecklistChanged } from '../compliance-events';

/** A date a spreadsheet knew about one checklist item: when it was done, or when it runs out. */
export interface ImportedEvidence {
  requirementCode: string;
  /** For items per member (DBS): whose. */
  memberId?: string | null;
  completedOn?: string;
  expiresOn?: string;
}

const NOTE = 'Recorded from an imported spreadsheet; not yet checked by a Catalyst.';

/**
 * Records dates from a caseload import on an enterprise's checklist, as evidence a provider would record
 * (DONE, or EXPIRED when the date has passed), never as checked. An item already holding the same date is
 * left alone, so importing the same file twice changes nothing. Runs inside the importer's transaction.
 */
@Injectable()
export class ImportedEvidenceService {
  constructor(
    private readonly checklists: ChecklistRepository,
    private readonly audit: AuditService,
    private readonly events: DomainEvents,
  ) {}

  /** How many items it changed. */
  async record(
    tx: EntityManager,
    ctx: RequestContext,
    enterpriseId: string,
    evidence: ImportedEvidence[],
    today: string,
  ): Promise<number> {
    let changed = 0;
    for (const entry of evidence) {
      const item = await tx.getRepository(ChecklistItem).findOne({
        where: {
          enterpriseId,
          requirementCode: entry.requirementCode,
          applicable: true,
          ...(entry.memberId ? { memberId: entry.memberId } : {}),
        },
        lock: { mode: 'pessimistic_write' },
      });
      if (!item || item.status === ChecklistItemStatus.WAIVED) continue;
      if (entry.completedOn !== undefined && entry.completedOn === item.completedOn) continue;
      if (entry.completedOn === undefined && entry.expiresOn === item.expiresOn) continue;
      const requirement = await tx.getRepository(Requirement).findOneByOrFail({ code: item.requirementCode });
      const override = await this.checklists.override(tx, item.areaId, requirement.code);
      const validityMonths = override?.validityMonths ?? requirement.validityMonths;
      let completedOn = entry.completedOn;
      let expiresOn = entry.expiresOn ?? null;
      if (completedOn === undefined) {
        // Only the expiry is known (insurance renewal dates): it began one validity period before, not later than today.
        const began = validityMonths ? addMonths(expiresOn!, -validityMonths) : today;
        completedOn = began < today ? began : today;
      } else if (expiresOn === null) {
        expiresOn = expiresOnFor(validityMonths, requirement.validityFrom, completedOn, item.dueOn);
      }
      const status =
        expiresOn !== null && expiresOn < today ? ChecklistItemStatus.EXPIRED : ChecklistItemStatus.DONE;
      Object.assign(item, {
        status,
        completedOn,
        expiresOn,
        expiryFromRule: entry.expiresOn === undefined,
        inProgressSince: null,
        note: item.note ?? NOTE,
      });
      settleCheckAfterChange(item, true, ctx.now);
      const saved = await tx.getRepository(ChecklistItem).save(item);
      await this.audit.record(tx, ctx, {
        action: 'CHECKLIST_ITEM_CHANGED',
        recordType: 'ChecklistItem',
        recordId: saved.id,
        detail: { enterpriseId, memberId: saved.memberId ?? null, status: saved.status, imported: true },
      });
      await this.events.publish(
        tx,
        new ChecklistChanged(
          { enterpriseId, occurredAt: ctx.now, actorId: ctx.user?.id ?? null, refId: saved.id },
          `${itemLabel(saved, requirement)}: ${STATUS_IN_WORDS[saved.status]} (imported)`,
        ),
      );
      changed += 1;
    }
    return changed;
  }

  /** The dates an enterprise's checklist holds now, by requirement (and member), for comparisons and export. */
  async datesOf(
    tx: EntityManager,
    enterpriseIds: readonly string[],
  ): Promise<
    Pick<
      ChecklistItem,
      'enterpriseId' | 'memberId' | 'requirementCode' | 'status' | 'completedOn' | 'expiresOn'
    >[]
  > {
    if (enterpriseIds.length === 0) return [];
    return tx
      .getRepository(ChecklistItem)
      .createQueryBuilder('item')
      .select([
        'item.enterpriseId',
        'item.memberId',
        'item.requirementCode',
        'item.status',
        'item.completedOn',
        'item.expiresOn',
      ])
      .where('item.enterpriseId IN (:...ids) AND item.applicable', { ids: [...enterpriseIds] })
      .getMany();
  }
}
