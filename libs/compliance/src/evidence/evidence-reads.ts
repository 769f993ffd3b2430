import { Injectable } from '@nestjs/common';
import { Database, groupBy } from '@small-places/platform';
import { EntityManager, In } from 'typeorm';
import { EvidenceFile } from '../entities/evidence-file.entity';

/** Evidence files of many checklist items in one statement (the GraphQL field's DataLoader). */
@Injectable()
export class EvidenceReads {
  constructor(private readonly db: Database) {}

  async ofItems(
    itemIds: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<Map<string, EvidenceFile[]>> {
    const files = await tx.getRepository(EvidenceFile).find({
      where: { checklistItemId: In([...itemIds]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return groupBy(files, (file) => file.checklistItemId);
  }
}
