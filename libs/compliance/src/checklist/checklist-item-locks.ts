import { Injectable } from '@nestjs/common';
import { AccessService } from '@small-places/identity';
import { isUuid, notFound, RequestContext } from '@small-places/platform';
import { EntityManager } from 'typeorm';
import { ChecklistItem } from '../entities/checklist-item.entity';
import { Requirement } from '../entities/requirement.entity';
import { ChecklistRepository } from './checklist.repository';

/** A checklist item row-locked for a change, with its enterprise's Area and its requirement. */
export interface LockedItem {
  item: ChecklistItem;
  areaId: string;
  requirement: Requirement;
}

/** Where a change to one checklist item starts (a provider's update, a Catalyst's check). */
@Injectable()
export class ChecklistItemLocks {
  constructor(
    private readonly access: AccessService,
    private readonly checklists: ChecklistRepository,
  ) {}

  /** NOT_FOUND unless the item applies and the caller is a member or Catalyst of its enterprise. */
  async lockForChange(tx: EntityManager, ctx: RequestContext, itemId: string): Promise<LockedItem> {
    const item = isUuid(itemId) ? await this.checklists.lockItem(tx, itemId) : null;
    if (!item) throw notFound('That checklist item');
    const areaId = await this.access.requireEnterprise(tx, ctx, item.enterpriseId, 'member-or-catalyst');
    const requirement = await tx.getRepository(Requirement).findOneByOrFail({ code: item.requirementCode });
    return { item, areaId, requirement };
  }
}
