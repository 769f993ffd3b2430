import { Injectable } from '@nestjs/common';
import { AccessService, GrantKind } from '@small-places/identity';
import { NotificationKind, NotificationService } from '@small-places/notifications';
import {
  AuditService,
  badInput,
  causedBy,
  conflict,
  Database,
  DomainEvents,
  forbidden,
  londonDate,
  RequestContext,
} from '@small-places/platform';
import { ChecklistItemChecked, ChecklistItemReturned, VerificationLapsed } from '../compliance-events';
import { ChecklistItemStatus, ReviewDecision } from '../dto/compliance.enums';
import { ReviewChecklistItemInput } from '../dto/compliance.inputs';
import { ChecklistItemType } from '../dto/compliance.types';
import { ChecklistItem } from '../entities/checklist-item.entity';
import { EvidenceFile } from '../entities/evidence-file.entity';
import { itemLabel, toChecklistItemType } from './checklist-view';
import { ChecklistItemLocks } from './checklist-item-locks';
import { effectiveStatus } from './compliance-standing';

/**
 * A Catalyst's check of a DONE item (issue 15; docs/compliance.md, "The Catalyst's check"): CHECKED after
 * seeing its evidence (a reference, a file or both: with neither there is nothing to check), or RETURNED to the provider with what to fix.
 */
@Injectable()
export class ChecklistReviews {
  constructor(
    private readonly db: Database,
    private readonly access: AccessService,
    private readonly events: DomainEvents,
    private readonly items: ChecklistItemLocks,
    private readonly audit: AuditService,
    private readonly notifications: NotificationService,
  ) {}

  async review(ctx: RequestContext, input: ReviewChecklistItemInput): Promise<ChecklistItemType> {
    const today = londonDate(ctx.now);
    return this.db.transaction(async (tx) => {
      const { item, areaId, requirement } = await this.items.lockForChange(tx, ctx, input.itemId);
      if (!(await this.access.isCatalystOf(tx, ctx, areaId))) {
        throw forbidden('Only a Catalyst of this Area can check an item. Your Catalyst will check it.');
      }
      const label = itemLabel(item, requirement);
      if (effectiveStatus(item.status, item.expiresOn, today) !== ChecklistItemStatus.DONE) {
        throw conflict(
          `${label} is not recorded as done (and in date), so there is nothing to check yet. ` +
            'Ask the provider to record it first.',
        );
      }
      const wasChecked = item.checkedAt !== null;
      const fields = causedBy(ctx, item.enterpriseId, item.id);

      if (input.decision === ReviewDecision.CHECKED) {
        if (wasChecked) return toChecklistItemType(item, requirement, today);
        if (
          !item.reference &&
          !(await tx.getRepository(EvidenceFile).existsBy({ checklistItemId: item.id }))
        ) {
          throw badInput(
            'There is nothing to check: no reference and no document. Return it and ask the provider for ' +
              'the certificate, policy or registration number, or a photo or copy of it.',
            { itemId: ['has no reference and no evidence file'] },
          );
        }
        Object.assign(item, {
          checkedAt: ctx.now,
          checkedById: ctx.signedIn.id,
          returnedAt: null,
          returnedById: null,
          returnedReason: null,
          awaitingCheckSince: null,
        });
      } else {
        if (!input.reason) {
          throw badInput('Say what the provider needs to fix, so they can put it right.', {
            reason: ['is needed to return an item'],
          });
        }
        Object.assign(item, {
          checkedAt: null,
          checkedById: null,
          returnedAt: ctx.now,
          returnedById: ctx.signedIn.id,
          returnedReason: input.reason,
          awaitingCheckSince: null,
        });
      }
      const saved = await tx.getRepository(ChecklistItem).save(item);
      await this.audit.record(tx, ctx, {
        action:
          input.decision === ReviewDecision.CHECKED ? 'CHECKLIST_ITEM_CHECKED' : 'CHECKLIST_ITEM_RETURNED',
        recordType: 'ChecklistItem',
        recordId: saved.id,
        detail: { enterpriseId: saved.enterpriseId, memberId: saved.memberId ?? null },
      });

      if (input.decision === ReviewDecision.CHECKED) {
        await this.events.publish(tx, new ChecklistItemChecked(fields, `${label}: checked by a Catalyst`));
      } else {
        await this.events.publish(
          tx,
          new ChecklistItemReturned(fields, `${label}: returned to be fixed: ${input.reason}`),
        );
        if (wasChecked && requirement.mandatory) {
          await this.events.publish(
            tx,
            new VerificationLapsed(
              fields,
              `${label} was returned; listings that need it are no longer verified.`,
            ),
          );
        }
        await this.notifications.notify(tx, {
          userIds: await this.access.holdersOf(tx, GrantKind.MemberOfEnterprise, saved.enterpriseId),
          kind: NotificationKind.CHECK_RETURNED,
          title: `Please fix: ${label}`,
          body:
            `Your Catalyst looked at “${label}” on your checklist and needs you to fix something: ` +
            `${input.reason} ` +
            'Update the item on your checklist (its dates, reference or documents); it goes back to your ' +
            'Catalyst to check.',
          email: true,
          refId: saved.id,
        });
      }
      return toChecklistItemType(saved, requirement, today);
    });
  }
}
