import { Injectable } from '@nestjs/common';
import { EnterpriseDirectory, EnterpriseDirectoryPlugIn, ProviderSignUp } from '@small-places/identity';
import { RequestContext } from '@small-places/platform';
import { EntityManager } from 'typeorm';
import { Enterprise } from './enterprise.entity';
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

  providerSignedUp(tx: EntityManager, ctx: RequestContext, signUp: ProviderSignUp): Promise<void> {
    return this.enterprises.createForProvider(tx, ctx, signUp);
  }
}
