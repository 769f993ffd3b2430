import { Injectable } from '@nestjs/common';
import { AccessService, GrantKind, IdentityService, InvitationService } from '@small-places/identity';
import {
  AuditService,
  badInput,
  Database,
  forbidden,
  isUuid,
  notFound,
  quoteInEmail,
  RequestContext,
  Role,
} from '@small-places/platform';
import { EntityManager } from 'typeorm';
import { BudgetRole } from '../dto/budget.types';
import { BudgetAccessCheck } from '../budget-access-check';
import { PersonalBudget } from '../entities/personal-budget.entity';
import { BudgetDelegateType, DelegateInvitationType, DelegateStatus } from './delegate.types';

/**
 * Delegates under the holder's control (PRODUCT.md §3.1, docs/budgets.md): the holder invites someone by email
 * (nothing is granted until they accept), sees who acts for the budget and which invitations are open, and
 * removes either; removal ends access at once, because every request checks the grant in the database.
 */
@Injectable()
export class BudgetDelegatesService {
  constructor(
    private readonly db: Database,
    private readonly budgets: BudgetAccessCheck,
    private readonly access: AccessService,
    private readonly identity: IdentityService,
    private readonly invitations: InvitationService,
    private readonly audit: AuditService,
  ) {}

  /** Emails an invitation naming the holder; the same answer whether or not the address has an account. */
  async invite(ctx: RequestContext, budgetId: string, email: string): Promise<DelegateInvitationType> {
    return this.db.transaction(async (tx) => {
      const budget = await this.requireHolder(tx, ctx, budgetId, 'invite a delegate');
      const holder = await this.identity.findOpenAccount(tx, budget.holderId);
      if (holder && holder.email.toLowerCase() === email.toLowerCase()) {
        throw badInput('You hold this budget already; invite someone else to help you.', {
          email: ['is your own email'],
        });
      }
      await this.audit.record(tx, ctx, {
        action: 'DELEGATE_INVITED',
        recordType: 'PersonalBudget',
        recordId: budget.id,
        subjectUserId: budget.holderId,
        detail: {},
      });
      await this.invitations.invite(tx, ctx, {
        email,
        role: Role.DELEGATE,
        scopeIds: [budget.id],
        purpose: `You have been asked to help manage the personal budget "${quoteInEmail(budget.label)}", as a delegate.`,
      });
      return { email };
    });
  }

  /** Who acts for the budget (ACTIVE), then the invitations still open (INVITED). The holder only. */
  async list(ctx: RequestContext, budgetId: string): Promise<BudgetDelegateType[]> {
    return this.db.transaction(async (tx) => {
      const budget = await this.requireHolder(tx, ctx, budgetId, 'see who helps with this budget');
      const delegateIds = await this.access.holdersOf(tx, GrantKind.DelegateOfBudget, budget.id);
      const active: BudgetDelegateType[] = [];
      for (const id of delegateIds) {
        const account = await this.identity.findOpenAccount(tx, id);
        if (account) {
          active.push({
            id,
            email: account.email,
            displayName: account.displayName,
            status: DelegateStatus.ACTIVE,
          });
        }
      }
      active.sort((a, b) => (a.displayName ?? '').localeCompare(b.displayName ?? ''));
      const invited = (await this.invitations.openFor(tx, Role.DELEGATE, budget.id, ctx.now)).map(
        (invitation): BudgetDelegateType => ({
          id: invitation.id,
          email: invitation.email,
          displayName: null,
          status: DelegateStatus.INVITED,
        }),
      );
      return [...active, ...invited];
    });
  }

  /**
   * Ends a delegate's access (and any open invitation of theirs to this budget) or cancels an open invitation.
   * The holder only; NOT_FOUND when the id is neither on this budget.
   */
  async remove(ctx: RequestContext, budgetId: string, delegateId: string): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const budget = await this.requireHolder(tx, ctx, budgetId, 'remove a delegate');
      if (!isUuid(delegateId)) throw notFound('That delegate');
      if (await this.access.hasGrant(tx, delegateId, GrantKind.DelegateOfBudget, budget.id)) {
        await this.access.revoke(tx, delegateId, GrantKind.DelegateOfBudget, budget.id);
        const account = await this.identity.findOpenAccount(tx, delegateId);
        if (account) {
          await this.invitations.revokeOpenFor(tx, ctx.now, Role.DELEGATE, [budget.id], account.email);
        }
        await this.audit.record(tx, ctx, {
          action: 'DELEGATE_REMOVED',
          recordType: 'PersonalBudget',
          recordId: budget.id,
          subjectUserId: budget.holderId,
          detail: { delegateUserId: delegateId },
        });
        return true;
      }
      if (await this.invitations.revokeOne(tx, ctx.now, delegateId, Role.DELEGATE, budget.id)) {
        await this.audit.record(tx, ctx, {
          action: 'DELEGATE_INVITATION_CANCELLED',
          recordType: 'PersonalBudget',
          recordId: budget.id,
          subjectUserId: budget.holderId,
          detail: { invitationId: delegateId },
        });
        return true;
      }
      throw notFound('That delegate');
    });
  }

  /** Display names by account id: a delegate's pages say whose budget it is. */
  async displayNames(userIds: readonly string[]): Promise<Map<string, string>> {
    const names = await this.identity.displayNames(userIds);
    return new Map([...names].map(([id, user]) => [id, user.displayName]));
  }

  private async requireHolder(
    tx: EntityManager,
    ctx: RequestContext,
    budgetId: string,
    what: string,
  ): Promise<PersonalBudget> {
    const { budget, role } = await this.budgets.requireBudgetAccess(tx, ctx, budgetId);
    if (role !== BudgetRole.HOLDER) throw forbidden(`Only the budget holder can ${what}.`);
    return budget;
  }
}
