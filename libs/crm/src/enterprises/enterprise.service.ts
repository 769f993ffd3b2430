import { Injectable } from '@nestjs/common';
import {
  ChecklistRegeneration,
  EnterpriseFacts,
  ImportedEvidence,
  LegalStructure,
} from '@small-places/compliance';
import {
  AccessService,
  GrantKind,
  IdentityService,
  InvitationService,
  ProviderSignUp,
} from '@small-places/identity';
import {
  AuditService,
  badInput,
  conflict,
  Database,
  causedBy,
  DomainEvents,
  forbidden,
  notFound,
  postcodeDistrict,
  normalisePostcode,
  quoteInEmail,
  RequestContext,
  Role,
} from '@small-places/platform';
import { EntityManager } from 'typeorm';
import { Area } from '../entities/area.entity';
import { UNASSIGNED_AREA_ID } from '../areas/area.service';
import { AddMemberInput, CreateEnterpriseInput, UpdateEnterpriseInput } from '../dto/crm.inputs';
import { PipelineStage } from '../pipeline/pipeline-stage';
import { Enterprise } from '../entities/enterprise.entity';
import { Member, MemberRole } from '../entities/enterprise-member.entity';
import { EnterpriseCreated, MemberAdded } from '../crm-events';

/** The board position last in an Area's ($1) column of a stage ($2); see nextBoardPosition. */
const LAST_BOARD_POSITION = `SELECT board_position FROM enterprises WHERE area_id = $1 AND stage = $2
  ORDER BY board_position DESC LIMIT 1`;

@Injectable()
export class EnterpriseService {
  constructor(
    private readonly db: Database,
    private readonly access: AccessService,
    private readonly identity: IdentityService,
    private readonly invitations: InvitationService,
    private readonly checklists: ChecklistRegeneration,
    private readonly events: DomainEvents,
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
   * (create, and the caseload import). `invite: false` records the founder without inviting them; `evidence`
   * (the import's dates, given the founder's id) is recorded on the checklist as it is first generated.
   */
  async createIn(
    tx: EntityManager,
    ctx: RequestContext,
    fields: Pick<
      Enterprise,
      'areaId' | 'name' | 'legalStructure' | 'postcode' | 'activities' | 'employsStaff' | 'plannedTradingOn'
    >,
    founder: { name: string; email?: string | null },
    options: { invite: boolean; evidence?: (founderId: string) => ImportedEvidence[] },
  ): Promise<{ enterprise: Enterprise; founder: Member; datesRecorded: number }> {
    const enterprise = await this.insert(tx, ctx, {
      ...fields,
      catalystId: ctx.hasRole(Role.CATALYST) ? ctx.signedIn.id : null,
    });
    const member = await this.addMemberIn(
      tx,
      ctx,
      enterprise,
      { name: founder.name, email: founder.email ?? null, role: MemberRole.FOUNDER, worksWithClients: true },
      { invite: options.invite, firstMember: true },
    );
    // The facts are known without reading them back: the enterprise and its one member were just written.
    const datesRecorded = await this.checklists.generateFirst(
      tx,
      ctx,
      factsOf(enterprise, [member]),
      options.evidence?.(member.id) ?? [],
    );
    return { enterprise, founder: member, datesRecorded };
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
    await this.refreshChecklist(tx, ctx, saved);
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
      await this.refreshChecklist(tx, ctx, saved);
      return saved;
    });
  }

  async addMember(ctx: RequestContext, input: AddMemberInput): Promise<Member> {
    return this.db.transaction(async (tx) => {
      const enterprise = await this.lockForChange(tx, ctx, input.enterpriseId, 'member-or-catalyst');
      const member = await this.addMemberIn(
        tx,
        ctx,
        enterprise,
        {
          name: input.name,
          email: input.email ?? null,
          role: MemberRole.MEMBER,
          worksWithClients: input.worksWithClients ?? true,
        },
        { invite: true, firstMember: false },
      );
      await this.refreshChecklist(tx, ctx, enterprise);
      return member;
    });
  }

  /** The facts compliance builds a checklist from. */
  async facts(tx: EntityManager, enterprise: Enterprise): Promise<EnterpriseFacts> {
    const members = await tx
      .getRepository(Member)
      .find({ where: { enterpriseId: enterprise.id }, order: { createdAt: 'ASC' } });
    return factsOf(enterprise, members);
  }

  /** The accounts of an enterprise's members, to tell them about bookings and deadlines. */
  async memberUserIds(tx: EntityManager, enterpriseId: string): Promise<string[]> {
    const members = await tx
      .getRepository(Member)
      .find({ where: { enterpriseId }, select: { userId: true } });
    return members.map((member) => member.userId).filter((id): id is string => id !== null);
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

  /** A provider signing up with an enterprise name: the enterprise, in the sign-up transaction. */
  async createForProvider(tx: EntityManager, ctx: RequestContext, signUp: ProviderSignUp): Promise<void> {
    if (!signUp.enterpriseName || !signUp.postcode) return;
    const district = postcodeDistrict(signUp.postcode)!;
    const area = await tx
      .getRepository(Area)
      .createQueryBuilder('area')
      .where(':district = ANY(area.postcodeDistricts)', { district })
      .getOne();
    const enterprise = await this.insert(tx, ctx, {
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
    await this.refreshChecklist(tx, ctx, enterprise);
  }

  private async insert(
    tx: EntityManager,
    ctx: RequestContext,
    fields: Pick<
      Enterprise,
      | 'areaId'
      | 'catalystId'
      | 'name'
      | 'legalStructure'
      | 'postcode'
      | 'activities'
      | 'employsStaff'
      | 'plannedTradingOn'
    >,
  ): Promise<Enterprise> {
    const enterprise = tx.getRepository(Enterprise).create({
      ...fields,
      district: postcodeDistrict(fields.postcode)!,
      tradingStartedOn: null,
      fteHeadcount: 0,
      peopleSupportedPerWeek: 0,
      hoursPerWeek: 0,
      stage: PipelineStage.ENQUIRY,
      stageEnteredAt: ctx.now,
      createdAt: ctx.now,
    });
    // One statement (an import creates thousands): the enterprise, last in its Area's ENQUIRY column as
    // nextBoardPosition reads it, and its first stage move.
    const [created]: { id: string; board_position: number; updated_at: Date }[] = await tx.query(
      `WITH created AS (
         INSERT INTO enterprises (area_id, stage, catalyst_id, name, legal_structure, postcode, district,
                activities, planned_trading_on, employs_staff, board_position, stage_entered_at, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, coalesce((${LAST_BOARD_POSITION}), 0) + 1, $11, $11)
         RETURNING id, board_position, updated_at),
       first_move AS (
         INSERT INTO stage_moves (enterprise_id, from_stage, to_stage, moved_by_id, note, moved_at)
         SELECT id, NULL, $2, $12, 'Joined the pipeline', $11 FROM created)
       SELECT id, board_position, updated_at FROM created`,
      [
        enterprise.areaId,
        enterprise.stage,
        enterprise.catalystId,
        enterprise.name,
        enterprise.legalStructure,
        enterprise.postcode,
        enterprise.district,
        enterprise.activities,
        enterprise.plannedTradingOn,
        enterprise.employsStaff,
        ctx.now,
        ctx.user?.id ?? null,
      ],
    );
    Object.assign(enterprise, {
      id: created.id,
      boardPosition: Number(created.board_position),
      updatedAt: created.updated_at,
    });
    await this.events.publish(
      tx,
      new EnterpriseCreated(
        causedBy(ctx, enterprise.id, enterprise.id),
        `${enterprise.name} joined the pipeline at ENQUIRY`,
      ),
    );
    return enterprise;
  }

  async nextBoardPosition(tx: EntityManager, areaId: string, stage: PipelineStage): Promise<number> {
    // ORDER BY … LIMIT 1, not max(): it reads one entry of enterprises_area_stage_idx backwards whatever the
    // statistics say, where max() over a table that grew fast (an import) was planned as a scan of the whole
    // column, so each new enterprise cost more than the last.
    const [last] = await tx.query(LAST_BOARD_POSITION, [areaId, stage]);
    return last ? Number(last.board_position) + 1 : 1;
  }

  private async addMemberIn(
    tx: EntityManager,
    ctx: RequestContext,
    enterprise: Enterprise,
    person: { name: string; email: string | null; role: MemberRole; worksWithClients: boolean },
    { invite, firstMember }: { invite: boolean; firstMember: boolean },
  ): Promise<Member> {
    const members = tx.getRepository(Member);
    // The first member of an enterprise created just now has nobody to clash with.
    if (person.email && !firstMember) {
      const clash = await members
        .createQueryBuilder('member')
        .where('member.enterpriseId = :id AND lower(member.email) = lower(:email)', {
          id: enterprise.id,
          email: person.email,
        })
        .getExists();
      if (clash) throw conflict('Someone with that email is already a member of this enterprise.');
    }
    // Nobody is linked or granted anything until they accept the emailed invitation (MemberLinker), and the
    // answer is the same whether or not the address has an account. An import without "send invitations"
    // records the member without inviting them.
    const member = await members.save(
      members.create({ enterpriseId: enterprise.id, userId: null, ...person }),
    );
    await this.audit.record(tx, ctx, {
      action: 'MEMBER_ADDED',
      recordType: 'Member',
      recordId: member.id,
      subjectUserId: null,
      detail: { enterpriseId: enterprise.id, role: person.role, invited: invite && !!person.email },
    });
    if (person.email && invite) {
      await this.invitations.invite(tx, ctx, {
        email: person.email,
        role: Role.PROVIDER,
        scopeIds: [enterprise.id],
        purpose: `You are invited to join ${quoteInEmail(enterprise.name)} on Small Places, where you can keep its checklist up to date and manage its listings and bookings.`,
      });
    }
    await this.events.publish(
      tx,
      new MemberAdded(
        causedBy(ctx, enterprise.id, member.id),
        `${member.name} joined as ${person.role === MemberRole.FOUNDER ? 'founder' : 'a member'}`,
      ),
    );
    return member;
  }

  private async refreshChecklist(
    tx: EntityManager,
    ctx: RequestContext,
    enterprise: Enterprise,
  ): Promise<void> {
    await this.checklists.regenerate(tx, await this.facts(tx, enterprise), ctx.now);
  }

  private postcodeOrFail(input: string): string {
    const postcode = normalisePostcode(input);
    if (!postcode) throw badInput('That is not a UK postcode.', { postcode: ['is not a UK postcode'] });
    return postcode;
  }
}

function factsOf(enterprise: Enterprise, members: readonly Member[]): EnterpriseFacts {
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
