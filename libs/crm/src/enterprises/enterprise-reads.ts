import { Injectable } from '@nestjs/common';
import { ComplianceService } from '@small-places/compliance';
import { AccessService, GrantKind } from '@small-places/identity';
import { Connection, Database, londonDate, PageArgs, paginate, RequestContext } from '@small-places/platform';
import { Brackets } from 'typeorm';
import { EnterpriseFilter } from '../dto/crm.inputs';
import { Enterprise } from '../entities/enterprise.entity';

/** One enterprise for those allowed to see it, and the lists each role sees, with their filters. */
@Injectable()
export class EnterpriseReads {
  constructor(
    private readonly db: Database,
    private readonly access: AccessService,
    private readonly compliance: ComplianceService,
  ) {}

  async get(ctx: RequestContext, id: string): Promise<Enterprise> {
    return this.db.transaction(async (tx) => {
      await this.access.requireEnterprise(tx, ctx, id);
      return tx.getRepository(Enterprise).findOneOrFail({ where: { id } });
    });
  }

  /** A Catalyst sees the enterprises of their Areas, a member their own, an Admin all; anyone else none. */
  async list(
    ctx: RequestContext,
    filter: EnterpriseFilter = {},
    page: PageArgs,
  ): Promise<Connection<Enterprise>> {
    const tx = this.db.manager;
    const query = tx.getRepository(Enterprise).createQueryBuilder('enterprise');
    if (!this.access.isAdmin(ctx)) {
      const user = ctx.signedIn;
      const areaIds = await this.access.scopesOf(tx, user.id, GrantKind.CatalystOfArea);
      const memberOf = await this.access.scopesOf(tx, user.id, GrantKind.MemberOfEnterprise);
      if (areaIds.length === 0 && memberOf.length === 0)
        return { totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } };
      query.andWhere(
        new Brackets((visible) => {
          visible.where('enterprise.areaId IN (:...areaIds)', { areaIds: areaIds.length ? areaIds : [null] });
          visible.orWhere('enterprise.id IN (:...memberOf)', {
            memberOf: memberOf.length ? memberOf : [null],
          });
        }),
      );
    }
    if (filter.areaId) query.andWhere('enterprise.areaId = :areaId', { areaId: filter.areaId });
    if (filter.stage) query.andWhere('enterprise.stage = :stage', { stage: filter.stage });
    if (filter.catalystId)
      query.andWhere('enterprise.catalystId = :catalystId', { catalystId: filter.catalystId });
    if (filter.search) {
      const pattern = `%${filter.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query.andWhere(
        new Brackets((text) => {
          text.where('enterprise.name ILIKE :pattern', { pattern });
          text.orWhere(
            `EXISTS (SELECT 1 FROM enterprise_members m WHERE m.enterprise_id = enterprise.id AND m.role = 'FOUNDER' AND m.name ILIKE :pattern)`,
          );
        }),
      );
    }
    if (filter.complianceStatus) {
      const candidates = await query.clone().select('enterprise.id', 'id').getRawMany<{ id: string }>();
      const matching = await this.compliance.enterpriseIdsWithStatus(
        filter.complianceStatus,
        candidates.map((row) => row.id),
        londonDate(ctx.now),
      );
      query.andWhere('enterprise.id IN (:...matching)', { matching: matching.length ? matching : [null] });
    }
    return paginate(query, page, [
      { expression: 'enterprise.name', value: (row) => row.name },
      { expression: 'enterprise.id', value: (row) => row.id },
    ]);
  }
}
