import { Injectable, OnModuleInit } from '@nestjs/common';
import { ReminderJob, ReminderSources } from '@small-places/notifications';
import { Database, londonDate } from '@small-places/platform';
import { BudgetService } from './budget.service';

/**
 * BUDGET_PERIOD, daily (docs/budgets.md): on the day a budget's new period starts, the worker opens it (and
 * any it missed) and tells the holder and delegates, with the 8-week surplus flag. Keyed (budget, the
 * period's first day, 0): once per period. A budget whose periods fell behind (the worker was down) is
 * caught up on the next scan, and told about its current period only.
 */
@Injectable()
export class BudgetReminders implements OnModuleInit {
  constructor(
    private readonly db: Database,
    private readonly sources: ReminderSources,
    private readonly budgets: BudgetService,
  ) {}

  onModuleInit(): void {
    this.sources.register({
      subject: 'BUDGET_PERIOD',
      cadence: 'DAILY',
      due: (day) => this.periodsStarting(day),
      // The period is the budget's arithmetic: it is due as long as the budget is there.
      stillDue: async () => true,
      deliver: async (tx, job, dedupeKey, now) => {
        await this.budgets.startPeriodAndTell(tx, job.itemId, job.on, londonDate(now), dedupeKey);
      },
    });
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
    return rows.map((row) => ({
      subject: 'BUDGET_PERIOD' as const,
      itemId: row.id,
      kind: 'DUE' as const,
      on: row.on,
      offsetDays: 0,
    }));
  }
}
