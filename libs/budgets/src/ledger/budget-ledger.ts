import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { BudgetPeriod } from '../entities/budget-period.entity';
import { LedgerEntry } from '../entities/ledger-entry.entity';
import { PersonalBudget } from '../entities/personal-budget.entity';
import { periodsUpTo } from '../periods/period-maths';
import { PeriodBalance } from './balance';
import { CASH_KINDS, LedgerKind } from './ledger-kind';

export interface PeriodWithBalance extends PeriodBalance {
  startsOn: string;
  endsOn: string;
}

export type NewLedgerEntry = Pick<
  LedgerEntry,
  'budgetId' | 'periodId' | 'kind' | 'amountPence' | 'occurredOn'
> &
  Partial<
    Pick<
      LedgerEntry,
      | 'payee'
      | 'description'
      | 'receiptReference'
      | 'bookingId'
      | 'paidToCloseRelative'
      | 'approvalReference'
      | 'createdBy'
    >
  >;

/**
 * The only code that touches the budgets tables. Every balance is computed here in SQL from the ledger
 * (the same arithmetic as `periodBalances`, which a test holds it to).
 */
@Injectable()
export class BudgetLedger {
  findBudget(tx: EntityManager, budgetId: string): Promise<PersonalBudget | null> {
    return tx.getRepository(PersonalBudget).findOne({ where: { id: budgetId } });
  }

  findBudgets(tx: EntityManager, budgetIds: string[]): Promise<PersonalBudget[]> {
    if (budgetIds.length === 0) return Promise.resolve([]);
    return tx
      .getRepository(PersonalBudget)
      .createQueryBuilder('budget')
      .where('budget.id = ANY(:budgetIds)', { budgetIds })
      .orderBy('budget.createdAt', 'ASC')
      .addOrderBy('budget.id', 'ASC')
      .getMany();
  }

  createBudget(
    tx: EntityManager,
    budget: Omit<PersonalBudget, 'id' | 'createdAt' | 'closedAt'>,
  ): Promise<PersonalBudget> {
    const repository = tx.getRepository(PersonalBudget);
    return repository.save(repository.create(budget));
  }

  /** Budgets whose periods stop before `today` (the worker's daily roll). */
  async budgetsNeedingPeriods(tx: EntityManager, today: string): Promise<PersonalBudget[]> {
    return tx
      .getRepository(PersonalBudget)
      .createQueryBuilder('budget')
      .where('budget.startsOn <= :today', { today })
      .andWhere(
        `NOT EXISTS (SELECT 1 FROM budget_periods p WHERE p.budget_id = budget.id AND p.ends_on >= :today)`,
        { today },
      )
      .andWhere('budget.closedAt IS NULL')
      .orderBy('budget.id')
      .getMany();
  }

  private async latestPeriodEnd(tx: EntityManager, budgetId: string): Promise<string | null> {
    const [row] = await tx.query(
      `SELECT max(ends_on)::text AS ends_on FROM budget_periods WHERE budget_id = $1`,
      [budgetId],
    );
    return row?.ends_on ?? null;
  }

  /**
   * Makes sure every period up to the one containing `today` exists, each credited with the council's
   * payment (and the contribution, when there is one) on its first day. Idempotent. Only when something is
   * missing does it lock: the budget row (one roller at a time) and then its latest period, which money-out
   * writes also lock, so a commitment never races a new period into being. Returns how many it created.
   */
  async ensurePeriods(tx: EntityManager, budget: PersonalBudget, today: string): Promise<number> {
    if (budget.startsOn > today) return 0;
    const known = await this.latestPeriodEnd(tx, budget.id);
    if (known !== null && known >= today) return 0;

    await tx.query(`SELECT id FROM personal_budgets WHERE id = $1 FOR NO KEY UPDATE`, [budget.id]);
    await this.lockLatestPeriod(tx, budget.id);
    const latest = await this.latestPeriodEnd(tx, budget.id);
    const missing = periodsUpTo(budget.startsOn, budget.periodDays, today).filter(
      (period) => latest === null || period.startsOn > latest,
    );
    const allocation = budget.paymentPence + budget.contributionPence;
    for (const period of missing) {
      const [created] = await tx.query(
        `INSERT INTO budget_periods (budget_id, starts_on, ends_on, allocation_pence) VALUES ($1, $2, $3, $4)
         RETURNING id`,
        [budget.id, period.startsOn, period.endsOn, allocation],
      );
      const credit = (kind: LedgerKind, amountPence: number, payee: string, description: string) =>
        this.insert(tx, {
          budgetId: budget.id,
          periodId: created.id,
          kind,
          amountPence,
          occurredOn: period.startsOn,
          payee,
          description: `${description} for ${period.startsOn} to ${period.endsOn}`,
        });
      await credit(LedgerKind.COUNCIL_PAYMENT, budget.paymentPence, 'Council', 'Council payment');
      if (budget.contributionPence > 0) {
        await credit(
          LedgerKind.CONTRIBUTION,
          budget.contributionPence,
          'Budget holder',
          'Assessed contribution',
        );
      }
    }
    return missing.length;
  }

  /**
   * The row lock that serialises everything that can lower a budget's remaining balance (commitments,
   * expenses) and the creation of new periods. FOR NO KEY UPDATE: it excludes other writers but lets
   * foreign-key checks of unrelated inserts (a release, say) through.
   */
  async lockLatestPeriod(tx: EntityManager, budgetId: string): Promise<string | null> {
    const [row] = await tx.query(
      `SELECT id FROM budget_periods WHERE budget_id = $1 ORDER BY starts_on DESC LIMIT 1 FOR NO KEY UPDATE`,
      [budgetId],
    );
    return row?.id ?? null;
  }

  periodContaining(tx: EntityManager, budgetId: string, date: string): Promise<BudgetPeriod | null> {
    return tx
      .getRepository(BudgetPeriod)
      .createQueryBuilder('period')
      .where('period.budgetId = :budgetId', { budgetId })
      .andWhere(':date BETWEEN period.startsOn AND period.endsOn', { date })
      .getOne();
  }

  /** Every period of the budget in date order, with its balances derived from the ledger. */
  async balances(tx: EntityManager, budgetId: string): Promise<PeriodWithBalance[]> {
    const rows: Record<string, string>[] = await tx.query(
      `WITH per_period AS (
         SELECT p.id, p.starts_on, p.ends_on,
           coalesce(sum(e.amount_pence) FILTER (WHERE e.kind IN ('COUNCIL_PAYMENT', 'CONTRIBUTION')), 0) AS allocation,
           coalesce(-sum(e.amount_pence) FILTER (WHERE e.kind = 'COMMITMENT'), 0)
             - coalesce(sum(e.amount_pence) FILTER (WHERE e.kind = 'RELEASE'), 0)
             + coalesce(sum(e.amount_pence) FILTER (WHERE e.kind = 'PAYMENT'), 0) AS committed,
           coalesce(-sum(e.amount_pence) FILTER (WHERE e.kind IN ('PAYMENT', 'REVERSAL', 'EXPENSE')), 0) AS spent
         FROM budget_periods p LEFT JOIN ledger_entries e ON e.period_id = p.id
         WHERE p.budget_id = $1
         GROUP BY p.id
       ),
       carried AS (
         SELECT *, coalesce(sum(allocation - committed - spent) OVER (
                  ORDER BY starts_on ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS carried
         FROM per_period
       )
       SELECT id, starts_on::text, ends_on::text, allocation::text, carried::text, committed::text, spent::text,
              (allocation + carried - committed - spent)::text AS remaining
       FROM carried ORDER BY starts_on`,
      [budgetId],
    );
    return rows.map((row) => ({
      periodId: row.id,
      startsOn: row.starts_on,
      endsOn: row.ends_on,
      allocationPence: Number(row.allocation),
      carriedPence: Number(row.carried),
      committedPence: Number(row.committed),
      spentPence: Number(row.spent),
      remainingPence: Number(row.remaining),
    }));
  }

  async insert(tx: EntityManager, entry: NewLedgerEntry): Promise<LedgerEntry> {
    const repository = tx.getRepository(LedgerEntry);
    const { identifiers } = await repository.insert({
      payee: '',
      description: '',
      receiptReference: null,
      bookingId: null,
      paidToCloseRelative: false,
      approvalReference: null,
      createdBy: null,
      ...entry,
    });
    return repository.findOneOrFail({ where: { id: identifiers[0].id as string } });
  }

  /** The commitment of a booking, locked so that releasing and settling it happen one at a time. */
  lockCommitment(tx: EntityManager, bookingId: string): Promise<LedgerEntry | null> {
    return tx
      .getRepository(LedgerEntry)
      .createQueryBuilder('entry')
      .where('entry.bookingId = :bookingId AND entry.kind = :kind', {
        bookingId,
        kind: LedgerKind.COMMITMENT,
      })
      .setLock('pessimistic_write')
      .getOne();
  }

  findCommitment(tx: EntityManager, bookingId: string): Promise<LedgerEntry | null> {
    return tx.getRepository(LedgerEntry).findOne({ where: { bookingId, kind: LedgerKind.COMMITMENT } });
  }

  /** The RELEASE or PAYMENT that closed a booking's commitment, if any. */
  findSettlement(tx: EntityManager, bookingId: string): Promise<LedgerEntry | null> {
    return tx
      .getRepository(LedgerEntry)
      .createQueryBuilder('entry')
      .where('entry.bookingId = :bookingId AND entry.kind IN (:...kinds)', {
        bookingId,
        kinds: [LedgerKind.RELEASE, LedgerKind.PAYMENT],
      })
      .getOne();
  }

  /** The REVERSAL that took back a booking's payment, if any. */
  findReversal(tx: EntityManager, bookingId: string): Promise<LedgerEntry | null> {
    return tx.getRepository(LedgerEntry).findOne({ where: { bookingId, kind: LedgerKind.REVERSAL } });
  }

  /** Money in the account before `from`: payments in less payments out (commitments move no money). */
  async cashBalanceBefore(tx: EntityManager, budgetId: string, from: string): Promise<number> {
    const [row] = await tx.query(
      `SELECT coalesce(sum(amount_pence), 0)::text AS balance FROM ledger_entries
       WHERE budget_id = $1 AND occurred_on < $2 AND kind = ANY($3::text[])`,
      [budgetId, from, CASH_KINDS],
    );
    return Number(row.balance);
  }

  entriesBetween(tx: EntityManager, budgetId: string, from: string, to: string): Promise<LedgerEntry[]> {
    return tx
      .getRepository(LedgerEntry)
      .createQueryBuilder('entry')
      .where('entry.budgetId = :budgetId', { budgetId })
      .andWhere('entry.occurredOn BETWEEN :from AND :to', { from, to })
      .orderBy('entry.occurredOn', 'ASC')
      .addOrderBy('entry.seq', 'ASC')
      .getMany();
  }

  entriesOf(tx: EntityManager, budgetId: string): Promise<LedgerEntry[]> {
    return tx.getRepository(LedgerEntry).find({ where: { budgetId }, order: { seq: 'ASC' } });
  }
}
