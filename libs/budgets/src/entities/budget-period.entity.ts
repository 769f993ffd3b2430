import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One period of a budget; its figures come from the ledger, the allocation is kept as a record of it. */
@Entity('budget_periods')
export class BudgetPeriod {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') budgetId: string;
  @Column({ type: 'date' }) startsOn: string;
  /** Inclusive. */
  @Column({ type: 'date' }) endsOn: string;
  @Column({ type: 'integer' }) allocationPence: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
