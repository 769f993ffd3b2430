import { Injectable } from '@nestjs/common';
import { AuditService, DomainEvents, londonDate, RequestContext } from '@small-places/platform';
import { EntityManager } from 'typeorm';
import { ChecklistChanged, VerificationLapsed } from '../compliance-events';
import { ChecklistItemStatus } from '../dto/compliance.enums';
import { EnterpriseFacts } from '../enterprise-facts';
import { EvidenceFiles } from '../evidence/evidence-files';
import { ChecklistItem } from '../entities/checklist-item.entity';
import { RequiredItem, requiredItems } from './checklist-generator';
import { ChecklistRepository } from './checklist.repository';
import { blocksVerification } from './compliance-standing';
import {
  holdsNewDate,
  ImportedEvidence,
  importedAudit,
  importedEvent,
  recordImportedDate,
} from './imported-evidence.service';

const { TODO } = ChecklistItemStatus;

/** An enterprise's checklist made from its facts; the CRM calls it in its own transaction when they change. */
@Injectable()
export class ChecklistRegeneration {
  constructor(
    private readonly events: DomainEvents,
    private readonly checklists: ChecklistRepository,
    private readonly evidence: EvidenceFiles,
    private readonly audit: AuditService,
  ) {}

  /**
   * A new enterprise's first checklist in one statement, with the dates an import knew already recorded on it
   * as `ImportedEvidenceService.record` would record them afterwards (its audit lines and timeline entries
   * too), without reading back what was just written. How many items the dates changed.
   */
  async generateFirst(
    tx: EntityManager,
    ctx: RequestContext,
    facts: EnterpriseFacts,
    evidence: readonly ImportedEvidence[] = [],
  ): Promise<number> {
    const today = londonDate(ctx.now);
    const rules = await this.checklists.rulesOf(tx, facts.areaId);
    const items = requiredItems(facts, rules.catalogue).map((required) =>
      tx.getRepository(ChecklistItem).create({
        ...newItemOf(facts, required),
        // Whole, as read back from the table: the imported dates and their audit lines read these.
        expiresOn: null,
        expiryFromRule: false,
        completedOn: null,
        inProgressSince: null,
        reference: null,
        note: null,
        waivedReason: null,
        waivedById: null,
        checkedAt: null,
        checkedById: null,
        returnedAt: null,
        returnedById: null,
        returnedReason: null,
        awaitingCheckSince: null,
      }),
    );
    if (items.length === 0) return 0;
    const dated: ChecklistItem[] = [];
    for (const entry of evidence) {
      // As `record` finds it: the applicable item of that requirement (and member, when one is named).
      const item = items.find(
        (candidate) =>
          candidate.requirementCode === entry.requirementCode &&
          (!entry.memberId || candidate.memberId === entry.memberId),
      );
      if (!item || !holdsNewDate(item, entry)) continue;
      const requirement = rules.byCode.get(item.requirementCode)!;
      const override = rules.overrides.get(item.requirementCode);
      recordImportedDate(item, entry, requirement, override?.validityMonths ?? null, today, ctx.now);
      dated.push(item);
    }
    // TypeORM fills each item's generated id from the statement's RETURNING, for the audit lines and events.
    await tx.getRepository(ChecklistItem).insert(items);
    if (dated.length === 0) return 0;
    await this.audit.record(tx, ctx, dated.map(importedAudit));
    await this.events.publishAll(
      tx,
      dated.map((item) => importedEvent(ctx, item, rules.byCode.get(item.requirementCode)!)),
    );
    return dated.length;
  }

  async regenerate(tx: EntityManager, facts: EnterpriseFacts, now: Date): Promise<void> {
    const today = londonDate(now);
    const catalogue = await this.checklists.catalogue(tx);
    const requirements = new Map(catalogue.map((requirement) => [requirement.code, requirement]));
    const existing = await this.checklists.lockAllOf(tx, facts.id);
    const keyOf = (code: string, memberId: string | null) => `${code}/${memberId ?? ''}`;
    const unmatched = new Map(existing.map((item) => [keyOf(item.requirementCode, item.memberId), item]));
    const repository = tx.getRepository(ChecklistItem);

    const added: RequiredItem[] = [];
    const changed: ChecklistItem[] = [];
    /** Items with evidence that were out of sight and apply again. */
    const restored: ChecklistItem[] = [];
    for (const required of requiredItems(facts, catalogue)) {
      const key = keyOf(required.requirementCode, required.memberId);
      const item = unmatched.get(key);
      unmatched.delete(key);
      if (!item) {
        added.push(required);
        continue;
      }
      if (!item.applicable) restored.push(item);
      if (
        !item.applicable ||
        item.areaId !== facts.areaId ||
        item.memberName !== required.memberName ||
        item.dueOn !== required.dueOn
      ) {
        Object.assign(item, {
          applicable: true,
          areaId: facts.areaId,
          memberName: required.memberName,
          dueOn: required.dueOn,
        });
        changed.push(item);
      }
    }
    const gone = [...unmatched.values()];
    const kept = gone.filter((item) => hasEvidence(item) && item.applicable);
    const removable = gone.filter((item) => !hasEvidence(item));

    if (added.length > 0) {
      await repository
        .createQueryBuilder()
        .insert()
        .values(added.map((required) => newItemOf(facts, required)))
        .orIgnore()
        .execute();
    }
    for (const item of kept) item.applicable = false;
    // One at a time: TypeORM saves an array with parallel queries on one connection, which pg deprecates.
    for (const item of [...changed, ...kept]) await repository.save(item);
    if (removable.length > 0) {
      await this.evidence.forgetWithItems(
        tx,
        removable.map((item) => item.id),
      );
      await repository.delete(removable.map((item) => item.id));
    }

    // The first generation is part of creating the enterprise, which the CRM announces itself.
    const appeared = added.length + restored.length;
    const disappeared = kept.length + removable.length;
    if (existing.length === 0 || appeared + disappeared === 0) return;
    const summary = [
      appeared > 0 ? `${appeared} added` : null,
      disappeared > 0 ? `${disappeared} no longer needed` : null,
    ]
      .filter(Boolean)
      .join(', ');
    const fields = { enterpriseId: facts.id, occurredAt: now, actorId: null, refId: null };
    await this.events.publish(tx, new ChecklistChanged(fields, `Checklist updated: ${summary}`));
    const appearing = [
      ...added.map((required) => ({
        status: TODO,
        dueOn: required.dueOn,
        expiresOn: null,
        checked: false,
        code: required.requirementCode,
      })),
      ...restored.map((item) => ({
        status: item.status,
        dueOn: item.dueOn,
        expiresOn: item.expiresOn,
        checked: item.checkedAt !== null,
        code: item.requirementCode,
      })),
    ];
    const lapses = appearing.some(({ code, ...standing }) => {
      const requirement = requirements.get(code);
      if (!requirement) return false;
      const { mandatory, beforeTrading } = requirement;
      return blocksVerification({ ...standing, mandatory, beforeTrading }, today);
    });
    if (lapses) {
      await this.events.publish(
        tx,
        new VerificationLapsed(
          fields,
          'New checklist items must be done before listings show as verified again.',
        ),
      );
    }
  }
}

function hasEvidence(item: ChecklistItem): boolean {
  return (
    item.status !== TODO ||
    item.completedOn !== null ||
    item.reference !== null ||
    item.note !== null ||
    item.waivedReason !== null
  );
}

/** A required item as a new row: to do, applicable, due on its rule's date. */
function newItemOf(facts: EnterpriseFacts, required: RequiredItem) {
  return {
    enterpriseId: facts.id,
    areaId: facts.areaId,
    memberId: required.memberId,
    memberName: required.memberName,
    requirementCode: required.requirementCode,
    status: TODO,
    applicable: true,
    dueOn: required.dueOn,
  };
}
