import { Injectable } from '@nestjs/common';
import { AccessService } from '@small-places/identity';
import { AppError, ErrorCode, isUuid, notFound, RequestContext } from '@small-places/platform';
import { EntityManager } from 'typeorm';
import { ChecklistItem } from '../entities/checklist-item.entity';
import { EvidenceFile } from '../entities/evidence-file.entity';

/**
 * Who may see an item's evidence: members of its enterprise and the Catalysts of its Area (Admins too, as
 * everywhere). Anyone else is told the item or file is not there (404), never that it exists.
 */
@Injectable()
export class EvidenceAccess {
  constructor(private readonly access: AccessService) {}

  async item(tx: EntityManager, ctx: RequestContext, itemId: string, lock = false): Promise<ChecklistItem> {
    const item = isUuid(itemId)
      ? await tx.getRepository(ChecklistItem).findOne({
          where: { id: itemId, applicable: true },
          lock: lock ? { mode: 'pessimistic_write' } : undefined,
        })
      : null;
    if (!item) throw notFound('That checklist item');
    await this.requireSeen(tx, ctx, item.enterpriseId, 'That checklist item');
    return item;
  }

  async file(tx: EntityManager, ctx: RequestContext, fileId: string): Promise<EvidenceFile> {
    const file = isUuid(fileId) ? await tx.getRepository(EvidenceFile).findOneBy({ id: fileId }) : null;
    if (!file) throw notFound('That file');
    await this.requireSeen(tx, ctx, file.enterpriseId, 'That file');
    return file;
  }

  /** Whether a Catalyst has checked the item: the one place that asks before its files change. */
  async isChecked(tx: EntityManager, itemId: string): Promise<boolean> {
    const item = await tx
      .getRepository(ChecklistItem)
      .findOne({ select: { id: true, checkedAt: true }, where: { id: itemId } });
    return item?.checkedAt != null;
  }

  private async requireSeen(tx: EntityManager, ctx: RequestContext, enterpriseId: string, what: string) {
    try {
      await this.access.requireEnterprise(tx, ctx, enterpriseId, 'member-or-catalyst');
    } catch (error) {
      if (error instanceof AppError && error.code === ErrorCode.Forbidden) throw notFound(what);
      throw error;
    }
  }
}
