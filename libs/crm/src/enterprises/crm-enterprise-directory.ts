import { Injectable } from '@nestjs/common';
import { LegalStructure } from '@small-places/compliance';
import {
  AccessService,
  EnterpriseDirectory,
  EnterpriseDirectoryPlugIn,
  EnterpriseSummary,
  GrantKind,
  ProviderSignUp,
} from '@small-places/identity';
import { postcodeDistrict, RequestContext } from '@small-places/platform';
import { EntityManager, In } from 'typeorm';
import { AreaService, UNASSIGNED_AREA_ID } from '../areas/area.service';
import { Enterprise } from '../entities/enterprise.entity';
import { Member, MemberRole } from '../entities/enterprise-member.entity';
import { PipelineBoard } from '../pipeline/pipeline-board';
import { EnterpriseChecklist } from './enterprise-checklist';

/** Identity's view of the CRM's enterprises: their Areas, and the enterprise a provider signs up with. */
@Injectable()
@EnterpriseDirectoryPlugIn()
export class CrmEnterpriseDirectory implements EnterpriseDirectory {
  constructor(
    private readonly access: AccessService,
    private readonly areas: AreaService,
    private readonly board: PipelineBoard,
    private readonly checklist: EnterpriseChecklist,
  ) {}

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

  async enterprisesIn(tx: EntityManager, areaIds: string[]): Promise<string[]> {
    if (areaIds.length === 0) return [];
    const rows = await tx
      .getRepository(Enterprise)
      .find({ where: { areaId: In([...new Set(areaIds)]) }, select: { id: true } });
    return rows.map((row) => row.id);
  }

  /** A provider signing up with an enterprise name: the enterprise, in the sign-up transaction. */
  async providerSignedUp(tx: EntityManager, ctx: RequestContext, signUp: ProviderSignUp): Promise<void> {
    if (!signUp.enterpriseName || !signUp.postcode) return;
    const area = await this.areas.findCovering(tx, postcodeDistrict(signUp.postcode)!);
    const enterprise = await this.board.enter(tx, ctx, {
      areaId: area?.id ?? UNASSIGNED_AREA_ID,
      catalystId: null,
      name: signUp.enterpriseName,
      legalStructure: LegalStructure.SOLE_TRADER,
      postcode: signUp.postcode,
      activities: [],
      employsStaff: false,
      plannedTradingOn: null,
    });
    await tx.getRepository(Member).save(
      tx.getRepository(Member).create({
        enterpriseId: enterprise.id,
        userId: signUp.user.id,
        name: signUp.user.displayName,
        email: signUp.user.email,
        role: MemberRole.FOUNDER,
        worksWithClients: true,
      }),
    );
    await this.access.grant(tx, signUp.user.id, GrantKind.MemberOfEnterprise, enterprise.id);
    await this.checklist.refresh(tx, ctx, enterprise);
  }
}
