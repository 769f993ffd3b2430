import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('timeline_events')
export class TimelineEvent {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') enterpriseId: string;
  @Column() kind: string;
  @Column({ type: 'timestamptz' }) occurredAt: Date;
  @Column({ type: 'uuid', nullable: true }) actorId: string | null;
  @Column() summary: string;
  @Column({ type: 'uuid', nullable: true }) refId: string | null;
}
