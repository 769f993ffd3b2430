import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { NotificationKind } from '../notification-kind';

/** One message to one person, shown in the app and (unless muted) emailed once. */
@Entity('notifications')
export class Notification {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') userId: string;
  @Column('text') kind: NotificationKind;
  @Column('text') title: string;
  @Column('text') body: string;
  @Column('boolean') essential: boolean;
  @Column({ type: 'uuid', nullable: true }) refId: string | null;
  /** The unit of work that sent it (a reminder key, say): unique per person, so no job notifies twice. */
  @Column({ type: 'text', nullable: true }) dedupeKey: string | null;
  @Column('boolean') emailWanted: boolean;
  @Column({ type: 'timestamptz', nullable: true }) emailedAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) readAt: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
