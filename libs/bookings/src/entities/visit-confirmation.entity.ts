import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { VisitState } from '../visits/visit-state';

/** The holder's answer about a delivered booking; no row yet means AWAITING since its completion day. */
@Entity('visit_confirmations')
export class VisitConfirmation {
  @PrimaryColumn('uuid') bookingId: string;
  @Column({ type: 'text' }) state: VisitState;
  /** The London day the 7-day clock started: delivery, or the provider's corrected time. */
  @Column({ type: 'date' }) awaitingSince: string;
  @Column({ type: 'uuid', nullable: true }) answeredById: string | null;
  @Column({ type: 'timestamptz', nullable: true }) answeredAt: Date | null;
  @Column({ type: 'text', nullable: true }) disputeReason: string | null;
  @Column({ type: 'timestamptz', nullable: true }) disputedAt: Date | null;
  @Column({ type: 'text', nullable: true }) providerAnswer: 'CORRECTED' | 'WITHDRAWN' | null;
  @Column({ type: 'timestamptz', nullable: true }) providerAnsweredAt: Date | null;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
