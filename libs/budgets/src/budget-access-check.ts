import { Injectable } from '@nestjs/common';
import { AccessService, GrantKind } from '@small-places/identity';
import { forbidden, isUuid, notFound, RequestContext } from '@small-places/platform';
import { EntityManager } from 'typeorm';
import { BudgetRole } from './dto/budget.types';
import { PersonalBudget } from './entities/personal-budget.entity';
import { BudgetLedger } from './ledger/budget-ledger';

export interface BudgetAccess {
  budget: PersonalBudget;
  role: BudgetRole;
}

/** Who may see or use a budget: its holder and their delegates, nobody else. Bookings call it too. */
@Injectable()
export class BudgetAccessCheck {
  constructor(
    private readonly access: AccessService,
    private readonly ledger: BudgetLedger,
  ) {}

  /**
   * The object-level check for a budget: its holder or one of its delegates. NOT_FOUND for an unknown or
   * malformed id, FORBIDDEN for anyone else (Admins, Catalysts and providers included: budgets are personal).
   */
  async requireBudgetAccess(tx: EntityManager, ctx: RequestContext, budgetId: string): Promise<BudgetAccess> {
    const user = ctx.signedIn;
    const budget = isUuid(budgetId) ? await this.ledger.findBudget(tx, budgetId) : null;
    if (!budget) throw notFound('That budget');
    if (await this.access.hasGrant(tx, user.id, GrantKind.HolderOfBudget, budget.id)) {
      return { budget, role: BudgetRole.HOLDER };
    }
    if (await this.access.hasGrant(tx, user.id, GrantKind.DelegateOfBudget, budget.id)) {
      return { budget, role: BudgetRole.DELEGATE };
    }
    throw forbidden('You do not have access to this budget.');
  }
}
