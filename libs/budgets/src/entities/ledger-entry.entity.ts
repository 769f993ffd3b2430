import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { LedgerKind } from '../ledger/ledger-kind';

/** Append-only: the database refuses UPDATE and DELETE (see the budgets migration). */
@Entity('ledger_entries')
export class LedgerEntry {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** Insertion order, for a stable statement order within a day. */
  @Column({ type: 'bigint', insert: false, update: false }) seq: string;
  @Column('uuid') budgetId: string;
  @Column('uuid') periodId: string;
  @Column({ type: 'text' }) kind: LedgerKind;
  /** Signed pence (see LedgerKind). */
  @Column({ type: 'integer' }) amountPence: number;
  @Column({ type: 'date' }) occurredOn: string;
  @Column() payee: string;
  @Column() description: string;
  @Column({ type: 'text', nullable: true }) receiptReference: string | null;
  @Column({ type: 'uuid', nullable: true }) bookingId: string | null;
  @Column({ type: 'boolean', default: false }) paidToCloseRelative: boolean;
  @Column({ type: 'text', nullable: true }) approvalReference: string | null;
  @Column({ type: 'uuid', nullable: true }) createdBy: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
