import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One invoice from an enterprise to one holder (and the budget paying, if any). Never edited once issued
 * (a trigger refuses it): corrected by credit notes; only the payment and the provider's receipt are added.
 */
@Entity('invoices')
export class Invoice {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') enterpriseId: string;
  /** Per enterprise, from 1, no gaps (invoice_counters). */
  @Column({ type: 'integer' }) number: number;
  @Column({ type: 'uuid', nullable: true }) holderId: string | null;
  @Column({ type: 'uuid', nullable: true }) budgetId: string | null;
  @Column() holderName: string;
  @Column() enterpriseName: string;
  @Column() enterprisePostcode: string;
  @Column({ type: 'date' }) issuedOn: string;
  @Column({ type: 'date' }) dueOn: string;
  @Column({ type: 'integer' }) totalPence: number;
  @Column({ type: 'uuid', nullable: true }) issuedById: string | null;
  @Column({ type: 'date', nullable: true }) paidOn: string | null;
  @Column({ type: 'text', nullable: true }) paymentMethod: string | null;
  @Column({ type: 'text', nullable: true }) paymentReference: string | null;
  @Column({ type: 'uuid', nullable: true }) paymentRecordedById: string | null;
  @Column({ type: 'timestamptz', nullable: true }) paymentRecordedAt: Date | null;
  /** The provider's answer to a recorded payment. */
  @Column({ type: 'text', nullable: true }) receipt: 'RECEIVED' | 'NOT_ARRIVED' | null;
  @Column({ type: 'timestamptz', nullable: true }) receiptAnsweredAt: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}

@Entity('invoice_lines')
export class InvoiceLine {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') invoiceId: string;
  /** Unique: a booking is on at most one invoice. */
  @Column('uuid') bookingId: string;
  @Column({ type: 'integer' }) position: number;
  @Column({ type: 'date' }) deliveredOn: string;
  @Column() timeText: string;
  @Column() service: string;
  @Column() quantityText: string;
  @Column({ type: 'integer' }) unitPricePence: number;
  @Column({ type: 'integer' }) amountPence: number;
}

@Entity('credit_notes')
export class CreditNote {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') invoiceId: string;
  @Column('uuid') enterpriseId: string;
  @Column({ type: 'integer' }) number: number;
  @Column({ type: 'integer' }) amountPence: number;
  @Column() reason: string;
  @Column({ type: 'date' }) issuedOn: string;
  @Column({ type: 'uuid', nullable: true }) issuedById: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}

@Entity('invoice_settings')
export class InvoiceSettings {
  @Column({ type: 'uuid', primary: true }) enterpriseId: string;
  @Column({ type: 'boolean' }) monthlyIssuing: boolean;
  @Column({ type: 'integer' }) dueDays: number;
}
