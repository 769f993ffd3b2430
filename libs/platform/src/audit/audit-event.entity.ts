import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One line of the append-only trail (docs/privacy.md): who did what to which record, and when. */
@Entity('audit_events')
export class AuditEvent {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'bigint', insert: false, update: false }) seq: string;
  @Column({ type: 'timestamptz' }) occurredAt: Date;
  @Column({ type: 'uuid', nullable: true }) actorId: string | null;
  @Column() action: string;
  @Column() recordType: string;
  @Column({ type: 'uuid' }) recordId: string;
  @Column({ type: 'uuid', nullable: true }) subjectUserId: string | null;
  @Column({ type: 'text', nullable: true }) requestId: string | null;
  @Column({ type: 'jsonb' }) detail: AuditDetail;
}

/** Ids, kinds, dates, counts and the names of changed fields: never the personal values themselves. */
export type AuditDetail = Record<string, string | number | boolean | null | string[]>;
