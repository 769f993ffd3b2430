import { Injectable } from '@nestjs/common';
import { AccessService, GrantKind } from '@small-places/identity';
import {
  AuditService,
  badInput,
  Connection,
  Database,
  causedBy,
  DomainEvents,
  forbidden,
  groupBy,
  isUuid,
  londonDate,
  notFound,
  PageArgs,
  paginate,
  RequestContext,
} from '@small-places/platform';
import { Brackets, EntityManager } from 'typeorm';
import { RecordCoachingSessionInput } from '../dto/crm.inputs';
import { EnterpriseService } from '../enterprises/enterprise.service';
import { Action, ActionOwner, CoachingSession } from '../entities/coaching.entity';
import { ActionCompleted, ActionReopened, SessionRecorded } from '../crm-events';

export interface RecordedSession {
  session: CoachingSession;
  actions: Action[];
}

export interface ActionFilter {
  owner?: ActionOwner;
  dueOnOrBefore?: string;
  includeDone?: boolean;
}

@Injectable()
export class CoachingService {
  constructor(
    private readonly db: Database,
    private readonly access: AccessService,
    private readonly enterprises: EnterpriseService,
    private readonly events: DomainEvents,
    private readonly audit: AuditService,
  ) {}

  /** A Catalyst of the enterprise's Area records a session and the actions agreed in it. */
  async record(ctx: RequestContext, input: RecordCoachingSessionInput): Promise<RecordedSession> {
    if (input.heldOn > londonDate(ctx.now)) {
      throw badInput('A session cannot be recorded before it is held.', { heldOn: ['is in the future'] });
    }
    return this.db.transaction(async (tx) => {
      const enterprise = await this.enterprises.lockForChange(tx, ctx, input.enterpriseId, 'catalyst');
      const session = await tx.getRepository(CoachingSession).save(
        tx.getRepository(CoachingSession).create({
          enterpriseId: enterprise.id,
          catalystId: ctx.signedIn.id,
          heldOn: input.heldOn,
          minutes: input.minutes,
          mode: input.mode,
          topics: input.topics ?? [],
          summary: input.summary,
        }),
      );
      const actions = await tx
        .getRepository(Action)
        .save(
          (input.actions ?? []).map((action) =>
            tx
              .getRepository(Action)
              .create({ ...action, enterpriseId: enterprise.id, sessionId: session.id, doneAt: null }),
          ),
        );
      await this.audit.record(tx, ctx, {
        action: 'COACHING_SESSION_RECORDED',
        recordType: 'CoachingSession',
        recordId: session.id,
        detail: { enterpriseId: enterprise.id, actions: actions.length },
      });
      await this.events.publish(
        tx,
        new SessionRecorded(
          causedBy(ctx, enterprise.id, session.id),
          `${input.minutes}-minute ${input.mode.toLowerCase().replace('_', ' ')} session on ${input.heldOn}${
            actions.length ? `, ${actions.length} action${actions.length > 1 ? 's' : ''} agreed` : ''
          }`,
        ),
      );
      return { session, actions: actions.sort((a, b) => a.dueOn.localeCompare(b.dueOn)) };
    });
  }

  /** Members complete their own (ENTREPRENEUR) actions; Catalysts any action of their caseload. */
  async complete(ctx: RequestContext, actionId: string, done: boolean): Promise<Action> {
    return this.db.transaction(async (tx) => {
      const action = await this.findAction(tx, actionId);
      const areaId = await this.access.requireEnterprise(tx, ctx, action.enterpriseId);
      const catalyst = await this.access.isCatalystOf(tx, ctx, areaId);
      if (!catalyst && action.owner !== ActionOwner.ENTREPRENEUR)
        throw forbidden('Only a Catalyst can complete a Catalyst’s action.');
      action.doneAt = done ? ctx.now : null;
      const saved = await tx.getRepository(Action).save(action);
      await this.audit.record(tx, ctx, {
        action: done ? 'ACTION_COMPLETED' : 'ACTION_REOPENED',
        recordType: 'Action',
        recordId: action.id,
        detail: { enterpriseId: action.enterpriseId },
      });
      const fields = causedBy(ctx, action.enterpriseId, action.id);
      await this.events.publish(
        tx,
        done
          ? new ActionCompleted(fields, `Done: ${action.title}`)
          : new ActionReopened(fields, `Reopened: ${action.title}`),
      );
      return saved;
    });
  }

  /** A Catalyst hands an action to the other side, or moves its due date. */
  async reassign(ctx: RequestContext, actionId: string, owner: ActionOwner, dueOn?: string): Promise<Action> {
    return this.db.transaction(async (tx) => {
      const action = await this.findAction(tx, actionId);
      await this.access.requireEnterprise(tx, ctx, action.enterpriseId, 'catalyst');
      action.owner = owner;
      if (dueOn) action.dueOn = dueOn;
      await this.audit.record(tx, ctx, {
        action: 'ACTION_REASSIGNED',
        recordType: 'Action',
        recordId: action.id,
        detail: { enterpriseId: action.enterpriseId, owner, dueOn: dueOn ?? null },
      });
      return tx.getRepository(Action).save(action);
    });
  }

  /**
   * Actions across the caller's caseload: a Catalyst sees those of the enterprises in their Areas, a member
   * those of their enterprises. Ordered by due date, open ones only unless asked.
   */
  async actions(ctx: RequestContext, filter: ActionFilter, page: PageArgs): Promise<Connection<Action>> {
    const tx = this.db.manager;
    const user = ctx.signedIn;
    const query = tx.getRepository(Action).createQueryBuilder('action');
    if (!this.access.isAdmin(ctx)) {
      const areaIds = await this.access.scopesOf(tx, user.id, GrantKind.CatalystOfArea);
      const memberOf = await this.access.scopesOf(tx, user.id, GrantKind.MemberOfEnterprise);
      query.andWhere(
        new Brackets((visible) => {
          visible.where(
            `action.enterpriseId IN (SELECT e.id FROM enterprises e WHERE e.area_id = ANY(:areaIds::uuid[]))`,
            { areaIds },
          );
          visible.orWhere('action.enterpriseId = ANY(:memberOf::uuid[])', { memberOf });
        }),
      );
    }
    if (filter.owner) query.andWhere('action.owner = :owner', { owner: filter.owner });
    if (filter.dueOnOrBefore) query.andWhere('action.dueOn <= :due', { due: filter.dueOnOrBefore });
    if (!filter.includeDone) query.andWhere('action.doneAt IS NULL');
    return paginate(query, page, [
      { expression: 'action.dueOn', value: (row) => row.dueOn },
      { expression: 'action.id', value: (row) => row.id },
    ]);
  }

  /**
   * Coaching notes are about the enterprise's people (PRODUCT.md §3.9): every read by someone who is not a
   * member of the enterprise (its Catalyst, an Admin) is written to the audit trail before the notes are
   * shown. One batch of sessions, three statements, whatever the batch size.
   */
  async auditNotesRead(ctx: RequestContext, sessionIds: readonly string[]): Promise<Map<string, true>> {
    const tx = this.db.manager;
    const user = ctx.signedIn;
    const memberOf = await this.access.scopesOf(tx, user.id, GrantKind.MemberOfEnterprise);
    const sessions: { id: string; enterprise_id: string }[] = await tx.query(
      `SELECT id, enterprise_id FROM coaching_sessions WHERE id = ANY($1::uuid[]) AND NOT (enterprise_id = ANY($2::uuid[]))`,
      [sessionIds, memberOf],
    );
    await this.audit.record(
      tx,
      ctx,
      sessions.map((session) => ({
        action: 'COACHING_NOTES_READ',
        recordType: 'CoachingSession',
        recordId: session.id,
        detail: { enterpriseId: session.enterprise_id },
      })),
    );
    return new Map(sessionIds.map((id) => [id, true]));
  }

  async sessionsOf(enterpriseIds: readonly string[]): Promise<Map<string, CoachingSession[]>> {
    const sessions = enterpriseIds.length
      ? await this.db.manager
          .getRepository(CoachingSession)
          .createQueryBuilder('session')
          .where('session.enterpriseId IN (:...ids)', { ids: enterpriseIds })
          .orderBy('session.heldOn', 'DESC')
          .addOrderBy('session.createdAt', 'DESC')
          .getMany()
      : [];
    return groupBy(sessions, (session) => session.enterpriseId);
  }

  /** The latest session of each enterprise, in one statement. */
  async lastSessionOf(enterpriseIds: readonly string[]): Promise<Map<string, CoachingSession>> {
    const sessions = enterpriseIds.length
      ? await this.db.manager
          .getRepository(CoachingSession)
          .createQueryBuilder('session')
          .distinctOn(['session.enterpriseId'])
          .where('session.enterpriseId IN (:...ids)', { ids: enterpriseIds })
          .orderBy('session.enterpriseId')
          .addOrderBy('session.heldOn', 'DESC')
          .addOrderBy('session.createdAt', 'DESC')
          .getMany()
      : [];
    return new Map(sessions.map((session) => [session.enterpriseId, session]));
  }

  async actionsOfSessions(sessionIds: readonly string[]): Promise<Map<string, Action[]>> {
    const actions = sessionIds.length
      ? await this.db.manager
          .getRepository(Action)
          .createQueryBuilder('action')
          .where('action.sessionId IN (:...ids)', { ids: sessionIds })
          .orderBy('action.dueOn', 'ASC')
          .getMany()
      : [];
    return groupBy(actions, (action) => action.sessionId!);
  }

  private async findAction(tx: EntityManager, id: string): Promise<Action> {
    const action = isUuid(id)
      ? await tx.getRepository(Action).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!action) throw notFound('That action');
    return action;
  }
}
