import { Injectable } from '@nestjs/common';
import {
  EnterpriseDirectory,
  EnterpriseDirectoryPlugIn,
  EnterpriseSummary,
  ProviderSignUp,
} from '@small-places/identity';
import { RequestContext } from '@small-places/platform';
import { EntityManager, In } from 'typeorm';
import { Enterprise } from '../entities/enterprise.entity';
import { EnterpriseService } from './enterprise.service';

/** Identity's view of the CRM's enterprises: their Areas, and the enterprise a provider signs up with. */
@Injectable()
@EnterpriseDirectoryPlugIn()
export class CrmEnterpriseDirectory implements EnterpriseDirectory {
  constructor(private readonly enterprises: EnterpriseService) {}

  async areaOf(tx: EntityManager, enterpriseId: string): Promise<string | null> {
    const found = await tx
      .getRepository(Enterprise)
      .findOne({ where: { id: enterpriseId }, select: { areaId: true } });
    return found?.areaId ?? null;
  }

  async summaries(tx: EntityManager, enterpriseIds: string[]): Promise<Map<string, EnterpriseSummary>> {
    if (enterpriseIds.length === 0) return new Map();
    const rows = await tx.getRepository(Enterprise).find({
      where: { id: In([...new Set(enterpriseIds)]) },
      select: { id: true, name: true, catalystId: true },
    });
    return new Map(rows.map((row) => [row.id, { name: row.name, catalystId: row.catalystId }]));
  }

  providerSignedUp(tx: EntityManager, ctx: RequestContext, signUp: ProviderSignUp): Promise<void> {
    return this.enterprises.createForProvider(tx, ctx, signUp);
  }
}
