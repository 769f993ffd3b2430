import { Injectable } from '@nestjs/common';
import { AccessService, GrantKind, IdentityService, InvitationService } from '@small-places/identity';
import {
  AuditService,
  badInput,
  Database,
  forbidden,
  MailService,
  RequestContext,
  Role,
} from '@small-places/platform';
import { BudgetAccessCheck } from './budget-access-check';
import { BudgetRole, DelegateInvitationType } from './dto/budget.types';

/** The people a holder asks to act for them on one budget. */
@Injectable()
export class BudgetDelegates {
  constructor(
    private readonly db: Database,
    private readonly access: AccessService,
    private readonly identity: IdentityService,
    private readonly invitations: InvitationService,
    private readonly budgets: BudgetAccessCheck,
    private readonly mail: MailService,
    private readonly audit: AuditService,
  ) {}

  /**
   * The holder asks someone to act for them on this budget only. A person who already has an account gets
   * access at once (and an email saying so); anyone else is emailed an invitation that grants it on accepting.
   */
  async inviteDelegate(
    ctx: RequestContext,
    budgetId: string,
    email: string,
  ): Promise<DelegateInvitationType> {
    return this.db.transaction(async (tx) => {
      const { budget, role } = await this.budgets.requireBudgetAccess(tx, ctx, budgetId);
      if (role !== BudgetRole.HOLDER) throw forbidden('Only the budget holder can invite a delegate.');
      const existing = await this.identity.findByEmail(tx, email);
      if (existing?.id === budget.holderId) {
        throw badInput('You hold this budget already; invite someone else to help you.', {
          email: ['is your own email'],
        });
      }
      await this.audit.record(tx, ctx, {
        action: existing ? 'DELEGATE_ADDED' : 'DELEGATE_INVITED',
        recordType: 'PersonalBudget',
        recordId: budget.id,
        subjectUserId: budget.holderId,
        detail: { delegateUserId: existing?.id ?? null },
      });
      if (existing) {
        await this.access.grant(tx, existing.id, GrantKind.DelegateOfBudget, budget.id);
        this.mail.sendAfterCommit(tx, {
          to: existing.email,
          subject: 'You can now help with a personal budget on Small Places',
          text: [
            `Hello ${existing.displayName},`,
            '',
            `You have been asked to help manage the personal budget "${budget.label}".`,
            'Sign in to Small Places to see it under your budgets.',
          ].join('\n'),
        });
        return { email, grantedNow: true };
      }
      await this.invitations.invite(tx, ctx, {
        email,
        role: Role.DELEGATE,
        scopeIds: [budget.id],
        purpose: `You have been asked to help manage the personal budget "${budget.label}", as a delegate.`,
      });
      return { email, grantedNow: false };
    });
  }
}
