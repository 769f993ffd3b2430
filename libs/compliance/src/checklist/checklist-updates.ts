import { Injectable } from '@nestjs/common';
import { AccessService } from '@small-places/identity';
import {
  addDays,
  AuditService,
  badInput,
  causedBy,
  Database,
  DomainEvents,
  forbidden,
  londonDate,
  RequestContext,
} from '@small-places/platform';
import { EntityManager } from 'typeorm';
import { ChecklistChanged, VerificationLapsed } from '../compliance-events';
import { ChecklistItemStatus } from '../dto/compliance.enums';
import { UpdateChecklistItemInput } from '../dto/compliance.inputs';
import { ChecklistItemType } from '../dto/compliance.types';
import { ChecklistItem } from '../entities/checklist-item.entity';
import { Requirement } from '../entities/requirement.entity';
import { expiresOnFor, latestExpiryFor } from '../rules/due-dates';
import { itemLabel, STATUS_IN_WORDS, toChecklistItemType } from './checklist-view';
import { ChecklistItemLocks } from './checklist-item-locks';
import { ChecklistRepository } from './checklist.repository';
import { effectiveStatus, isOpen } from './compliance-standing';
import { checkedContentOf, settleCheckAfterChange } from './item-check';

const { TODO, IN_PROGRESS, DONE, WAIVED, EXPIRED } = ChecklistItemStatus;

/** Progress and evidence recorded on a checklist item by its enterprise's members or its Catalyst. */
@Injectable()
export class ChecklistUpdates {
  constructor(
    private readonly db: Database,
    private readonly access: AccessService,
    private readonly events: DomainEvents,
    private readonly checklists: ChecklistRepository,
    private readonly items: ChecklistItemLocks,
    private readonly audit: AuditService,
  ) {}

  /** Records progress or evidence on an item (UpdateChecklistItem); see docs/compliance.md for the rules. */
  async updateItem(ctx: RequestContext, input: UpdateChecklistItemInput): Promise<ChecklistItemType> {
    const today = londonDate(ctx.now);
    return this.db.transaction(async (tx) => {
      const { item, areaId, requirement } = await this.items.lockForChange(tx, ctx, input.itemId);
      const before = effectiveStatus(item.status, item.expiresOn, today);
      const contentBefore = checkedContentOf(item);

      assertFieldsFitStatus(input);
      for (const [field, value] of [
        ['completedOn', input.completedOn],
        ['startedOn', input.startedOn],
      ] as const) {
        if (value !== undefined && value !== null && value > today) {
          throw badInput('That date is in the future. Record it on or after the day it happens.', {
            [field]: ['is in the future'],
          });
        }
      }
      if (input.reference !== undefined) item.reference = input.reference || null;
      if (input.note !== undefined) item.note = input.note || null;

      switch (input.status) {
        case TODO:
          this.reopen(item, TODO, null);
          break;
        case IN_PROGRESS:
          this.reopen(
            item,
            IN_PROGRESS,
            input.startedOn ?? (item.status === IN_PROGRESS ? item.inProgressSince : null) ?? today,
          );
          break;
        case DONE:
          await this.recordDone(tx, item, requirement, input, today);
          break;
        case WAIVED:
          if (!(await this.access.isCatalystOf(tx, ctx, areaId))) {
            throw forbidden(
              'Only a Catalyst of this Area can waive a requirement. Ask your Catalyst to confirm it.',
            );
          }
          if (!input.waivedReason) {
            throw badInput('Say why this requirement does not apply, for example which CQC exemption.', {
              waivedReason: ['is needed to waive'],
            });
          }
          Object.assign(item, {
            status: WAIVED,
            waivedReason: input.waivedReason,
            waivedById: ctx.signedIn.id,
            completedOn: null,
            expiresOn: null,
            expiryFromRule: false,
            inProgressSince: null,
          });
          break;
        case EXPIRED:
          this.recordExpired(item, before, input, today);
          break;
      }
      const checkLost = settleCheckAfterChange(item, checkedContentOf(item) !== contentBefore, ctx.now);
      const saved = await tx.getRepository(ChecklistItem).save(item);
      await this.audit.record(tx, ctx, {
        action: 'CHECKLIST_ITEM_CHANGED',
        recordType: 'ChecklistItem',
        recordId: saved.id,
        detail: { enterpriseId: saved.enterpriseId, memberId: saved.memberId ?? null, status: saved.status },
      });

      const after = effectiveStatus(saved.status, saved.expiresOn, today);
      const label = itemLabel(saved, requirement);
      const fields = causedBy(ctx, saved.enterpriseId, saved.id);
      await this.events.publish(tx, new ChecklistChanged(fields, `${label}: ${STATUS_IN_WORDS[after]}`));
      const expired = after === EXPIRED && before !== EXPIRED;
      const reopened = (before === DONE || before === WAIVED) && isOpen(after);
      if (expired || reopened) {
        const what = expired ? 'has expired' : `is ${STATUS_IN_WORDS[after]} again`;
        await this.events.publish(
          tx,
          new VerificationLapsed(fields, `${label} ${what}; listings that need it are no longer verified.`),
        );
      } else if (checkLost && requirement.mandatory) {
        await this.events.publish(
          tx,
          new VerificationLapsed(
            fields,
            `${label} changed since a Catalyst checked it; listings that need it are not verified until it is checked again.`,
          ),
        );
      }
      return toChecklistItemType(saved, requirement, today);
    });
  }

  private reopen(item: ChecklistItem, status: ChecklistItemStatus, inProgressSince: string | null): void {
    Object.assign(item, {
      status,
      inProgressSince,
      completedOn: null,
      expiresOn: null,
      expiryFromRule: false,
      waivedReason: null,
      waivedById: null,
    });
  }

  private async recordDone(
    tx: EntityManager,
    item: ChecklistItem,
    requirement: Requirement,
    input: UpdateChecklistItemInput,
    today: string,
  ): Promise<void> {
    const completedOn = input.completedOn ?? today;
    const override = await this.checklists.override(tx, item.areaId, requirement.code);
    const validityMonths = override?.validityMonths ?? requirement.validityMonths;
    const renewing = (item.status === DONE || item.status === EXPIRED) && item.expiresOn !== null;
    const currentDeadline = renewing ? item.expiresOn : item.dueOn;
    const expiresOn =
      input.expiresOn ?? expiresOnFor(validityMonths, requirement.validityFrom, completedOn, currentDeadline);
    if (expiresOn !== null && expiresOn < completedOn) {
      throw badInput('The expiry date is before the completion date. Check both dates.', {
        expiresOn: ['is before completedOn'],
      });
    }
    const latest = latestExpiryFor(validityMonths, requirement.validityFrom, completedOn, currentDeadline);
    if (expiresOn !== null && expiresOn > latest) {
      throw badInput(
        `This evidence can count until ${latest} at the latest: that is as long as it stays valid from ${completedOn}. Check the expiry date.`,
        { expiresOn: ['is later than the requirement’s validity allows'] },
      );
    }
    if (expiresOn !== null && expiresOn < today) {
      throw badInput(`This evidence ran out on ${expiresOn}. Renew it, then record the new one.`, {
        expiresOn: ['is in the past'],
      });
    }
    Object.assign(item, {
      status: DONE,
      completedOn,
      expiresOn,
      expiryFromRule: (input.expiresOn ?? null) === null,
      inProgressSince: null,
      waivedReason: null,
      waivedById: null,
    });
  }

  /** Someone says evidence is no longer good (a policy cancelled): it reads as expired from today. */
  private recordExpired(
    item: ChecklistItem,
    before: ChecklistItemStatus,
    input: UpdateChecklistItemInput,
    today: string,
  ): void {
    if (before !== DONE && before !== EXPIRED) {
      throw badInput('Only something recorded as done can expire. Choose TODO instead.', {
        status: ['can be EXPIRED only after DONE'],
      });
    }
    const yesterday = addDays(today, -1);
    const expiresOn =
      input.expiresOn ?? (item.expiresOn !== null && item.expiresOn < today ? item.expiresOn : yesterday);
    if (expiresOn >= today) {
      throw badInput('An expired item’s expiry date must be before today.', {
        expiresOn: ['is not in the past'],
      });
    }
    Object.assign(item, { status: EXPIRED, expiresOn, expiryFromRule: false });
  }
}

/** Which dates and reasons go with which status; a stray one is a mistake the person should hear about. */
const FIELDS_FOR_STATUS = {
  startedOn: { statuses: [IN_PROGRESS], message: 'The day an application was sent goes with IN_PROGRESS.' },
  completedOn: { statuses: [DONE], message: 'A completion date goes with DONE.' },
  expiresOn: { statuses: [DONE, EXPIRED], message: 'An expiry date goes with DONE or EXPIRED.' },
  waivedReason: { statuses: [WAIVED], message: 'A reason is only needed when waiving.' },
} as const;

function assertFieldsFitStatus(input: UpdateChecklistItemInput): void {
  for (const [field, rule] of Object.entries(FIELDS_FOR_STATUS)) {
    const value = input[field as keyof typeof FIELDS_FOR_STATUS];
    if (value === undefined || value === null) continue;
    if (!(rule.statuses as readonly ChecklistItemStatus[]).includes(input.status)) {
      throw badInput(`${rule.message} Leave out ${field}, or choose ${rule.statuses.join(' or ')}.`, {
        [field]: [`is only for ${rule.statuses.join(' or ')}`],
      });
    }
  }
}
