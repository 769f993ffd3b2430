import { Injectable } from '@nestjs/common';
import { AccessService, GrantKind } from '@small-places/identity';
import {
  longDate,
  NotificationKind,
  NotificationService,
  DueReminders,
  ReminderJob,
  remindersOf,
  reminderKey,
  ReminderSource,
  ReminderSourcePlugIn,
} from '@small-places/notifications';
import { Database, londonDate } from '@small-places/platform';
import { EntityManager } from 'typeorm';
import { poundsText, surplusOf } from './ledger/balance';
import { BudgetLedger } from './ledger/budget-ledger';

/**
 * BUDGET_PERIOD, daily (docs/budgets.md): on the day a budget's new period starts, the worker opens it (and
 * any it missed) and tells the holder and delegates, with the 8-week surplus flag. Keyed (budget, the
 * period's first day, 0): once per period. A budget whose periods fell behind (the worker was down) is
 * caught up on the next scan, and told about its current period only.
 */
@Injectable()
@ReminderSourcePlugIn()
export class BudgetReminders implements ReminderSource {
  readonly subject = 'BUDGET_PERIOD';
  readonly cadence = 'DAILY';

  constructor(
    private readonly db: Database,
    private readonly access: AccessService,
    private readonly ledger: BudgetLedger,
    private readonly notifications: NotificationService,
  ) {}

  due(day: string): Promise<ReminderJob[]> {
    return this.periodsStarting(day);
  }

  /** The period is the budget's arithmetic: it is due as long as the budget is there. */
  async stillDue(tx: EntityManager, jobs: ReminderJob[], now: Date): Promise<DueReminders> {
    return {
      jobs,
      send: async (fresh) => {
        for (const job of fresh)
          await this.startPeriodAndTell(tx, job.itemId, job.on, londonDate(now), reminderKey(job));
      },
    };
  }

  /** Budgets whose current period (not their first) starts on `day`, or whose periods have fallen behind. */
  private async periodsStarting(day: string): Promise<ReminderJob[]> {
    const rows: Array<{ id: string; on: string }> = await this.db.manager.query(
      `SELECT b.id, (b.starts_on + (($1::date - b.starts_on) / b.period_days) * b.period_days)::text AS on
       FROM personal_budgets b
       WHERE b.starts_on + b.period_days <= $1::date
         AND (($1::date - b.starts_on) % b.period_days = 0
              OR NOT EXISTS (SELECT 1 FROM budget_periods p WHERE p.budget_id = b.id AND p.ends_on >= $1::date))
       ORDER BY b.id`,
      [day],
    );
    return remindersOf('BUDGET_PERIOD', 'DUE', rows, 0);
  }

  /**
   * The worker's reminder for a period starting on `startsOn` (BudgetReminders), inside the delivery
   * transaction: opens every period up to `today`, then tells the holder and the delegates what the period
   * holds and whether the money carried over is past the 8-week surplus line. False: no such period (the
   * budget's dates do not give one starting then), nothing to say.
   */
  private async startPeriodAndTell(
    tx: EntityManager,
    budgetId: string,
    startsOn: string,
    today: string,
    dedupeKey: string,
  ): Promise<boolean> {
    const budget = await this.ledger.findBudget(tx, budgetId);
    if (!budget) return false;
    await this.ledger.ensurePeriods(tx, budget, today > startsOn ? today : startsOn);
    const period = (await this.ledger.balances(tx, budget.id)).find((p) => p.startsOn === startsOn);
    if (!period) return false;
    const surplus = surplusOf(period.carriedPence, budget.paymentPence, budget.periodDays);
    const flag = surplus.flagged
      ? ` You have ${poundsText(period.carriedPence)} left over from earlier periods: ${poundsText(
          surplus.surplusPence,
        )} more than 8 weeks of council payments (${poundsText(
          surplus.thresholdPence,
        )}). The council may ask for the extra back, so talk to them about it.`
      : '';
    await this.notifications.notify(tx, {
      userIds: [budget.holderId, ...(await this.access.holdersOf(tx, GrantKind.DelegateOfBudget, budget.id))],
      kind: NotificationKind.BUDGET_PERIOD_STARTED,
      title: `New budget period: ${budget.label}${surplus.flagged ? ' (more than 8 weeks left over)' : ''}`,
      body:
        `A new period of ${budget.label} runs from ${longDate(period.startsOn)} to ${longDate(period.endsOn)}. ` +
        `${poundsText(period.allocationPence)} was paid in, ${poundsText(period.carriedPence)} carried over, ` +
        `so ${poundsText(period.remainingPence)} is left to spend after what is already booked.${flag} ` +
        'See the statement in Small Places for every payment.',
      email: true,
      refId: budget.id,
      dedupeKey,
    });
    return true;
  }
}
