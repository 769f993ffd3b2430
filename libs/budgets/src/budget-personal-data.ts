import { Injectable } from '@nestjs/common';
import { AccessService, GrantKind } from '@small-places/identity';
import {
  ClosingAccount,
  PersonalData,
  PersonalDataSection,
  personalStringsFrom,
} from '@small-places/platform';
import { EntityManager } from 'typeorm';

const ANONYMISED = 'Anonymised';

/**
 * Budgets in an export and at account closure (docs/privacy.md). The holder's budgets are closed: they stop
 * rolling, their grants go, and their ledger rows stay for the six-year retention with the personal text
 * blanked through the ledger's anonymisation hook; money, kinds, dates and links are untouched.
 */
@Injectable()
@PersonalData()
export class BudgetPersonalData implements PersonalDataSection {
  readonly name = 'budgets';

  constructor(private readonly access: AccessService) {}

  async export(tx: EntityManager, userId: string): Promise<unknown> {
    const held = await this.access.scopesOf(tx, userId, GrantKind.HolderOfBudget);
    const delegated = await this.access.scopesOf(tx, userId, GrantKind.DelegateOfBudget);
    const budgets: Record<string, unknown>[] = await tx.query(
      `SELECT id, label, payment_pence, period_days, starts_on::text, contribution_pence, created_at
         FROM personal_budgets WHERE id = ANY($1::uuid[]) ORDER BY created_at`,
      [held],
    );
    const periods: Record<string, unknown>[] = await tx.query(
      `SELECT id, budget_id, starts_on::text, ends_on::text, allocation_pence FROM budget_periods
        WHERE budget_id = ANY($1::uuid[]) ORDER BY starts_on`,
      [held],
    );
    const ledger: Record<string, unknown>[] = await tx.query(
      `SELECT id, budget_id, period_id, kind, amount_pence, occurred_on::text, payee, description,
              receipt_reference, booking_id, paid_to_close_relative, approval_reference, created_at
         FROM ledger_entries WHERE budget_id = ANY($1::uuid[]) ORDER BY seq`,
      [held],
    );
    // A delegate's export names the budgets they help with and what they recorded, not the holder's ledger.
    const helping: Record<string, unknown>[] = await tx.query(
      `SELECT id, label FROM personal_budgets WHERE id = ANY($1::uuid[]) ORDER BY created_at`,
      [delegated],
    );
    const recordedForOthers: Record<string, unknown>[] = await tx.query(
      `SELECT id, budget_id, kind, amount_pence, occurred_on::text, payee, description, receipt_reference, created_at
         FROM ledger_entries WHERE created_by = $1 AND NOT (budget_id = ANY($2::uuid[])) ORDER BY seq`,
      [userId, held],
    );
    return {
      held: budgets.map((budget) => ({
        ...budget,
        periods: periods.filter((period) => period.budget_id === budget.id),
        ledger: ledger.filter((entry) => entry.budget_id === budget.id),
      })),
      delegateOf: helping,
      entriesRecordedAsDelegate: recordedForOthers,
    };
  }

  async personalStrings(tx: EntityManager, userId: string): Promise<string[]> {
    const held = await this.access.scopesOf(tx, userId, GrantKind.HolderOfBudget);
    return personalStringsFrom(
      tx,
      `SELECT label AS text FROM personal_budgets WHERE id = ANY($1::uuid[])
       UNION SELECT unnest(ARRAY[payee, description, receipt_reference, approval_reference])
         FROM ledger_entries WHERE budget_id = ANY($1::uuid[])`,
      [held],
    );
  }

  async erase(tx: EntityManager, account: ClosingAccount): Promise<void> {
    const held = await this.access.scopesOf(tx, account.userId, GrantKind.HolderOfBudget);
    if (held.length > 0) {
      await tx.query(
        `UPDATE personal_budgets SET label = 'Closed budget', closed_at = coalesce(closed_at, $2)
         WHERE id = ANY($1::uuid[])`,
        [held, account.now],
      );
      await this.access.revokeScopes(tx, [GrantKind.HolderOfBudget, GrantKind.DelegateOfBudget], held);
    }
    // The one door in the ledger's append-only trigger, opened for this statement only.
    await tx.query(`SET LOCAL small_places.anonymise_ledger = 'on'`);
    await tx.query(
      `UPDATE ledger_entries SET
          payee = '${ANONYMISED}',
          description = '${ANONYMISED}',
          receipt_reference = CASE WHEN receipt_reference IS NULL THEN NULL ELSE '${ANONYMISED}' END,
          approval_reference = CASE WHEN approval_reference IS NULL THEN NULL ELSE '${ANONYMISED}' END,
          created_by = NULL
        WHERE budget_id = ANY($1::uuid[])`,
      [held],
    );
    await tx.query(`UPDATE ledger_entries SET created_by = NULL WHERE created_by = $1`, [account.userId]);
    await tx.query(`SET LOCAL small_places.anonymise_ledger = 'off'`);
  }
}
