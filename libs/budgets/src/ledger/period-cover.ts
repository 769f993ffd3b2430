import { Injectable } from '@nestjs/common';
import { badInput, conflict } from '@small-places/platform';
import { EntityManager } from 'typeorm';
import { PersonalBudget } from '../entities/personal-budget.entity';
import { poundsText } from './balance';
import { BudgetLedger, PeriodWithBalance } from './budget-ledger';

/** The period money goes out of, with every period's balance as read under the lock (one balances query). */
export interface CoveredPeriod extends PeriodWithBalance {
  periods: PeriodWithBalance[];
}

/** Money out of a budget (a booking's commitment, an expense): the period it falls in, and whether it is covered. */
@Injectable()
export class PeriodCover {
  constructor(private readonly ledger: BudgetLedger) {}

  /**
   * Locks the budget's latest period (the lock every money-out write takes) and finds the period that
   * contains `on`, creating periods up to it first.
   */
  async lockPeriodFor(
    tx: EntityManager,
    budget: PersonalBudget,
    on: string,
    what: string,
  ): Promise<CoveredPeriod> {
    if (on < budget.startsOn) {
      throw badInput(`${what} cannot be dated before the budget starts on ${budget.startsOn}.`, {
        date: ['is before the budget starts'],
      });
    }
    await this.ledger.ensurePeriods(tx, budget, on);
    await this.ledger.lockLatestPeriod(tx, budget.id);
    const periods = await this.ledger.balances(tx, budget.id);
    const period = periods.find((candidate) => candidate.startsOn <= on && on <= candidate.endsOn);
    if (!period) throw new Error(`No period of budget ${budget.id} contains ${on}`);
    return { ...period, periods };
  }

  /**
   * CONFLICT unless the period, and every later one (which inherit its balance), keeps at least nothing
   * remaining after spending `amountPence`. Uses the balances read under the lock by lockPeriodFor.
   */
  requireCover(period: CoveredPeriod, amountPence: number, what: string, refusal?: string): void {
    const affected = period.periods.filter((p) => p.startsOn >= period.startsOn);
    const left = Math.min(...affected.map((p) => p.remainingPence));
    if (left < amountPence) {
      if (refusal) throw conflict(refusal);
      const period = affected[0];
      throw conflict(
        `There is not enough left in this budget to cover ${what}: it costs ${poundsText(amountPence)} and ${poundsText(
          Math.max(left, 0),
        )} is left in the period ${period.startsOn} to ${period.endsOn}. Nothing has been charged.`,
      );
    }
  }
}
