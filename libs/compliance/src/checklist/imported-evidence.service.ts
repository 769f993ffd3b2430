import { Injectable } from '@nestjs/common';
import { addMonths, AuditEntry, AuditService, DomainEvents, RequestContext } from '@small-places/platform';
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
      if (!item || !holdsNewDate(item, entry)) continue;
      const requirement = await tx.getRepository(Requirement).findOneByOrFail({ code: item.requirementCode });
      const override = await this.checklists.override(tx, item.areaId, requirement.code);
      recordImportedDate(item, entry, requirement, override?.validityMonths ?? null, today, ctx.now);
      const saved = await tx.getRepository(ChecklistItem).save(item);
      await this.audit.record(tx, ctx, importedAudit(saved));
      await this.events.publish(tx, importedEvent(ctx, saved, requirement));
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

/** Whether an imported date would change the item: a waived item, or one holding that date, is left alone. */
export function holdsNewDate(item: ChecklistItem, entry: ImportedEvidence): boolean {
  if (item.status === ChecklistItemStatus.WAIVED) return false;
  if (entry.completedOn !== undefined) return entry.completedOn !== item.completedOn;
  return entry.expiresOn !== item.expiresOn;
}

/**
 * Records an imported date on an item, as a provider would (DONE, or EXPIRED once past; never checked). An
 * expiry alone (insurance renewal) began one validity period before it, or today if that is earlier; a date
 * done has its expiry from the requirement's validity, the Area's override winning.
 */
export function recordImportedDate(
  item: ChecklistItem,
  entry: ImportedEvidence,
  requirement: Requirement,
  overrideValidityMonths: number | null,
  today: string,
  now: Date,
): void {
  const validityMonths = overrideValidityMonths ?? requirement.validityMonths;
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
  settleCheckAfterChange(item, true, now);
}

/** The audit line of an item an import changed. */
export function importedAudit(item: ChecklistItem): AuditEntry {
  return {
    action: 'CHECKLIST_ITEM_CHANGED',
    recordType: 'ChecklistItem',
    recordId: item.id,
    detail: {
      enterpriseId: item.enterpriseId,
      memberId: item.memberId ?? null,
      status: item.status,
      imported: true,
    },
  };
}

/** The timeline line of an item an import changed. */
export function importedEvent(
  ctx: RequestContext,
  item: ChecklistItem,
  requirement: Requirement,
): ChecklistChanged {
  return new ChecklistChanged(
    { enterpriseId: item.enterpriseId, occurredAt: ctx.now, actorId: ctx.user?.id ?? null, refId: item.id },
    `${itemLabel(item, requirement)}: ${STATUS_IN_WORDS[item.status]} (imported)`,
  );
}
