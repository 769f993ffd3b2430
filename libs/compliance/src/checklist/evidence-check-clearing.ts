import { Injectable } from '@nestjs/common';
import {
  DomainEvent,
  DomainEvents,
  DomainEventSubscriber,
  isUuid,
  SubscribesTo,
} from '@small-places/platform';
import { EntityManager } from 'typeorm';
import { ChecklistChanged, ChecklistEvidenceChanged, VerificationLapsed } from '../compliance-events';
import { ChecklistItem } from '../entities/checklist-item.entity';
import { requirementOf, itemLabel } from './checklist-view';
import { ChecklistRepository } from './checklist.repository';
import { settleCheckAfterChange } from './item-check';

/**
 * A provider attached or removed an evidence file (CHECKLIST_EVIDENCE_CHANGED, in the upload's transaction):
 * the item's check no longer stands, and a DONE item waits for a fresh one. Listings recompute (and hide,
 * when the check was lost on a mandatory item), as after any other change.
 */
@Injectable()
@SubscribesTo([ChecklistEvidenceChanged])
export class EvidenceCheckClearing implements DomainEventSubscriber {
  constructor(
    private readonly events: DomainEvents,
    private readonly checklists: ChecklistRepository,
  ) {}

  async on(tx: EntityManager, event: DomainEvent): Promise<void> {
    if (!event.refId || !isUuid(event.refId)) return;
    const item = await this.checklists.lockItem(tx, event.refId);
    if (!item) return;
    const checkLost = settleCheckAfterChange(item, true, event.occurredAt);
    await tx.getRepository(ChecklistItem).save(item);
    const requirement = requirementOf(item, await this.checklists.catalogueByCode(tx));
    const label = itemLabel(item, requirement);
    const fields = { ...event, refId: item.id, enterpriseId: item.enterpriseId };
    if (!checkLost) return;
    await this.events.publish(
      tx,
      new ChecklistChanged(fields, `${label}: documents changed since it was checked`),
    );
    if (requirement.mandatory) {
      await this.events.publish(
        tx,
        new VerificationLapsed(
          fields,
          `${label} changed since a Catalyst checked it; listings that need it are not verified until it is checked again.`,
        ),
      );
    }
  }
}
