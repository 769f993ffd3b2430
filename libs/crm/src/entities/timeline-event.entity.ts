import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('timeline_events')
export class TimelineEvent {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** The order entries were written in: ties on `occurredAt` (one clock per transaction) keep it. */
  @Column({ type: 'bigint', insert: false, update: false }) seq: string;
  @Column('uuid') enterpriseId: string;
  @Column() kind: string;
  @Column({ type: 'timestamptz' }) occurredAt: Date;
  @Column({ type: 'uuid', nullable: true }) actorId: string | null;
  @Column() summary: string;
  @Column({ type: 'uuid', nullable: true }) refId: string | null;
}
