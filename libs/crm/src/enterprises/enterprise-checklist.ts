import { Injectable } from '@nestjs/common';
import { ChecklistRegeneration, EnterpriseFacts } from '@small-places/compliance';
import { RequestContext } from '@small-places/platform';
import { EntityManager } from 'typeorm';
import { Enterprise } from '../entities/enterprise.entity';
import { Member } from '../entities/enterprise-member.entity';

/** An enterprise's compliance checklist, kept in step with its facts whenever they or its members change. */
@Injectable()
export class EnterpriseChecklist {
  constructor(private readonly checklists: ChecklistRegeneration) {}

  /** The facts compliance builds a checklist from. */
  async facts(tx: EntityManager, enterprise: Enterprise): Promise<EnterpriseFacts> {
    const members = await tx
      .getRepository(Member)
      .find({ where: { enterpriseId: enterprise.id }, order: { createdAt: 'ASC' } });
    return {
      id: enterprise.id,
      areaId: enterprise.areaId,
      legalStructure: enterprise.legalStructure,
      activities: enterprise.activities,
      employsStaff: enterprise.employsStaff,
      tradingStartsOn: enterprise.tradingStartsOn,
      members: members.map((member) => ({
        id: member.id,
        name: member.name,
        worksWithClients: member.worksWithClients,
      })),
    };
  }

  async refresh(tx: EntityManager, ctx: RequestContext, enterprise: Enterprise): Promise<void> {
    await this.checklists.regenerate(tx, await this.facts(tx, enterprise), ctx.now);
  }
}
