import { Injectable } from '@nestjs/common';
import { AccessService, GrantKind } from '@small-places/identity';
import {
  AuditService,
  badInput,
  Database,
  forbidden,
  notFound,
  normalisePostcode,
  RequestContext,
  Role,
} from '@small-places/platform';
import { EntityManager } from 'typeorm';
import { Area } from '../entities/area.entity';
import { AddMemberInput, CreateEnterpriseInput, UpdateEnterpriseInput } from '../dto/crm.inputs';
import { PipelineBoard } from '../pipeline/pipeline-board';
import { Enterprise } from '../entities/enterprise.entity';
import { Member, MemberRole } from '../entities/enterprise-member.entity';
import { EnterpriseChecklist } from './enterprise-checklist';
import { EnterpriseMembers } from './enterprise-members';

/** Creating and changing enterprises, and adding their members, by the Catalysts and members who may. */
@Injectable()
export class EnterpriseService {
  constructor(
    private readonly db: Database,
    private readonly access: AccessService,
    private readonly board: PipelineBoard,
    private readonly members: EnterpriseMembers,
    private readonly checklist: EnterpriseChecklist,
    private readonly audit: AuditService,
  ) {}

  async create(ctx: RequestContext, input: CreateEnterpriseInput): Promise<Enterprise> {
    const postcode = this.postcodeOrFail(input.postcode);
    return this.db.transaction(async (tx) => {
      const area = await tx.getRepository(Area).findOne({ where: { id: input.areaId } });
      if (!area) throw notFound('That Area');
      if (!(await this.access.isCatalystOf(tx, ctx, area.id)))
        throw forbidden('Only a Catalyst of this Area can add enterprises to it.');
      const { enterprise } = await this.createIn(
        tx,
        ctx,
        {
          areaId: area.id,
          name: input.name,
          legalStructure: input.legalStructure,
          postcode,
          activities: input.activities,
          employsStaff: input.employsStaff ?? false,
          plannedTradingOn: input.tradingStartsOn ?? null,
        },
        input.founder,
        { invite: true },
      );
      return enterprise;
    });
  }

  /**
   * Creates an enterprise and its founder in the caller's transaction, once the caller has checked the Area
   * (create, and the caseload import). `invite: false` records the founder without inviting them.
   */
  async createIn(
    tx: EntityManager,
    ctx: RequestContext,
    fields: Pick<
      Enterprise,
      'areaId' | 'name' | 'legalStructure' | 'postcode' | 'activities' | 'employsStaff' | 'plannedTradingOn'
    >,
    founder: { name: string; email?: string | null },
    options: { invite: boolean },
  ): Promise<{ enterprise: Enterprise; founder: Member }> {
    const enterprise = await this.board.enter(tx, ctx, {
      ...fields,
      catalystId: ctx.hasRole(Role.CATALYST) ? ctx.signedIn.id : null,
    });
    const member = await this.members.addIn(
      tx,
      ctx,
      enterprise,
      { name: founder.name, email: founder.email ?? null, role: MemberRole.FOUNDER, worksWithClients: true },
      options.invite,
    );
    await this.checklist.refresh(tx, ctx, enterprise);
    return { enterprise, founder: member };
  }

  /**
   * Changes facts of an enterprise the caller may change, in the caller's transaction (the caseload import):
   * its AuditEvent and a regenerated checklist, as `update` does.
   */
  async changeFactsIn(
    tx: EntityManager,
    ctx: RequestContext,
    enterprise: Enterprise,
    changes: Partial<Pick<Enterprise, 'legalStructure' | 'activities' | 'employsStaff' | 'plannedTradingOn'>>,
  ): Promise<Enterprise> {
    Object.assign(enterprise, changes);
    const saved = await tx.getRepository(Enterprise).save(enterprise);
    await this.audit.record(tx, ctx, {
      action: 'ENTERPRISE_CHANGED',
      recordType: 'Enterprise',
      recordId: saved.id,
      detail: { fields: Object.keys(changes).sort() },
    });
    await this.checklist.refresh(tx, ctx, saved);
    return saved;
  }

  async update(ctx: RequestContext, input: UpdateEnterpriseInput): Promise<Enterprise> {
    return this.db.transaction(async (tx) => {
      const enterprise = await this.lockForChange(tx, ctx, input.enterpriseId, 'member-or-catalyst');
      const { enterpriseId: _id, catalystId, ...changes } = input;
      // An explicit null means "unchanged", like leaving the field out.
      if (catalystId !== undefined && catalystId !== null) {
        if (!(await this.access.isCatalystOf(tx, ctx, enterprise.areaId)))
          throw forbidden('Only a Catalyst can assign the Catalyst.');
        if (!(await this.access.hasGrant(tx, catalystId, GrantKind.CatalystOfArea, enterprise.areaId))) {
          throw badInput('That person is not a Catalyst of this enterprise’s Area.', {
            catalystId: ['is not a Catalyst of the Area'],
          });
        }
        enterprise.catalystId = catalystId;
      }
      Object.assign(
        enterprise,
        Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)),
      );
      const saved = await tx.getRepository(Enterprise).save(enterprise);
      await this.audit.record(tx, ctx, {
        action: 'ENTERPRISE_CHANGED',
        recordType: 'Enterprise',
        recordId: saved.id,
        detail: {
          fields: Object.entries(input)
            .filter(([field, value]) => field !== 'enterpriseId' && value !== undefined)
            .map(([field]) => field)
            .sort(),
        },
      });
      await this.checklist.refresh(tx, ctx, saved);
      return saved;
    });
  }

  async addMember(ctx: RequestContext, input: AddMemberInput): Promise<Member> {
    return this.db.transaction(async (tx) => {
      const enterprise = await this.lockForChange(tx, ctx, input.enterpriseId, 'member-or-catalyst');
      const member = await this.members.addIn(tx, ctx, enterprise, {
        name: input.name,
        email: input.email ?? null,
        role: MemberRole.MEMBER,
        worksWithClients: input.worksWithClients ?? true,
      });
      await this.checklist.refresh(tx, ctx, enterprise);
      return member;
    });
  }

  /** Loads and row-locks an enterprise after checking the caller may change it. */
  async lockForChange(
    tx: EntityManager,
    ctx: RequestContext,
    id: string,
    audience: 'member' | 'catalyst' | 'member-or-catalyst',
  ): Promise<Enterprise> {
    await this.access.requireEnterprise(tx, ctx, id, audience);
    return tx.getRepository(Enterprise).findOneOrFail({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  private postcodeOrFail(input: string): string {
    const postcode = normalisePostcode(input);
    if (!postcode) throw badInput('That is not a UK postcode.', { postcode: ['is not a UK postcode'] });
    return postcode;
  }
}
